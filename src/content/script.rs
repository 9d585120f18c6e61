//! Uzbek in two scripts: staff write Uzbek once, in Latin (`locales/uz/`),
//! and the Cyrillic language (`uz-Cyrl`) is generated from it at load time.
//! Older readers and Uzbek-language schools in the south read Cyrillic best.
//!
//! Only the text of a Fluent message changes: ids, placeables (`{ $var }`),
//! comments, URLs, e-mail addresses, handles, commands and a few brand names
//! stay as written. The rules are the usual ones for Uzbek Latin → Cyrillic:
//!
//! - `sh` ш, `ch` ч, `o'` ў, `g'` ғ, `h` ҳ, `x` х, `q` қ, `j` ж, `y` й;
//! - `yo` ё (but `yo'` is й + ў), `ya` я, `yu` ю, `ye` е;
//! - `e` is э at the start of a word and after a vowel, else е;
//! - `ts` is ц at the start of a word and in the loan endings `-tsiya`,
//!   `-tsion`; elsewhere it is т + с (`ketsin` кетсин, `o'tsa` ўтса);
//! - the tutuq belgisi (`'` `ʼ` `’` after a letter other than o/g) is ъ,
//!   and `s'h` is с + ҳ (`Is'hoq` Исҳоқ); `ng` is simply н + г;
//! - capitals stay capitals (`Sh` Ш, `SH` Ш, `O'` Ў).
//!
//! What the rules cannot know needs a per-message override in
//! `locales/uz-Cyrl/overrides.ftl`: the soft sign of Russian loans outside the
//! months below (`avtomobil` → автомобиль), `e` after a consonant that is э
//! in Cyrillic (`poet` → поэт), and ц written `s` in Latin (`stansiya` →
//! станция).

use fluent_syntax::{ast, parser};

/// Latin words that stay Latin in the Cyrillic text: names of apps and
/// services as they appear on her phone's screen.
pub const KEEP_LATIN: &[&str] = &[
    "Telegram",
    "WhatsApp",
    "Viber",
    "Google",
    "Play",
    "App",
    "Store",
    "Android",
    "iPhone",
    "Instagram",
    "Facebook",
    "Imo",
    "ID",
    "PDF",
    "PIN",
    "SOS",
    "Wi",
    "Fi",
    "Market",
    "CryptoSocket",
    "TumarCSP",
    "Smart",
    "iD",
    "KG",
    "CABAR",
    "UNODC",
    "HTML",
    "XLSX",
    "STI",
    // A quick-exit keyword (`ui-exit-keywords`): typed as it is.
    "exit",
];

