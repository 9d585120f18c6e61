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
//! - `e` is э at the start of a word and after a vowel other than `i`
//!   (`koeffitsient` коэффициент), else е;
//! - `ts` is ц at the start of a word, before `i` and a vowel (`-tsiya`,
//!   `-tsion`, `assotsiatsiya`, `koeffitsiyent`) and in the Russian loans of
//!   [`LOANS`] (`munitsipal`, `protsessual`); elsewhere it is т + с
//!   (`ketsin` кетсин, `o'tsa` ўтса, `hujjatsiz` ҳужжатсиз);
//! - a few Russian loans keep their Russian spelling wherever they stand in
//!   a word ([`LOANS`]: `kompyuter` компьютер, `meriya` мэрия, `rayon` район),
//!   and a few only as whole words ([`WORDS`]: the months, `parol` пароль;
//!   with a suffix the soft sign goes, as in `sentyabrda` сентябрда);
//! - a brand keeps its Latin spelling and only its suffix changes, with or
//!   without the apostrophe: `Telegram'ga` Telegramга, `Telegramdagi`
//!   Telegramдаги; `e-mail` stays as written;
//! - the tutuq belgisi (`'` `ʼ` `’` after a letter other than o/g) is ъ,
//!   and `s'h` is с + ҳ (`Is'hoq` Исҳоқ); `ng` is simply н + г;
//! - capitals stay capitals (`Sh` Ш, `SH` Ш, `O'` Ў).
//!
//! What the rules and lists cannot know needs a new entry in [`LOANS`] or
//! [`WORDS`] (with a test), or a per-message override in
//! `locales/uz-Cyrl/overrides.ftl`: the soft sign of other Russian loans
//! (`avtomobil` → автомобиль), `e` after a consonant that is э in Cyrillic
//! (`poet` → поэт), and ц written `s` in Latin (`stansiya` → станция).
//! `tools/uz_cyrillic_compare.py` compares every word with independent
//! transliterators (docs/uz-cyrillic.md).

use fluent_syntax::{ast, parser};

/// Latin words that stay Latin in the Cyrillic text: names of apps and
/// services as they appear on her phone's screen.
pub const KEEP_LATIN: &[&str] = &[
    "Telegram",
    "WhatsApp",
    "Viber",
    "Google",
    "Gmail",
    "Yandex",
    "Outlook",
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
    "CSV",
    "csv",
    // The staff group's topic name, written as the bot names it.
    "webinars",
    // A quick-exit keyword (`ui-exit-keywords`): typed as it is.
    "exit",
];

/// Brands that keep their Latin spelling when an Uzbek suffix is written
/// straight after them (`Telegramdagi` Telegramдаги). Only names that no
/// Uzbek word starts with: not `Smart` (`smartfon`) or `Market`.
const BRANDS: &[&str] = &[
    "Telegram",
    "WhatsApp",
    "Viber",
    "Google",
    "Gmail",
    "Yandex",
    "Outlook",
    "Instagram",
    "Facebook",
    "Android",
    "iPhone",
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
    ("Akyykatchy", "Акыйкатчы"),
    ("Tunduk", "Түндүк"),
    ("Kyzmat", "Кызмат"),
    ("Tendesh", "Теңдеш"),
    ("Himaya", "Химая"),
    ("Asylzat", "Асылзат"),
    ("Ayalzat", "Аялзат"),
    ("ala kachuu", "ала качуу"),
    ("jeke ishker", "жеке ишкер"),
];

/// Russian loans spelt as in Russian only as whole words: the soft sign at
/// the end goes when a suffix follows (`sentyabrda` сентябрда, `parolni`
/// паролни), as in Uzbek Cyrillic print.
const WORDS: &[(&str, &str)] = &[
    ("parol", "пароль"),
    ("mer", "мэр"),
    ("yanvar", "январь"),
    ("fevral", "февраль"),
    ("aprel", "апрель"),
    ("iyun", "июнь"),
    ("iyul", "июль"),
    ("sentyabr", "сентябрь"),
    ("oktyabr", "октябрь"),
    ("noyabr", "ноябрь"),
    // The official Uzbek Latin spelling of these two months.
    ("sentabr", "сентябрь"),
    ("oktabr", "октябрь"),
    ("dekabr", "декабрь"),
];

