//! Hostile input, fuzzed with proptest: whatever staff type into a content
//! file, whatever callback data or text arrives from Telegram, and whatever
//! state the database hands back, Kadam must answer with diagnostics or a
//! screen, never a panic. A panic in the loader would stop a reload job; a
//! panic in the engine would drop a person's update.
//!
//! Inputs are mutations of valid files as well as free text, because random
//! bytes alone rarely get past the TOML parser to the checks behind it.
//! `PROPTEST_CASES=5000 cargo test --test it fuzz` runs longer.

use std::{
    fs,
    path::{Path, PathBuf},
    sync::LazyLock,
};

use kadam::dialogue::{
    Content,
    callback::{self, Press},
    engine::{self, Form, Input, Position, Reply, Stage, State},
};
use proptest::prelude::*;

use crate::support::content_dir::{copy_dir, repo_root};

/// The valid fixture, the smallest content that exercises every kind of node.
static FIXTURE: LazyLock<PathBuf> = LazyLock::new(|| repo_root().join("tests/fixtures/valid"));

static CONTENT: LazyLock<Content> = LazyLock::new(|| {
    let (content, diags) = Content::load(&FIXTURE);
    content.unwrap_or_else(|| panic!("the valid fixture has errors: {:?}", diags.sorted()))
});

/// Every text file of a content folder, as (path relative to it, text).
fn files_of(root: &Path) -> Vec<(PathBuf, String)> {
    let mut out = vec![];
    let mut dirs = vec![root.to_owned()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).expect("read fixture dir") {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if matches!(path.extension().and_then(|e| e.to_str()), Some("toml" | "ftl")) {
                let text = fs::read_to_string(&path).expect("read fixture file");
                out.push((path.strip_prefix(root).expect("under root").to_owned(), text));
            }
        }
    }
    out.sort();
    out
}

static FIXTURE_FILES: LazyLock<Vec<(PathBuf, String)>> = LazyLock::new(|| files_of(&FIXTURE));

/// Writes a content folder: the fixture, with one of its files replaced
/// and one extra file added, if given.
fn write_content(dir: &Path, replace: Option<(usize, &str)>, extra: Option<(&str, &str)>) {
    copy_dir(&FIXTURE, dir);
    let edited = replace.map(|(i, text)| (FIXTURE_FILES[i].0.as_path(), text));
    for (rel, text) in edited.into_iter().chain(extra.map(|(rel, text)| (Path::new(rel), text))) {
        let path = dir.join(rel);
        fs::create_dir_all(path.parent().expect("has a parent")).expect("mkdir");
        fs::write(path, text).expect("write");
    }
}

/// One edit of a text: what a slip of the keyboard or a bad merge does.
#[derive(Clone, Debug)]
enum Edit {
    Insert(usize, String),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Swap(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    // Pieces of both syntaxes, so edits make structure rather than noise.
    let piece = prop_oneof![
        Just("[[node]]\n".to_owned()),
        Just("id = ".to_owned()),
        Just("kind = \"menu\"\n".to_owned()),
        Just("kind = \"steps\"\n".to_owned()),
        Just("buttons = [\"main\", \"x\"]\n".to_owned()),
        Just("steps = []\n".to_owned()),
        Just("next = \"main\"\n".to_owned()),
        Just("sensitive = true\n".to_owned()),
        Just("{ $".to_owned()),
        Just("}".to_owned()),
        Just(".button = ".to_owned()),
        Just("\n-x = { -x }\n".to_owned()),
        Just("{ NUMBER($n) }".to_owned()),
        Just("*[other] ".to_owned()),
        Just("\"".to_owned()),
        Just("\u{0}".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("ж".repeat(5000)),
        "\\PC{0,40}",
        "[\\[\\]{}=\"\\n#.$*-]{0,12}",
    ];
    prop_oneof![
        (any::<usize>(), piece).prop_map(|(at, s)| Edit::Insert(at, s)),
        (any::<usize>(), 0usize..200).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), 0usize..200).prop_map(|(at, n)| Edit::Duplicate(at, n)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Swap(a, b)),
    ]
}