/// Roman numerals (disability groups I–III, centuries) stay Latin.
const ROMAN: &[&str] = &["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/// Kyrgyz names of programmes, offices and centres, written in the Latin
/// Uzbek texts as they sound: in Cyrillic they are spelt as on Kyrgyz signs
/// and papers (ү, ө, ы, ң), which the letter rules cannot know.
const KYRGYZ_NAMES: &[(&str, &str)] = &[
    ("Biyik tooluu aymaktardyn jashoochularyna komok", "Бийик тоолуу аймактардын жашоочуларына көмөк"),
    ("Tuulgandygyn mamlekettik kattoo", "Туулгандыгын мамлекеттик каттоо"),
    ("Nikeni mamlekettik kattoo", "Никени мамлекеттик каттоо"),
    ("Maalymkattar, kochurmolor", "Маалымкаттар, көчүрмөлөр"),
    ("Sotsialdyk kelishim", "Социалдык келишим"),
    ("Uy-bulogo komok", "Үй-бүлөгө көмөк"),
    ("Balaga suyunchu", "Балага сүйүнчү"),
    ("Bala yrysy", "Бала ырысы"),
    ("Ak-Jurok", "Ак-Жүрөк"),
    ("Tunduk", "Түндүк"),
    ("Kyzmat", "Кызмат"),
    ("Tendesh", "Теңдеш"),
    ("Himaya", "Химая"),
    ("Asylzat", "Асылзат"),
    ("Ayalzat", "Аялзат"),
    ("ala kachuu", "ала качуу"),
    ("jeke ishker", "жеке ишкер"),
];

/// Russian loans whose Cyrillic spelling ends in a soft sign.
const SOFT_SIGN: &[(&str, &str)] = &[
    ("yanvar", "январь"),
    ("fevral", "февраль"),
    ("aprel", "апрель"),
    ("iyun", "июнь"),
    ("iyul", "июль"),
    ("sentyabr", "сентябрь"),
    ("oktyabr", "октябрь"),
    ("noyabr", "ноябрь"),
    ("dekabr", "декабрь"),
];

/// The Fluent source of a Latin Uzbek file with every message text
/// transliterated to Cyrillic; everything else is left byte for byte.
pub fn ftl_to_cyrillic(source: &str) -> String {
    let mut out = String::with_capacity(source.len() * 2);
    let mut done = 0;
    for (offset, text) in text_elements(source) {
        out.push_str(&source[done..offset]);
        out.push_str(&to_cyrillic(text));
        done = offset + text.len();
    }
    out.push_str(&source[done..]);
    out
}

/// Every text element of every message and attribute, with its byte offset
/// in `source`, in source order (placeables and comments are not included).
pub fn text_elements(source: &str) -> Vec<(usize, &str)> {
    let resource = match parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut found = vec![];
    for entry in &resource.body {
        let ast::Entry::Message(msg) = entry else { continue };
        let patterns = msg.value.iter().chain(msg.attributes.iter().map(|a| &a.value));
        for pattern in patterns {
            collect_pattern(source, pattern, &mut found);
        }
    }
    found.sort_by_key(|(offset, _)| *offset);
    found
}

fn collect_pattern<'s>(source: &'s str, pattern: &ast::Pattern<&'s str>, found: &mut Vec<(usize, &'s str)>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                // The parser's text is a slice of `source` (block text
                // included), so its place is the pointer difference.
                let offset = value.as_ptr() as usize - source.as_ptr() as usize;
                found.push((offset, *value));
            }
            ast::PatternElement::Placeable { expression: ast::Expression::Select { variants, .. } } => {
                for variant in variants {
                    collect_pattern(source, &variant.value, found);
                }
            }
            ast::PatternElement::Placeable { .. } => {}
        }
    }
}

/// Transliterates plain text; chunks that must stay (URLs, handles, e-mail,
/// commands, brand names) are copied unchanged.
pub fn to_cyrillic(text: &str) -> String {
    let text = kyrgyz_names(text);
    let mut out = String::with_capacity(text.len() * 2);
    for chunk in text.split_inclusive(char::is_whitespace) {
        if is_address(chunk) {
            out.push_str(chunk);
        } else {
            words_to_cyrillic(chunk, &mut out);
        }
    }
    out
}

/// Replaces the [`KYRGYZ_NAMES`] that stand as whole words in `text`.
fn kyrgyz_names(text: &str) -> String {
    let mut text = text.to_owned();
    for (latin, cyrillic) in KYRGYZ_NAMES {
        let mut from = 0;
        while let Some(found) = text[from..].find(latin) {
            let (start, end) = (from + found, from + found + latin.len());
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            let is_letter = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '/');
            if is_letter(before) || is_letter(after) {
                from = end;
            } else {
                text.replace_range(start..end, cyrillic);
                from = start + cyrillic.len();
            }
        }
    }
    text
}

/// A URL, domain, e-mail address, @handle or /command.
fn is_address(chunk: &str) -> bool {
    let chunk = chunk.trim();
    if chunk.contains("://") || chunk.starts_with("www.") || chunk.contains('@') || chunk.starts_with('/') {
        return true;
    }
    // `tunduk.gov.kg`: a dot between two letters.
    chunk.as_bytes().windows(3).any(|w| w[0].is_ascii_alphanumeric() && w[1] == b'.' && w[2].is_ascii_alphabetic())
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | 'ʼ' | 'ʻ' | '’' | '‘' | '`')
}

