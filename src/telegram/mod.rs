//! `kadam run`: the Telegram shell around the engine.
//!
//! Startup reads as a story: configuration, content (refusing to start on
//! errors), database with migrations, token check, command menus, then the
//! pipeline: [`intake`] takes updates into the inbox, [`pipeline`] queues
//! them per chat and hands them to the routing table built by [`schema`],
//! all shared context in one [`App`]. Background jobs (content reload,
//! retention) run beside it; SIGTERM and Ctrl-C stop taking updates, let
//! the updates in flight finish (what waits stays in the inbox for the
//! next start) and close the database.

mod admin;
pub mod announce;
pub mod command;
mod consult;
mod erase;
mod handlers;
mod intake;
mod jobs;
mod markup;
mod outbox;
mod pipeline;
mod press;
mod record;
mod redact;
mod reload;
mod replica;
mod send;
mod webinar_text;
mod webinars;

use std::sync::Arc;

use anyhow::Context;
use arc_swap::ArcSwap;
use teloxide::{dispatching::UpdateHandler, prelude::*, types::BotCommand};
use tokio::sync::watch;

use self::command::Public;
use crate::{
    config::{Config, Mode},
    dialogue::Content,
    storage::{Db, visits::Visits},
};

/// The bot as handlers see it. Rate limits and retries are ours
/// ([`send::Rate`], [`send::retrying`]), not an adaptor's.
pub type Tg = Bot;

/// Everything handlers share, passed once through `dptree::deps!`.
pub struct App {
    /// Swapped whole on reload, so an update sees one consistent version.
    pub content: ArcSwap<Content>,
    pub db: Db,
    pub config: Config,
    /// Telegram's sending rates; every new message waits here first.
    pub rate: send::Rate,
    /// Screens shown, counted in memory and written now and then.
    pub visits: Visits,
    /// Per-chat ordered queues between the intake and the handlers.
    pub pipeline: pipeline::Pipeline,
    /// Each chat's wipe epoch: what an update from before a wipe may not send.
    pub epochs: record::Epochs,
    /// Message ids waiting for the database to take them.
    pub unrecorded: record::Unrecorded,
    /// The staff group's administrators, asked for now and then.
    pub admins: consult::Admins,
    /// `KADAM_REPLICAS=shared`: this process is one of several sharing the
    /// database and the token; `None` for a process alone.
    pub replica: Option<replica::Replica>,
}

impl App {
    /// `chat`'s wipe epoch now: from memory for a process alone, from the
    /// database with replicas (a wipe may have begun on another one).
    pub async fn epoch_now(&self, chat: ChatId) -> u64 {
        match &self.replica {
            Some(replica) => replica.epoch(self, chat).await,
            None => self.epochs.current(chat),
        }
    }
}

/// Workers handling updates: enough that chats waiting on Telegram's
/// per-chat sending rate do not hold up the others.
const WORKERS: usize = 16;

/// Errors in handlers are logged by the pipeline; the person has already
/// been answered by then (see `handlers::turn`).
pub type HandlerResult = anyhow::Result<()>;

/// The whole routing table. A coordinator's command and a webinar's deep
/// link take their own branches; every other message goes to the dialogue.
/// A press is decoded once into a typed [`press::Press`] and routed on it;
/// a webinar press and a webinar deep link meet in one typed
/// [`press::WebinarAsk`]. Nothing is routed by hand further in.
pub fn schema() -> UpdateHandler<anyhow::Error> {
    let messages = Update::filter_message()
        .branch(dptree::filter(consult::from_staff_group).endpoint(consult::on_staff_message))
        .branch(dptree::filter_map(admin::coordinator_command).endpoint(admin::answer))
        .branch(dptree::filter_map(press::webinar_link).endpoint(handlers::on_webinar))
        .branch(dptree::endpoint(handlers::on_message));
    // Routed on the typed press, as messages are on the typed command.
    let presses = Update::filter_callback_query()
        .filter_map(press::decode)
        .branch(
            dptree::filter(|p: press::Press| matches!(p.what, press::Pressed::Consult(_)))
                .endpoint(handlers::on_consult_press),
        )
        .branch(
            dptree::filter(|p: press::Press| matches!(p.what, press::Pressed::Announce(_)))
                .endpoint(handlers::on_announce_press),
        )
        .branch(dptree::filter_map(press::Press::webinar).endpoint(handlers::on_webinar))
        .branch(dptree::endpoint(handlers::on_press));
    dptree::entry()
        .branch(messages)
        .branch(Update::filter_edited_message().endpoint(handlers::on_edited_message))
        .branch(presses)
}

