//! Pseudonyms: the only way the database refers to a person.
//!
//! A pseudonym is HMAC-SHA256 of the Telegram chat id under a secret key
//! (`KADAM_PSEUDONYM_KEY`). Without the key, a copy of the database cannot be
//! linked back to Telegram accounts, not even by hashing every possible id
//! (which a plain hash would allow: chat ids are small numbers).

use std::fmt;

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The secret key. Its `Debug` never shows the value.
#[derive(Clone)]
pub struct PseudonymKey(Vec<u8>);

impl fmt::Debug for PseudonymKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PseudonymKey(<secret>)")
    }
}

/// The shortest key we accept, in bytes (as hex: twice as many characters).
pub const MIN_KEY_BYTES: usize = 16;

impl PseudonymKey {
    /// Parses a hex key as written in `.env`.
    pub fn from_hex(hex_key: &str) -> Result<Self, String> {
        let bytes = hex::decode(hex_key.trim())
            .map_err(|_| "must be hexadecimal (0-9, a-f), e.g. the output of `openssl rand -hex 32`".to_owned())?;
        if bytes.len() < MIN_KEY_BYTES {
            return Err(format!("is too short: use at least {} hex characters", MIN_KEY_BYTES * 2));
        }
        Ok(Self(bytes))
    }

    /// A fresh random key, as hex, for a first run without one.
    pub fn generate_hex() -> std::io::Result<String> {
        let mut bytes = [0u8; 32];
        getrandom::getrandom(&mut bytes).map_err(std::io::Error::other)?;
        Ok(hex::encode(bytes))
    }

    /// The key that seals chat ids kept for a while (see [`crate::sealed`]),
    /// derived from the same secret.
    pub fn seal_key(&self) -> crate::sealed::SealKey {
        crate::sealed::SealKey::derive(&self.0)
    }

    /// The secret Telegram sends with each webhook delivery when several
    /// replicas share the hook: the same for all of them (each registers
    /// it at start, and a delivery may reach any), and not guessable
    /// without the key. 64 hex characters, within Telegram's 256.
    pub fn webhook_secret(&self) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes keys of any length");
        mac.update(b"kadam-webhook-secret");
        hex::encode(mac.finalize().into_bytes())
    }

    /// The pseudonym of a chat: 32 hex characters (128 bits of the MAC).
    pub fn pseudonym(&self, chat_id: i64) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes keys of any length");
        mac.update(b"kadam-chat:");
        mac.update(&chat_id.to_be_bytes());
        hex::encode(&mac.finalize().into_bytes()[..16])
    }

    /// The code of a consultant who answered, for the figures: keyed like
    /// [`Self::pseudonym`], but with its own prefix, so a consultant who also
    /// uses the bot privately cannot be matched to her own chat's rows.
    pub fn staff_code(&self, user_id: u64) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes keys of any length");
        mac.update(b"kadam-staff:");
        mac.update(&user_id.to_be_bytes());
        hex::encode(&mac.finalize().into_bytes()[..8])
    }

    /// The respondent code of a stored pseudonym in exported files: 12 hex
    /// characters, stable per person so her answers count as one, but keyed,
    /// so someone holding both an export and the database (without `.env`)
    /// cannot match rows by hashing the stored pseudonyms. The prefix keeps
    /// it apart from [`Self::pseudonym`] under the same key.
    pub fn export_code(&self, person: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes keys of any length");
        mac.update(b"kadam-export:");
        mac.update(person.as_bytes());
        hex::encode(&mac.finalize().into_bytes()[..6])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_depend_on_key_and_chat() {
        let a = PseudonymKey::from_hex(&"ab".repeat(32)).unwrap();
        let b = PseudonymKey::from_hex(&"cd".repeat(32)).unwrap();
        assert_eq!(a.pseudonym(42), a.pseudonym(42));
        assert_ne!(a.pseudonym(42), a.pseudonym(43));
        assert_ne!(a.pseudonym(42), b.pseudonym(42));
        assert_eq!(a.pseudonym(42).len(), 32);
        assert!(!a.pseudonym(123456789).contains("123456789"));
        let code = a.export_code("abc123");
        assert_eq!(code, a.export_code("abc123"), "stable per person");
        assert_eq!(code.len(), 12);
        assert_ne!(code, a.export_code("abc124"));
        assert_ne!(code, b.export_code("abc123"), "depends on the key");
    }

    #[test]
    fn rejects_bad_keys() {
        assert!(PseudonymKey::from_hex("xyz").is_err());
        assert!(PseudonymKey::from_hex("abcd").is_err());
        assert!(PseudonymKey::from_hex(&PseudonymKey::generate_hex().unwrap()).is_ok());
        assert!(!format!("{:?}", PseudonymKey::from_hex(&"ab".repeat(16)).unwrap()).contains("ab"));
    }
}
