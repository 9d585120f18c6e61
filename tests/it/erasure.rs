//! Deleted means erased: after `/forget` a unique comment she typed is in
//! none of the database's files (`secure_delete` zeroes freed pages, and the
//! WAL is checkpointed and truncated), while the bot is still running; on
//! PostgreSQL, in none of the database's files after the bot's VACUUM.
//!
//! And deletion does not lie: a turn that fails half-way, a batch Telegram
//! refuses, a message older than Telegram's 48 hours: the quick exit deletes
//! what it can, retries what it could not, and tries nothing it cannot.

use kadam::dialogue::{Content, Lang};
use sqlx::{Connection, SqliteConnection};

use crate::support::{
    bot::{
        bot_messages, button, fixture_content, fixture_home, start_in, step_of, t, wait_chat, wait_last, wait_messages,
        wait_text, wait_write,
    },
    fake_api::{DEFAULT_TIMEOUT, FakeApi, Fault},
    kadam::Home,
};

fn files_holding(home: &Home, needle: &[u8]) -> Vec<String> {
    let db = home.db_path();
    ["", "-wal", "-shm"]
        .iter()
        .map(|suffix| format!("{}{suffix}", db.display()))
        .filter(|path| std::fs::read(path).is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle)))
        .collect()
}

/// The files of the bot's database holding `needle`: SQLite's file and its
/// `-wal`/`-shm`, or every file of the PostgreSQL database (tables, indexes,
/// after a CHECKPOINT has written the pages out; not the server's own WAL,
/// which keeps what was written until recycled, as docs/privacy.md says).
async fn database_files_holding(home: &Home, needle: &[u8]) -> Vec<String> {
    if home.postgres.is_none() {
        return files_holding(home, needle);
    }
    let mut db = home.connect_db().await;
    sqlx::query("CHECKPOINT").execute(&mut db).await.unwrap();
    let oid: i64 = sqlx::query_scalar("SELECT CAST(oid AS BIGINT) FROM pg_database WHERE datname = current_database()")
        .fetch_one(&mut db)
        .await
        .unwrap();
    let dir = crate::support::postgres::data_dir().expect("the test server runs").join("base").join(oid.to_string());
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| std::fs::read(path).is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle)))
        .map(|path| path.display().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_forgotten_comment_is_in_no_database_file() {
    comment_then_forget(Home::new()).await;
}

/// On PostgreSQL: after `/forget` the bot's VACUUM leaves her comment in no
/// file of the database (her row was alone on its page, see docs/privacy.md).
#[tokio::test(flavor = "multi_thread")]
async fn a_forgotten_comment_is_in_no_database_file_on_postgres() {
    let Some(url) = crate::support::postgres::fresh_database().await else { return };
    comment_then_forget(Home::new().on_postgres(url)).await;
}

async fn comment_then_forget(home: Home) {
    let api = FakeApi::start().await;
    let bot = home.start(&api, &[]).await;
    let chat = 3601;
    start_in(&api, chat, "ru").await;
    api.send_text(chat, chat as u64, "/start portal-login");
    wait_last(&api, chat, "step 1", |text| text.contains(&step_of("ru", 1, 3))).await;
    for step in 2..=3 {
        api.press_label(chat, chat as u64, &t("ru", "ui-next"));
        let wanted = step_of("ru", step, 3);
        wait_last(&api, chat, &wanted, |text| text.contains(&wanted)).await;
    }
    api.press_label(chat, chat as u64, &button("ru", "feedback"));
    wait_text(&api, chat, &t("ru", "feedback")).await;
    api.press_label(chat, chat as u64, &t("ru", "feedback-yes"));
    wait_text(&api, chat, &t("ru", "feedback-consent")).await;
    api.press_label(chat, chat as u64, &t("ru", "feedback-consent-yes"));
    wait_text(&api, chat, &t("ru", "feedback-comment")).await;
    let comment = "уникальный-комментарий-Q7X9Z3";
    let mark = api.mark();
    api.send_text(chat, chat as u64, comment);
    wait_write(&api, chat, mark).await;
    let stored = database_files_holding(&home, comment.as_bytes()).await;
    assert!(!stored.is_empty(), "the comment was stored (the scan can find it)");

    api.send_text(chat, chat as u64, "/forget");
    wait_text(&api, chat, &t("ru", "forget")).await;
    api.press_label(chat, chat as u64, &t("ru", "ui-forget-yes"));
    let done = t("ru", "ui-forget-done");
    wait_last(&api, chat, "forget-done note", |text| text.starts_with(&done)).await;
    // Scanned while the bot runs: a clean stop would checkpoint anyway.
    let left = database_files_holding(&home, comment.as_bytes()).await;
    assert_eq!(left, Vec::<String>::new(), "the comment's bytes remain");
    bot.stop().await;
    home.assert_on_its_backend();
}

/// A steered clock (`Home::set_clock`) is what the bot stamps on what it
/// stores, and moving it moves the bot's time: the one test that proves the
/// steering itself works, so time-dependent tests can rely on it.
#[tokio::test(flavor = "multi_thread")]
async fn the_bot_keeps_the_steered_time() {
    use crate::support::bot::open_read_only;
    let api = FakeApi::start().await;
    let home = Home::new();
    let (first, later) = (1_700_000_000_i64, 1_700_086_400_i64);
    home.set_clock(first);
    let bot = home.start(&api, &[]).await;
    let chat = 3602;
    start_in(&api, chat, "ru").await;
    let stamped = || async {
        let mut db = open_read_only(&home.db_path()).await;
        sqlx::query_scalar::<_, i64>("SELECT updated_at FROM dialogue_state").fetch_one(&mut db).await.unwrap()
    };
    assert_eq!(stamped().await, first);
    home.set_clock(later);
    let mark = api.mark();
    api.send_text(chat, chat as u64, "/menu");
    wait_write(&api, chat, mark).await;
    assert_eq!(stamped().await, later, "moving the steered clock moves the bot's time");
    bot.stop().await;
}

/// `text` without ANSI colour sequences (`ESC [ … m`).
fn uncoloured(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            chars.by_ref().find(|&c| c == 'm');
        } else {
            out.push(c);
        }
    }
    out
}

