//! What whoever checks her phone can see: the always-visible command menu,
//! the message left after a quick exit, and the quick-exit button on every
//! screen with a help line. Each test looks the way such a person would.

use crate::support::{
    bot::{CONTENT, bot_messages, offers_lang, start_in, t, wait_chat, wait_last, wait_text},
    fake_api::{DEFAULT_TIMEOUT, FakeApi},
    kadam::Home,
};

/// Words that would tell of a wipe, of deleting or of violence, in every
/// language of the shipped content (stems, matched case-insensitively).
const GIVEAWAYS: &[&str] = &[
    "erase",
    "delete",
    "wipe",
    "exit",
    "forget",
    "violence", // en
    "удал",
    "стер",
    "стир",
    "выход",
    "насили",
    "забуд", // ru
    "өчүр",
    "чыгуу",
    "зомбулук",
    "унут", // ky
    "o'chir",
    "chiqish",
    "zo'ravon",
    "unut", // uz
];

fn giveaway(text: &str) -> Option<&'static str> {
    let text = text.to_lowercase();
    GIVEAWAYS.iter().copied().find(|w| text.contains(w))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_command_menu_lists_nothing_that_tells_of_a_wipe() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    // Telegram takes two-letter codes only: Cyrillic Uzbek (`uz-Cyrl`) readers
    // get the `uz` menu their phone asks for.
    let langs: Vec<String> =
        CONTENT.locales.languages().iter().map(|l| l.code().to_owned()).filter(|l| !l.contains('-')).collect();
    assert!(langs.len() >= 3, "{langs:?}");
    let registered = |a: &FakeApi| a.commands(None).is_some() && langs.iter().all(|l| a.commands(Some(l)).is_some());
    api.wait_until(registered, DEFAULT_TIMEOUT).await.expect("a command menu in every language");

    for lang in langs.iter().map(|l| Some(l.as_str())).chain([None]) {
        let menu = api.commands(lang).expect("registered");
        let names: Vec<&str> = menu.iter().map(|(c, _)| c.as_str()).collect();
        for wanted in ["start", "menu", "help", "language"] {
            assert!(names.contains(&wanted), "{lang:?}: {wanted} is listed: {names:?}");
        }
        for (name, description) in &menu {
            assert!(["start", "menu", "help", "language", "privacy"].contains(&name.as_str()), "{lang:?}: {name}");
            assert_eq!(giveaway(name).or(giveaway(description)), None, "{lang:?}: /{name} — {description}");
        }
    }

    // Unlisted, they still work; the help screen explains them.
    let chat = 4101;
    start_in(&api, chat, "ru").await;
    api.send_text(chat, chat as u64, "/help");
    let help = wait_last(&api, chat, "the help screen", |text| text == t("ru", "help")).await;
    assert!(help.contains("/exit") && help.contains("/forget"), "{help}");
    for keyword in t("ru", "ui-exit-keywords").split(',') {
        assert!(help.contains(keyword.trim()), "the help screen names the keyword {keyword:?}: {help}");
    }
    api.send_text(chat, chat as u64, "/forget");
    wait_text(&api, chat, &t("ru", "forget")).await;
    api.send_text(chat, chat as u64, "/exit");
    let decoy = t("ru", "ui-decoy");
    let only_decoy = |a: &FakeApi| {
        let left = a.visible(chat);
        left.len() == 1 && left[0].text.as_deref() == Some(decoy.as_str())
    };
    wait_chat(&api, chat, "the decoy alone", only_decoy).await;
    assert!(bot_messages(&api, chat)[0].keyboard.is_empty());
    bot.stop().await;
}

/// The decoy reads like a public-services tip in every language: it names
/// the services' free line and gives nothing away.
#[test]
fn the_decoy_is_a_public_services_tip_in_every_language() {
    for lang in CONTENT.locales.languages().iter() {
        let decoy = t(lang.code(), "ui-decoy");
        assert!(decoy.contains("119"), "{}: {decoy}", lang.code());
        assert_eq!(giveaway(&decoy), None, "{}: {decoy}", lang.code());
        // Not the old recipe, which no public-services bot would send.
        assert!(!["плов", "палоо", "palov"].iter().any(|w| decoy.contains(w)), "{}: {decoy}", lang.code());
    }
}

