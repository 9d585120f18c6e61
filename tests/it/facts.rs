//! Every phone number and web address a person can read must come from the
//! directory of help or from `dialogues/SOURCES.md`: a number typed from
//! memory into a text is exactly the mistake that sends a woman in danger to
//! a wrong line.

use std::{collections::BTreeSet, fs, path::Path};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// All `.ftl` texts of every language, without comments.
fn texts() -> Vec<(String, String)> {
    let mut out = vec![];
    for lang in fs::read_dir(root().join("locales")).unwrap().flatten().filter(|e| e.path().is_dir()) {
        for file in fs::read_dir(lang.path()).unwrap().flatten() {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let text = fs::read_to_string(&path).unwrap();
                let body: String =
                    text.lines().filter(|l| !l.trim_start().starts_with('#')).collect::<Vec<_>>().join("\n");
                out.push((path.strip_prefix(root()).unwrap().display().to_string(), body));
            }
        }
    }
    out
}

/// Phone-like numbers: Kyrgyz short service numbers (three digits starting
/// with 1, standing alone) and long numbers (+996…, 0…) of 9 or more digits.
fn phones(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) {
            let start = i;
            let mut digits = String::new();
            while i < chars.len() && (chars[i].is_ascii_digit() || "+ ()-".contains(chars[i])) {
                if chars[i].is_ascii_digit() {
                    digits.push(chars[i]);
                }
                // A space followed by a non-digit ends the number.
                if chars[i] == ' ' && !chars.get(i + 1).is_some_and(|c| c.is_ascii_digit() || *c == '(') {
                    break;
                }
                i += 1;
            }
            let before = start.checked_sub(1).map(|j| chars[j]);
            let glued = before.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '/' || c == '-');
            // "№ 63", "No. 161": numbers of laws, not phones.
            let numbered = chars[..start].iter().rev().find(|c| !c.is_whitespace()).is_some_and(|c| *c == '№');
            let glued = glued || numbered;
            let short_service = digits.len() == 3 && digits.starts_with('1');
            if !glued && (short_service || digits.len() >= 9) {
                found.insert(digits);
            }
        }
        i += 1;
    }
    found
}

/// Web addresses, with or without a scheme: `portal.tunduk.kg`, `https://…`.
fn domains(text: &str) -> BTreeSet<String> {
    text.split(|c: char| c.is_whitespace() || "«»()[],;!?\"'".contains(c))
        .map(|w| w.trim_end_matches(['.', ':', '—']))
        .map(|w| w.trim_start_matches("https://").trim_start_matches("http://"))
        .filter_map(|w| w.split('/').next())
        .filter(|host| {
            host.contains('.')
                && host
                    .split('.')
                    .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                && host
                    .rsplit('.')
                    .next()
                    .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_lowercase()))
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_phone_number_and_address_in_the_texts_has_a_source() {
    let sources = fs::read_to_string(root().join("dialogues/SOURCES.md")).unwrap();
    let directory = fs::read_to_string(root().join("dialogues/contacts.toml")).unwrap();
    let known_phones: BTreeSet<String> = phones(&sources).into_iter().chain(phones(&directory)).collect();
    let mut problems = vec![];
    let mut seen_phones = 0;
    for (file, text) in texts() {
        for phone in phones(&text) {
            seen_phones += 1;
            if !known_phones.contains(&phone) {
                problems.push(format!("{file}: phone {phone} is neither in dialogues/contacts.toml nor in SOURCES.md"));
            }
        }
        for host in domains(&text) {
            if !sources.contains(&host) && !directory.contains(&host) {
                problems.push(format!(
                    "{file}: web address {host} is neither in dialogues/contacts.toml nor in SOURCES.md"
                ));
            }
        }
    }
    assert!(seen_phones > 10, "the scan found the numbers in the texts ({seen_phones})");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_scanners_find_what_a_person_would_call_or_open() {
    assert_eq!(
        phones("Звоните 102 или 112, +996 (312) 62 41 40; закон № 163, 2017 год, 14 цифр"),
        BTreeSet::from(["102".into(), "112".into(), "996312624140".into()])
    );
    assert_eq!(
        domains("Сайт: ukuk-jardam.gov.kg/ru, https://portal.tunduk.kg. Шаг 2.5 из 3"),
        BTreeSet::from(["ukuk-jardam.gov.kg".into(), "portal.tunduk.kg".into()])
    );
}
