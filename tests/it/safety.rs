//! Survivor safety and privacy, end to end: the safety check, the quick exit
//! that wipes the chat, `/forget`, and what the database file and the logs
//! could tell someone who gets hold of them.

use kadam::storage::privacy::PERSON_TABLES;
use sqlx::{Row, SqliteConnection};

use crate::support::{
    bot::{
        CONTENT, bot_messages, button, last_bot_text, open_read_only, start_in, t, wait_callbacks_answered, wait_chat,
        wait_last, wait_messages, wait_text,
    },
    fake_api::{DEFAULT_TIMEOUT, FakeApi, FakeUser},
    kadam::Home,
};

/// Walks into the violence section through the safety check.
async fn into_violence(api: &FakeApi, chat: i64) {
    api.press_label(chat, chat as u64, &button("ru", "violence"));
    // The safety check comes first.
    wait_text(api, chat, &t("ru", "safety-check")).await;
    api.press_label(chat, chat as u64, &t("ru", "ui-safety-yes"));
    wait_text(api, chat, &t("ru", "violence")).await;
}

/// Waits until the quick exit has left `n` decoys and nothing else (earlier
/// decoys are harmless and stay); the decoy comes after the deletions, so
/// once it is there the wipe is complete.
async fn wait_only_decoys(api: &FakeApi, chat: i64, n: usize) {
    let decoy = t("ru", "ui-decoy");
    let only_decoys = |a: &FakeApi| {
        let left = a.visible(chat);
        left.len() == n && left.iter().all(|m| m.from_bot && m.text.as_deref() == Some(decoy.as_str()))
    };
    wait_chat(api, chat, &format!("{n} decoy(s) and nothing else"), only_decoys).await;
    for m in api.visible(chat) {
        assert!(m.keyboard.is_empty(), "a decoy has no buttons that could give the bot away");
    }
}

/// "📞 102" on the 🆘 screen sends a contact card with that number and the
/// entry's name; the screen stays, and the quick exit wipes the card too.
#[tokio::test(flavor = "multi_thread")]
async fn a_call_card_arrives_and_the_quick_exit_wipes_it() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat = 2901;
    start_in(&api, chat, "ru").await;
    api.press_label(chat, chat as u64, &button("ru", "emergency"));
    wait_text(&api, chat, &t("ru", "emergency")).await;
    let screen = bot_messages(&api, chat).last().cloned().expect("the 🆘 screen");
    for number in ["102", "112", "103"] {
        assert!(
            screen.labels().contains(&format!("📞 {number}").as_str()),
            "a card for {number}: {:?}",
            screen.labels()
        );
    }
    assert!(!screen.labels().iter().any(|l| l.contains("117")), "a number held back by the verify gate has no card");
    api.press_label(chat, chat as u64, "📞 102");
    let card = |a: &FakeApi| bot_messages(a, chat).iter().any(|m| m.raw["contact"]["phone_number"] == "102");
    wait_chat(&api, chat, "a contact card for 102", card).await;
    let sent = bot_messages(&api, chat).last().cloned().expect("the card");
    assert_eq!(sent.raw["contact"]["first_name"], t("ru", "contact-police-102").as_str());
    assert_eq!(
        bot_messages(&api, chat).iter().filter(|m| m.text.as_deref() == Some(&*t("ru", "emergency"))).count(),
        1
    );

    api.press_label(chat, chat as u64, &t("ru", "ui-quick-exit"));
    wait_only_decoys(&api, chat, 1).await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn quick_exit_button_wipes_the_chat_and_leaves_only_a_decoy() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat = 2001;
    start_in(&api, chat, "ru").await;
    into_violence(&api, chat).await;
    // Some of her own messages and new bot messages in between.
    let answered = bot_messages(&api, chat).len();
    api.send_text(chat, 2001, "мне страшно");
    api.send_sticker(chat, 2001, "😢");
    wait_messages(&api, chat, answered + 2).await;
    assert!(api.visible(chat).len() >= 5);

    let exit = t("ru", "ui-quick-exit");
    assert_eq!(bot_messages(&api, chat).last().unwrap().keyboard[0][0].0, exit, "quick exit is the first button");
    api.press_label(chat, 2001, &exit);
    wait_only_decoys(&api, chat, 1).await;
    wait_callbacks_answered(&api).await;

    // "Not now" on the safety check is the same quick exit.
    api.send_text(chat, 2001, "/menu");
    wait_text(&api, chat, &t("ru", "main")).await;
    api.press_label(chat, 2001, &button("ru", "violence"));
    wait_text(&api, chat, &t("ru", "safety-check")).await;
    api.press_label(chat, 2001, &t("ru", "ui-safety-no"));
    wait_only_decoys(&api, chat, 2).await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_typed_keyword_mid_flow_and_after_a_restart_does_the_same() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat = 2101;
    start_in(&api, chat, "ru").await;
    into_violence(&api, chat).await;
    api.send_text(chat, 2101, "/start portal-login");
    let guide = t("ru", "portal-login");
    wait_last(&api, chat, "the guide", |text| text.starts_with(&guide)).await;

    // The process restarts: message ids were stored, so the wipe still works.
    bot.stop().await;
    let bot = home.start(&api, &[]).await;
    api.send_text(chat, 2101, "Стоп");
    wait_only_decoys(&api, chat, 1).await;
    let deletes = api.wait_for_calls("deleteMessages", 1, DEFAULT_TIMEOUT).await.unwrap();
    assert!(deletes.iter().all(|c| c.params["message_ids"].as_array().is_some_and(|ids| ids.len() <= 100)));

    // /exit works too, in any state.
    api.send_text(chat, 2101, "/exit");
    wait_only_decoys(&api, chat, 2).await;
    bot.stop().await;
}

