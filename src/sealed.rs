//! Sealed contact: a Telegram chat id encrypted at rest.
//!
//! Consultations (an answer must reach her) and webinar reminders (a reminder
//! must reach her) need her chat id for a while; everything else in the
//! database refers to her only by a pseudonym ([`crate::pseudonym`]). So the
//! chat id is kept only while it is needed, and only sealed: encrypted with
//! XChaCha20-Poly1305 under a key derived (HKDF-SHA256, its own `info` label)
//! from the same `KADAM_PSEUDONYM_KEY` secret in `.env`. The derived key differs
//! from the pseudonym HMAC key, so neither use weakens the other.
//!
//! What someone with the database file but without `.env` learns: nothing about
//! who she is. Each seal uses a fresh random 24-byte nonce, so two seals of the
//! same chat id look unrelated (no linking rows by equal ciphertext), and the
//! row's purpose (e.g. `b"consult:Q-123"`) is bound as associated data, so a
//! sealed id copied into another row does not open there.
//!
//! Layout of a sealed value: `version (1) ‖ nonce (24) ‖ ciphertext (8) ‖ tag (16)`.

use std::fmt;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use sha2::Sha256;

/// The HKDF `info` label: names this use of the secret, so the sealing key is
/// independent of any other key derived from it.
const INFO: &[u8] = b"kadam sealed-contact v1 xchacha20poly1305";
/// The first byte of every sealed value, so the format can change later.
const VERSION: u8 = 1;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
/// Length of every sealed value, in bytes.
pub const SEALED_LEN: usize = 1 + NONCE_LEN + 8 + TAG_LEN;

/// Why a sealed value did not open. Deliberately vague: the caller should treat
/// every case as "this contact is gone".
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealError {
    /// Not a sealed value of a format we know (wrong length or version).
    #[error("not a sealed contact of a known format")]
    Malformed,
    /// Wrong key, wrong context, or the bytes were altered.
    #[error("the sealed contact does not open with this key and context")]
    Rejected,
    /// The system's random source failed (sealing only).
    #[error("no randomness available for a nonce")]
    Random,
}

/// The sealing key. Its `Debug` never shows the value.
#[derive(Clone)]
pub struct SealKey(Key);

impl fmt::Debug for SealKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SealKey(<secret>)")
    }
}

impl SealKey {
    /// Derives the sealing key from the project's secret (the bytes of
    /// `KADAM_PSEUDONYM_KEY`, as decoded from hex).
    pub fn derive(secret: &[u8]) -> Self {
        let mut key = Key::default();
        Hkdf::<Sha256>::new(None, secret)
            .expand(INFO, &mut key)
            .expect("32 bytes is a valid HKDF-SHA256 output length");
        Self(key)
    }

    /// Seals a chat id for the row described by `context` (e.g. `b"consult:Q-123"`).
    pub fn seal(&self, chat: i64, context: &[u8]) -> Result<Vec<u8>, SealError> {
        self.seal_bytes(&chat.to_be_bytes(), context)
    }

    /// Opens a sealed chat id; `context` must be the one it was sealed with.
    pub fn open(&self, sealed: &[u8], context: &[u8]) -> Result<i64, SealError> {
        if sealed.len() != SEALED_LEN {
            return Err(SealError::Malformed);
        }
        let plain = self.open_bytes(sealed, context)?;
        let bytes: [u8; 8] = plain.as_slice().try_into().map_err(|_| SealError::Malformed)?;
        Ok(i64::from_be_bytes(bytes))
    }

    /// Seals any bytes the same way (an update waiting in the inbox):
    /// `version ‖ nonce ‖ ciphertext ‖ tag`, the ciphertext as long as `plain`.
    pub fn seal_bytes(&self, plain: &[u8], context: &[u8]) -> Result<Vec<u8>, SealError> {
        let mut nonce = XNonce::default();
        getrandom::getrandom(&mut nonce).map_err(|_| SealError::Random)?;
        let ciphertext = XChaCha20Poly1305::new(&self.0)
            .encrypt(&nonce, Payload { msg: plain, aad: context })
            .map_err(|_| SealError::Rejected)?;
        let mut sealed = Vec::with_capacity(1 + NONCE_LEN + plain.len() + TAG_LEN);
        sealed.push(VERSION);
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(&ciphertext);
        Ok(sealed)
    }

