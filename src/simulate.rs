//! `kadam simulate`: walk the dialogues in a terminal, exactly as the bot
//! would show them, so staff can preview an edit without Telegram and tests
//! can record transcripts.
//!
//! Buttons are numbered; type a number to press one, `/command` for a
//! command, anything else is sent as a text message. Reads stdin line by
//! line, so a walk can be scripted: `printf '2\n1\n' | kadam simulate`.
//!
//! The webinar screens depend on the time, which the caller passes in
//! (`clock::now()`, steerable in tests). A webinar press is answered as a
//! practice ([`webinar_screens::practice`]): the same screens, nothing stored.
//!
//! Her side of a consultation is a practice too ([`consult_screens`]): her
//! question gets the bot's confirmation, the line `staff-answer` stands for a
//! consultant answering in the staff group (she gets the bot's "new message"
//! note), and its buttons show what the bot shows, sending nothing.

use std::io::{BufRead, Write};

use crate::dialogue::{
    Content, Lang, consult_screens,
    engine::{self, Action, Input, Reply, Screen, State},
    webinar_screens::{self, Practice},
};

/// Runs a session reading `input` and writing the transcript to `out`, at
/// the time `now` (unix seconds) for the webinar screens.
pub fn run(
    content: &Content,
    lang: Option<&Lang>,
    now: i64,
    input: impl BufRead,
    mut out: impl Write,
) -> std::io::Result<()> {
    let mut state = State { lang: lang.cloned(), ..State::default() };
    let first = if lang.is_some() { Input::Command { name: "start".into(), arg: None } } else { Input::Other };
    // The first input is never a press, so it always draws a screen.
    let Some(mut screen) = apply(content, &mut state, first, now, &mut out)? else { return Ok(()) };
    for line in input.lines() {
        let line = line?;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        writeln!(out, "> {line}")?;
        if line == STAFF_ANSWER {
            screen = staff_answer(content, &state, &mut out)?;
            continue;
        }
        let input = match parse(line, &screen) {
            Ok(input) => input,
            Err(msg) => {
                writeln!(out, "({msg})\n")?;
                continue;
            }
        };
        // A call card leaves the screen, and its buttons, as they were.
        if let Some(next) = apply(content, &mut state, input, now, &mut out)? {
            screen = next;
        }
    }
    Ok(())
}

/// The line that stands for a consultant answering her question.
pub const STAFF_ANSWER: &str = "staff-answer";

/// A consultant answered: the neutral note the bot sends her.
fn staff_answer(content: &Content, state: &State, out: &mut impl Write) -> std::io::Result<Screen> {
    writeln!(out, "[practice: a consultant answers in the staff group; the bot sends her this note]")?;
    let lang = state.lang.clone().unwrap_or_else(|| content.locales.default_lang().clone());
    let screen = consult_screens::new_message(content, &lang, consult_screens::PRACTICE_NUMBER);
    write_screen(&screen, out)?;
    Ok(screen)
}

fn parse(line: &str, screen: &Screen) -> Result<Input, String> {
    if let Some(cmd) = line.strip_prefix('/') {
        let (name, arg) = match cmd.split_once(' ') {
            Some((n, a)) => (n, Some(a.trim().to_owned())),
            None => (cmd, None),
        };
        return Ok(Input::Command { name: name.to_owned(), arg });
    }
    // `location 42.87 74.59` stands for sharing a location in Telegram.
    if let Some(rest) = line.strip_prefix("location ") {
        let mut parts = rest.split_whitespace().map(str::parse::<f64>);
        return match (parts.next(), parts.next()) {
            (Some(Ok(lat)), Some(Ok(lon))) => Ok(Input::Location { lat, lon }),
            _ => Err("write a location as: location 42.87 74.59".to_owned()),
        };
    }
    if let Ok(n) = line.parse::<usize>() {
        let callbacks: Vec<&String> = screen
            .keyboard
            .iter()
            .flatten()
            .filter_map(|b| match &b.action {
                Action::Callback(data) => Some(data),
                Action::Url(_) => None,
            })
            .collect();
        return match callbacks.get(n.wrapping_sub(1)) {
            Some(data) => Ok(Input::Press((*data).clone())),
            None => Err(format!("no button {n}; choose 1 to {}", callbacks.len())),
        };
    }
    Ok(Input::Text(line.to_owned()))
}

