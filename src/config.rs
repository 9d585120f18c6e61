//! Configuration of `kadam run`, read from the environment (and `.env`).
//!
//! Every variable is documented in `.env.example`. A bad value is reported
//! with the variable's name and what a good value looks like, because the
//! person starting the bot is often not the one who wrote the code.

use std::{collections::HashSet, fmt, net::SocketAddr, path::PathBuf};

use crate::{hours::Hours, pseudonym::PseudonymKey};

/// How the bot is reached: by polling Telegram, or by Telegram calling us.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    Polling,
    Webhook { public_url: url::Url },
}

#[derive(Clone, Debug)]
pub struct Config {
    pub token: Token,
    /// A different Bot API server (tests point this at a local fake).
    pub api_url: Option<url::Url>,
    pub database_url: String,
    pub content_dir: PathBuf,
    /// Telegram user ids of coordinators.
    pub admin_ids: HashSet<u64>,
    pub pseudonym_key: PseudonymKey,
    pub mode: Mode,
    /// Where the health endpoint (and, in webhook mode, the webhook) listens.
    pub listen: Option<SocketAddr>,
    /// Dialogue state of people inactive this long is deleted.
    pub retention_days: u32,
    /// Whether to watch content files and reload on change.
    pub watch_content: bool,
    /// Keep to Telegram's published rates (1 message/s per chat, 30/s in
    /// all). Off only for a local Bot API server: tests and benchmarks.
    pub throttle: bool,
    /// How long a file sent by `/export` or `/report` stays in the
    /// coordinator's chat before the bot deletes it.
    pub export_keep_minutes: u32,
    /// Questions to a consultant; `None` when `KADAM_CONSULT_CHAT_ID` is unset.
    pub consult: Option<Consult>,
}

/// Consultations (docs/consultations.md): where staff answer, and when.
#[derive(Clone, Debug)]
pub struct Consult {
    /// The staff's private forum supergroup.
    pub chat_id: i64,
    /// `KADAM_CONSULT_HOURS`, Bishkek time; always open when unset.
    pub hours: Hours,
    /// An open question quiet this long is closed and her chat id deleted.
    pub retention_days: u32,
    /// A question nobody answered this long is bumped once in the group.
    pub bump_after_hours: u32,
    /// At most this many open questions per person.
    pub max_open: usize,
    /// `KADAM_CONSULT_STAFF_IDS`: the Telegram user ids whose messages in a
    /// topic are relayed to her. When unset, the group's administrators.
    pub staff_ids: Option<Vec<u64>>,
}

/// The bot token. Never printed, not even in debug output.
#[derive(Clone)]
pub struct Token(pub String);

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<secret>)")
    }
}

/// A configuration problem, worded for the person starting the bot.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// No token: the one thing nobody can guess.
    #[error(
        "TELOXIDE_TOKEN is not set. Create a bot with @BotFather in Telegram (send it /newbot), then put the token it gives you in .env as TELOXIDE_TOKEN=123456:ABC..."
    )]
    MissingToken,
    /// Any other variable with a value we cannot use.
    #[error("{name}: {problem}")]
    Invalid { name: &'static str, problem: String },
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/kadam.db";

/// Reads `.env` from the working folder into the environment, once per
/// process; every command that reads a setting calls this first. A missing
/// file is fine: in production the variables come from the service manager,
/// and what is already set in the environment wins over the file.
pub fn load_dotenv() -> Option<&'static std::path::Path> {
    static FOUND: std::sync::OnceLock<Option<std::path::PathBuf>> = std::sync::OnceLock::new();
    FOUND.get_or_init(|| dotenvy::dotenv().ok()).as_deref()
}

/// A setting from the environment (after [`load_dotenv`]), trimmed; blank
/// counts as unset.
pub fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// The database `kadam run` uses, as every command finds it: `DATABASE_URL`
/// from the environment or `.env`, else [`DEFAULT_DATABASE_URL`].
pub fn database_url() -> Result<String, ConfigError> {
    load_dotenv();
    database_url_in(&env_var)
}