/// Waits until `chat` shows the decoy `decoy` `n` times and nothing else.
async fn wait_only_decoys(api: &FakeApi, chat: i64, decoy: &str, n: usize) {
    let only = |a: &FakeApi| {
        let left = a.visible(chat);
        left.len() == n && left.iter().all(|m| m.from_bot && m.text.as_deref() == Some(decoy))
    };
    wait_chat(api, chat, &format!("{n} decoy(s) and nothing else"), only).await;
}

/// A photo goes out, then Telegram refuses the screen's text: the turn
/// fails half-way and she gets the error note. Then saving her state fails
/// while she writes. Every one of those messages was recorded the moment it
/// existed, so the quick exit deletes them all.
#[tokio::test(flavor = "multi_thread")]
async fn what_a_failing_turn_sent_and_her_message_are_still_wiped() {
    let (content, _) = Content::load(&fixture_content());
    let content = content.expect("the fixture loads");
    let text = |id: &str| content.locales.text(&Lang::new("ru"), id, None, None);
    let api = FakeApi::start().await;
    let home = fixture_home();
    let bot = home.start(&api, &[]).await;
    let chat = 3701;
    start_in(&api, chat, "ru").await;
    api.press_label(chat, chat as u64, "Тема");
    wait_last(&api, chat, "the topic", |t| t.starts_with("Тема")).await;

    api.fail_next("sendMessage", 1, Fault::Refuse("message is too long".into()));
    api.press_label(chat, chat as u64, "Картинка");
    let error = text("ui-note-error");
    wait_text(&api, chat, &error).await;
    let shown = bot_messages(&api, chat);
    assert!(shown.iter().any(|m| m.media.is_some()), "the photo went out before the text failed");

    // Whatever she writes now cannot move her on: saving the state fails.
    let mut db = SqliteConnection::connect(&format!("sqlite://{}", home.db_path().display())).await.unwrap();
    sqlx::query(
        "CREATE TRIGGER no_save BEFORE UPDATE ON dialogue_state BEGIN SELECT RAISE(ABORT, 'disk trouble'); END",
    )
    .execute(&mut db)
    .await
    .unwrap();
    let answered = bot_messages(&api, chat).len();
    api.send_text(chat, chat as u64, "помогите мне");
    assert_eq!(wait_messages(&api, chat, answered + 1).await, error);
    sqlx::query("DROP TRIGGER no_save").execute(&mut db).await.unwrap();
    db.close().await.unwrap();

    api.send_text(chat, chat as u64, "/exit");
    wait_only_decoys(&api, chat, &text("ui-decoy"), 1).await;
    bot.stop().await;
}