/// Russian loans spelt as in Russian wherever they stand in a word, lower
/// case: a soft sign inside (компьютер), э after a consonant (мэрия), `yo`
/// that is й + о (район), and ц between vowels (муниципал, процесс).
const LOANS: &[(&str, &str)] = &[
    ("kompyuter", "компьютер"),
    ("meriya", "мэрия"),
    ("rayon", "район"),
    ("munitsip", "муницип"),
    ("protsess", "процесс"),
    ("protsent", "процент"),
    ("protsedur", "процедур"),
    ("sudya", "судья"),
    ("sentabr", "сентябр"),
    ("oktabr", "октябр"),
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
        let rest: String = chars[i..].iter().take(6).collect();
        if rest.eq_ignore_ascii_case("e-mail") && !chars.get(i + 6).is_some_and(char::is_ascii_alphabetic) {
            out.push_str(&rest);
            i += 6;
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
    if let Some(brand) = BRANDS.iter().find(|b| word.starts_with(**b) && word.len() > b.len()) {
        // `Telegram'ga`, `Telegramdagi`: the brand stays, the suffix changes
        // (the apostrophe only marks where the brand ends).
        let suffix = word[brand.len()..].trim_start_matches(is_apostrophe);
        return format!("{brand}{}", word_to_cyrillic(suffix));
    }
    let lower = word.to_lowercase();
    if let Some((_, cyr)) = WORDS.iter().find(|(lat, _)| *lat == lower) {
        return recase(word, cyr);
    }
    let letters: Vec<char> = lower.chars().collect();
    let upper: Vec<bool> = word.chars().map(char::is_uppercase).collect();
    let all_caps = word.chars().filter(char::is_ascii_alphabetic).count() > 1
        && word.chars().filter(char::is_ascii_alphabetic).all(|c| c.is_ascii_uppercase());
    let mut out = String::new();
    let mut i = 0;
    while i < letters.len() {
        let (cyr, used) = match loan_at(&letters, i).unwrap_or_else(|| letter(&letters, i)) {
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
        // After `i` only Russian loans have an `e` (клиент, диета,
        // коэффициент): there it is е.
        'e' if i == 0 || (is_vowel(w[i - 1]) && w[i - 1] != 'i') => ("э", 1),
        // Uzbek has no `y` between consonants: in Kyrgyz and Russian names
        // written in Latin (`Naryn`, `Kyzyl`) it stands for ы.
        'y' if i > 0 && is_consonant(w[i - 1]) && next.is_none_or(is_consonant) => ("ы", 1),
        c if is_apostrophe(c) => (if i > 0 && w[i - 1] == 's' && next == Some('h') { "" } else { "ъ" }, 1),
        c => (plain(c), 1),
    }
}

/// The [`LOANS`] entry that starts at `i` of a lower-case word, and how
/// many Latin characters it covers.
fn loan_at(w: &[char], i: usize) -> Option<(&'static str, usize)> {
    LOANS.iter().find_map(|(latin, cyr)| {
        let n = latin.len();
        let matches = w.len() >= i + n && w[i..i + n].iter().copied().eq(latin.chars());
        matches.then_some((*cyr, n))
    })
}

/// `ts` at `i` is ц: at the start of a word, or before `i` and a vowel, as
/// in Russian loans (`-tsiya`, `-tsion`, `assotsiatsiya`, `koeffitsiyent`,
/// `sotsial`). Uzbek words join `t` and `s` only across a suffix
/// (`ket-sa`, `hujjat-siz`), never before `i` and a vowel.
fn is_tse(w: &[char], i: usize) -> bool {
    let rest = &w[i + 2..];
    let vowel_at = |k: usize| rest.get(k).copied().is_some_and(is_vowel);
    i == 0 || (rest.first() == Some(&'i') && (vowel_at(1) || (rest.get(1) == Some(&'y') && vowel_at(2))))
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

    /// Every fault of the generated Cyrillic named in issue 23, one test
    /// each, with the words around them that must not change.
    #[test]
    fn ts_inside_russian_loans_is_tse() {
        let table = [
            ("munitsipal", "муниципал"),
            ("protsessual", "процессуал"),
            ("assotsiatsiya", "ассоциация"),
            ("assotsiatsiyasi", "ассоциацияси"),
            ("koeffitsient", "коэффициент"),
            ("koeffitsiyentiga", "коэффициентига"),
            ("klient", "клиент"),
            ("sotsial", "социал"),
            ("protsent", "процент"),
            // Uzbek words join t and s across a suffix: т + с.
            ("hujjatsiz", "ҳужжатсиз"),
            ("aytsangiz", "айтсангиз"),
            ("etsa", "этса"),
            ("eshitsalar", "эшитсалар"),
            ("ketsin", "кетсин"),
        ];
        for (latin, cyrillic) in table {
            assert_eq!(word_to_cyrillic(latin), cyrillic, "{latin}");
        }
    }

    #[test]
    fn a_brand_keeps_its_latin_and_only_the_suffix_changes() {
        assert_eq!(to_cyrillic("Telegram'ga yozing"), "Telegramга ёзинг");
        assert_eq!(to_cyrillic("Telegram’dan"), "Telegramдан");
        assert_eq!(to_cyrillic("Telegramdagi guruh"), "Telegramдаги гуруҳ");
        assert_eq!(to_cyrillic("Telegram'ingiz"), "Telegramингиз");
        assert!(!to_cyrillic("Telegram'ga").contains('ъ'));
        // Not every capitalised Latin word is a brand: `smartfon` is Uzbek.
        assert_eq!(to_cyrillic("smartfon"), "смартфон");
    }

    #[test]
    fn gmail_and_the_like_stay_latin() {
        assert_eq!(to_cyrillic("Gmail yoki Yandex"), "Gmail ёки Yandex");
        assert_eq!(to_cyrillic("Gmail'da"), "Gmailда");
        assert_eq!(to_cyrillic("elektron pochta (e-mail) kerak"), "электрон почта (e-mail) керак");
    }

    #[test]
    fn the_soft_sign_of_kompyuter_and_parol() {
        assert_eq!(word_to_cyrillic("kompyuter"), "компьютер");
        assert_eq!(word_to_cyrillic("kompyuterda"), "компьютерда");
        assert_eq!(word_to_cyrillic("Kompyuter"), "Компьютер");
        assert_eq!(word_to_cyrillic("parol"), "пароль");
        assert_eq!(word_to_cyrillic("Parol"), "Пароль");
        // With a suffix the final soft sign goes, as for the months.
        assert_eq!(word_to_cyrillic("parolni"), "паролни");
        assert_eq!(word_to_cyrillic("Parolingiz"), "Паролингиз");
    }

    /// Found by tools/uz_cyrillic_compare.py: the other words it showed we
    /// spelt wrongly.
    #[test]
    fn the_words_the_comparison_found() {
        assert_eq!(word_to_cyrillic("Sudyalar"), "Судьялар");
        assert_eq!(word_to_cyrillic("sentabr"), "сентябрь");
        assert_eq!(word_to_cyrillic("sentabrda"), "сентябрда");
        assert_eq!(word_to_cyrillic("oktabr"), "октябрь");
        assert_eq!(to_cyrillic("(XLSX; /export csv — CSV)"), "(XLSX; /export csv — CSV)");
        assert_eq!(to_cyrillic("Akyykatchy"), "Акыйкатчы");
    }

    #[test]
    fn e_in_meriya_is_e_oborotnoe() {
        assert_eq!(word_to_cyrillic("meriya"), "мэрия");
        assert_eq!(word_to_cyrillic("meriyasi"), "мэрияси");
        assert_eq!(word_to_cyrillic("meriyaning"), "мэриянинг");
        assert_eq!(word_to_cyrillic("mer"), "мэр");
        // Only these words: e after a consonant is still е.
        assert_eq!(word_to_cyrillic("meros"), "мерос");
        assert_eq!(word_to_cyrillic("fermer"), "фермер");
    }

    #[test]
    fn yo_in_rayon_is_y_o() {
        assert_eq!(word_to_cyrillic("mikrorayon"), "микрорайон");
        assert_eq!(word_to_cyrillic("mikrorayoni"), "микрорайони");
        assert_eq!(word_to_cyrillic("rayon"), "район");
        // Elsewhere yo is still ё.
        assert_eq!(word_to_cyrillic("yordam"), "ёрдам");
        assert_eq!(word_to_cyrillic("ayol"), "аёл");
    }

    /// Not a check: writes every word of `locales/uz/` with its Cyrillic
    /// to `target/uz-cyrillic-words.tsv` for `tools/uz_cyrillic_compare.py`.
    #[test]
    #[ignore = "a dump for tools/uz_cyrillic_compare.py, run by hand"]
    fn dump_words_for_the_comparison_tool() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<_> =
            std::fs::read_dir(root.join("locales/uz")).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        let mut out = String::from("latin\tcyrillic\tkind\n");
        for file in files {
            let source = std::fs::read_to_string(&file).unwrap();
            for (_, text) in text_elements(&source) {
                for chunk in text.split_whitespace().filter(|c| !is_address(c)) {
                    for word in chunk.split(|c: char| !(c.is_ascii_alphabetic() || is_apostrophe(c))) {
                        let word = word.trim_matches(is_apostrophe);
                        if word.is_empty() {
                            continue;
                        }
                        let kind = if KEEP_LATIN.contains(&word) || BRANDS.iter().any(|b| word.starts_with(b)) {
                            "brand"
                        } else if KYRGYZ_NAMES.iter().any(|(l, _)| l.split(' ').any(|w| w == word)) {
                            "name"
                        } else if word.chars().filter(char::is_ascii_uppercase).count() > 1 || ROMAN.contains(&word) {
                            "abbreviation"
                        } else {
                            "word"
                        };
                        out.push_str(&format!("{word}\t{}\t{kind}\n", to_cyrillic(word)));
                    }
                }
            }
        }
        std::fs::write(root.join("target/uz-cyrillic-words.tsv"), out).unwrap();
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
