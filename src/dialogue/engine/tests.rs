//! The engine through [`step`] only, on the small content in
//! `tests/fixtures/valid` (not the shipped dialogues, which staff change):
//! buttons are pressed by their labels, with the callback data the engine
//! itself put on them, as a person would.

use std::path::{Path, PathBuf};

use super::*;
use crate::dialogue::{Media, MediaKind, feedback};

fn fixture_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid")
}

fn load(root: &Path) -> Content {
    let (content, diags) = Content::load(root);
    content.unwrap_or_else(|| panic!("{} does not load: {:?}", root.display(), diags.sorted()))
}

fn fixture() -> Content {
    load(&fixture_root())
}

fn pos(node: &str, page: usize) -> Position {
    Position::new(node, page)
}

fn cmd(name: &str, arg: Option<&str>) -> Input {
    Input::Command { name: name.to_owned(), arg: arg.map(str::to_owned) }
}

/// One person's conversation: the state and the screen last shown.
struct Chat<'a> {
    content: &'a Content,
    state: State,
    screen: Screen,
    delivery: Delivery,
}

impl<'a> Chat<'a> {
    /// A person who chose Russian and sent /start.
    fn ru(content: &'a Content) -> Self {
        Self::resume(content, State { lang: Some(Lang::new("ru")), ..State::default() }, cmd("start", None))
    }

    /// A person with a stored `state` (perhaps from older content) doing `input`.
    fn resume(content: &'a Content, state: State, input: Input) -> Self {
        let mut chat = Self { content, state, screen: placeholder(), delivery: Delivery::Send };
        chat.input(input);
        chat
    }

    fn input(&mut self, input: Input) -> &mut Self {
        let outcome = step(self.content, std::mem::take(&mut self.state), input, None);
        self.state = outcome.state;
        match outcome.reply {
            Reply::Show { screen, delivery } if outcome.feedback.is_none() && !outcome.forget => {
                self.screen = screen;
                self.delivery = delivery;
            }
            other => panic!("expected one screen, got {other:?}"),
        }
        self
    }

    /// The callback data of the button labelled `label` on the screen.
    fn data(&self, label: &str) -> String {
        let found: Vec<&String> = self
            .screen
            .keyboard
            .iter()
            .flatten()
            .filter(|b| b.label == label)
            .filter_map(|b| match &b.action {
                Action::Callback(data) => Some(data),
                Action::Url(_) => None,
            })
            .collect();
        match found.as_slice() {
            [data] => (*data).clone(),
            _ => panic!("expected one button `{label}`, found {} on {:#?}", found.len(), self.screen),
        }
    }

    fn press(&mut self, label: &str) -> &mut Self {
        let data = self.data(label);
        self.input(Input::Press(data))
    }

    fn labels(&self) -> Vec<&str> {
        self.screen.keyboard.iter().flatten().map(|b| b.label.as_str()).collect()
    }

    fn at(&self) -> Position {
        self.state.at.clone().expect("a screen is shown, so the state has a position")
    }
}

fn placeholder() -> Screen {
    Screen { lang: Lang::new("-"), text: String::new(), keyboard: vec![], media: None }
}

// --- Back and the trail ------------------------------------------------

#[test]
fn back_on_step_two_goes_to_step_one_and_then_out_of_the_guide() {
    let content = fixture();
    let mut chat = Chat::ru(&content);
    chat.press("Инструкция").press("Далее");
    assert_eq!(chat.at(), pos("guide", 1));
    assert!(chat.screen.text.contains("Шаг 2 из 3"), "{}", chat.screen.text);

    chat.press("Назад");
    assert_eq!(chat.at(), pos("guide", 0));
    assert_eq!(chat.state.trail, vec![pos("main", 0)], "moving inside a guide adds nothing to the trail");

    chat.press("Назад");
    assert_eq!(chat.at(), pos("main", 0));
    assert!(chat.state.trail.is_empty());
}

