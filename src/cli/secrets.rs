//! The bot's secrets on disk. The pseudonym key comes from
//! `KADAM_PSEUDONYM_KEY` or from the file `KADAM_PSEUDONYM_KEY_FILE` names,
//! which suits systemd credentials (`LoadCredential=`), so the key need not
//! sit beside the database: whoever holds both can link rows to Telegram ids
//! (docs/privacy.md). And `.env`, which holds the token and often the key,
//! is made readable by its owner only when `kadam run` finds it open to
//! others (as `cp .env.example .env` leaves it).

use std::path::Path;

use anyhow::{Context, bail};

pub const KEY: &str = "KADAM_PSEUDONYM_KEY";
pub const KEY_FILE: &str = "KADAM_PSEUDONYM_KEY_FILE";

/// The pseudonym key as hex, from the environment or the key file; `None`
/// when neither is set. Both set is refused: which key links the stored
/// rows must never be a guess.
pub fn key_hex() -> anyhow::Result<Option<String>> {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    match (var(KEY), var(KEY_FILE)) {
        (Some(_), Some(_)) => {
            bail!("both {KEY} and {KEY_FILE} are set: keep only one (remove {KEY} from .env when the key is in a file)")
        }
        (Some(key), None) => Ok(Some(key)),
        (None, Some(path)) => {
            let text = std::fs::read_to_string(&path).with_context(|| format!("{KEY_FILE}: cannot read {path}"))?;
            let key = text.trim();
            if key.is_empty() {
                bail!("{KEY_FILE}: {path} is empty; it must hold the key in hex, as `openssl rand -hex 32` prints it");
            }
            Ok(Some(key.to_owned()))
        }
        (None, None) => Ok(None),
    }
}

/// Makes `.env` owner-only (0600) if others could read it, and says so:
/// once, since the next start finds it closed already.
pub fn protect_env_file(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(meta) = std::fs::metadata(path) else { return };
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 == 0 {
            return;
        }
        match std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)) {
            Ok(()) => tracing::warn!(
                "{} could be read by other users of this computer (mode {mode:o}); it holds the token and the key, so it is now readable by its owner only (600)",
                path.display()
            ),
            Err(e) => tracing::error!(
                "{} can be read by other users of this computer (mode {mode:o}) and could not be changed ({e}): run `chmod 600 {}`",
                path.display(),
                path.display()
            ),
        }
    }
}
