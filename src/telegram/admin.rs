//! Coordinators' commands in Telegram: `/export` sends the feedback as a
//! file, `/report` the donor report, `/stats` answers with counts, `/reload`
//! reads the content again; when one fails, the coordinator is told so.
//! Only users in `KADAM_ADMIN_IDS` get here, routed by the dptree filter
//! [`coordinator_command`]; for anyone else these are unknown commands like
//! any other, and they appear only in the admins' own command menus.

use std::{collections::HashSet, sync::Arc};

use fluent_bundle::FluentArgs;
use teloxide::{
    prelude::*,
    types::{BotCommand, BotCommandScope, ChatId, InputFile, Recipient},
};

use super::{
    App, HandlerResult, Tg,
    command::{Command, Coordinator, CoordinatorCommand, Public},
    reload::{Reloaded, reload_off_thread},
    send::{fit, retrying},
};
use crate::{
    clock::{self, now},
    dialogue::{Content, Lang, ui},
    reports::{
        Filter,
        export::{self, Format},
        stats::{self, PARTS, ShownVisits, Tally},
    },
    storage::{
        exports::{self, SentFile},
        visits::{self, VisitTotal},
    },
};

/// The dptree filter in front of the message handler: a coordinator's
/// command, in a private chat, from someone in `KADAM_ADMIN_IDS`. Anything
/// else goes on to the dialogue.
pub fn coordinator_command(msg: Message, app: Arc<App>) -> Option<CoordinatorCommand> {
    let from_admin = msg.from.as_ref().is_some_and(|u| app.config.admin_ids.contains(&u.id.0));
    if !(from_admin && msg.chat.is_private()) {
        return None;
    }
    match msg.text()?.parse() {
        Ok(Command::Coordinator(command)) => Some(command),
        _ => None,
    }
}

/// Runs the command; if it fails, the coordinator is told so in her
/// language (the details go to the log, through the pipeline), rather than
/// waiting for an answer that never comes.
pub async fn answer(bot: Tg, app: Arc<App>, msg: Message, command: CoordinatorCommand) -> HandlerResult {
    let hint = msg.from.as_ref().and_then(|u| u.language_code.as_deref());
    let content = app.content.load_full();
    let lang = hint.and_then(|h| content.locales.find(h)).unwrap_or(content.locales.default_lang()).clone();
    let chat = msg.chat.id;
    let name = command.command.name();
    let result = match command.command {
        Coordinator::Export => export(&bot, &app, &content, &lang, chat, command.arg.as_deref()).await,
        Coordinator::Stats => stats(&bot, &app, &content, &lang, chat).await,
        Coordinator::Report => report(&bot, &app, &content, chat, hint, command.arg.as_deref()).await,
        // Answered in the language of the content as reloaded.
        Coordinator::Reload => reload(&bot, app.clone(), chat, hint).await,
        Coordinator::Announce => {
            super::announce::command(&bot, &app, &content, &lang, chat, command.arg.as_deref()).await
        }
    };
    if result.is_err() {
        let mut args = FluentArgs::new();
        args.set("command", name);
        let text = content.locales.text(&lang, ui::ADMIN_FAILED, None, Some(&args));
        app.rate.until_ready(chat).await;
        if let Err(e) = retrying(bot.send_message(chat, text)).await {
            tracing::warn!(error = %super::redact::Redacted(&e), "could not tell a coordinator that a command failed");
        }
    }
    result
}

/// Writes every record to a temp file and sends it as a document. XLSX by
/// default; `/export csv` or `/export json` for the others. The file cannot
/// be forwarded (`protect_content`) and leaves the chat after
/// `KADAM_EXPORT_KEEP_MINUTES` ([`delete_expired_exports`]): a coordinator's
/// phone can be lost or looked at too.
async fn export(bot: &Tg, app: &App, content: &Content, lang: &Lang, chat: ChatId, arg: Option<&str>) -> HandlerResult {
    let format = match arg.map(str::to_ascii_lowercase).as_deref() {
        Some("csv") => Format::Csv,
        Some("json" | "jsonl") => Format::Json,
        _ => Format::Xlsx,
    };
    // Deleted when dropped, after the upload: no copy stays on the server.
    let dir = tempfile::tempdir()?;
    let name = format!("kadam-feedback-{}.{}", clock::day(now()), format.extension());
    let path = dir.path().join(&name);
    let tally = export::write(&app.db, &app.config.pseudonym_key, &Filter::default(), format, &path).await?;
    let keep = app.config.export_keep_minutes;
    let mut args = FluentArgs::new();
    args.set("count", tally.total);
    args.set("minutes", keep);
    let caption = content.locales.text(lang, ui::ADMIN_EXPORT, None, Some(&args));
    app.rate.until_ready(chat).await;
    let document =
        bot.send_document(chat, InputFile::file(path).file_name(name)).caption(caption).protect_content(true);
    let sent = retrying(document).await?;
    let file = SentFile { chat: chat.0, message_id: sent.id.0 };
    if let Err(e) = exports::remember(&app.db, file, now() + i64::from(keep) * 60).await {
        tracing::error!(error = %super::redact::Redacted(&e), "could not schedule the deletion of an export; delete it from the chat by hand");
    }
    // Which coordinator, as a pseudonym: enough to answer "who exported on
    // the 3rd?" with the key, nothing without it.
    let coordinator = &app.config.pseudonym_key.pseudonym(chat.0)[..12];
    tracing::info!(records = tally.total, coordinator, "a coordinator exported the feedback");
    Ok(())
}