    /// Opens what [`Self::seal_bytes`] sealed under the same `context`.
    pub fn open_bytes(&self, sealed: &[u8], context: &[u8]) -> Result<Vec<u8>, SealError> {
        if sealed.len() < 1 + NONCE_LEN + TAG_LEN || sealed[0] != VERSION {
            return Err(SealError::Malformed);
        }
        let (nonce, ciphertext) = sealed[1..].split_at(NONCE_LEN);
        XChaCha20Poly1305::new(&self.0)
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ciphertext, aad: context })
            .map_err(|_| SealError::Rejected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHAT: i64 = 5_123_456_789;

    fn key() -> SealKey {
        SealKey::derive(&[0xab; 32])
    }

    #[test]
    fn round_trip() {
        for chat in [CHAT, -1_001_234_567_890, 0, i64::MAX, i64::MIN] {
            let sealed = key().seal(chat, b"consult:Q-1").unwrap();
            assert_eq!(sealed.len(), SEALED_LEN);
            assert_eq!(key().open(&sealed, b"consult:Q-1"), Ok(chat));
        }
    }

    #[test]
    fn bytes_round_trip_and_bind_their_context() {
        let update = r#"{"update_id":7,"message":{"text":"он опять"}}"#.as_bytes();
        let sealed = key().seal_bytes(update, b"inbox:7").unwrap();
        assert!(!sealed.windows(8).any(|w| update.windows(8).any(|u| u == w)), "no plain text left");
        assert_eq!(key().open_bytes(&sealed, b"inbox:7").unwrap(), update);
        assert_eq!(key().open_bytes(&sealed, b"inbox:8"), Err(SealError::Rejected));
    }

    #[test]
    fn wrong_context_fails() {
        let sealed = key().seal(CHAT, b"consult:Q-1").unwrap();
        assert_eq!(key().open(&sealed, b"consult:Q-2"), Err(SealError::Rejected));
        assert_eq!(key().open(&sealed, b""), Err(SealError::Rejected));
    }

    #[test]
    fn wrong_key_fails() {
        let sealed = key().seal(CHAT, b"consult:Q-1").unwrap();
        let other = SealKey::derive(&[0xcd; 32]);
        assert_eq!(other.open(&sealed, b"consult:Q-1"), Err(SealError::Rejected));
    }

    #[test]
    fn tampered_bytes_fail() {
        let sealed = key().seal(CHAT, b"consult:Q-1").unwrap();
        for i in 1..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 0x01;
            assert_eq!(key().open(&bad, b"consult:Q-1"), Err(SealError::Rejected), "byte {i}");
        }
        let mut bad_version = sealed.clone();
        bad_version[0] = 2;
        assert_eq!(key().open(&bad_version, b"consult:Q-1"), Err(SealError::Malformed));
        assert_eq!(key().open(&sealed[..sealed.len() - 1], b"consult:Q-1"), Err(SealError::Malformed));
        assert_eq!(key().open(&[], b"consult:Q-1"), Err(SealError::Malformed));
    }

    #[test]
    fn two_seals_of_one_id_differ() {
        let a = key().seal(CHAT, b"consult:Q-1").unwrap();
        let b = key().seal(CHAT, b"consult:Q-1").unwrap();
        assert_ne!(a, b);
        assert_ne!(a[1..1 + NONCE_LEN], b[1..1 + NONCE_LEN]);
    }

    #[test]
    fn sealed_bytes_do_not_contain_the_id() {
        let sealed = key().seal(CHAT, b"consult:Q-1").unwrap();
        let needles: [Vec<u8>; 4] = [
            CHAT.to_string().into_bytes(),
            CHAT.to_le_bytes().to_vec(),
            CHAT.to_be_bytes().to_vec(),
            // The significant bytes alone, as a 32-bit-ish prefix would show them.
            CHAT.to_be_bytes()[3..].to_vec(),
        ];
        for needle in &needles {
            assert!(!sealed.windows(needle.len()).any(|w| w == needle.as_slice()), "{needle:?}");
        }
    }

    #[test]
    fn sealing_key_differs_from_the_secret_and_debug_hides_it() {
        let secret = [0xab; 32];
        assert_ne!(key().0.as_slice(), &secret);
        let shown = format!("{:?}", key());
        assert_eq!(shown, "SealKey(<secret>)");
        assert!(!shown.to_lowercase().contains(&hex::encode(key().0.as_slice())));
    }
}