/// Splits a chunk into Latin words (letters with their apostrophes) and the
/// rest, transliterating the words.
fn words_to_cyrillic(chunk: &str, out: &mut String) {
    let chars: Vec<char> = chunk.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_alphabetic() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_alphabetic()
                || (is_apostrophe(chars[i]) && i > start && chars.get(i + 1).is_some_and(char::is_ascii_alphabetic))
                || (is_apostrophe(chars[i]) && i > start && matches!(chars[i - 1], 'o' | 'O' | 'g' | 'G')))
        {
            i += 1;
        }
        let word: String = chars[start..i].iter().collect();
        out.push_str(&word_to_cyrillic(&word));
    }
}

/// One word, with its capitals: all-capitals words stay all capitals.
pub fn word_to_cyrillic(word: &str) -> String {
    if KEEP_LATIN.contains(&word) || ROMAN.contains(&word) {
        return word.to_owned();
    }
    let lower = word.to_lowercase();
    if let Some((_, cyr)) = SOFT_SIGN.iter().find(|(lat, _)| *lat == lower) {
        return recase(word, cyr);
    }
    let letters: Vec<char> = lower.chars().collect();
    let upper: Vec<bool> = word.chars().map(char::is_uppercase).collect();
    let all_caps = word.chars().filter(char::is_ascii_alphabetic).count() > 1
        && word.chars().filter(char::is_ascii_alphabetic).all(|c| c.is_ascii_uppercase());
    let mut out = String::new();
    let mut i = 0;
    while i < letters.len() {
        let (cyr, used) = match letter(&letters, i) {
            // Abbreviations name their letters: МСЭК, ЭРИ.
            ("е", 1) if all_caps => ("э", 1),
            found => found,
        };
        let capital = all_caps || upper[i];
        for (n, c) in cyr.chars().enumerate() {
            if capital && (n == 0 || all_caps) {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        i += used;
    }
    out
}

/// Keeps the capital of the first letter (or of all letters) of `latin`.
fn recase(latin: &str, cyr: &str) -> String {
    let upper = |s: &str| s.to_uppercase();
    if latin.len() > 1 && latin.chars().all(|c| c.is_uppercase()) {
        return upper(cyr);
    }
    if latin.starts_with(char::is_uppercase) {
        let mut chars = cyr.chars();
        return chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
    }
    cyr.to_owned()
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn is_consonant(c: char) -> bool {
    c.is_ascii_alphabetic() && !is_vowel(c) && c != 'y'
}

/// The Cyrillic for the letter(s) at `i` of a lower-case word, and how many
/// Latin characters it used.
fn letter(w: &[char], i: usize) -> (&'static str, usize) {
    let next = w.get(i + 1).copied();
    let after = w.get(i + 2).copied();
    let apostrophe_next = next.is_some_and(is_apostrophe);
    match w[i] {
        'o' if apostrophe_next => ("ў", 2),
        'g' if apostrophe_next => ("ғ", 2),
        's' if next == Some('h') => ("ш", 2),
        'c' if next == Some('h') => ("ч", 2),
        'y' if next == Some('o') && !after.is_some_and(is_apostrophe) => ("ё", 2),
        'y' if next == Some('a') => ("я", 2),
        'y' if next == Some('u') => ("ю", 2),
        'y' if next == Some('e') => ("е", 2),
        't' if next == Some('s') && is_tse(w, i) => ("ц", 2),
        'e' if i == 0 || is_vowel(w[i - 1]) => ("э", 1),
        // Uzbek has no `y` between consonants: in Kyrgyz and Russian names
        // written in Latin (`Naryn`, `Kyzyl`) it stands for ы.
        'y' if i > 0 && is_consonant(w[i - 1]) && next.is_none_or(is_consonant) => ("ы", 1),
        c if is_apostrophe(c) => (if i > 0 && w[i - 1] == 's' && next == Some('h') { "" } else { "ъ" }, 1),
        c => (plain(c), 1),
    }
}

/// `ts` at `i` is ц: at the start of a word, or in `-tsiya` / `-tsion`.
fn is_tse(w: &[char], i: usize) -> bool {
    let rest: String = w[i + 2..].iter().collect();
    i == 0 || rest.starts_with("iya") || rest.starts_with("io")
}

fn plain(c: char) -> &'static str {
    match c {
        'a' => "а",
        'b' => "б",
        'c' => "ц",
        'd' => "д",
        'e' => "е",
        'f' => "ф",
        'g' => "г",
        'h' => "ҳ",
        'i' => "и",
        'j' => "ж",
        'k' => "к",
        'l' => "л",
        'm' => "м",
        'n' => "н",
        'o' => "о",
        'p' => "п",
        'q' => "қ",
        'r' => "р",
        's' => "с",
        't' => "т",
        'u' => "у",
        'v' => "в",
        'w' => "в",
        'x' => "х",
        'y' => "й",
        'z' => "з",
        _ => "",
    }
}

/// Words of a Latin Uzbek text that contain Cyrillic letters, with their
/// byte offset in `text`, unless `allowed` lists the word.
pub fn cyrillic_words<'t>(text: &'t str, allowed: &[String]) -> Vec<(usize, &'t str)> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || is_apostrophe(c);
    let mut found = vec![];
    let mut start = None;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (is_word(c), start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                let word = &text[s..at];
                let cyrillic = word.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'));
                if cyrillic && !allowed.iter().any(|a| a == word) {
                    found.push((s, word));
                }
                start = None;
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_follow_the_uzbek_cyrillic_spelling() {
        let table = [
            ("yangi", "янги"),
            ("o'zbek", "ўзбек"),
            ("O'zbekcha", "Ўзбекча"),
            ("ta'lim", "таълим"),
            ("shahar", "шаҳар"),
            ("Toshkent", "Тошкент"),
            ("yetti", "етти"),
            ("mehr", "меҳр"),
            ("elektron", "электрон"),
            ("ertaga", "эртага"),
            ("aeroport", "аэропорт"),
            ("sentyabr", "сентябрь"),
            ("Sentyabr", "Сентябрь"),
            ("yo'q", "йўқ"),
            ("yoki", "ёки"),
            ("yordam", "ёрдам"),
            ("yuridik", "юридик"),
            ("g'alaba", "ғалаба"),
            ("choy", "чой"),
            ("ko'ngil", "кўнгил"),
            ("xotin", "хотин"),
            ("hujjat", "ҳужжат"),
            ("militsiya", "милиция"),
            ("tsex", "цех"),
            ("ketsin", "кетсин"),
            ("o'tsa", "ўтса"),
            ("Is'hoq", "Исҳоқ"),
            ("SHAHAR", "ШАҲАР"),
            ("Shahar", "Шаҳар"),
            ("Yordam", "Ёрдам"),
            ("SMS", "СМС"),
            ("Telegram", "Telegram"),
            ("mas'ul", "масъул"),
            ("ma’lumot", "маълумот"),
            ("qiz", "қиз"),
            ("jinoyat", "жиноят"),
        ];
        for (latin, cyrillic) in table {
            assert_eq!(word_to_cyrillic(latin), cyrillic, "{latin}");
        }
    }

    /// Every hard case named in issue 13, each in a real Uzbek word.
    #[test]
    fn the_hard_cases_of_issue_13() {
        let table = [
            // ts: ц at the start and in -tsiya/-tsion, else т + с.
            ("tsirk", "цирк"),
            ("militsiya", "милиция"),
            ("konstitutsion", "конституцион"),
            ("ketsa", "кетса"),
            // yo / ya / yu / ye at the start of a word and after a vowel.
            ("yoz", "ёз"),
            ("ayol", "аёл"),
            ("dunyo", "дунё"),
            ("yaxshi", "яхши"),
            ("qiyadi", "қияди"),
            ("yer", "ер"),
            ("poyezd", "поезд"),
            ("yurak", "юрак"),
            ("kuyov", "куёв"),
            // yo' is й + ў, not ё + ъ.
            ("yo'l", "йўл"),
            // e: э at the start of a word and after a vowel, else е.
            ("eshik", "эшик"),
            ("sheva", "шева"),
            ("teatr", "театр"),
            ("shoir", "шоир"),
            // o' / g' with every apostrophe staff may type.
            ("o'g'il", "ўғил"),
            ("O‘tgan", "Ўтган"),
            ("oʻgʻil", "ўғил"),
            ("G'afur", "Ғафур"),
            // sh, ch, ng.
            ("shifokor", "шифокор"),
            ("bolacha", "болача"),
            ("ming", "минг"),
            ("tong", "тонг"),
            // The tutuq belgisi after any other letter is ъ.
            ("ma'no", "маъно"),
            ("maʼlumot", "маълумот"),
            ("sur'at", "суръат"),
            ("san’at", "санъат"),
            // Russian loans and abbreviations: ЦОН, МСЭК, ЗАГС.
            ("TsON", "ЦОН"),
            ("TsONga", "ЦОНга"),
            ("TsONda", "ЦОНда"),
            ("ZAGSga", "ЗАГСга"),
            ("MSEK", "МСЭК"),
            ("ERI", "ЭРИ"),
            ("YaTT", "ЯТТ"),
            // Kyrgyz names written in Latin: y between consonants is ы.
            ("Naryn", "Нарын"),
            ("Azattyk", "Азаттык"),
            // Roman numerals stay.
            ("II", "II"),
            ("III", "III"),
        ];
        for (latin, cyrillic) in table {
            assert_eq!(word_to_cyrillic(latin), cyrillic, "{latin}");
        }
    }

    #[test]
    fn kyrgyz_names_are_spelt_as_on_their_signs() {
        assert_eq!(
            to_cyrillic("«Balaga suyunchu» va «Uy-bulogo komok»: Tunduk ilovasida, portal.tunduk.kg"),
            "«Балага сүйүнчү» ва «Үй-бүлөгө көмөк»: Түндүк иловасида, portal.tunduk.kg"
        );
        // Only whole words: a name inside a longer word is left to the rules.
        assert_eq!(to_cyrillic("Kyzmatchi"), "Кызматчи");
        assert_eq!(to_cyrillic("II guruh — 3 000 som"), "II гуруҳ — 3 000 сом");
    }

    #[test]
    fn addresses_numbers_and_emoji_stay() {
        assert_eq!(
            to_cyrillic("🆘 Qo'ng'iroq: 112, 0 800 000 00 00. Sayt: https://tunduk.gov.kg/uz, tunduk.gov.kg."),
            "🆘 Қўнғироқ: 112, 0 800 000 00 00. Сайт: https://tunduk.gov.kg/uz, tunduk.gov.kg."
        );
        assert_eq!(to_cyrillic("/start yoki @kadam_bot"), "/start ёки @kadam_bot");
        assert_eq!(to_cyrillic("'Telegram' ilovasi"), "'Telegram' иловаси");
    }

    #[test]
    fn only_message_text_changes_in_fluent() {
        let src = "# izoh: shahar\nhello = Salom, { $name }!\n    .label = Yordam\ncount = { $n ->\n    [one] bitta xat\n   *[other] { $n } ta xat\n}\n";
        assert_eq!(
            ftl_to_cyrillic(src),
            "# izoh: shahar\nhello = Салом, { $name }!\n    .label = Ёрдам\ncount = { $n ->\n    [one] битта хат\n   *[other] { $n } та хат\n}\n"
        );
    }

    #[test]
    fn mixed_script_words_are_found_unless_allowed() {
        let text = "ЦОНga boring, «Ак-Жүрөк» markazi";
        let found: Vec<&str> = cyrillic_words(text, &[]).into_iter().map(|(_, w)| w).collect();
        assert_eq!(found, ["ЦОНga", "Ак-Жүрөк"]);
        let found = cyrillic_words(text, &["Ак-Жүрөк".to_owned()]);
        assert_eq!(found, [(0, "ЦОНga")]);
    }
}