/// The token was refused by Telegram: reported like a missing one.
#[derive(Debug, thiserror::Error)]
#[error(
    "Telegram rejected TELOXIDE_TOKEN. Check it with @BotFather in Telegram (/mybots → your bot → API Token) and put it in .env as TELOXIDE_TOKEN=..."
)]
pub struct TokenRejected;

pub async fn run(config: Config) -> anyhow::Result<()> {
    let (content, diags) = Content::load(&config.content_dir);
    for d in diags.iter() {
        tracing::warn!("{d}");
    }
    let content = content.with_context(|| {
        format!(
            "the content in {} has errors (listed above); fix them or run `kadam check`",
            config.content_dir.display()
        )
    })?;
    if crate::clock::is_steered() {
        tracing::warn!("{} is set: the clock is read from a file, as in tests", crate::clock::CLOCK_FILE);
    }
    tracing::info!(nodes = content.graph.nodes().count(), fingerprint = %content.fingerprint, "content loaded");

    let db = Db::open(&config.database_url).await?;
    tracing::info!(database = %Db::describe(&config.database_url), "database ready");

    let mut bot = Bot::new(&config.token.0);
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    let me = match bot.get_me().await {
        Ok(me) => me,
        Err(teloxide::RequestError::Api(teloxide::ApiError::InvalidToken)) => return Err(TokenRejected.into()),
        Err(e) => return Err(e).context("cannot reach Telegram to check the token"),
    };
    tracing::info!(bot = %me.username(), "connected to Telegram");
    let rate = if config.throttle { send::Rate::telegram() } else { send::Rate::unlimited() };

    register_commands(&bot, &content).await;
    admin::register_commands(&bot, &content, &config.admin_ids).await;
    let (replica, idle) = if config.replicas {
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        (Some(replica::Replica::new()?), Some((tx, rx)))
    } else {
        (None, None)
    };
    let (idle_tx, idle_rx) = idle.unzip();
    let pipeline = pipeline::Pipeline::new(pipeline::Limits::new(config.throttle), idle_tx);
    let app = Arc::new(App {
        replica,
        content: ArcSwap::from_pointee(content),
        db,
        config,
        rate,
        visits: Default::default(),
        pipeline,
        epochs: Default::default(),
        unrecorded: Default::default(),
        admins: Default::default(),
    });

    let (stop, stopped) = watch::channel(false);
    let mut jobs = jobs::spawn(app.clone(), bot.clone(), stop);
    jobs.spawn(webinars::run_reminders(app.clone(), bot.clone()));
    jobs.spawn(announce::run(app.clone(), bot.clone()));
    jobs.spawn(consult::watch(app.clone(), bot.clone()));

    let handler = Arc::new(schema());
    let mut workers = pipeline::spawn_workers(&app, &bot, &handler, WORKERS);
    let intake = Arc::new(intake::Intake::new(app.clone(), bot.clone(), handler));
    if let Some(idle) = idle_rx {
        jobs.spawn(replica::Replica::keep_alive(app.clone()));
        jobs.spawn(replica::give_up_idle(app.clone(), idle));
        jobs.spawn(intake.clone().handle_shared_inbox(stopped.clone()));
    } else {
        intake.drain_inbox().await?;
    }
    take_updates(&app, &bot, intake, stopped).await?;
    tracing::info!("stopping: finishing the updates in progress");
    app.pipeline.stop();
    while workers.join_next().await.is_some() {}
    jobs.abort_all();
    if let Some(replica) = &app.replica {
        replica.leave(&app).await;
    }
    if let Err(e) = app.visits.flush(&app.db).await {
        tracing::warn!(error = %e, "could not write the last screen counts");
    }
    app.db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Takes updates, by polling or through the webhook, until `stopped`.
async fn take_updates(
    app: &Arc<App>,
    bot: &Tg,
    intake: Arc<intake::Intake>,
    stopped: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    match app.config.mode.clone() {
        Mode::Polling => {
            if let Some(addr) = app.config.listen {
                // Nothing waits on it: it ends with the process.
                jobs::serve_health(app.clone(), addr, axum::Router::new(), std::future::pending()).await?;
            }
            intake.poll(stopped).await;
        }
        Mode::Webhook { public_url } => {
            let addr = app.config.listen.expect("webhook mode always has an address");
            // Replicas register one secret: a delivery may reach any of them.
            let secret = match app.replica {
                Some(_) => app.config.pseudonym_key.webhook_secret(),
                None => crate::pseudonym::PseudonymKey::generate_hex()?,
            };
            // One delivery at a time, so updates reach the inbox in order:
            // the inbox knows an update it has seen by its id being at most
            // the newest taken, and with Telegram's default of 40 parallel
            // deliveries 101 could be taken before 100, which would then be
            // dropped as seen. Also with replicas, which share the inbox.
            bot.set_webhook(public_url.clone())
                .secret_token(secret.clone())
                .allowed_updates(intake::allowed())
                .max_connections(1)
                .await
                .context("cannot register the webhook with Telegram")?;
            let path = match public_url.path() {
                "" => "/",
                path => path,
            };
            let router = intake.clone().webhook(path, secret);
            let mut until = stopped.clone();
            jobs::serve_health(app.clone(), addr, router, async move {
                let _ = until.wait_for(|stop| *stop).await;
            })
            .await?;
            let mut stopped = stopped;
            let _ = stopped.wait_for(|stop| *stop).await;
            // The other replicas still take updates through it.
            if app.replica.is_some() {
                return Ok(());
            }
            if let Err(e) = bot.delete_webhook().await {
                tracing::warn!(error = %redact::Redacted(&e), "could not remove the webhook");
            }
        }
    }
    Ok(())
}

/// The error's chain as text, cut at a reply teloxide could not parse: that
/// error and its cause (serde's message quotes the value) carry her data.
pub fn redacted(error: &anyhow::Error) -> String {
    redact::Redacted::any(error).to_string()
}

/// The command menu in every language, plus a default for people whose
/// Telegram language we do not have.
async fn register_commands(bot: &Tg, content: &Content) {
    let locales = &content.locales;
    let commands = |lang| {
        Public::menu(content)
            .map(|(c, description)| BotCommand::new(c.name(), locales.text(lang, description, None, None)))
            .collect::<Vec<_>>()
    };
    let mut results = vec![send::retrying(bot.set_my_commands(commands(locales.default_lang()))).await];
    // Telegram knows only two-letter codes: `uz-Cyrl` readers get the
    // menu of `uz`, which their phone reports.
    for lang in locales.languages().iter().filter(|l| !l.code().contains('-')) {
        results.push(send::retrying(bot.set_my_commands(commands(lang)).language_code(lang.code().to_owned())).await);
    }
    if let Some(e) = results.into_iter().find_map(Result::err) {
        tracing::warn!(error = %redact::Redacted(&e), "could not register the command menu; commands still work");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_that_cannot_be_parsed_is_logged_without_its_contents() {
        let source = serde_json::from_str::<i32>("\"Айгуль Осмонова\"").unwrap_err();
        let raw = r#"{"ok":true,"result":{"text":"Айгуль Осмонова","location":{"latitude":40.51}}}"#;
        let error =
            anyhow::Error::new(teloxide::RequestError::InvalidJson { source: Arc::new(source), raw: raw.into() })
                .context("could not send a screen");
        let logged = redacted(&error);
        assert!(!logged.contains("Айгуль") && !logged.contains("40.51"), "{logged}");
        assert_eq!(
            logged,
            format!(
                "could not send a screen: a reply from Telegram could not be parsed ({} bytes, not shown)",
                raw.len()
            )
        );
    }
}