#[test]
fn going_on_to_an_ancestor_cuts_the_trail_there() {
    let content = fixture();
    let mut chat = Chat::ru(&content);
    chat.press("Тема").press("Лист");
    assert_eq!(chat.state.trail, vec![pos("main", 0), pos("topic", 0)]);

    // The leaf's onward button leads back up to the topic it came from.
    chat.press("Тема");
    assert_eq!(chat.at(), pos("topic", 0));
    assert_eq!(chat.state.trail, vec![pos("main", 0)], "no loop: Back from here must not return to the leaf");
    chat.press("Назад");
    assert_eq!(chat.at(), pos("main", 0));
}

#[test]
fn back_after_a_guide_returns_to_its_last_step() {
    let content = fixture();
    let mut chat = Chat::ru(&content);
    chat.press("Инструкция").press("Далее").press("Далее");
    // On the last step the guide's `next` replaces Next.
    assert!(!chat.labels().contains(&"Далее"), "{:?}", chat.labels());
    chat.press("Тема");
    assert_eq!(chat.state.trail, vec![pos("main", 0), pos("guide", 2)]);
    chat.press("Назад");
    assert_eq!(chat.at(), pos("guide", 2));
}

#[test]
fn main_menu_clears_the_trail() {
    let content = fixture();
    let mut chat = Chat::ru(&content);
    chat.press("Инструкция").press("Далее").press("Далее").press("Тема").press("Лист");
    assert_eq!(chat.state.trail.len(), 3);
    chat.press("Главное меню");
    assert_eq!(chat.at(), pos("main", 0));
    assert!(chat.state.trail.is_empty());
    // The main menu offers neither Back nor Main menu.
    assert!(!chat.labels().iter().any(|l| *l == "Назад" || *l == "Главное меню"), "{:?}", chat.labels());
}

#[test]
fn start_begins_a_new_trail() {
    let content = fixture();
    let mut chat = Chat::ru(&content);
    chat.press("Тема").press("Лист");
    chat.input(cmd("start", Some("guide")));
    assert_eq!(chat.at(), pos("guide", 0));
    assert!(chat.state.trail.is_empty());
    // Back from a deep-linked guide has nowhere to go but the main menu.
    chat.press("Назад");
    assert_eq!(chat.at(), pos("main", 0));
}

// --- Content that changed under a stored state -----------------------------

#[test]
fn a_state_at_a_removed_node_resumes_at_main_with_a_note() {
    let content = fixture();
    let stored = State {
        lang: Some(Lang::new("ru")),
        at: Some(pos("removed-guide", 2)),
        trail: vec![pos("main", 0), pos("topic", 0)],
        ..State::default()
    };
    let chat = Chat::resume(&content, stored.clone(), cmd("menu", None));
    assert_eq!(chat.at(), pos("main", 0));
    assert!(chat.state.trail.is_empty());
    assert!(chat.screen.text.starts_with("(ru) Бот обновился.\n\n"), "{}", chat.screen.text);

    // Input that moves nowhere lands on main too, with a trail that no
    // longer leads back into the removed part.
    let chat = Chat::resume(&content, stored, Input::Text("где я?".into()));
    assert_eq!(chat.at(), pos("main", 0));
    assert!(chat.state.trail.is_empty(), "{:?}", chat.state.trail);
}

#[test]
fn a_page_beyond_a_shortened_guide_counts_as_removed() {
    let content = fixture();
    let stored = State { lang: Some(Lang::new("ky")), at: Some(pos("guide", 7)), ..State::default() };
    let chat = Chat::resume(&content, stored, cmd("menu", None));
    assert_eq!(chat.at(), pos("main", 0));
    assert!(chat.screen.text.starts_with("(ky) Бот жаңыртылды.\n\n"), "{}", chat.screen.text);
}

#[test]
fn removed_screens_leave_the_trail_but_the_rest_stays() {
    let content = fixture();
    let stored = State {
        lang: Some(Lang::new("ru")),
        at: Some(pos("leaf", 0)),
        trail: vec![pos("main", 0), pos("topic", 0), pos("removed", 0)],
        ..State::default()
    };
    let mut chat = Chat::resume(&content, stored, Input::Text("привет".into()));
    assert_eq!(chat.at(), pos("leaf", 0), "a screen that still exists is kept");
    assert!(chat.screen.text.starts_with("(ru) Используйте кнопки.\n\n"), "{}", chat.screen.text);
    chat.press("Назад");
    assert_eq!(chat.at(), pos("topic", 0));
}