fn apply(
    content: &Content,
    state: &mut State,
    input: Input,
    now: i64,
    out: &mut impl Write,
) -> std::io::Result<Option<Screen>> {
    if let Some(practice) = consult_screens::practice(content, state, &input) {
        writeln!(out, "[practice: nothing is stored or sent]")?;
        if practice.answer_first {
            writeln!(out, "[the consultant's answer, copied from the staff topic]\n")?;
        }
        write_screen(&practice.screen, out)?;
        return Ok(Some(practice.screen));
    }
    let input = match webinar_screens::practice(content, state, &input, now) {
        Some(Practice::Show(screen)) => {
            writeln!(out, "[practice: nothing is stored, no reminder set, no file sent]")?;
            write_screen(&screen, out)?;
            return Ok(Some(screen));
        }
        Some(Practice::Engine(other)) => other,
        None => input,
    };
    let mut outcome = engine::step(content, std::mem::take(state), input, None);
    if let Reply::Show { screen, .. } = &mut outcome.reply {
        // As to someone who has not asked for news of new webinars.
        webinar_screens::dress(content, &outcome.state, screen, now, false);
    }
    *state = outcome.state;
    if let Some(f) = &outcome.feedback {
        writeln!(out, "[feedback, stored with her consent: {f:?}]")?;
    }
    if outcome.forget {
        writeln!(out, "[forget: everything stored about this person is deleted]")?;
    }
    if let Some(ask) = &outcome.ask {
        // The bot passes it to the staff group and confirms it in place of the screen.
        writeln!(out, "[question for `{}` from `{}`, passed to the staff group]", ask.consultant, ask.area)?;
        writeln!(out, "[practice: the bot's confirmation; nothing is sent]")?;
        let lang = state.lang.clone().unwrap_or_else(|| content.locales.default_lang().clone());
        let screen = consult_screens::practice_confirmation(content, &lang);
        write_screen(&screen, out)?;
        return Ok(Some(screen));
    }
    match outcome.reply {
        Reply::Show { screen, .. } => {
            write_screen(&screen, out)?;
            Ok(Some(screen))
        }
        Reply::Card { phone, name } => {
            // The bot sends a contact card; the screen she pressed on stays.
            writeln!(out, "[contact card: 📞 {phone} — {name}]\n")?;
            Ok(None)
        }
        Reply::QuickExit { decoy } => {
            writeln!(out, "[quick exit: the bot deletes every message of the chat it can]\n{decoy}\n")?;
            // What is left on the phone has no buttons; a new message starts over.
            let lang = state.lang.clone().unwrap_or_else(|| content.locales.default_lang().clone());
            Ok(Some(Screen { keyboard: vec![], text: decoy, lang, media: None }))
        }
    }
}

/// Writes a screen as plain text: stable, so transcripts can be compared.
pub fn write_screen(screen: &Screen, out: &mut impl Write) -> std::io::Result<()> {
    if let Some(media) = &screen.media {
        writeln!(out, "[{:?}: {}]", media.kind, media.file)?;
    }
    writeln!(out, "{}", screen.text)?;
    let mut n = 0;
    for row in &screen.keyboard {
        let cells: Vec<String> = row
            .iter()
            .map(|b| match &b.action {
                Action::Callback(_) => {
                    n += 1;
                    format!("[{n}] {}", b.label)
                }
                Action::Url(url) => format!("[{} → {url}]", b.label),
            })
            .collect();
        writeln!(out, "  {}", cells.join("   "))?;
    }
    writeln!(out)
}
