//! `kadam announce`: an announcement queued from the server. Shows the text
//! in each language and the recipients; with `--yes` it queues it, and the
//! running bot sends it (at 28 a second, resuming after a restart) exactly
//! as if a coordinator had confirmed `/announce` in Telegram.

use std::{path::Path, process::ExitCode};

use anyhow::Context;

use super::{load::load_or_report, reports::open_existing};
use crate::{
    clock,
    pseudonym::PseudonymKey,
    staff::{Msg, StaffLang},
    storage::webinars as store,
    telegram::announce::texts_for,
};

pub(super) fn run(what: &str, yes: bool, content: &Path, lang: StaffLang) -> anyhow::Result<ExitCode> {
    let content = load_or_report(content, lang)?;
    let now = clock::now();
    if !what.trim().contains(char::is_whitespace) && content.webinars.find(what.trim()).is_none() {
        let ids: Vec<&str> = content.webinars.webinars.iter().map(|w| w.id.as_str()).collect();
        anyhow::bail!(lang.text(&Msg::new("cli-announce-unknown").arg("id", what.trim()).arg("ids", ids.join(", "))));
    }
    let (webinar, texts) = texts_for(&content, what, now);
    match &webinar {
        Some(id) => println!("{}", lang.text(&Msg::new("cli-announce-webinar").arg("id", id))),
        None => println!("{}", lang.get("cli-announce-text")),
    }
    for (code, text) in &texts {
        println!("\n--- {code} ---\n{text}");
    }
    tokio::runtime::Runtime::new().context("cannot start the async runtime")?.block_on(async {
        let db = open_existing(lang).await?;
        let by_lang = store::subscribers_by_lang(&db).await?;
        let total: i64 = by_lang.iter().map(|(_, n)| n).sum();
        let list: Vec<String> = by_lang.iter().map(|(l, n)| format!("{l} {n}")).collect();
        println!(
            "\n{}",
            lang.text(&Msg::new("cli-announce-recipients").arg("total", total).arg("list", list.join(", ")))
        );
        if !yes {
            println!("{}", lang.get("cli-announce-dry-run"));
            db.close().await;
            return anyhow::Ok(());
        }
        crate::config::load_dotenv();
        let key = super::secrets::key_hex()?
            .context("KADAM_PSEUDONYM_KEY (or KADAM_PSEUDONYM_KEY_FILE) is not set (see .env)")?;
        let key = PseudonymKey::from_hex(&key).map_err(|e| anyhow::anyhow!("KADAM_PSEUDONYM_KEY {e}"))?.seal_key();
        let id = store::create_draft(&db, now, webinar.as_deref(), &serde_json::to_string(&texts)?, None).await?;
        let reseal = |sealed: &[u8], seq: i64| {
            let chat = key.open(sealed, store::SUBSCRIBER_CONTEXT).ok()?;
            key.seal(chat, &store::queue_context(id, seq)).ok()
        };
        let queued = store::confirm(&db, id, reseal, None).await?.unwrap_or(0);
        println!("{}", lang.text(&Msg::new("cli-announce-queued").arg("id", id).arg("count", queued)));
        db.close().await;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