#[test]
fn a_stored_language_that_was_removed_asks_again() {
    let content = fixture();
    let stored = State { lang: Some(Lang::new("uz")), at: Some(pos("topic", 0)), ..State::default() };
    let chat = Chat::resume(&content, stored, cmd("menu", None));
    assert_eq!(chat.state.lang, None);
    assert_eq!(chat.at(), pos("language", 0));
}

// --- Presses the engine did not draw ----------------------------------

#[test]
fn forged_presses_get_the_stale_note_and_change_nothing() {
    let content = fixture();
    let fp = &content.fingerprint;
    let forged = [
        "".to_owned(),
        "hello".to_owned(),
        format!("{fp}:g:"),
        format!("{fp}:g:topic:x"),
        format!("{fp}:q:topic"),
        callback::encode(fp, &Press::Go { node: "no-such-node".into(), page: 0 }),
        callback::encode(fp, &Press::Go { node: "guide".into(), page: 3 }),
        callback::encode(fp, &Press::Go { node: "topic".into(), page: 1 }),
        callback::encode(fp, &Press::Lang("uz".into())),
    ];
    for data in forged {
        let mut chat = Chat::ru(&content);
        chat.press("Тема");
        let before = chat.state.clone();
        chat.input(Input::Press(data.clone()));
        assert_eq!(chat.state, before, "{data:?} changed the state");
        assert!(chat.screen.text.starts_with("(ru) Кнопка устарела.\n\nТема."), "{data:?}: {}", chat.screen.text);
        assert_eq!(chat.delivery, Delivery::Edit, "{data:?}");
    }
}

/// A copy of the fixture with one text changed: same nodes, new fingerprint.
fn edited_fixture() -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            let target = to.join(path.file_name().unwrap());
            if path.is_dir() { copy(&path, &target) } else { std::fs::copy(&path, &target).map(drop).unwrap() }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    copy(&fixture_root(), dir.path());
    let ftl = dir.path().join("locales/ru/main.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap().replace("Лист.", "Лист, исправленный.");
    std::fs::write(&ftl, text).unwrap();
    dir
}

#[test]
fn a_button_drawn_from_older_content_is_stale() {
    let old = fixture();
    let dir = edited_fixture();
    let new = load(dir.path());
    assert_ne!(old.fingerprint, new.fingerprint, "the edit must change the fingerprint");

    let mut chat = Chat::ru(&old);
    chat.press("Тема");
    let old_leaf_button = chat.data("Лист");
    // The content is reloaded while the topic screen is still on her phone.
    let mut chat = Chat { content: &new, ..chat };
    let before = chat.state.clone();
    chat.input(Input::Press(old_leaf_button));
    assert_eq!(chat.state, before, "an old button must not move her");
    assert!(chat.screen.text.starts_with("(ru) Кнопка устарела.\n\nТема."), "{}", chat.screen.text);
    // The redrawn screen carries buttons of the new content, which work.
    chat.press("Лист");
    assert_eq!(chat.at(), pos("leaf", 0));
    assert_eq!(chat.screen.text, "Лист, исправленный.");
}

#[test]
fn language_buttons_work_across_content_versions() {
    let old = fixture();
    let dir = edited_fixture();
    let new = load(dir.path());
    let first = Chat::resume(&old, State::default(), Input::Text("салам".into()));
    let kyrgyz = first.data("Кыргызча");
    let chat = Chat::resume(&new, first.state.clone(), Input::Press(kyrgyz));
    assert_eq!(chat.state.lang, Some(Lang::new("ky")));
    assert_eq!(chat.at(), pos("main", 0));
}

// --- Languages ---------------------------------------------------------