/// Deletes exported files from coordinators' chats once their time is up,
/// looking again every minute (or at once when a test steers the clock).
/// A failed deletion stays scheduled and is tried again; one Telegram can no
/// longer delete (older than 48 hours) is given up, with a warning.
pub async fn delete_expired_exports(app: Arc<App>, bot: Tg) {
    loop {
        let every = clock::poll(std::time::Duration::from_secs(60));
        if !super::replica::runs(&app, "export-deletions", every).await {
            tokio::time::sleep(every).await;
            continue;
        }
        match exports::due(&app.db, now()).await {
            Ok(due) => {
                for file in due {
                    delete_export(&app, &bot, file).await;
                }
            }
            Err(e) => {
                tracing::warn!(error = %super::redact::Redacted(&e), "could not read which exports to delete; will try again")
            }
        }
        tokio::time::sleep(every).await;
    }
}

async fn delete_export(app: &App, bot: &Tg, file: SentFile) {
    let ids = [teloxide::types::MessageId(file.message_id)];
    match retrying(bot.delete_messages(ChatId(file.chat), ids)).await {
        Ok(_) => {}
        // Already gone (deleted by the coordinator) or too old: nothing to retry.
        Err(teloxide::RequestError::Api(e)) => {
            tracing::warn!(error = %super::redact::Redacted(&e), "Telegram refused to delete an exported file; it may still be in a coordinator's chat");
        }
        Err(e) => {
            tracing::warn!(error = %super::redact::Redacted(&e), "could not delete an exported file yet; will try again");
            return;
        }
    }
    if let Err(e) = exports::done(&app.db, file).await {
        tracing::warn!(error = %super::redact::Redacted(&e), "could not mark an exported file as deleted");
    }
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
    use crate::reports::donor::{self, Options, last_month, texts::LANGUAGES};
    let asked = arg.or(hint).map(|a| a.split(['-', '_']).next().unwrap_or(a).trim().to_ascii_lowercase());
    let lang = asked.filter(|a| LANGUAGES.contains(&a.as_str())).unwrap_or_else(|| LANGUAGES[0].to_owned());
    // Counted in memory until now; written first so the report is current.
    app.visits.flush(&app.db).await?;
    let today = clock::local(now()).date();
    let (from, to) = last_month(today);
    let dir = tempfile::tempdir()?;
    let name = format!("kadam-report-{from}-{to}.html");
    let path = dir.path().join(&name);
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path)?);
    let opts = Options { from, to, lang: lang.clone(), made: today };
    donor::build(&app.db, content, &opts, &mut file).await?;
    std::io::Write::flush(&mut file)?;
    drop(file);
    let texts = donor::texts::Texts::load(&content.root, &lang)?;
    let mut args = FluentArgs::new();
    args.set("from", from.to_string());
    args.set("to", to.to_string());
    let caption = texts.args("report-title", &args);
    app.rate.until_ready(chat).await;
    // Like /export: it cannot be forwarded, and leaves the chat after
    // KADAM_EXPORT_KEEP_MINUTES, since a coordinator's phone can be looked at.
    let document =
        bot.send_document(chat, InputFile::file(path).file_name(name)).caption(caption).protect_content(true);
    let sent = retrying(document).await?;
    let keep = app.config.export_keep_minutes;
    let file = SentFile { chat: chat.0, message_id: sent.id.0 };
    if let Err(e) = exports::remember(&app.db, file, now() + i64::from(keep) * 60).await {
        tracing::error!(error = %super::redact::Redacted(&e), "could not schedule the deletion of a report; delete it from the chat by hand");
    }
    tracing::info!("a coordinator made the donor report");
    Ok(())
}