fn database_url_in(get: &impl Fn(&str) -> Option<String>) -> Result<String, ConfigError> {
    let database_url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
    if crate::storage::Backend::of(&database_url).is_none() {
        // Only the scheme is shown: the rest may hold a password.
        let scheme = database_url.split(':').next().unwrap_or_default();
        return Err(invalid(
            "DATABASE_URL",
            format!(
                "`{scheme}:…` must start with sqlite: (e.g. {DEFAULT_DATABASE_URL}) or postgres:// (e.g. postgres://kadam@localhost/kadam)"
            ),
        ));
    }
    Ok(database_url)
}

impl Config {
    /// Reads the configuration through `get` (the environment in production,
    /// a map in tests).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| get(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        let token = get("TELOXIDE_TOKEN").ok_or(ConfigError::MissingToken)?;
        if !token.contains(':') || token.chars().any(char::is_whitespace) {
            return Err(invalid(
                "TELOXIDE_TOKEN",
                "does not look like a bot token (it should look like 123456:ABC-DEF...); copy it again from @BotFather",
            ));
        }
        let api_url = get("TELOXIDE_API_URL")
            .map(|v| url::Url::parse(&v).map_err(|e| invalid("TELOXIDE_API_URL", format!("`{v}` is not a URL ({e})"))))
            .transpose()?;
        let database_url = database_url_in(&get)?;
        let content_dir = PathBuf::from(get("KADAM_CONTENT_DIR").unwrap_or_else(|| ".".to_owned()));
        let admin_ids = get("KADAM_ADMIN_IDS")
            .map(|v| {
                v.split([',', ' '])
                    .filter(|s| !s.is_empty())
                    .map(|id| {
                        id.parse::<u64>().map_err(|_| {
                            invalid("KADAM_ADMIN_IDS", format!("`{id}` is not a Telegram user id; list numbers separated by commas, e.g. 12345,67890"))
                        })
                    })
                    .collect::<Result<HashSet<_>, _>>()
            })
            .transpose()?
            .unwrap_or_default();
        let pseudonym_key = match get("KADAM_PSEUDONYM_KEY") {
            Some(v) => PseudonymKey::from_hex(&v).map_err(|p| invalid("KADAM_PSEUDONYM_KEY", p))?,
            None => {
                return Err(invalid(
                    "KADAM_PSEUDONYM_KEY",
                    "is not set; `kadam run` creates one in .env on first start, or set it yourself (`openssl rand -hex 32`)",
                ));
            }
        };
        let mode = match get("KADAM_WEBHOOK_URL") {
            None => Mode::Polling,
            Some(v) => {
                let public_url = url::Url::parse(&v)
                    .ok()
                    .filter(|u| u.scheme() == "https")
                    .ok_or_else(|| invalid("KADAM_WEBHOOK_URL", format!("`{v}` must be a public https:// URL")))?;
                Mode::Webhook { public_url }
            }
        };
        let listen = get("KADAM_LISTEN")
            .map(|v| {
                v.parse::<SocketAddr>().map_err(|_| {
                    invalid("KADAM_LISTEN", format!("`{v}` is not an address and port, e.g. 0.0.0.0:8080"))
                })
            })
            .transpose()?;
        let listen = match (&mode, listen) {
            (Mode::Webhook { .. }, None) => Some(SocketAddr::from(([0, 0, 0, 0], 8080))),
            (_, listen) => listen,
        };
        let retention_days = get("KADAM_RETENTION_DAYS")
            .map(|v| {
                v.parse::<u32>().ok().filter(|d| *d >= 1).ok_or_else(|| {
                    invalid("KADAM_RETENTION_DAYS", format!("`{v}` must be a whole number of days, 1 or more"))
                })
            })
            .transpose()?
            .unwrap_or(30);
        let watch_content = match get("KADAM_WATCH_CONTENT").as_deref() {
            None | Some("1" | "true" | "yes") => true,
            Some("0" | "false" | "no") => false,
            Some(v) => return Err(invalid("KADAM_WATCH_CONTENT", format!("`{v}` must be true or false"))),
        };
        let throttle = match get("KADAM_THROTTLE").as_deref() {
            None | Some("telegram") => true,
            Some("off") => false,
            Some(v) => return Err(invalid("KADAM_THROTTLE", format!("`{v}` must be `telegram` or `off`"))),
        };
        let export_keep_minutes = export_keep_minutes(&get)?;
        let consult = consult(&get)?;
        Ok(Self {
            export_keep_minutes,
            consult,
            throttle,
            token: Token(token),
            api_url,
            database_url,
            content_dir,
            admin_ids,
            pseudonym_key,
            mode,
            listen,
            retention_days,
            watch_content,
        })
    }
}