/// Telegram refuses a whole batch: the quick exit deletes the messages one
/// by one. One it still cannot delete stays recorded (the log says how
/// many, nothing more), and the next quick exit deletes it.
#[tokio::test(flavor = "multi_thread")]
async fn a_refused_batch_is_deleted_one_by_one_and_what_is_left_is_retried() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat = 3801;
    start_in(&api, chat, "ru").await;
    for words in ["первое", "второе", "третье"] {
        let answered = bot_messages(&api, chat).len();
        api.send_text(chat, chat as u64, words);
        wait_messages(&api, chat, answered + 1).await;
    }
    let before = api.visible(chat).len();

    api.fail_next("deleteMessages", 1, Fault::Refuse("message can't be deleted for everyone".into()));
    api.fail_next("deleteMessage", 1, Fault::Refuse("message can't be deleted".into()));
    api.send_text(chat, chat as u64, "/exit");
    let decoy = t("ru", "ui-decoy");
    let decoy_shown = |a: &FakeApi| a.visible(chat).last().is_some_and(|m| m.text.as_deref() == Some(decoy.as_str()));
    wait_chat(&api, chat, "the decoy", decoy_shown).await;
    let singles = api.calls_of("deleteMessage");
    assert_eq!(singles.len(), before + 1, "each message (and /exit) one by one after the batch failed");
    let left = api.visible(chat);
    assert_eq!(left.len(), 2, "one message Telegram would not delete, and the decoy: {left:#?}");
    // The log may be coloured: compare it without its escape sequences.
    let logs = uncoloured(&home.logs());
    let said = logs.lines().find(|l| l.contains("could not be deleted")).expect("the log says so");
    assert!(said.contains("undeleted=1 of=9"), "counts, and only counts: {said}");

    // The next quick exit tries it again.
    api.send_text(chat, chat as u64, "/exit");
    wait_only_decoys(&api, chat, &decoy, 2).await;
    bot.stop().await;
}

/// Telegram lets a bot delete messages for 48 hours from when they were
/// sent, so that is counted from each message's own date, not from when the
/// bot saw it: a message she sent while the bot was down for two days is not
/// tried, and everything younger is.
#[tokio::test(flavor = "multi_thread")]
async fn a_message_older_than_48_hours_is_not_tried() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let now = 1_800_000_000;
    home.set_clock(now);
    api.set_clock(now);
    let bot = home.start(&api, &[]).await;
    let chat = 3901;
    start_in(&api, chat, "ru").await;
    // Sent two days and an hour ago, delivered only now.
    api.set_clock(now - 49 * 60 * 60);
    let answered = bot_messages(&api, chat).len();
    api.send_text(chat, chat as u64, "давнее сообщение");
    api.set_clock(now);
    wait_messages(&api, chat, answered + 1).await;
    let old = api.visible(chat).iter().find(|m| m.text.as_deref() == Some("давнее сообщение")).unwrap().id;

    api.send_text(chat, chat as u64, "/exit");
    let decoy = t("ru", "ui-decoy");
    let decoy_shown = |a: &FakeApi| a.visible(chat).last().is_some_and(|m| m.text.as_deref() == Some(decoy.as_str()));
    wait_chat(&api, chat, "the decoy", decoy_shown).await;
    let tried: Vec<i64> = api
        .wait_for_calls("deleteMessages", 1, DEFAULT_TIMEOUT)
        .await
        .unwrap()
        .iter()
        .flat_map(|c| c.params["message_ids"].as_array().cloned().unwrap_or_default())
        .filter_map(|id| id.as_i64())
        .collect();
    assert!(!tried.contains(&i64::from(old)), "a message past 48 hours is not tried: {tried:?}");
    let left: Vec<i32> = api.visible(chat).iter().map(|m| m.id).collect();
    assert_eq!(left.len(), 2, "the old message and the decoy: {left:?}");
    assert_eq!(left[0], old);
    bot.stop().await;
}