#[test]
fn switching_language_returns_to_where_she_was() {
    let content = fixture();
    let mut chat = Chat::ru(&content);
    chat.press("Инструкция").press("Далее");
    chat.input(cmd("language", None));
    assert_eq!(chat.at(), pos("language", 0));
    chat.press("Кыргызча");
    assert_eq!(chat.state.lang, Some(Lang::new("ky")));
    assert_eq!(chat.at(), pos("guide", 1));
    assert_eq!(chat.state.trail, vec![pos("main", 0)], "the picker leaves no trace on the trail");
    assert!(chat.screen.text.starts_with("(ky) Тил: кыргызча.\n\nНускама\n"), "{}", chat.screen.text);
    assert!(chat.labels().contains(&"Артка"), "{:?}", chat.labels());
}

#[test]
fn first_contact_shows_the_picker_without_choosing_for_her() {
    let content = fixture();
    let outcome = step(&content, State::default(), Input::Text("здравствуйте".into()), Some("ru-RU"));
    assert_eq!(outcome.state.lang, None, "Telegram's language hint must not choose");
    assert_eq!(outcome.state.at, Some(pos("language", 0)));
    let Some(screen) = outcome.screen() else { panic!("{outcome:?}") };
    let labels: Vec<&str> = screen.keyboard.iter().flatten().map(|b| b.label.as_str()).collect();
    // The hint only puts her likely language first; no Back, no Main menu.
    assert_eq!(labels, ["Русский", "Кыргызча"]);
    assert_eq!(screen.text, "Выберите язык\nТилди тандаңыз");
}

#[test]
fn a_deep_link_on_first_contact_waits_for_the_language() {
    let content = fixture();
    let mut chat = Chat::resume(&content, State::default(), cmd("start", Some("guide")));
    assert_eq!(chat.at(), pos("language", 0));
    assert_eq!(chat.state.pending.as_deref(), Some("guide"));
    chat.press("Русский");
    assert_eq!(chat.state.lang, Some(Lang::new("ru")));
    assert_eq!(chat.at(), pos("guide", 0));
    assert_eq!(chat.state.pending, None);
    assert!(chat.screen.text.starts_with("Инструкция\nШаг 1 из 3"), "{}", chat.screen.text);
}

#[test]
fn an_unknown_deep_link_on_first_contact_lands_on_main() {
    let content = fixture();
    let mut chat = Chat::resume(&content, State::default(), cmd("start", Some("nope")));
    assert_eq!(chat.state.pending.as_deref(), Some("nope"));
    chat.press("Кыргызча");
    assert_eq!(chat.at(), pos("main", 0));
    assert_eq!(chat.state.pending, None);
    assert!(chat.screen.text.starts_with("(ky)"), "the old-link note, in her language: {}", chat.screen.text);
    // Anything a deep link cannot carry is not kept at all.
    let chat = Chat::resume(&content, State::default(), cmd("start", Some("нет такой ссылки")));
    assert_eq!(chat.state.pending, None);
}

// --- Delivery ----------------------------------------------------------

#[test]
fn a_press_edits_in_place_but_a_media_screen_is_sent_anew() {
    let content = fixture();
    let mut chat = Chat::ru(&content);
    assert_eq!(chat.delivery, Delivery::Send, "a command is answered with a new message");
    chat.press("Тема");
    assert_eq!(chat.delivery, Delivery::Edit);
    assert_eq!(chat.screen.media, None);
    chat.press("Картинка");
    assert_eq!(chat.delivery, Delivery::Send, "a photo cannot replace a text message");
    assert_eq!(chat.screen.media, Some(Media { kind: MediaKind::Photo, file: "picture.jpg".into() }));
}

#[test]
fn links_are_url_buttons_after_the_node_buttons() {
    let content = fixture();
    let mut chat = Chat::ru(&content);
    chat.press("Тема");
    let actions: Vec<&Action> = chat.screen.keyboard.iter().flatten().map(|b| &b.action).collect();
    assert_eq!(actions.len(), 4, "{:#?}", chat.screen.keyboard);
    assert_eq!(actions[2], &Action::Url("https://example.org".into()));
    assert!(matches!(actions[3], Action::Callback(_)), "Back comes last");
}

// --- Feedback ------------------------------------------------------------

