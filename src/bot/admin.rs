//! Coordinators' commands in Telegram: `/export` sends the feedback as a
//! file, `/report` the donor report, `/stats` answers with counts. Only users in `KADAM_ADMIN_IDS` get
//! here; for anyone else these are unknown commands like any other (the
//! handler never calls in), and they appear only in the admins' own command
//! menus.

use std::collections::HashSet;

use fluent_bundle::FluentArgs;
use teloxide::{
    prelude::*,
    types::{BotCommand, BotCommandScope, ChatId, InputFile, Recipient},
};

use super::{App, HandlerResult, Tg, send::retrying};
use crate::{
    content::{Content, Lang, ui},
    db::feedback::{Filter, visits},
    export::{self, Format},
    stats::{self, PARTS, Tally},
};

/// The commands handled here.
pub const COMMANDS: &[&str] = &["export", "report", "stats"];

/// How far back `/stats` counts screen visits.
const VISIT_DAYS: i64 = 30;

pub async fn answer(
    bot: &Tg,
    app: &App,
    chat: ChatId,
    hint: Option<&str>,
    name: &str,
    arg: Option<&str>,
) -> HandlerResult {
    let content = app.content.load_full();
    let lang = hint.and_then(|h| content.locales.find(h)).unwrap_or(content.locales.default_lang()).clone();
    match name {
        "export" => export(bot, app, &content, &lang, chat, arg).await,
        "report" => report(bot, app, &content, chat, hint, arg).await,
        _ => stats(bot, app, &content, &lang, chat).await,
    }
}

/// Writes every record to a temp file and sends it as a document. XLSX by
/// default; `/export csv` or `/export json` for the others.
async fn export(bot: &Tg, app: &App, content: &Content, lang: &Lang, chat: ChatId, arg: Option<&str>) -> HandlerResult {
    let format = match arg.map(str::to_ascii_lowercase).as_deref() {
        Some("csv") => Format::Csv,
        Some("json" | "jsonl") => Format::Json,
        _ => Format::Xlsx,
    };
    // Deleted when dropped, after the upload: no copy stays on the server.
    let dir = tempfile::tempdir()?;
    let name = format!("kadam-feedback-{}.{}", stats::day(super::handlers::now()), format.extension());
    let path = dir.path().join(&name);
    let tally = export::write(&app.db, &Filter::default(), format, &path).await?;
    let mut args = FluentArgs::new();
    args.set("count", tally.total);
    let caption = content.locales.text(lang, ui::ADMIN_EXPORT, None, Some(&args));
    app.rate.until_ready(chat).await;
    retrying(bot.send_document(chat, InputFile::file(path).file_name(name)).caption(caption)).await?;
    tracing::info!(records = tally.total, "a coordinator exported the feedback");
    Ok(())
}

/// Writes last month's donor report (see `crate::report`) to a temp file and
/// sends it. `/report ky` or `/report en` picks the language; otherwise her
/// Telegram language if the report has it, else Russian.
async fn report(
    bot: &Tg,
    app: &App,
    content: &Content,
    chat: ChatId,
    hint: Option<&str>,
    arg: Option<&str>,
) -> HandlerResult {
    use crate::report::{Options, command::period, texts::LANGUAGES};
    let asked = arg.or(hint).map(|a| a.split(['-', '_']).next().unwrap_or(a).trim().to_ascii_lowercase());
    let lang = asked.filter(|a| LANGUAGES.contains(&a.as_str())).unwrap_or_else(|| LANGUAGES[0].to_owned());
    // Counted in memory until now; written first so the report is current.
    app.visits.flush(&app.db).await?;
    let today = stats::local(super::handlers::now()).date();
    let (from, to) = period(None, None, today)?;
    let dir = tempfile::tempdir()?;
    let name = format!("kadam-report-{from}-{to}.html");
    let path = dir.path().join(&name);
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path)?);
    let opts = Options { from, to, lang: lang.clone(), made: today };
    crate::report::build(&app.db, content, &opts, &mut file).await?;
    std::io::Write::flush(&mut file)?;
    drop(file);
    let texts = crate::report::texts::Texts::load(&content.root, &lang)?;
    let mut args = FluentArgs::new();
    args.set("from", from.to_string());
    args.set("to", to.to_string());
    let caption = texts.args("report-title", &args);
    app.rate.until_ready(chat).await;
    retrying(bot.send_document(chat, InputFile::file(path).file_name(name)).caption(caption)).await?;
    tracing::info!("a coordinator made the donor report");
    Ok(())
}