/// `KADAM_EXPORT_KEEP_MINUTES`: within Telegram's 48 hours for deleting.
fn export_keep_minutes(get: &impl Fn(&str) -> Option<String>) -> Result<u32, ConfigError> {
    let Some(v) = get("KADAM_EXPORT_KEEP_MINUTES") else { return Ok(60) };
    v.parse::<u32>().ok().filter(|m| (1..=2 * 24 * 60).contains(m)).ok_or_else(|| {
        invalid(
            "KADAM_EXPORT_KEEP_MINUTES",
            format!("`{v}` must be a whole number of minutes from 1 to 2880 (Telegram lets a bot delete its messages for 48 hours)"),
        )
    })
}

/// The `KADAM_CONSULT_*` settings; consultations are off without a chat id.
fn consult(get: &impl Fn(&str) -> Option<String>) -> Result<Option<Consult>, ConfigError> {
    let Some(chat) = get("KADAM_CONSULT_CHAT_ID") else { return Ok(None) };
    let chat_id = chat.parse::<i64>().ok().filter(|id| *id < 0).ok_or_else(|| {
        invalid(
            "KADAM_CONSULT_CHAT_ID",
            format!("`{chat}` is not a group id; a supergroup's id looks like -1001234567890"),
        )
    })?;
    let hours = get("KADAM_CONSULT_HOURS")
        .map(|v| Hours::parse(&v).map_err(|p| invalid("KADAM_CONSULT_HOURS", p)))
        .transpose()?
        .unwrap_or_else(Hours::always);
    let number = |name: &'static str, default: u32| {
        get(name)
            .map(|v| {
                v.parse::<u32>()
                    .ok()
                    .filter(|n| *n >= 1)
                    .ok_or_else(|| invalid(name, format!("`{v}` must be a whole number, 1 or more")))
            })
            .transpose()
            .map(|n| n.unwrap_or(default))
    };
    Ok(Some(Consult {
        chat_id,
        hours,
        retention_days: number("KADAM_CONSULT_RETENTION_DAYS", 14)?,
        bump_after_hours: number("KADAM_CONSULT_BUMP_HOURS", 24)?,
        max_open: number("KADAM_CONSULT_MAX_OPEN", 3)? as usize,
        staff_ids: get("KADAM_CONSULT_STAFF_IDS").map(|v| staff_ids(&v)).transpose()?,
    }))
}

/// `KADAM_CONSULT_STAFF_IDS`: user ids separated by commas or spaces.
fn staff_ids(value: &str) -> Result<Vec<u64>, ConfigError> {
    let ids: Vec<u64> = value
        .split([',', ' '])
        .filter(|id| !id.trim().is_empty())
        .map(|id| {
            id.trim().parse::<u64>().ok().filter(|n| *n > 0).ok_or_else(|| {
                invalid("KADAM_CONSULT_STAFF_IDS", format!("`{id}` is not a Telegram user id (a positive number)"))
            })
        })
        .collect::<Result<_, _>>()?;
    if ids.is_empty() {
        return Err(invalid("KADAM_CONSULT_STAFF_IDS", "is empty: list the consultants' user ids, or remove the line"));
    }
    Ok(ids)
}