/// Every table that has a `person` column, from the live schema.
async fn person_tables(db: &mut SqliteConnection) -> Vec<String> {
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'")
            .fetch_all(&mut *db)
            .await
            .unwrap();
    let mut with_person = vec![];
    for table in tables {
        let cols = sqlx::query(&format!("PRAGMA table_info({table})")).fetch_all(&mut *db).await.unwrap();
        if cols.iter().any(|c| c.get::<String, _>("name") == "person") {
            with_person.push(table);
        }
    }
    with_person
}

#[tokio::test(flavor = "multi_thread")]
async fn forget_leaves_nothing_about_the_person_in_any_table() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let (her, other) = (2201, 2202);
    start_in(&api, her, "ru").await;
    start_in(&api, other, "ky").await;
    into_violence(&api, her).await;
    api.send_text(her, 2201, "/forget");
    wait_text(&api, her, &t("ru", "forget")).await;
    api.press_label(her, 2201, &t("ru", "ui-forget-yes"));
    let done = t("ru", "ui-forget-done");
    wait_last(&api, her, "forget-done note", |text| text.starts_with(&done)).await;
    bot.stop().await;

    let mut db = open_read_only(&home.db_path()).await;
    let tables = person_tables(&mut db).await;
    let mut listed: Vec<&str> = PERSON_TABLES.to_vec();
    listed.sort();
    let mut found: Vec<&str> = tables.iter().map(String::as_str).collect();
    found.sort();
    assert_eq!(found, listed, "/forget must know every table keyed by person");
    for table in &tables {
        let people: Vec<String> =
            sqlx::query_scalar(&format!("SELECT DISTINCT person FROM {table}")).fetch_all(&mut db).await.unwrap();
        // Only the other person is left; she is gone from every table.
        assert!(people.len() <= 1, "{table}: {people:?}");
    }
    let states: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM dialogue_state").fetch_one(&mut db).await.unwrap();
    assert_eq!(states, 1, "the other person's state is untouched");
}

