//! The command line: one subcommand per job, each explained in one line by
//! `kadam --help`. Errors come back as `anyhow` and are printed once by `main`.

mod announce;
mod donor_report;
mod load;
mod migrate_db;
mod reports;
mod secrets;

use std::{
    io::{self, IsTerminal, Write},
    path::{Path, PathBuf},
    process::ExitCode,
    time::Instant,
};

use anyhow::Context;
use clap::{Parser, Subcommand, builder::PossibleValuesParser};
use time::Date;

use self::load::load_or_report;
use crate::{
    clock,
    content::Severity,
    dialogue::{Content, Lang},
    graph_export,
    reports::donor::texts::LANGUAGES,
    staff::{Msg, StaffLang},
};

#[derive(Debug, Parser)]
#[command(
    name = "kadam",
    version,
    about = "Kadam: a Telegram bot for public services and help against violence, in Kyrgyz, Russian and Uzbek."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the Telegram bot (the default). Configured by environment variables and .env.
    Run,
    /// Check dialogues and translations and list every problem found.
    Check {
        /// Folder holding `dialogues/` and `locales/`.
        #[arg(long, env = "KADAM_CONTENT_DIR", default_value = ".")]
        content: PathBuf,
        /// Also print, on stdout, the "verify before launch" list: every ⚠️
        /// fact and every number not yet called, with its source.
        #[arg(long)]
        verify_list: bool,
        /// Language of the messages: ru, ky or en (default: $KADAM_STAFF_LANG, then $LANG, then en).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Walk the dialogues in the terminal, without Telegram (type a button's number).
    Simulate {
        /// Language to start in (a code of locales/locales.toml, e.g. ky or
        /// uz-Cyrl); without it, the language picker comes first.
        #[arg(long, value_parser = language_code)]
        lang: Option<Lang>,
        #[arg(long, env = "KADAM_CONTENT_DIR", default_value = ".")]
        content: PathBuf,
    },
    /// Export the feedback women agreed to share: XLSX, CSV for Excel, or JSON Lines.
    Export {
        #[arg(long, value_enum, default_value = "xlsx")]
        format: crate::reports::export::Format,
        /// First day to include, YYYY-MM-DD (Bishkek time).
        #[arg(long, value_parser = clock::parse_date)]
        since: Option<Date>,
        /// Last day to include, YYYY-MM-DD (inclusive).
        #[arg(long, value_parser = clock::parse_date)]
        until: Option<Date>,
        /// Only feedback about this screen: a guide's id, or `feedback` for /feedback.
        #[arg(long)]
        topic: Option<String>,
        /// File to write (default: kadam-feedback-<today>.<format> here).
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, env = "KADAM_CONTENT_DIR", default_value = ".")]
        content: PathBuf,
        /// Language of the messages: ru, ky or en (default: $KADAM_STAFF_LANG, then $LANG, then en).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Print how often each screen was shown and the feedback counts; counts under 5 show as "<5".
    Stats {
        /// First day, YYYY-MM-DD (default: 30 days ago).
        #[arg(long, value_parser = clock::parse_date)]
        since: Option<Date>,
        /// Last day, YYYY-MM-DD (default: today).
        #[arg(long, value_parser = clock::parse_date)]
        until: Option<Date>,
        /// Also write the screen counts to this CSV file.
        #[arg(long)]
        csv: Option<PathBuf>,
        /// Language of the output: ru, ky or en (default: $KADAM_STAFF_LANG, then $LANG, then en).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Announce a webinar (or a text) to everyone who asked for webinar news; a dry run unless --yes.
    Announce {
        /// A webinar id from dialogues/webinars.toml, or a text sent as written.
        what: String,
        /// Queue it for sending (the running bot sends it); without this, only the preview and the count.
        #[arg(long)]
        yes: bool,
        #[arg(long, env = "KADAM_CONTENT_DIR", default_value = ".")]
        content: PathBuf,
        /// Language of the messages: ru, ky or en (default: $KADAM_STAFF_LANG, then $LANG, then en).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Write the donor report: reach, guides, feedback and help sought as charts in one HTML file.
    Report {
        /// First day, YYYY-MM-DD (default: the first day of last month).
        #[arg(long, value_parser = clock::parse_date)]
        from: Option<Date>,
        /// Last day, YYYY-MM-DD, inclusive (default: the last day of last month).
        #[arg(long, value_parser = clock::parse_date)]
        to: Option<Date>,
        /// Language of the report.
        #[arg(long, default_value = "ru", value_parser = PossibleValuesParser::new(LANGUAGES.iter().copied()))]
        lang: String,
        /// File to write (default: kadam-report-<from>-<to>.html here).
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, env = "KADAM_CONTENT_DIR", default_value = ".")]
        content: PathBuf,
    },
    /// Spreadsheets for translators: export every text, import the edited ones.
    Translations {
        #[command(subcommand)]
        action: crate::translations::Action,
    },
    /// Show the bot in a web browser, as on a phone; follows every edit of the content files.
    Preview {
        /// Port on 127.0.0.1 to serve the page on.
        #[arg(long, env = "KADAM_PREVIEW_PORT", default_value_t = crate::preview::DEFAULT_PORT)]
        port: u16,
        #[arg(long, env = "KADAM_CONTENT_DIR", default_value = ".")]
        content: PathBuf,
    },
    /// Copy the bot's SQLite database (DATABASE_URL) into another database, e.g. postgres://…; stop the bot first.
    MigrateDb {
        /// The database to fill: postgres://user:password@host/name (or sqlite://file); its tables are created.
        #[arg(long)]
        to: String,
        /// Delete what the target already holds before copying (otherwise a target with rows is refused).
        #[arg(long)]
        replace: bool,
        /// Language of the messages: ru, ky or en (default: $KADAM_STAFF_LANG, then $LANG, then en).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Print the dialogue graph as a Mermaid or Graphviz diagram.
    Graph {
        #[arg(long, value_enum, default_value = "mermaid")]
        format: graph_export::Format,
        #[arg(long, env = "KADAM_CONTENT_DIR", default_value = ".")]
        content: PathBuf,
    },
}