fn invalid(name: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError::Invalid { name, problem: problem.into() }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let mut map: HashMap<String, String> =
            [("TELOXIDE_TOKEN", "123:abc"), ("KADAM_PSEUDONYM_KEY", &"ab".repeat(32))]
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect();
        for (k, v) in vars {
            map.insert((*k).to_owned(), (*v).to_owned());
        }
        Config::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn defaults() {
        let c = config(&[]).unwrap();
        assert_eq!(c.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(c.mode, Mode::Polling);
        assert_eq!(c.retention_days, 30);
        assert!(c.admin_ids.is_empty());
        assert!(c.consult.is_none());
        let c = config(&[("KADAM_CONSULT_CHAT_ID", "-1001234567890")]).unwrap().consult.unwrap();
        assert_eq!(c.staff_ids, None, "the group's administrators by default");
        let listed = config(&[("KADAM_CONSULT_CHAT_ID", "-1001234567890"), ("KADAM_CONSULT_STAFF_IDS", "42, 43 44")]);
        assert_eq!(listed.unwrap().consult.unwrap().staff_ids, Some(vec![42, 43, 44]));
        for bad in [", ,", "42,abc", "-5"] {
            let listed = config(&[("KADAM_CONSULT_CHAT_ID", "-1001234567890"), ("KADAM_CONSULT_STAFF_IDS", bad)]);
            assert!(listed.is_err(), "{bad:?}");
        }
        assert_eq!((c.chat_id, c.retention_days, c.bump_after_hours, c.max_open), (-1_001_234_567_890, 14, 24, 3));
        assert!(!format!("{c:?}").contains("123:abc"));
    }

    #[test]
    fn postgres_urls_are_accepted() {
        for url in ["postgres://kadam@localhost/kadam", "postgresql://kadam:pw@db.example.org:5433/kadam"] {
            assert_eq!(config(&[("DATABASE_URL", url)]).unwrap().database_url, url);
        }
    }

    #[test]
    fn errors_name_the_variable() {
        let err = |vars: &[(&str, &str)]| config(vars).unwrap_err().to_string();
        assert!(err(&[("TELOXIDE_TOKEN", "")]).contains("@BotFather"));
        assert!(err(&[("KADAM_ADMIN_IDS", "12,abc")]).starts_with("KADAM_ADMIN_IDS: `abc`"));
        let mysql = err(&[("DATABASE_URL", "mysql://kadam:hunter2@db/kadam")]);
        assert!(mysql.starts_with("DATABASE_URL") && mysql.contains("postgres://"), "{mysql}");
        assert!(!mysql.contains("hunter2"), "the password is not shown: {mysql}");
        assert!(err(&[("KADAM_RETENTION_DAYS", "0")]).starts_with("KADAM_RETENTION_DAYS"));
        assert!(err(&[("KADAM_WEBHOOK_URL", "http://x")]).starts_with("KADAM_WEBHOOK_URL"));
        assert!(err(&[("KADAM_PSEUDONYM_KEY", "zz")]).starts_with("KADAM_PSEUDONYM_KEY"));
        assert!(err(&[("KADAM_LISTEN", "nope")]).starts_with("KADAM_LISTEN"));
        assert!(err(&[("KADAM_CONSULT_CHAT_ID", "123")]).starts_with("KADAM_CONSULT_CHAT_ID"));
        let hours = [("KADAM_CONSULT_CHAT_ID", "-100123"), ("KADAM_CONSULT_HOURS", "weekdays")];
        assert!(err(&hours).starts_with("KADAM_CONSULT_HOURS"));
    }

    #[test]
    fn admin_ids_and_webhook() {
        let c = config(&[("KADAM_ADMIN_IDS", "1, 2,3"), ("KADAM_WEBHOOK_URL", "https://bot.example.org/tg")]).unwrap();
        assert_eq!(c.admin_ids, HashSet::from([1, 2, 3]));
        assert!(matches!(c.mode, Mode::Webhook { .. }));
        assert_eq!(c.listen, Some(SocketAddr::from(([0, 0, 0, 0], 8080))));
    }
}