#[tokio::test(flavor = "multi_thread")]
async fn neither_the_database_file_nor_the_logs_reveal_who_asked() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat: i64 = 734_512_998;
    let secret_words = "меня бьёт муж помогите";
    api.set_user(FakeUser {
        id: chat as u64,
        first_name: "Айзада".into(),
        last_name: Some("Секретова".into()),
        username: Some("aizada_hidden_42".into()),
        language_code: Some("ru".into()),
    });
    start_in(&api, chat, "ru").await;
    into_violence(&api, chat).await;
    let answered = bot_messages(&api, chat).len();
    api.send_text(chat, chat as u64, secret_words);
    // Where she is: used to find help, and then forgotten.
    api.send_location(chat, chat as u64, 41.123457, 75.987653);
    let located = t("ru", "ui-note-location");
    wait_messages(&api, chat, answered + 2).await;
    assert!(last_bot_text(&api, chat).starts_with(&located), "{}", last_bot_text(&api, chat));
    api.press_label(chat, chat as u64, &t("ru", "ui-main-menu"));
    wait_text(&api, chat, &t("ru", "main")).await;

    // SIGKILL keeps the write-ahead log on disk, as after a crash.
    bot.kill().await;
    let mut bytes = vec![];
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{}{suffix}", home.db_path().display());
        bytes.extend(std::fs::read(&path).unwrap_or_default());
    }
    assert!(bytes.len() > 4096, "the database was written");
    let haystack = String::from_utf8_lossy(&bytes);
    let needles: Vec<String> = vec![
        chat.to_string(),
        "aizada_hidden_42".into(),
        "Айзада".into(),
        "Секретова".into(),
        secret_words.into(),
        "41.123457".into(),
        "75.987653".into(),
    ];
    for needle in &needles {
        assert!(!haystack.contains(needle.as_str()), "database file contains {needle:?}");
    }
    for raw in [chat.to_be_bytes(), chat.to_le_bytes()] {
        assert!(!bytes.windows(8).any(|w| w == raw), "database holds the chat id as a binary integer");
    }
    for raw in [41.123457f64.to_le_bytes(), 41.123457f64.to_be_bytes(), 75.987653f64.to_le_bytes()] {
        assert!(!bytes.windows(8).any(|w| w == raw), "database holds the location as a binary float");
    }

    let logs = home.logs();
    assert!(logs.contains("connected to Telegram"), "the log was captured: {logs}");
    for needle in &needles {
        assert!(!logs.contains(needle.as_str()), "log contains {needle:?}:\n{logs}");
    }
}

