//! Keeping the content true: the phone numbers and web addresses a text
//! shows, and the sources in `dialogues/SOURCES.md` with their dates.
//!
//! A number or address on screen that neither the directory of help nor
//! SOURCES.md knows was typed from memory or copied from somewhere unchecked;
//! a source older than two years may describe a law, a fee or a phone line
//! that has changed. Both are warnings for staff, found here by plain text
//! rules (no network, no clock: the caller passes today's date).

use std::sync::LazyLock;

use regex::Regex;

/// Where the sources are listed, under the content root.
pub const SOURCES_PATH: &str = "dialogues/SOURCES.md";

/// A source older than this many years gets a warning.
pub const OLD_AFTER_YEARS: i32 = 2;

/// `+996 (312) 65-10-10`, `(0312) 26-60-27`, `54-28-18`: digit groups joined
/// by dashes, or with a country or city code in front.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\+\d{3}[\s\u{a0}]?)?(?:\(\d{3,4}\)[\s\u{a0}]?)?\b\d{1,3}(?:-\d{2,3}){2,}\b|\+\d{3}[\s\u{a0}]?\(?\d{3,4}\)?(?:[\s\u{a0}-]\d{2,3}){2,}\b")
        .expect("a valid pattern")
});

/// A short number such as 102, 112 or 119 (100–129), standing alone.
static SHORT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b1[0-2]\d\b").expect("a valid pattern"));

/// A web address or a bare domain such as `portal.tunduk.kg`.
static WEB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:https?://)?(?:[a-z0-9-]+\.)+(?:kg|com|org|net|ru|uz|kz|asia|info|io|me)\b(?:/[^\s»«)\]|,;]*)?",
    )
    .expect("a valid pattern")
});

/// A full web address, as SOURCES.md and contacts.toml write them.
static URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"https?://[^\s)|>\]]+").expect("a valid pattern"));

/// Dates as SOURCES.md writes them after a source: `2025-09-30`, `2025-09`,
/// `Oct 2025`, `2015`.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b((?:19|20)\d{2})(?:-(\d{2}))?(?:-(\d{2}))?\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d{2})\b")
        .expect("a valid pattern")
});

/// A phone number found in a text: its byte offset, as written, and its
/// digits in a comparable form.
#[derive(Debug, PartialEq, Eq)]
pub struct Found {
    pub at: usize,
    pub written: String,
    pub key: String,
}

/// The phone numbers in `text`: full numbers and standalone short ones.
pub fn phones(text: &str) -> Vec<Found> {
    let mut found: Vec<Found> = PHONE
        .find_iter(text)
        .map(|m| Found { at: m.start(), written: m.as_str().to_owned(), key: phone_key(m.as_str()) })
        .collect();
    for m in SHORT.find_iter(text) {
        let inside = found.iter().any(|f| (f.at..f.at + f.written.len()).contains(&m.start()));
        if !inside && !part_of_a_bigger_number(text, m.start(), m.end()) {
            found.push(Found { at: m.start(), written: m.as_str().to_owned(), key: m.as_str().to_owned() });
        }
    }
    found.sort_by_key(|f| f.at);
    found
}

/// `100 000`, `1,200`, `100%`, `12.5`, `120-150`, `No. 113-ФЗ`: a short
/// number that is part of an amount, a range or a law's name, not a phone.
fn part_of_a_bigger_number(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().rev().take(2).collect::<String>();
    let after: Vec<char> = text[end..].chars().take(2).collect();
    let digit_after = |i: usize| after.get(i).is_some_and(char::is_ascii_digit);
    let joins = |c: Option<&char>| c.is_some_and(|c| matches!(c, ' ' | '\u{a0}' | ',' | '.' | '-' | '–' | '/'));
    let digit_before = before.chars().nth(1).is_some_and(|c| c.is_ascii_digit());
    let joined_before =
        before.chars().next().is_some_and(|c| matches!(c, ' ' | '\u{a0}' | ',' | '.' | '-' | '–' | '/'));
    (joins(after.first()) && digit_after(1))
        || (joined_before && digit_before)
        || after.first().is_some_and(|c| matches!(c, '%' | '-'))
        || before.starts_with(['№', '#'])
        || text[..start].trim_end().ends_with(['№', '#'])
        || text[..start].trim_end().ends_with("No.")
}

/// Digits only, without the country code 996 or a leading 0 of a city code,
/// so that `(0312) 65-10-10` and `+996 312 65-10-10` compare equal.
pub fn phone_key(written: &str) -> String {
    let digits: String = written.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.strip_prefix("996").unwrap_or(&digits);
    digits.strip_prefix('0').unwrap_or(digits).to_owned()
}

