//! Scrubbing a feedback comment before it is stored: phone numbers, e-mail
//! addresses and Telegram usernames are replaced by neutral markers, so a
//! comment typed in a hurry ("call me on 0555 123 456") never ties a stored
//! record to a person. The prompt asks her not to write them; this is what
//! happens when she does anyway.
//!
//! Hand-written rather than with regular expressions: the rules that keep
//! dates and amounts ("5000 сом", "12 500 000", "2024") intact are about
//! digit groups, which read more plainly as code.

/// What replaces a phone number.
pub const PHONE: &str = "[номер]";
/// What replaces an e-mail address.
pub const EMAIL: &str = "[e-mail]";
/// What replaces an `@username` or a `t.me/username` link.
pub const NAME: &str = "[имя]";

/// The comment with every phone number, e-mail address and username replaced.
pub fn scrub(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(end) = email_at(&chars, i) {
            out.push_str(EMAIL);
            i = end;
        } else if let Some(end) = username_at(&chars, i) {
            out.push_str(NAME);
            i = end;
        } else if let Some((phone, end)) = phone_at(&chars, i) {
            // An amount is copied whole, so its tail is not read as a number.
            match phone {
                true => out.push_str(PHONE),
                false => out.extend(&chars[i..end]),
            }
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn is_local(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._%+-".contains(c)
}

fn is_handle(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// `name@host` starting at `i` (the start of the local part): its end.
fn email_at(chars: &[char], i: usize) -> Option<usize> {
    if !is_local(chars[i]) || (i > 0 && is_local(chars[i - 1])) {
        return None;
    }
    let at = (i..chars.len()).find(|&j| !is_local(chars[j]))?;
    if chars[at] != '@' || at == i {
        return None;
    }
    let mut end = at + 1;
    while end < chars.len() && (chars[end].is_ascii_alphanumeric() || chars[end] == '-' || chars[end] == '.') {
        end += 1;
    }
    // A sentence's full stop after the address is not part of it.
    while end > at + 1 && chars[end - 1] == '.' {
        end -= 1;
    }
    (end > at + 1).then_some(end)
}

/// `@handle` or `t.me/handle` starting at `i`: its end.
fn username_at(chars: &[char], i: usize) -> Option<usize> {
    let start = if chars[i] == '@' {
        i + 1
    } else if chars[i..].starts_with(&['t', '.', 'm', 'e', '/']) && !(i > 0 && chars[i - 1].is_alphanumeric()) {
        i + 5
    } else {
        return None;
    };
    let end = (start..chars.len()).find(|&j| !is_handle(chars[j])).unwrap_or(chars.len());
    // Telegram usernames have at least 5 characters; 3 catches typos too.
    (end - start >= 3).then_some(end)
}

/// A phone number starting at `i`: `+996 (555) 12-34-56`, `0555123456`,
/// `54-28-18`. Digits glued to a word count too (`тел0555123456`); a run
/// glued to a preceding digit does not start here. Returns whether the run
/// of digits is a phone number, and its end.
fn phone_at(chars: &[char], i: usize) -> Option<(bool, usize)> {
    let plus = chars[i] == '+';
    let first = if plus { i + 1 } else { i };
    if !chars.get(first).is_some_and(char::is_ascii_digit) || (i > 0 && chars[i - 1].is_ascii_digit()) {
        return None;
    }
    let mut groups: Vec<String> = vec![String::new()];
    let mut separators = String::new();
    let mut end = first;
    while end < chars.len() {
        let c = chars[end];
        if c.is_ascii_digit() {
            groups.last_mut().expect("never empty").push(c);
            end += 1;
            continue;
        }
        // A separator belongs to the number only if more digits follow.
        let sep_len = (end..chars.len()).take_while(|&j| " -()".contains(chars[j])).count();
        let after = chars.get(end + sep_len);
        if sep_len == 0 || sep_len > 3 || !after.is_some_and(char::is_ascii_digit) {
            break;
        }
        separators.extend(&chars[end..end + sep_len]);
        groups.push(String::new());
        end += sep_len;
    }
    Some((is_phone(plus, &groups, &separators), end))
}

/// Whether digit groups read as a phone number rather than a date, a year
/// or an amount.
fn is_phone(plus: bool, groups: &[String], separators: &str) -> bool {
    let digits: String = groups.concat();
    let n = digits.len();
    if plus {
        return n >= 7;
    }
    // "1 000 000 000 сом": thousands in groups of three after a short head,
    // unless it starts like a number (0…, 996…).
    let thousands = groups.len() > 1
        && groups[0].len() <= 3
        && groups[1..].iter().all(|g| g.len() == 3)
        && !separators.contains(['-', '('])
        && !digits.starts_with('0')
        && !digits.starts_with("996");
    if n >= 9 {
        return !thousands;
    }
    // Landlines such as "62-41-40" or "65 10 10": three or more short
    // groups ending in two digits (amounts end in three, dates use dots).
    (6..=8).contains(&n)
        && groups.len() >= 3
        && groups.iter().all(|g| (2..=3).contains(&g.len()))
        && groups.last().is_some_and(|g| g.len() == 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_in_every_format_are_replaced() {
        for (text, want) in [
            ("звоните 0555 123 456", "звоните [номер]"),
            ("мой +996 555 123-456.", "мой [номер]."),
            ("+996(312)65-10-10 днём", "[номер] днём"),
            ("+996 (312) 65-10-10", "[номер]"),
            ("тел0555123456", "тел[номер]"),
            ("0555123456позвони", "[номер]позвони"),
            ("996555123456", "[номер]"),
            ("дом: 54-28-18", "дом: [номер]"),
            ("+7 916 123 45 67 (брат)", "[номер] (брат)"),
            ("0 (555) 12-34-56", "[номер]"),
            ("номер 0700-11-22-33, вечером", "номер [номер], вечером"),
        ] {
            assert_eq!(scrub(text), want, "{text}");
        }
    }

    #[test]
    fn dates_years_and_amounts_stay() {
        for text in [
            "заплатила 5000 сом",
            "в 2024 году",
            "12.05.2024 в ЦОН",
            "пособие 4 000 сом",
            "штраф 12 500 000 сом",
            "1 000 000 000 сом",
            "с 09:00 до 18:00",
            "звонила 3 раза, 102 не ответили",
            "2024-05-12",
            "очередь 150 000 человек",
        ] {
            assert_eq!(scrub(text), text);
        }
    }

    #[test]
    fn e_mails_and_usernames_are_replaced() {
        assert_eq!(scrub("пишите anna.k+1@mail.ru."), "пишите [e-mail].");
        assert_eq!(scrub("напишиanna@gmail.com"), "напиши[e-mail]");
        assert_eq!(scrub("a@b"), "[e-mail]");
        assert_eq!(scrub("мой ник @aigul_91, или t.me/aigul_91"), "мой ник [имя], или [имя]");
        assert_eq!(scrub("(@Aigerim)"), "([имя])");
        // A lone @ or a short one is not a name.
        assert_eq!(scrub("встреча @ 5, @ok"), "встреча @ 5, @ok");
        assert_eq!(scrub("Всё хорошо, спасибо!"), "Всё хорошо, спасибо!");
    }
}