/// `/stats`: the last four whole weeks, Monday to Sunday, so that two
/// answers a day apart are the same and cannot be subtracted (see
/// [`stats::whole_weeks`]).
async fn stats(bot: &Tg, app: &App, content: &Content, lang: &Lang, chat: ChatId) -> HandlerResult {
    let (from, to) = stats::whole_weeks(None, None, clock::local(now()).date()).map_err(anyhow::Error::msg)?;
    let filter = Filter { since: Some(clock::start_of(from)), until: to.next_day().map(clock::start_of), topic: None };
    let tally = stats::tally(&app.db, &filter).await?;
    // Counted in memory until now; written first so the answer is current.
    app.visits.flush(&app.db).await?;
    let seen = visits::totals(&app.db, &from.to_string(), &to.to_string()).await?;
    let mut text = stats_text(content, lang, (from, to), &tally, &seen);
    let heading = crate::dialogue::webinar::texts::ADMIN_STATS;
    text.push_str(&format!("\n\n{}:", content.locales.text(lang, heading, None, None)));
    for line in crate::reports::webinars::lines(&app.db).await? {
        text.push_str(&format!("\n{line}"));
    }
    let end = to.next_day().map_or(i64::MAX, clock::start_of);
    let consultations = crate::reports::consult::lines(&app.db, clock::start_of(from), end).await?;
    text.push_str(&consult_text(content, lang, &consultations));
    app.rate.until_ready(chat).await;
    retrying(bot.send_message(chat, fit(&text))).await?;
    Ok(())
}

/// The `/stats` answer: every count through the suppression.
fn stats_text(
    content: &Content,
    lang: &Lang,
    (from, to): (time::Date, time::Date),
    tally: &Tally,
    visits: &[VisitTotal],
) -> String {
    let mut args = FluentArgs::new();
    args.set("total", stats::cell(tally.total));
    args.set("from", from.to_string());
    args.set("to", to.to_string());
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
    for ShownVisits { node, step, shown } in stats::visit_rows(visits) {
        let at = if step > 0 { format!("{node} #{}", step + 1) } else { node };
        text.push_str(&format!("\n{at}: {shown}"));
    }
    text
}

/// The consultation figures under `/stats` (counts under 5 as <5).
fn consult_text(content: &Content, lang: &Lang, lines: &[crate::reports::consult::Line]) -> String {
    let mut args = FluentArgs::new();
    args.set("part", format!("consultations ({})", crate::reports::consult::COLUMNS));
    let mut text = format!("\n\n{}:", content.locales.text(lang, ui::ADMIN_STATS_PART, None, Some(&args)));
    for line in lines {
        text.push_str(&format!("\n{}", line.shown()));
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
        Public::menu(content)
            .map(|(c, description)| (c.name(), description))
            .chain(Coordinator::ALL.map(|c| (c.name(), c.description())))
            .map(|(cmd, desc)| BotCommand::new(cmd, locales.text(lang, desc, None, None)))
            .collect::<Vec<_>>()
    };
    for admin in admins {
        let scope = BotCommandScope::Chat { chat_id: Recipient::Id(ChatId(*admin as i64)) };
        let mut result = retrying(bot.set_my_commands(commands(locales.default_lang())).scope(scope.clone())).await;
        // Telegram knows only two-letter codes: `uz-Cyrl` readers get the
        // menu of `uz`, which their phone reports.
        for lang in locales.languages().iter().filter(|l| !l.code().contains('-')) {
            let request =
                bot.set_my_commands(commands(lang)).scope(scope.clone()).language_code(lang.code().to_owned());
            result = result.and(retrying(request).await);
        }
        if let Err(e) = result {
            tracing::warn!(error = %super::redact::Redacted(&e), "could not register a coordinator's command menu; the commands still work");
        }
    }
}

/// `/reload`: the content read again, and the result in a message.
async fn reload(bot: &Tg, app: Arc<App>, chat: ChatId, hint: Option<&str>) -> HandlerResult {
    let reloaded = reload_off_thread(app.clone())
        .await
        .ok_or_else(|| anyhow::anyhow!("the content reload stopped unexpectedly"))?;
    let content = app.content.load();
    let lang = hint.and_then(|h| content.locales.find(h)).unwrap_or(content.locales.default_lang());
    let mut args = FluentArgs::new();
    let text = match reloaded {
        Reloaded::Swapped { nodes, warnings } => {
            args.set("nodes", nodes);
            args.set("warnings", warnings);
            content.locales.text(lang, ui::ADMIN_RELOADED, None, Some(&args))
        }
        Reloaded::Kept { errors } => {
            args.set("errors", errors.len());
            let head = content.locales.text(lang, ui::ADMIN_RELOAD_FAILED, None, Some(&args));
            // The checker's own lines, as `kadam check --lang` prints them in
            // the coordinator's language (staff texts: ru, ky, else English).
            let staff = crate::staff::StaffLang::from_locale(lang.code());
            let list: Vec<String> = errors.iter().take(20).map(|d| d.render(staff)).collect();
            format!("{head}\n\n{}", list.join("\n"))
        }
    };
    app.rate.until_ready(chat).await;
    retrying(bot.send_message(chat, fit(&text))).await?;
    Ok(())
}