/// `--lang` of `kadam simulate`: the shape of a language code (`ky`,
/// `uz-Cyrl`); which codes exist is known once the content is loaded.
fn language_code(text: &str) -> Result<Lang, String> {
    let mut parts = text.split('-');
    let primary = parts.next().unwrap_or_default();
    let shaped = (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if shaped { Ok(Lang::new(text)) } else { Err("a language code is written like ky, ru, uz or uz-Cyrl".to_owned()) }
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        None => run_default(),
        Some(Command::Run) => run_bot(),
        Some(Command::Preview { port, content }) => {
            init_logging();
            crate::preview::run(crate::preview::Options { port, content }, |at| {
                format!(
                    "Kadam preview: open {at} in a web browser. Save a file in dialogues/ or locales/ and the page follows. Ctrl-C stops."
                )
            })
        }
        Some(Command::Check { content, verify_list, lang }) => {
            let lang = staff_lang(lang)?;
            if verify_list {
                print_verify_list(&content, lang);
            }
            Ok(check(&content, lang))
        }
        Some(Command::Simulate { lang, content }) => {
            let content = load_or_report(&content, staff_lang(None)?)?;
            let lang = match lang {
                None => None,
                Some(code) => Some(content.locales.find(code.code()).cloned().with_context(|| {
                    let known: Vec<&str> = content.locales.languages().iter().map(|l| l.code()).collect();
                    format!("unknown language `{code}`; choose one of: {}", known.join(", "))
                })?),
            };
            if io::stdin().is_terminal() {
                eprintln!(
                    "Type a button's number and press Enter; /menu, /language, /help work too; `location 42.87 74.59` shares a location. Ctrl-D ends.\n"
                );
            }
            let now = crate::clock::now();
            crate::simulate::run(&content, lang.as_ref(), now, io::stdin().lock(), io::stdout().lock())?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Export { format, since, until, topic, out, content, lang }) => {
            reports::export(format, since, until, topic, out, &content, staff_lang(lang)?)
        }
        Some(Command::Stats { since, until, csv, lang }) => reports::stats(since, until, csv, staff_lang(lang)?),
        Some(Command::Announce { what, yes, content, lang }) => announce::run(&what, yes, &content, staff_lang(lang)?),
        Some(Command::Report { from, to, lang, out, content }) => {
            // The report's language is also the one its progress is told in.
            let staff = StaffLang::from_code(&lang).unwrap_or(StaffLang::Ru);
            donor_report::run(from, to, &lang, out, || load_or_report(&content, staff))
        }
        Some(Command::Translations { action }) => crate::translations::run(action),
        Some(Command::MigrateDb { to, replace, lang }) => migrate_db::run(&to, replace, staff_lang(lang)?),
        Some(Command::Graph { format, content }) => {
            let content = load_or_report(&content, staff_lang(None)?)?;
            io::stdout().write_all(graph_export::render(&content, format).as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The staff's language for a command's own messages: `--lang`, then
/// `KADAM_STAFF_LANG`, then `LANG`, then English.
pub(crate) fn staff_lang(flag: Option<String>) -> anyhow::Result<StaffLang> {
    StaffLang::from_env(flag.as_deref()).map_err(anyhow::Error::msg)
}

/// The bare `kadam` (what `cargo run --release` starts): the bot with a
/// token, else the practice chat in a browser, so a fresh clone shows
/// something. Reads `.env` and creates nothing before knowing which.
fn run_default() -> anyhow::Result<ExitCode> {
    crate::config::load_dotenv();
    if has_token() {
        return run_bot();
    }
    init_logging();
    let var = crate::config::env_var;
    let port = match var("KADAM_PREVIEW_PORT") {
        None => crate::preview::DEFAULT_PORT,
        Some(v) => {
            v.trim().parse().with_context(|| format!("KADAM_PREVIEW_PORT: `{v}` is not a port number, e.g. 8080"))?
        }
    };
    let content = PathBuf::from(var("KADAM_CONTENT_DIR").unwrap_or_else(|| ".".to_owned()));
    crate::preview::run(crate::preview::Options { port, content }, |at| {
        format!(
            "No TELOXIDE_TOKEN in .env: serving the practice chat at {at} — to serve Telegram, create a bot with @BotFather and put its token in .env"
        )
    })
}

fn has_token() -> bool {
    crate::config::env_var("TELOXIDE_TOKEN").is_some()
}

/// `kadam run`: configuration from the environment and `.env`, then the bot.
/// Two malloc arenas instead of glibc's up to eight per core: each thread
/// that allocates (tokio's workers, sqlx's thread per SQLite connection)
/// would otherwise get a heap of its own, and their free pages add up to
/// megabytes of resident memory at the same load (docs/performance.md).
/// An operator's own `MALLOC_ARENA_MAX` wins.
fn fewer_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: mallopt only tunes glibc's allocator and takes its own lock;
        // a refused setting (return 0) leaves the defaults, which work too.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}

fn run_bot() -> anyhow::Result<ExitCode> {
    // A missing .env is fine: in production the variables come from the service manager.
    let env_file = crate::config::load_dotenv();
    // Without a token nothing else matters: refuse before creating a key in .env.
    if !has_token() {
        return Err(crate::config::ConfigError::MissingToken.into());
    }
    // Everything the bot creates from here on (the database, its -wal and
    // -shm files, .env) is readable by its owner only.
    #[cfg(unix)]
    // SAFETY: umask only sets this process's file-creation mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
    fewer_malloc_arenas();
    init_logging();
    if let Some(path) = &env_file {
        secrets::protect_env_file(path);
    }
    let key = match secrets::key_hex()? {
        Some(key) => key,
        None => ensure_pseudonym_key()?,
    };
    let config = crate::config::Config::from_lookup(|name| match name {
        PSEUDONYM_KEY => Some(key.clone()),
        _ => std::env::var(name).ok(),
    })?;
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(crate::telegram::run(config))?;
    Ok(ExitCode::SUCCESS)
}

/// Logs go to stderr; `KADAM_LOG` sets the level (e.g. `debug`, `kadam=debug`).
/// teloxide's own chatter stays at warnings.
fn init_logging() {
    let mut filter = tracing_subscriber::EnvFilter::try_from_env("KADAM_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,teloxide=warn,teloxide_core=warn,sqlx=warn"));
    for directive in SILENCED {
        filter = filter.add_directive(directive.parse().expect("a valid directive"));
    }
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(io::stderr).try_init();
}

/// teloxide logs an update it cannot parse in full, at ERROR: her text, her
/// name, her chat id, her location. These targets log nothing else of use,
/// so they stay silent whatever `KADAM_LOG` says.
const SILENCED: &[&str] = &[
    // "Cannot parse an update.\nError: {err:?}" with the update's JSON.
    "teloxide::dispatching::dispatcher=off",
    // The webhook's "Cannot parse an update … Value: {input}".
    "teloxide::update_listeners::webhooks=off",
];

const PSEUDONYM_KEY: &str = secrets::KEY;

/// Without a pseudonym key (neither `KADAM_PSEUDONYM_KEY` nor
/// `KADAM_PSEUDONYM_KEY_FILE`) nothing can be stored. On a first run we make one
/// and write it to `.env` (mode 0600), so that a plain `cargo run --release`
/// works, and return it. A database that already holds people's rows is
/// never given a new key: it would orphan every stored pseudonym, and
/// `/forget` could no longer find her records.
fn ensure_pseudonym_key() -> anyhow::Result<String> {
    let url = crate::config::database_url()?;
    let rows = stored_rows(&url)?;
    if rows > 0 {
        anyhow::bail!(
            "{PSEUDONYM_KEY} is not set, but the database {} already holds {rows} stored row(s) made with a key. \
             A new key would cut every person off from what is stored about her (/forget could no longer find it). \
             Put the key back (in .env or the service's environment) as {PSEUDONYM_KEY}=...; \
             only if it is lost for good, move the database away to start afresh.",
            crate::storage::Db::describe(&url)
        );
    }
    let key = crate::pseudonym::PseudonymKey::generate_hex()?;
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut env_file = options
        .open(".env")
        .with_context(|| format!("{PSEUDONYM_KEY} is not set and .env cannot be written to store a new one"))?;
    // An .env that existed before (with the token) gets the same rights.
    #[cfg(unix)]
    std::fs::set_permissions(".env", std::os::unix::fs::PermissionsExt::from_mode(0o600))
        .context("cannot make .env readable by its owner only")?;
    writeln!(
        env_file,
        "\n# Created by kadam on first start. Keep it secret and keep it: without it, stored states cannot be matched to people.\n{PSEUDONYM_KEY}={key}"
    )?;
    tracing::warn!("{PSEUDONYM_KEY} was not set: created a new key and saved it in .env");
    Ok(key)
}

/// How many rows about people the database at `url` holds; 0 when it does
/// not exist yet. Read-only: nothing is created here.
fn stored_rows(url: &str) -> anyhow::Result<i64> {
    use sqlx::{AnyConnection, Connection, any::AnyConnectOptions, sqlite::SqliteConnectOptions};
    use std::str::FromStr;
    sqlx::any::install_default_drivers();
    let options = if crate::storage::Backend::of(url) == Some(crate::storage::Backend::Postgres) {
        AnyConnectOptions::from_str(url).context("DATABASE_URL is not a PostgreSQL URL")?
    } else {
        let Ok(options) = url.parse::<SqliteConnectOptions>() else { return Ok(0) };
        if !options.get_filename().exists() {
            return Ok(0);
        }
        crate::storage::sqlite_any_options(options.get_filename(), "ro")?
    };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let mut conn =
            AnyConnection::connect_with(&options).await.context("cannot open the database to look for rows")?;
        let mut rows = 0;
        for table in crate::storage::privacy::PERSON_TABLES {
            // A table that does not exist yet holds nothing.
            let n: Option<i64> =
                sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&mut conn).await.ok();
            rows += n.unwrap_or(0);
        }
        let _ = conn.close().await;
        Ok(rows)
    })
}