/// The self-check of danger signs, through the engine on the shipped
/// content: the answers decide the result, and not one of them reaches the
/// state that would be stored.
#[test]
fn the_danger_self_check_keeps_answers_out_of_the_state() {
    use kadam::dialogue::{
        Lang,
        engine::{self, Action, Input, Screen, State},
    };
    let content = &*CONTENT;
    let step = |state: State, input: Input| {
        let out = engine::step(content, state, input, None);
        let screen = out.screen().cloned();
        (out.state, screen.expect("a screen"))
    };
    let press = |state: State, screen: &Screen, label: &str| {
        let data = screen
            .keyboard
            .iter()
            .flatten()
            .find_map(|b| match &b.action {
                Action::Callback(d) if b.label == label => Some(d.clone()),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no button {label:?} on:\n{}", screen.text));
        step(state, Input::Press(data))
    };
    let walk = |answers: &[bool]| {
        let state = State { lang: Some(Lang::new("ru")), ..State::default() };
        let (state, screen) = step(state, Input::Command { name: "start".into(), arg: Some("danger-check".into()) });
        assert_eq!(screen.text, t("ru", "safety-check"));
        let (mut state, mut screen) = press(state, &screen, &t("ru", "ui-safety-yes"));
        let mut stored = vec![];
        for &yes in answers {
            let label =
                CONTENT.locales.text(&Lang::new("ru"), "danger-check", Some(if yes { "yes" } else { "no" }), None);
            (state, screen) = press(state, &screen, &label);
            stored.push(serde_json::to_string(&state).unwrap());
        }
        (screen, stored)
    };
    let all_no = [false; 6];
    let one_yes = [false, false, false, true, false, false];
    let (calm, calm_states) = walk(&all_no);
    let (alert, alert_states) = walk(&one_yes);
    assert_eq!(calm.text, t("ru", "danger-check-result-calm"));
    assert_eq!(alert.text, t("ru", "danger-check-result-alert"));
    // Same positions whatever the answers: the state cannot tell them apart.
    assert_eq!(calm_states, alert_states);
    assert!(calm.keyboard[0][0].label == t("ru", "ui-quick-exit"), "the result keeps the quick exit");
}

/// Retention: states of people inactive longer than the retention period,
/// and message ids older than 48 hours, are deleted; recent ones stay.
#[tokio::test]
async fn retention_purges_old_states_and_message_ids() {
    use kadam::{
        dialogue::engine::State,
        storage::{self as db, Db},
    };
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&format!("sqlite://{}", dir.path().join("k.db").display())).await.unwrap();
    let now = 1_800_000_000;
    let day = 24 * 60 * 60;
    db::state::save(&db, "old", &State::default(), now - 31 * day).await.unwrap();
    db::state::save(&db, "recent", &State::default(), now - 29 * day).await.unwrap();
    assert_eq!(db::state::purge_inactive(&db, now - 30 * day).await.unwrap(), 1);
    assert!(db::state::load(&db, "old").await.unwrap().is_none());
    assert!(db::state::load(&db, "recent").await.unwrap().is_some());

    db::privacy::track(&db, "recent", &[1, 2], now - 49 * 60 * 60).await.unwrap();
    db::privacy::track(&db, "recent", &[3], now - 47 * 60 * 60).await.unwrap();
    assert_eq!(db::privacy::purge_tracked(&db, now).await.unwrap(), 2);
    assert_eq!(db::privacy::deletable(&db, "recent", now).await.unwrap(), vec![3]);
    db.close().await;
}

/// A long conversation (200 messages) is wiped in batches of at most 100,
/// the most Telegram takes in one call. How long it takes is printed, not
/// asserted (timing belongs to docs/performance.md).
#[tokio::test(flavor = "multi_thread")]
async fn quick_exit_wipes_a_long_conversation_in_batches() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat = 2301;
    start_in(&api, chat, "ru").await;
    while api.visible(chat).len() < 200 {
        let answered = bot_messages(&api, chat).len();
        api.send_text(chat, 2301, "текст");
        wait_messages(&api, chat, answered + 1).await;
    }
    let started = std::time::Instant::now();
    api.send_text(chat, 2301, "/exit");
    wait_only_decoys(&api, chat, 1).await;
    println!("quick exit of {} messages took {:?}", 201, started.elapsed());
    let batches = api.calls_of("deleteMessages");
    assert_eq!(batches.len(), 3, "201 messages (and the picker) in batches of 100");
    assert!(batches.iter().all(|c| c.params["message_ids"].as_array().is_some_and(|ids| ids.len() <= 100)));
    bot.stop().await;
}

/// Guides end with "leave feedback", except sensitive ones: a stored record
/// that she rated a violence guide would itself put her at risk.
#[test]
fn sensitive_guides_do_not_ask_for_feedback() {
    use kadam::dialogue::{
        Kind, Lang,
        callback::{Press, encode},
        engine::{self, Input, Position, State},
        kinds::Steps,
    };
    let content = &*CONTENT;
    let label = content.locales.text(&Lang::new("ru"), "feedback", Some("button"), None);
    let last_page_labels = |id: &str| {
        let ix = content.graph.find(id).unwrap();
        let Kind::Steps(Steps { steps, .. }) = &content.graph.node(ix).kind else { panic!("{id} is a guide") };
        let state = State {
            lang: Some(Lang::new("ru")),
            at: Some(Position { node: id.into(), page: 0 }),
            safe: true,
            ..State::default()
        };
        let data = encode(&content.fingerprint, &Press::Go { node: id.into(), page: steps.len() - 1 });
        let out = engine::step(content, state, Input::Press(data), None);
        let Some(screen) = out.screen().cloned() else { panic!("a screen") };
        screen.keyboard.into_iter().flatten().map(|b| b.label).collect::<Vec<_>>()
    };
    assert!(last_page_labels("portal-login").contains(&label), "an ordinary guide asks");
    assert!(!last_page_labels("safety-plan").contains(&label), "a violence guide does not");
}