/// Whether a number in a text is one we know: the same digits, or the same
/// local number with or without its city code (at least six digits alike).
pub fn phone_is_known(key: &str, known: &[String]) -> bool {
    known
        .iter()
        .any(|k| k == key || (key.len() >= 6 && k.len() >= 6 && (k.ends_with(key) || key.ends_with(k.as_str()))))
}

/// The web addresses and bare domains in `text`, with their byte offsets.
pub fn web_addresses(text: &str) -> Vec<(usize, &str)> {
    WEB.find_iter(text).map(|m| (m.start(), m.as_str().trim_end_matches(['.', ',', ':']))).collect()
}

/// The host of an address or domain, lower-case and without `www.`.
pub fn host(address: &str) -> String {
    let rest = address.split_once("://").map_or(address, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest).to_lowercase();
    host.strip_prefix("www.").unwrap_or(&host).trim_end_matches('.').to_owned()
}

/// What `dialogues/SOURCES.md` says, line by line.
#[derive(Debug, Default)]
pub struct Sources {
    /// Every phone number the file gives as a fact, as [`phone_key`]: not
    /// those only waiting for a check or listed under "Not published".
    pub phones: Vec<String>,
    /// Every host of an address or domain written in the file.
    pub hosts: Vec<String>,
    /// Every full address, as written (trailing punctuation trimmed).
    pub urls: Vec<String>,
    /// Each dated source in a table row: its line (1-based), its address
    /// and the last day of the period its date names.
    pub dated: Vec<Dated>,
    /// Table rows and list items marked ⚠️ or under "To verify before
    /// launch": the things staff check by phone.
    pub to_verify: Vec<(usize, String)>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Dated {
    pub line: usize,
    pub url: String,
    /// As written: `2015`, `2025-09`, `Oct 2025`, `2021-11-04`.
    pub written: String,
    pub until: time::Date,
}

impl Sources {
    pub fn parse(text: &str) -> Self {
        let mut sources = Sources::default();
        let (mut verify_section, mut unpublished) = (false, false);
        for (ix, line) in text.lines().enumerate() {
            let number = ix + 1;
            if line.starts_with("## ") {
                verify_section = line.to_lowercase().contains("to verify");
                unpublished = line.to_lowercase().contains("not published");
            } else if line.starts_with("### ") {
                verify_section |= line.to_lowercase().contains("to verify");
            }
            if !verify_section && !unpublished {
                sources.phones.extend(phones(line).into_iter().map(|f| f.key));
            }
            for m in URL.find_iter(line) {
                sources.urls.push(m.as_str().trim_end_matches(['.', ',', ';', ':']).to_owned());
            }
            sources.hosts.extend(web_addresses(line).into_iter().map(|(_, a)| host(a)));
            if line.starts_with('|') {
                sources.dated.extend(dated_in_row(number, line));
            }
            let is_item = line.starts_with('|') && !line.starts_with("|---") && !line.starts_with("| Fact");
            let is_list_item = line.split_once(". ").is_some_and(|(n, _)| n.parse::<u32>().is_ok());
            if (line.contains('⚠') && (is_item || is_list_item)) || (verify_section && (is_list_item || is_row(line)))
            {
                sources.to_verify.push((number, line.trim().to_owned()));
            }
        }
        sources.hosts.sort();
        sources.hosts.dedup();
        sources
    }