/// `kadam check --verify-list`: the items staff check by phone, on stdout
/// so that they can be saved to a file or printed.
fn print_verify_list(root: &Path, lang: StaffLang) {
    let items = crate::content::verify::verify_list(root);
    let mut out = io::stdout().lock();
    let _ = writeln!(out, "{}", lang.text(&Msg::new("check-verify-list").arg("count", items.len())));
    for item in items {
        let _ = writeln!(out, "{}", lang.text(&item));
    }
}

/// The languages made by transliteration, with the one each is made from.
fn generated_languages(root: &Path) -> Vec<(String, String)> {
    let path = root.join(crate::content::raw::RawLocales::PATH);
    let config = std::fs::read_to_string(path).ok().and_then(|s| crate::content::raw::RawLocales::parse(&s).ok());
    config.map(|c| c.transliterated.into_iter().map(|(k, v)| (k, v.into_inner())).collect()).unwrap_or_default()
}

/// How many messages an overrides file defines (0 when there is none).
fn count_overrides(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()) && l.contains(" =")).count()
}

/// `kadam check`: every problem, then a one-line summary; exit 1 on errors.
fn check(root: &Path, lang: StaffLang) -> ExitCode {
    let started = Instant::now();
    let (content, diags) = Content::load(root);
    let (errors, warnings) = (diags.count(Severity::Error), diags.count(Severity::Warning));
    let mut err = io::stderr().lock();
    for d in diags.sorted() {
        let _ = writeln!(err, "{}", d.render(lang));
    }
    // Per language: translated, falling back, not reviewed by a native speaker.
    match crate::translations::Catalog::load(root) {
        Ok(catalog) => {
            let coverage = catalog.coverage();
            for c in &coverage {
                let _ = writeln!(err, "{}", lang.text(&c.message()));
            }
            // A generated language is exactly as reviewed as its source: a
            // native speaker reads the Latin Uzbek, the rules do the rest.
            for (generated, from) in generated_languages(root) {
                let overrides = count_overrides(&root.join("locales").join(&generated).join("overrides.ftl"));
                let Some(source) = coverage.iter().find(|c| c.lang == from) else { continue };
                let line = Msg::new("coverage-generated")
                    .arg("lang", &generated)
                    .arg("from", &from)
                    .arg("overrides", overrides)
                    .arg("unreviewed", source.unreviewed)
                    .arg("messages", source.messages);
                let _ = writeln!(err, "{}", lang.text(&line));
            }
        }
        // Said, not skipped: a missing coverage report must not look like full coverage.
        Err(e) => {
            let _ = writeln!(err, "{}", lang.text(&Msg::new("coverage-not-shown").arg("error", format!("{e:#}"))));
        }
    }
    let elapsed = started.elapsed().as_millis();
    match content {
        Some(c) => {
            let ok = Msg::new("check-content-ok")
                .arg("nodes", c.graph.nodes().count())
                .arg("langs", c.locales.languages().iter().map(|l| l.code()).collect::<Vec<_>>().join(", "))
                .arg("warnings", warnings)
                .arg("ms", elapsed);
            let _ = writeln!(err, "{}", lang.text(&ok));
            ExitCode::SUCCESS
        }
        None => {
            let failed = Msg::new("check-content-failed").arg("errors", errors).arg("warnings", warnings);
            let _ = writeln!(err, "{}", lang.text(&failed));
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::{Parser, error::ErrorKind};

    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("kadam").chain(args.iter().copied()))
    }

    #[test]
    fn dates_and_languages_are_typed_by_clap() {
        let Ok(Cli { command: Some(Command::Stats { since, .. }) }) = parse(&["stats", "--since", "2025-04-01"]) else {
            panic!("stats parses");
        };
        assert_eq!(since, clock::parse_date("2025-04-01").ok());
        let Ok(Cli { command: Some(Command::Simulate { lang, .. }) }) = parse(&["simulate", "--lang", "uz-Cyrl"])
        else {
            panic!("simulate parses");
        };
        assert_eq!(lang, Some(Lang::new("uz-Cyrl")));
        for bad in [&["stats", "--until", "1.4.2025"][..], &["simulate", "--lang", "x y"], &["report", "--lang", "de"]]
        {
            let error = parse(bad).err().unwrap_or_else(|| panic!("{bad:?} is refused"));
            let kind = error.kind();
            assert!(matches!(kind, ErrorKind::ValueValidation | ErrorKind::InvalidValue), "{bad:?}: {kind:?}");
        }
    }
}