/// The fixture plus a feedback form (`(ru) …` texts like the rest).
fn with_feedback() -> tempfile::TempDir {
    let dir = edited_fixture();
    std::fs::write(
        dir.path().join("dialogues/feedback.toml"),
        "[[node]]\nid = \"feedback\"\nkind = \"feedback\"\nconsent-version = 3\n",
    )
    .unwrap();
    for lang in ["ru", "ky"] {
        let mut ftl = format!("feedback = ({lang}) Полезно?\n    .button = ({lang}) Оценить\n");
        for id in feedback::node_messages("feedback") {
            let args = if id.ends_with("too-long") { " { $length } { $max }" } else { "" };
            ftl.push_str(&format!("{id} = ({lang}) {id}{args}\n"));
        }
        std::fs::write(dir.path().join(format!("locales/{lang}/feedback.ftl")), ftl).unwrap();
    }
    dir
}

/// Steps a chat and returns the feedback effects of that step.
fn stepped(chat: &mut Chat, input: Input) -> Vec<FeedbackEffect> {
    let outcome = step(chat.content, std::mem::take(&mut chat.state), input, None);
    let Some(screen) = outcome.screen().cloned() else { panic!("{outcome:?}") };
    chat.state = outcome.state;
    chat.screen = screen;
    outcome.feedback.into_iter().collect()
}

fn tap(chat: &mut Chat, label: &str) -> Vec<FeedbackEffect> {
    let data = chat.data(label);
    stepped(chat, Input::Press(data))
}

#[test]
fn feedback_is_kept_only_after_yes_and_the_rating_is_never_in_the_state() {
    let dir = with_feedback();
    let content = load(dir.path());
    let mut chat = Chat::ru(&content);
    chat.press("Инструкция").press("Далее").press("Далее");
    assert!(chat.labels().contains(&"(ru) Оценить"), "the last step asks: {:?}", chat.labels());
    chat.press("(ru) Оценить");
    assert_eq!(chat.at(), pos("feedback", 0));
    assert_eq!(chat.state.form, Some(Form { topic: "guide".into(), stage: Stage::Rate }));

    let before = chat.state.clone();
    let rated = tap(&mut chat, "(ru) feedback-partly");
    assert!(rated.is_empty());
    assert!(chat.screen.text.starts_with("(ru) feedback-consent"), "{}", chat.screen.text);
    assert_eq!(chat.state, before, "the rating is not in the state before consent");
    assert!(chat.data("(ru) feedback-consent-yes").ends_with(":y:guide:2"), "it travels in the button");

    let yes = chat.data("(ru) feedback-consent-yes");
    let created = stepped(&mut chat, Input::Press(yes.clone()));
    assert_eq!(
        created,
        vec![FeedbackEffect::Create { topic: "guide".into(), rating: 2, lang: Lang::new("ru"), consent_version: 3 }]
    );
    assert_eq!(chat.state.form.as_ref().map(|f| f.stage), Some(Stage::Comment));
    // A double tap on the same "yes" stores nothing more.
    assert!(stepped(&mut chat, Input::Press(yes)).is_empty());
    assert!(chat.screen.text.starts_with("(ru) Кнопка устарела."), "{}", chat.screen.text);

    let long = "ж".repeat(feedback::COMMENT_LIMIT + 1);
    assert!(stepped(&mut chat, Input::Text(long)).is_empty(), "an over-long comment is refused");
    assert!(chat.screen.text.starts_with("(ru) feedback-comment-too-long 1001 1000"), "{}", chat.screen.text);
    let said = stepped(&mut chat, Input::Text("  =Всё понятно, спасибо  ".into()));
    assert_eq!(said, vec![FeedbackEffect::SetComment("=Всё понятно, спасибо".into())]);
    assert_eq!(chat.state.form.as_ref().map(|f| f.stage), Some(Stage::Region));

    let region = tap(&mut chat, "(ru) region-naryn");
    assert_eq!(region, vec![FeedbackEffect::SetRegion("naryn".into())]);
    assert_eq!(chat.at(), pos("guide", 2), "back where she was");
    assert_eq!(chat.state.form, None);
    assert!(chat.screen.text.starts_with("(ru) feedback-thanks"), "{}", chat.screen.text);
}