/// What the quick exit could not delete is tried again in the background
/// (every minute; a steered clock makes it at once), without her doing
/// anything; then nothing about it is kept.
#[tokio::test(flavor = "multi_thread")]
async fn what_the_quick_exit_left_is_deleted_in_the_background() {
    let api = FakeApi::start().await;
    let home = Home::new();
    home.set_clock(1_800_000_000);
    api.set_clock(1_800_000_000);
    let bot = home.start(&api, &[]).await;
    let chat = 3851;
    start_in(&api, chat, "ru").await;
    api.fail_next("deleteMessages", 1, Fault::Refuse("message can't be deleted for everyone".into()));
    api.fail_next("deleteMessage", 1, Fault::Refuse("message can't be deleted".into()));
    api.send_text(chat, chat as u64, "/exit");
    wait_only_decoys(&api, chat, &t("ru", "ui-decoy"), 1).await;
    assert!(api.calls_of("deleteMessages").len() >= 2, "the first batch failed; a later one deleted what was left");
    // The job logs once it has deleted them and dropped their rows.
    let done = |logs: &str| logs.contains("deleted messages a quick exit had left behind");
    api.wait_until(|_| done(&home.logs()), DEFAULT_TIMEOUT).await.expect("the background deletion finished");
    let left = |table: &'static str| {
        let path = home.db_path();
        async move {
            let mut db = crate::support::bot::open_read_only(&path).await;
            sqlx::query_scalar::<_, i64>(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&mut db).await.unwrap()
        }
    };
    assert_eq!(left("undeleted_message").await, 0, "the retried message is still kept");
    assert_eq!(left("tracked_message").await, 0);
    bot.stop().await;
}

/// While another program holds the database's write lock, the bot cannot
/// keep her message in its inbox, so it does not take it from Telegram:
/// nothing is lost and nothing goes unrecorded. Once the lock goes she is
/// answered, and the quick exit deletes her message and the answer.
#[tokio::test(flavor = "multi_thread")]
async fn a_message_from_while_the_database_was_locked_waits_and_is_still_wiped() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat = 3951;
    start_in(&api, chat, "ru").await;
    let mut holder = SqliteConnection::connect(&format!("sqlite://{}", home.db_path().display())).await.unwrap();
    sqlx::query("BEGIN IMMEDIATE").execute(&mut holder).await.expect("hold the write lock");
    let answers = bot_messages(&api, chat).len();
    api.send_text(chat, chat as u64, "он проверяет мой телефон");
    let refused = |logs: &str| logs.contains("cannot keep updates in the inbox");
    api.wait_until(|_| refused(&home.logs()), DEFAULT_TIMEOUT).await.expect("the inbox refused the update");
    assert_eq!(bot_messages(&api, chat).len(), answers, "nothing was handled that could not be kept");
    sqlx::query("ROLLBACK").execute(&mut holder).await.unwrap();
    holder.close().await.unwrap();
    wait_messages(&api, chat, answers + 1).await;

    api.send_text(chat, chat as u64, "/exit");
    wait_only_decoys(&api, chat, &t("ru", "ui-decoy"), 1).await;
    bot.stop().await;
}

/// The quick exit while a screen of hers is still on its way (Telegram is
/// slow to answer): the screen arrives after the wipe has read what to
/// delete, and must not stay under the decoy for whoever checks her phone.
#[tokio::test(flavor = "multi_thread")]
async fn a_screen_still_on_its_way_at_the_quick_exit_does_not_stay() {
    use std::time::Duration;
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat = 3904;
    start_in(&api, chat, "ru").await;
    api.fail_next("sendMessage", 1, Fault::Delay(Duration::from_secs(2)));
    api.send_text(chat, chat as u64, "/menu");
    let slow = |a: &FakeApi| a.calls_of("sendMessage").into_iter().find(|c| c.fault.is_some());
    api.wait_until(|a| slow(a).is_some(), DEFAULT_TIMEOUT).await.unwrap();
    api.send_text(chat, chat as u64, "/exit");
    let decoy = t("ru", "ui-decoy");
    let decoy_shown = |a: &FakeApi| a.visible(chat).iter().any(|m| m.text.as_deref() == Some(decoy.as_str()));
    wait_chat(&api, chat, "the decoy", decoy_shown).await;
    // The slow screen lands after the decoy; then only the decoy is left.
    api.wait_until(|a| slow(a).is_some_and(|c| c.ok.is_some()), DEFAULT_TIMEOUT).await.unwrap();
    let only_decoy = |a: &FakeApi| {
        let left = a.visible(chat);
        left.len() == 1 && left[0].text.as_deref() == Some(decoy.as_str())
    };
    api.wait_until(only_decoy, DEFAULT_TIMEOUT).await.unwrap_or_else(|e| {
        let left: Vec<Option<String>> = api.visible(chat).into_iter().map(|m| m.text).collect();
        panic!("{e}: left in her chat {left:?}")
    });
    bot.stop().await;
}