/// The nearest char boundary at or before `at % (len + 1)`.
fn boundary(text: &str, at: usize) -> usize {
    let mut i = at % (text.len() + 1);
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(text: &mut String, edit: &Edit) {
    match edit {
        Edit::Insert(at, s) => {
            let i = boundary(text, *at);
            text.insert_str(i, s);
        }
        Edit::Delete(at, n) => {
            let i = boundary(text, *at);
            let j = boundary(text, i + n).max(i);
            text.replace_range(i..j, "");
        }
        Edit::Duplicate(at, n) => {
            let i = boundary(text, *at);
            let j = boundary(text, i + n).max(i);
            let copy = text[i..j].to_owned();
            text.insert_str(j, &copy);
        }
        Edit::Swap(a, b) => {
            let (i, j) = (boundary(text, *a), boundary(text, *b));
            let (i, j) = (i.min(j), i.max(j));
            let (left, right) = (text[..i].to_owned(), text[j..].to_owned());
            *text = format!("{right}{}{left}", &text[i..j]);
        }
    }
}

/// Loads, and when the content survived the edits, walks it a little too:
/// the loader's promise is that content it accepts renders everywhere.
fn load_and_walk(dir: &Path) {
    let (content, _diags) = Content::load(dir);
    if let Some(content) = content {
        let mut state = State::default();
        for input in [
            Input::Command { name: "start".into(), arg: None },
            Input::Press(format!("{}:l:ru", content.fingerprint)),
            Input::Command { name: "menu".into(), arg: None },
        ] {
            state = engine::step(&content, state, input, None).state;
        }
        for (_, node) in content.graph.nodes() {
            let input =
                Input::Press(callback::encode(&content.fingerprint, &Press::Go { node: node.id.clone(), page: 0 }));
            engine::step(&content, state.clone(), input, Some("ru"));
        }
    }
}

/// An arbitrary string that sometimes looks like our callback data.
fn callback_like() -> impl Strategy<Value = String> {
    let fp = CONTENT.fingerprint.clone();
    prop_oneof![
        "\\PC{0,80}",
        ("[a-z0-9]{0,8}", "[gxlsfz]{0,2}", proptest::collection::vec("[a-z0-9-]{0,70}|\\PC{0,4}", 0..4))
            .prop_map(|(fp, verb, args)| [vec![fp, verb], args].concat().join(":")),
        (proptest::collection::vec("[a-z0-9-]{0,70}|-?[0-9]{1,25}|\\PC{0,4}", 0..4), "[gxlsf]")
            .prop_map(move |(args, verb)| [vec![fp.clone(), verb], args].concat().join(":")),
    ]
}

/// A node id of the fixture, or something that is not one.
fn node_like() -> impl Strategy<Value = String> {
    let ids: Vec<String> = CONTENT.graph.nodes().map(|(_, n)| n.id.clone()).collect();
    prop_oneof![proptest::sample::select(ids), "[a-z-]{0,70}", "\\PC{0,10}"]
}

fn position_like() -> impl Strategy<Value = Position> {
    (node_like(), prop_oneof![0usize..5, any::<usize>()]).prop_map(|(node, page)| Position { node, page })
}

fn state_like() -> impl Strategy<Value = State> {
    (
        proptest::option::of(prop_oneof![Just("ru".to_owned()), Just("ky".to_owned()), "\\PC{0,6}"]),
        proptest::option::of(position_like()),
        proptest::collection::vec(position_like(), 0..40),
        proptest::option::of(node_like()),
        (any::<bool>(), proptest::option::of(any::<i64>())),
        proptest::option::of((node_like(), prop_oneof![Just(Stage::Rate), Just(Stage::Comment), Just(Stage::Region)])),
    )
        .prop_map(|(lang, at, trail, pending, (safe, safe_at), form)| State {
            lang: lang.map(kadam::dialogue::Lang::new),
            at,
            trail,
            pending,
            safe,
            safe_at,
            form: form.map(|(topic, stage)| Form { topic, stage }),
        })
}

fn input_like() -> impl Strategy<Value = Input> {
    prop_oneof![
        callback_like().prop_map(Input::Press),
        "\\PC{0,200}".prop_map(Input::Text),
        ("[a-z]{0,12}|\\PC{0,12}", proptest::option::of(prop_oneof![node_like(), "\\PC{0,64}"]))
            .prop_map(|(name, arg)| Input::Command { name, arg }),
        Just(Input::Other),
    ]
}

/// Cases per property: quick by default, `PROPTEST_CASES` for a longer hunt
/// (an explicit count in the config would otherwise win over the variable).
fn cases(quick: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(quick)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(96), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn loader_survives_edited_fixture_files(file in 0..FIXTURE_FILES.len(), edits in proptest::collection::vec(edit(), 1..6)) {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut text = FIXTURE_FILES[file].1.clone();
        for e in &edits {
            apply(&mut text, e);
        }
        write_content(dir.path(), Some((file, &text)), None);
        load_and_walk(dir.path());
    }

    #[test]
    fn loader_survives_arbitrary_new_files(toml in "\\PC{0,300}", ftl in "\\PC{0,300}") {
        let dir = tempfile::tempdir().expect("temp dir");
        write_content(dir.path(), None, Some(("dialogues/zz.toml", &toml)));
        load_and_walk(dir.path());
        write_content(dir.path(), None, Some(("locales/ru/zz.ftl", &ftl)));
        load_and_walk(dir.path());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(2000), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn callback_decoder_never_panics(data in callback_like()) {
        let _ = callback::decode(&CONTENT.fingerprint, &data);
    }

    #[test]
    fn callback_round_trips(node in "[a-z0-9-]{1,40}", page in 0usize..1000) {
        let press = Press::Go { node, page };
        prop_assert_eq!(callback::decode("ab12", &callback::encode("ab12", &press)), Ok(press));
    }

    #[test]
    fn engine_answers_any_input_in_any_state(
        state in state_like(),
        inputs in proptest::collection::vec(input_like(), 1..8),
        now in proptest::option::of(any::<i64>()),
    ) {
        let mut state = state;
        for input in inputs {
            let outcome = engine::step_at(&CONTENT, state, input, Some("ru"), now);
            // Every turn ends with something for the person to see.
            // (The reply is a screen or the quick exit, by its type.)
            {
                if let Reply::Show { screen, .. } = &outcome.reply {
                    prop_assert!(!screen.text.trim().is_empty());
                    for button in screen.keyboard.iter().flatten() {
                        if let engine::Action::Callback(data) = &button.action {
                            prop_assert!(data.len() <= 64, "callback data over Telegram's 64 bytes: {}", data);
                        }
                    }
                }
            }
            state = outcome.state;
        }
    }
}
