//! Callback data: the one place that encodes and decodes what a button press
//! means, as `<fingerprint>:<verb>:<args>`, always within Telegram's 64 bytes.
//!
//! Buttons name absolute destinations ("node X, page 2") rather than relative
//! moves ("next"), so a press on an old message scrolled far up still leads
//! where its label says. The content fingerprint in front tells presses on
//! buttons drawn from older content apart from current ones.

/// What a button asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Press {
    /// Show `node` at `page` (the step of a guide; 0 otherwise).
    Go { node: String, page: usize },
    /// Switch to the language with this code.
    Lang(String),
    /// An answer in a self-check: `answered` questions done, `score` of them
    /// answered yes. The answers travel only here, never into storage.
    Answer { node: String, answered: usize, score: usize },
    /// The quick exit: wipe the chat and leave a decoy.
    Exit,
    /// "Yes, it is safe to read now" on the safety check.
    Safe,
    /// "Yes, delete everything about me".
    Forget,
    /// "Was this helpful?" at the end of the guide `topic`: opens the feedback form.
    Ask { topic: String },
    /// A rating (see `crate::dialogue::feedback::RATINGS`) for `topic`: shows the consent notice.
    /// Nothing is stored yet: the rating travels only in the consent buttons.
    Rate { topic: String, rating: u8 },
    /// "Yes, keep my answer" on the consent notice, carrying what to keep.
    Consent { topic: String, rating: u8 },
    /// "No, thanks" on the consent notice.
    Decline,
    /// "Skip" on the comment question.
    Skip,
    /// A region (see `crate::dialogue::feedback::REGIONS`) on the region question.
    Region(String),
    /// "📞 102": send the directory entry `contact` as a contact card she
    /// can dial with one tap (Telegram does not make numbers in text tappable).
    Call { contact: String },
}

/// Why a press could not be understood.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undecodable {
    /// Well-formed, but drawn from other content than is loaded now.
    Stale,
    /// Not something this bot ever sent.
    Malformed,
}

pub fn encode(fingerprint: &str, press: &Press) -> String {
    match press {
        Press::Go { node, page: 0 } => format!("{fingerprint}:g:{node}"),
        Press::Go { node, page } => format!("{fingerprint}:g:{node}:{page}"),
        Press::Lang(code) => format!("{fingerprint}:l:{code}"),
        Press::Answer { node, answered, score } => format!("{fingerprint}:q:{node}:{answered}:{score}"),
        Press::Exit => format!("{fingerprint}:x"),
        Press::Safe => format!("{fingerprint}:s"),
        Press::Forget => format!("{fingerprint}:f"),
        Press::Ask { topic } => format!("{fingerprint}:a:{topic}"),
        Press::Rate { topic, rating } => format!("{fingerprint}:r:{topic}:{rating}"),
        Press::Consent { topic, rating } => format!("{fingerprint}:y:{topic}:{rating}"),
        Press::Decline => format!("{fingerprint}:n"),
        Press::Skip => format!("{fingerprint}:k"),
        Press::Region(id) => format!("{fingerprint}:p:{id}"),
        Press::Call { contact } => format!("{fingerprint}:c:{contact}"),
    }
}

/// Decodes a press. Language and quick-exit buttons work across content
/// versions: the picker may stay open for days, and the quick exit must work
/// from any message, however old, at the moment it is needed.
pub fn decode(fingerprint: &str, data: &str) -> Result<Press, Undecodable> {
    let mut parts = data.split(':');
    let (Some(fp), Some(verb)) = (parts.next(), parts.next()) else {
        return Err(Undecodable::Malformed);
    };
    let args: Vec<&str> = parts.collect();
    let press = match (verb, args.as_slice()) {
        ("g", [node]) if valid_id(node) => Press::Go { node: (*node).to_owned(), page: 0 },
        ("g", [node, page]) if valid_id(node) => {
            let page = page.parse().map_err(|_| Undecodable::Malformed)?;
            Press::Go { node: (*node).to_owned(), page }
        }
        ("l", [code]) if valid_id(code) => return Ok(Press::Lang((*code).to_owned())),
        ("q", [node, answered, score]) if valid_id(node) => {
            let number = |s: &str| s.parse::<usize>().map_err(|_| Undecodable::Malformed);
            let (answered, score) = (number(answered)?, number(score)?);
            if score > answered {
                return Err(Undecodable::Malformed);
            }
            Press::Answer { node: (*node).to_owned(), answered, score }
        }
        ("x", []) => return Ok(Press::Exit),
        ("s", []) => Press::Safe,
        ("f", []) => Press::Forget,
        ("a", [topic]) if valid_id(topic) => Press::Ask { topic: (*topic).to_owned() },
        ("r" | "y", [topic, rating]) if valid_id(topic) => {
            let rating = rating.parse().map_err(|_| Undecodable::Malformed)?;
            let topic = (*topic).to_owned();
            if verb == "r" { Press::Rate { topic, rating } } else { Press::Consent { topic, rating } }
        }
        ("n", []) => Press::Decline,
        ("k", []) => Press::Skip,
        ("p", [id]) if valid_id(id) => Press::Region((*id).to_owned()),
        ("c", [id]) if valid_id(id) => Press::Call { contact: (*id).to_owned() },
        _ => return Err(Undecodable::Malformed),
    };
    if fp != fingerprint {
        return Err(Undecodable::Stale);
    }
    Ok(press)
}

fn valid_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for press in [
            Press::Go { node: "birth-registration".into(), page: 0 },
            Press::Go { node: "birth-registration".into(), page: 4 },
            Press::Lang("ky".into()),
            Press::Answer { node: "danger-check".into(), answered: 3, score: 2 },
            Press::Exit,
            Press::Safe,
            Press::Forget,
            Press::Ask { topic: "portal-login".into() },
            Press::Rate { topic: "portal-login".into(), rating: 3 },
            Press::Consent { topic: "portal-login".into(), rating: 1 },
            Press::Decline,
            Press::Skip,
            Press::Region("issyk-kul".into()),
            Press::Call { contact: "police".into() },
        ] {
            assert_eq!(decode("ab12", &encode("ab12", &press)), Ok(press));
        }
    }

    #[test]
    fn stale_and_forged() {
        let data = encode("ab12", &Press::Go { node: "main".into(), page: 0 });
        assert_eq!(decode("cd34", &data), Err(Undecodable::Stale));
        assert_eq!(decode("cd34", "cd34:l:ru"), Ok(Press::Lang("ru".into())));
        assert_eq!(decode("cd34", "ab12:x"), Ok(Press::Exit), "quick exit works from stale buttons");
        assert_eq!(decode("cd34", "ab12:s"), Err(Undecodable::Stale));
        assert_eq!(decode("cd34", "ab12:f"), Err(Undecodable::Stale));
        for forged in [
            "",
            "x",
            "ab12:g",
            "ab12:g:",
            "ab12:g:main:-1",
            "ab12:g:main:x",
            "ab12:z:main",
            "ab12:g:ma in",
            "ab12:g:a:1:2",
            "ab12:y:topic",
            "ab12:y:topic:300",
            "ab12:r:topic:x",
            "ab12:p:",
            "ab12:c:",
            "ab12:c:po lice",
        ] {
            assert_eq!(decode("ab12", forged), Err(Undecodable::Malformed), "{forged:?}");
        }
    }
}