/// "Safe to read now" holds for 15 minutes: whoever has the phone later may
/// not be her, so a sensitive screen opened after that asks again.
#[tokio::test(flavor = "multi_thread")]
async fn the_safe_answer_expires_after_15_minutes() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let said_safe = 1_800_000_000;
    home.set_clock(said_safe);
    let bot = home.start(&api, &[]).await;
    let chat = 2401;
    start_in(&api, chat, "ru").await;
    into_violence(&api, chat).await;
    let forms = button("ru", "violence-forms");

    home.set_clock(said_safe + 14 * 60);
    api.press_label(chat, chat as u64, &forms);
    wait_text(&api, chat, &t("ru", "violence-forms")).await;
    api.press_label(chat, chat as u64, &t("ru", "ui-back"));
    wait_text(&api, chat, &t("ru", "violence")).await;

    home.set_clock(said_safe + 16 * 60);
    api.press_label(chat, chat as u64, &forms);
    wait_text(&api, chat, &t("ru", "safety-check")).await;
    api.press_label(chat, chat as u64, &t("ru", "ui-safety-yes"));
    wait_text(&api, chat, &t("ru", "violence-forms")).await;
    bot.stop().await;
}

/// After a quick exit her stored state is the same as that of someone who
/// has just picked her language: no screen she read, no way back, no "safe".
#[tokio::test(flavor = "multi_thread")]
async fn the_state_after_a_quick_exit_is_a_fresh_one() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let (her, newcomer) = (2501, 2502);
    start_in(&api, her, "ru").await;
    into_violence(&api, her).await;
    api.press_label(her, her as u64, &button("ru", "violence-forms"));
    wait_text(&api, her, &t("ru", "violence-forms")).await;
    api.send_text(her, her as u64, "/exit");
    wait_only_decoys(&api, her, 1).await;
    start_in(&api, newcomer, "ru").await;
    bot.stop().await;

    let mut db = open_read_only(&home.db_path()).await;
    let states: Vec<String> = sqlx::query_scalar("SELECT state FROM dialogue_state").fetch_all(&mut db).await.unwrap();
    assert_eq!(states.len(), 2);
    assert_eq!(states[0], states[1], "hers after the quick exit and a newcomer's look the same");
    assert!(!states[0].contains("safe") && !states[0].contains("trail"), "{}", states[0]);
}

/// The same expiry in the pure core: the shell passes the time in, and a
/// stored "safe" without a time (from before the expiry existed) counts as
/// expired, while a shell without a clock (`kadam simulate`) keeps it.
#[test]
fn the_core_expires_the_safe_answer_by_the_time_it_is_given() {
    use kadam::dialogue::{
        Lang,
        engine::{self, Input, Position, State},
    };
    let content = &*CONTENT;
    let open = |state: State, now: Option<i64>| {
        let input = Input::Command { name: "start".into(), arg: Some("violence-forms".into()) };
        let out = engine::step_at(content, state, input, None, now);
        out.screen().map(|s| s.text.clone()).expect("a screen")
    };
    let said = 1_800_000_000;
    let safe = |safe_at| State {
        lang: Some(Lang::new("ru")),
        at: Some(Position::new("violence", 0)),
        safe: true,
        safe_at,
        ..State::default()
    };
    assert_eq!(open(safe(Some(said)), Some(said + 15 * 60 - 1)), t("ru", "violence-forms"));
    assert_eq!(open(safe(Some(said)), Some(said + 15 * 60)), t("ru", "safety-check"));
    assert_eq!(open(safe(Some(said)), Some(said - 60)), t("ru", "safety-check"), "a clock set back");
    assert_eq!(open(safe(None), Some(said)), t("ru", "safety-check"), "an older state's yes");
    assert_eq!(open(safe(None), None), t("ru", "violence-forms"), "no clock, no expiry");
}