async fn stats(bot: &Tg, app: &App, content: &Content, lang: &Lang, chat: ChatId) -> HandlerResult {
    use futures_util::TryStreamExt;
    let filter = Filter::default();
    let sql = filter.select();
    let mut rows = filter.bind(sqlx::query(&sql)).fetch(&app.db.read);
    let mut tally = Tally::default();
    while let Some(row) = rows.try_next().await? {
        tally.add(&crate::db::feedback::Record::from_row(&row)?);
    }
    // Counted in memory until now; written first so the answer is current.
    app.visits.flush(&app.db).await?;
    let now = super::handlers::now();
    let seen = visits(&app.db, &stats::day(now - VISIT_DAYS * 86_400), &stats::day(now)).await?;
    let text = stats_text(content, lang, &tally, &seen);
    app.rate.until_ready(chat).await;
    retrying(bot.send_message(chat, super::handlers::fit(&text))).await?;
    Ok(())
}

/// The `/stats` answer: every count through the suppression.
pub fn stats_text(content: &Content, lang: &Lang, tally: &Tally, visits: &[(String, i64, i64)]) -> String {
    let mut args = FluentArgs::new();
    args.set("total", stats::cell(tally.total));
    let mut text = content.locales.text(lang, ui::ADMIN_STATS, None, Some(&args));
    let heading = |part: &str| {
        let mut args = FluentArgs::new();
        args.set("part", part.to_owned());
        content.locales.text(lang, ui::ADMIN_STATS_PART, None, Some(&args))
    };
    for part in PARTS {
        text.push_str(&format!("\n\n{}:", heading(part)));
        for (key, shown) in tally.part(part) {
            text.push_str(&format!("\n{key}: {shown}"));
        }
    }
    text.push_str(&format!("\n\n{}:", heading("visits")));
    for (node, step, shown) in stats::visit_rows(visits) {
        let at = if step > 0 { format!("{node} #{}", step + 1) } else { node };
        text.push_str(&format!("\n{at}: {shown}"));
    }
    text
}

/// Shows the coordinators' commands in each admin's own menu (a per-chat
/// scope), so nobody else ever sees them.
pub async fn register_commands(bot: &Tg, content: &Content, admins: &HashSet<u64>) {
    let locales = &content.locales;
    let commands = |lang: &Lang| {
        // Telegram replaces the default menu for this chat, so the public
        // commands come first again.
        super::public_commands(content)
            .into_iter()
            .chain([
                ("export", ui::CMD_EXPORT),
                ("report", ui::CMD_REPORT),
                ("stats", ui::CMD_STATS),
                ("reload", ui::CMD_RELOAD),
            ])
            .map(|(cmd, desc)| BotCommand::new(cmd, locales.text(lang, desc, None, None)))
            .collect::<Vec<_>>()
    };
    for admin in admins {
        let scope = BotCommandScope::Chat { chat_id: Recipient::Id(ChatId(*admin as i64)) };
        let mut result = retrying(bot.set_my_commands(commands(locales.default_lang())).scope(scope.clone())).await;
        for lang in locales.languages() {
            let request =
                bot.set_my_commands(commands(lang)).scope(scope.clone()).language_code(lang.code().to_owned());
            result = result.and(retrying(request).await);
        }
        if let Err(e) = result {
            tracing::warn!(error = %e, "could not register a coordinator's command menu; the commands still work");
        }
    }
}