#[test]
fn no_thanks_stores_nothing_and_feedback_command_rates_the_bot() {
    let dir = with_feedback();
    let content = load(dir.path());
    let mut chat = Chat::ru(&content);
    chat.press("Тема");
    assert!(stepped(&mut chat, cmd("feedback", None)).is_empty());
    assert_eq!(chat.state.form, Some(Form { topic: "feedback".into(), stage: Stage::Rate }));
    assert!(tap(&mut chat, "(ru) feedback-yes").is_empty());
    assert!(tap(&mut chat, "(ru) feedback-consent-no").is_empty());
    assert_eq!(chat.at(), pos("topic", 0));
    assert!(chat.screen.text.starts_with("(ru) feedback-not-saved"), "{}", chat.screen.text);
    // Text outside the comment stage is never a comment.
    assert!(stepped(&mut chat, Input::Text("привет".into())).is_empty());
}

// --- consult -------------------------------------------------------------

/// The fixture plus a consultant (`ask-lawyer`) behind a consult menu
/// (`ask`, a button of `topic`), both in `consult.toml`, with every text a
/// `consult` node needs.
fn with_consult() -> tempfile::TempDir {
    let dir = edited_fixture();
    std::fs::write(
        dir.path().join("dialogues/consult.toml"),
        "[[node]]\nid = \"ask\"\nkind = \"menu\"\nbuttons = [\"ask-lawyer\"]\n\n\
         [[node]]\nid = \"ask-lawyer\"\nkind = \"consult\"\n",
    )
    .unwrap();
    let more = dir.path().join("dialogues/more.toml");
    let topic =
        std::fs::read_to_string(&more).unwrap().replace(r#"["leaf", "picture"]"#, r#"["leaf", "picture", "ask"]"#);
    std::fs::write(&more, topic).unwrap();
    for lang in ["ru", "ky"] {
        let mut ftl = format!("ask = ({lang}) Спросить\n    .button = ({lang}) Спросить\n");
        ftl.push_str(&format!("ask-lawyer = ({lang}) Юрист\n    .button = ({lang}) Юрист\n"));
        for (id, vars) in kinds::consult::MESSAGES {
            let args: String = vars.iter().map(|v| format!(" {{ ${v} }}")).collect();
            ftl.push_str(&format!("{id} = ({lang}) {id}{args}\n"));
        }
        std::fs::write(dir.path().join(format!("locales/{lang}/consult.ftl")), ftl).unwrap();
    }
    dir
}

/// On a `consult` screen her text becomes an `Ask` with the part of the bot
/// she came from (the file of the screen before the consult menu); other
/// input gets the text-only note; the quick exit still wins.
#[test]
fn text_on_a_consult_screen_is_a_question_for_the_shell() {
    let dir = with_consult();
    let content = load(dir.path());
    let mut chat = Chat::ru(&content);
    chat.press("Тема").press("(ru) Спросить").press("(ru) Юрист");
    assert_eq!(chat.at(), pos("ask-lawyer", 0));
    let outcome = step(&content, chat.state.clone(), Input::Text("Как подать на алименты?".into()), None);
    let ask = Ask {
        consultant: "ask-lawyer".into(), area: "more".into(), text: "Как подать на алименты?".into()
    };
    assert_eq!(outcome.ask, Some(ask));
    assert_eq!(outcome.state.at, Some(pos("ask-lawyer", 0)), "she stays to add more");

    let other = step(&content, chat.state.clone(), Input::Other, None);
    assert_eq!(other.ask, None);
    assert!(other.screen().unwrap().text.starts_with("(ru) consult-text-only"), "{other:?}");
    let exit = step(&content, chat.state.clone(), cmd("exit", None), None);
    assert_eq!(exit.ask, None);
    assert!(matches!(exit.reply, Reply::QuickExit { .. }));

    // Elsewhere text is never a question.
    let menu =
        step(&content, State { lang: Some(Lang::new("ru")), ..State::default() }, Input::Text("вопрос".into()), None);
    assert_eq!(menu.ask, None);
}