/// 🆘 and the directory of help show help lines: both carry the quick exit,
/// and 🆘 stays one tap away, with no safety question in front.
#[tokio::test(flavor = "multi_thread")]
async fn every_screen_with_help_lines_has_a_way_out() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let exit = t("ru", "ui-quick-exit");
    for (chat, node) in [(4201, "emergency"), (4202, "find-help")] {
        start_in(&api, chat, "ru").await;
        api.press_label(chat, chat as u64, &crate::support::bot::button("ru", node));
        let shown = wait_last(&api, chat, node, |text| text.starts_with(&t("ru", node))).await;
        assert_ne!(shown, t("ru", "safety-check"));
        let first = bot_messages(&api, chat).last().unwrap().keyboard[0][0].0.clone();
        assert_eq!(first, exit, "{node}: the quick exit comes first");
        api.press_label(chat, chat as u64, &exit);
        let decoy = t("ru", "ui-decoy");
        wait_chat(&api, chat, "the decoy", |a| a.visible(chat).iter().all(|m| m.text.as_deref() == Some(&decoy))).await;
    }
    bot.stop().await;
}

/// `/forget` wipes the chat as the quick exit does before it forgets her:
/// what is left is one short message that gives nothing away, and none of
/// her messages or the screens she read.
#[tokio::test(flavor = "multi_thread")]
async fn forget_leaves_one_neutral_message_and_nothing_of_the_conversation() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat = 4301;
    start_in(&api, chat, "ru").await;
    api.press_label(chat, chat as u64, &crate::support::bot::button("ru", "violence"));
    wait_text(&api, chat, &t("ru", "safety-check")).await;
    api.press_label(chat, chat as u64, &t("ru", "ui-safety-yes"));
    wait_text(&api, chat, &t("ru", "violence")).await;
    let answered = bot_messages(&api, chat).len();
    api.send_text(chat, chat as u64, "он опять пришёл пьяный");
    crate::support::bot::wait_messages(&api, chat, answered + 1).await;
    api.send_text(chat, chat as u64, "/forget");
    wait_text(&api, chat, &t("ru", "forget")).await;
    let before = api.visible(chat).len();
    assert!(before >= 6, "a conversation to wipe: {before} messages");

    api.press_label(chat, chat as u64, &t("ru", "ui-forget-yes"));
    let done = t("ru", "ui-forget-done");
    // The wipe comes first, so once the note is there the chat is final.
    wait_last(&api, chat, "the neutral note", |text| text.starts_with(&done)).await;
    let left = api.visible(chat);
    assert_eq!(left.len(), 1, "one message and nothing else: {left:#?}");
    assert!(left[0].from_bot);
    let text = left[0].text.clone().unwrap_or_default();
    // A short note, then the language picker's prompt as anyone new sees it
    // (with its emergency line, shown before any language is picked).
    let note = text.split("\n\n").next().unwrap_or_default();
    assert!(note.chars().count() < 120, "short: {text}");
    assert_eq!(giveaway(&text), None, "{text}");
    // It offers only a fresh start: the languages, as to anyone new.
    let labels = left[0].labels();
    assert!(offers_lang(&left[0], "ru") && labels.iter().all(|l| giveaway(l).is_none()), "{labels:?}");
    bot.stop().await;
}

/// A shared live location is answered once; its moves (edits every few
/// seconds) get no answer each, which would flood her chat with help screens.
#[tokio::test(flavor = "multi_thread")]
async fn a_live_location_moving_on_gets_no_answers() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat = 4401;
    start_in(&api, chat, "ru").await;
    let answered = bot_messages(&api, chat).len();
    api.send_location(chat, chat as u64, 42.87, 74.59);
    let located = t("ru", "ui-note-location");
    crate::support::bot::wait_messages(&api, chat, answered + 1).await;
    assert!(crate::support::bot::last_bot_text(&api, chat).starts_with(&located));
    let live = api.visible(chat).iter().rev().find(|m| !m.from_bot).expect("her location").id;

    let mark = api.mark();
    for step in 1..=5 {
        api.move_location(chat, live, 42.87 + f64::from(step) * 0.001, 74.59);
    }
    // Updates of one chat are handled in order: once /menu is answered,
    // every move before it was handled too.
    api.send_text(chat, chat as u64, "/menu");
    wait_text(&api, chat, &t("ru", "main")).await;
    let writes: Vec<String> =
        api.calls().iter().skip(mark).filter(|c| c.writes_to(chat)).map(|c| c.method.clone()).collect();
    assert_eq!(writes, ["sendMessage"], "only /menu was answered");
    bot.stop().await;
}