    /// Each old source once (at its first line): dated before two years
    /// ago. Undated sources cannot be judged and are left out.
    pub fn old(&self, today: time::Date) -> Vec<&Dated> {
        let limit = today.replace_year(today.year() - OLD_AFTER_YEARS).unwrap_or(today);
        let mut seen = std::collections::BTreeSet::new();
        self.dated.iter().filter(|d| d.until < limit && seen.insert(d.url.as_str())).collect()
    }
}

/// A data row of a table, not its header or rule.
fn is_row(line: &str) -> bool {
    line.starts_with("| ") && !line.starts_with("|---") && !line.starts_with("| #") && !line.starts_with("| Fact")
}

/// The sources of one table row with the date written after each, up to
/// the next address or the end of its cell.
fn dated_in_row(line: usize, row: &str) -> Vec<Dated> {
    let urls: Vec<_> = URL.find_iter(row).collect();
    let mut found = vec![];
    for (i, m) in urls.iter().enumerate() {
        let end = urls.get(i + 1).map_or(row.len(), |n| n.start());
        let after = &row[m.end()..end];
        let after = after.split('|').next().unwrap_or(after);
        // "(undated, after Jan 2024)": a date that bounds, not dates, it.
        if after.contains("undated") {
            continue;
        }
        if let Some((written, until)) = first_date(after) {
            let url = m.as_str().trim_end_matches(['.', ',', ';', ':']).to_owned();
            found.push(Dated { line, url, written, until });
        }
    }
    found
}

/// The first date in `text` and the last day of the period it names.
fn first_date(text: &str) -> Option<(String, time::Date)> {
    let c = DATE.captures(text)?;
    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u8>().ok());
    let (year, month, day) = match c.get(1) {
        Some(y) => (y.as_str().parse().ok()?, num(2), num(3)),
        None => {
            let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
            let name = c.get(4)?.as_str().to_lowercase();
            let month = months.iter().position(|m| *m == name)? as u8 + 1;
            (c.get(5)?.as_str().parse().ok()?, Some(month), None)
        }
    };
    let month = time::Month::try_from(month.unwrap_or(12)).ok()?;
    let day = day.unwrap_or_else(|| month.length(year));
    Some((c.get(0)?.as_str().to_owned(), time::Date::from_calendar_date(year, month, day).ok()?))
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    fn written(text: &str) -> Vec<String> {
        phones(text).into_iter().map(|f| f.written).collect()
    }

    #[test]
    fn phone_numbers_in_texts() {
        assert_eq!(written("Звоните 102 или 112, бесплатно."), ["102", "112"]);
        assert_eq!(written("Телефон доверия: +996 (312) 65-10-10."), ["+996 (312) 65-10-10"]);
        assert_eq!(written("(0312) 26-60-27, 26-60-64"), ["(0312) 26-60-27", "26-60-64"]);
        assert_eq!(written("+996 312 66-15-92"), ["+996 312 66-15-92"]);
        // Amounts, percentages, years, dates and law numbers are not phones.
        assert!(written("100 000 сом, 1,200 сом, 100% зарплаты, 2026-11-30, 12.5").is_empty());
        assert!(written("Закон № 113, No. 119, 120-150 дней, 1994/2004").is_empty());
    }

    #[test]
    fn numbers_compare_with_and_without_codes() {
        let known = vec![phone_key("+996 (312) 65-10-10"), phone_key("54-28-18"), phone_key("112")];
        assert!(phone_is_known(&phone_key("(0312) 65-10-10"), &known));
        assert!(phone_is_known(&phone_key("0312 54-28-18"), &known));
        assert!(phone_is_known("112", &known));
        assert!(!phone_is_known("117", &known));
        assert!(!phone_is_known(&phone_key("65-10-11"), &known));
    }

    #[test]
    fn web_addresses_and_hosts() {
        let text = "Сайт: https://www.ukuk-jardam.gov.kg/ru/news, или portal.tunduk.kg. И 24.kg.";
        let hosts: Vec<String> = web_addresses(text).into_iter().map(|(_, a)| host(a)).collect();
        assert_eq!(hosts, ["ukuk-jardam.gov.kg", "portal.tunduk.kg", "24.kg"]);
    }

    #[test]
    fn sources_with_their_dates() {
        let md = "## Facts\n\n| Fact | Screens | Source (date) |\n|---|---|---|\n\
            | 112 | `main` | http://knews.kg/a/ (2015; via knews) |\n\
            | 102 | `help` | https://24.kg/b/ (~Oct 2025); https://24.kg/c/ (2021-11-04) |\n\
            | ⚠️ fee | `id` | https://x.kg/d (undated) |\n\
            \n## To verify before launch\n\n1. **Fees**: check them.\n";
        let s = Sources::parse(md);
        let dated: Vec<(usize, &str, time::Date)> =
            s.dated.iter().map(|d| (d.line, d.written.as_str(), d.until)).collect();
        assert_eq!(
            dated,
            [
                (5, "2015", date!(2015 - 12 - 31)),
                (6, "Oct 2025", date!(2025 - 10 - 31)),
                (6, "2021-11-04", date!(2021 - 11 - 04))
            ]
        );
        let old: Vec<&str> = s.old(date!(2026 - 11 - 30)).into_iter().map(|d| d.url.as_str()).collect();
        assert_eq!(old, ["http://knews.kg/a/", "https://24.kg/c/"]);
        assert_eq!(s.to_verify.iter().map(|(l, _)| *l).collect::<Vec<_>>(), [7, 11]);
        assert!(s.phones.contains(&"112".to_owned()));
        assert!(s.hosts.contains(&"knews.kg".to_owned()));
    }
}
