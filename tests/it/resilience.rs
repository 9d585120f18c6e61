//! Resilience of `kadam run` end to end: a SIGKILL in the middle of a load,
//! a Telegram that answers 429, 502, slowly or not at all, and a database
//! that cannot be created or is locked by another process. What is checked
//! is what a person or an operator would notice: nobody is sent back to the
//! start, no update is answered twice or not at all, the bot keeps running,
//! errors are worded for the operator, and the database stays sound.

use std::{
    path::Path,
    process::Stdio,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use kadam::dialogue::engine::State;
use sqlx::{Connection, Row, SqliteConnection};

use crate::support::{
    bot::{
        bot_messages, last_bot_text, offers_lang, open_read_only, press_lang, t, user, wait_messages, wait_text,
        wait_write,
    },
    fake_api::{DEFAULT_TIMEOUT, FakeApi, Fault, SeenMessage, TOKEN},
    kadam::{Home, TEST_KEY},
};

/// `PRAGMA integrity_check` on the file, from a connection of our own.
async fn integrity(db: &Path) -> String {
    let mut conn = SqliteConnection::connect(&format!("sqlite://{}", db.display())).await.expect("open the database");
    let row = sqlx::query("PRAGMA integrity_check").fetch_one(&mut conn).await.expect("integrity_check");
    row.get(0)
}

/// Every stored dialogue state, by pseudonym, parsed strictly: a state that
/// does not parse would make the bot start the person over.
async fn stored_states(db: &Path) -> Vec<State> {
    let mut conn = open_read_only(db).await;
    let rows = sqlx::query("SELECT state FROM dialogue_state").fetch_all(&mut conn).await.expect("select");
    rows.iter()
        .map(|r| {
            let json: String = r.get(0);
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("stored state {json} does not parse: {e}"))
        })
        .collect()
}

async fn feedback_records(db: &Path, person: &str) -> i64 {
    let mut conn = open_read_only(db).await;
    sqlx::query_scalar("SELECT COUNT(*) FROM feedback WHERE person = ?")
        .bind(person)
        .fetch_one(&mut conn)
        .await
        .expect("count")
}

/// The newest bot message with buttons, and a button on it that moves the
/// person on without leaving (no quick exit, no /forget, no language change).
fn next_press(api: &FakeApi, chat: i64, round: usize) -> Option<(i32, String)> {
    let message = bot_messages(api, chat).into_iter().rev().find(|m| !m.keyboard.is_empty())?;
    let choices: Vec<String> = message
        .keyboard
        .iter()
        .flatten()
        .map(|(_, data)| data.clone())
        .filter(|d| {
            let language = d.contains(":l:") || d.ends_with(":g:language");
            d.contains(':') && !d.ends_with(":x") && !d.ends_with(":f") && !language
        })
        .collect();
    (!choices.is_empty()).then(|| (message.id, choices[round % choices.len()].clone()))
}

/// Waits until the bot has handled every update of `chat` so far, and then
/// one more: a press with data the bot does not know, on her first message.
/// The bot handles one chat's updates in order, so when that press's answer
/// (her current screen redrawn with a note) is written, everything before
/// it is done. The press's spinner is stopped too.
async fn catch_up(api: &FakeApi, chat: i64) {
    let first = bot_messages(api, chat).first().expect("a bot message to press on").id;
    let mark = api.mark();
    let update = api.press_raw(chat, chat as u64, first, "not-ours");
    let query = api.updates().into_iter().find(|u| u["update_id"] == update).expect("injected")["callback_query"]["id"]
        .as_str()
        .expect("a query id")
        .to_owned();
    let stale = t("ru", "ui-note-stale-button");
    let redraws =
        |c: &crate::support::fake_api::Call| c.writes_to(chat) && c.text().is_some_and(|text| text.starts_with(&stale));
    api.wait_for_call(mark, redraws, DEFAULT_TIMEOUT)
        .await
        .unwrap_or_else(|e| panic!("chat {chat}: the bot did not catch up: {e}"));
    let answers_it = |c: &crate::support::fake_api::Call| {
        c.method == "answerCallbackQuery" && c.param_str("callback_query_id").as_deref() == Some(query.as_str())
    };
    api.wait_for_call(mark, answers_it, DEFAULT_TIMEOUT)
        .await
        .unwrap_or_else(|e| panic!("chat {chat}: the press was not answered: {e}"));
}

fn assert_no_panic(home: &Home) {
    let logs = home.logs();
    assert!(!logs.contains("panicked"), "kadam panicked:\n{logs}");
}

#[tokio::test(flavor = "multi_thread")]
async fn sigkill_mid_load_loses_no_dialogue_and_leaves_a_sound_database() {
    let api = Arc::new(FakeApi::start().await);
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chats: Vec<i64> = (7001..=7024).collect();
    // Each step waits for the very answers it needs: on a loaded machine a
    // burst of 24 people takes as long as it takes.
    let shows = |api: &FakeApi, chat: i64, label: &str| {
        bot_messages(api, chat).last().is_some_and(|m| m.labels().contains(&label))
    };
    for &chat in &chats {
        api.set_user(user(chat as u64, Some("ru")));
        api.send_text(chat, chat as u64, "/start");
    }
    api.wait_until(
        |api| chats.iter().all(|&c| bot_messages(api, c).last().is_some_and(|m| offers_lang(m, "ru"))),
        DEFAULT_TIMEOUT,
    )
    .await
    .expect("pickers");
    for &chat in &chats {
        press_lang(&api, chat, chat as u64, "ru");
    }
    let main = t("ru", "main");
    api.wait_until(|api| chats.iter().all(|&c| last_bot_text(api, c) == main), DEFAULT_TIMEOUT).await.expect("menus");
    // A third of them are giving feedback: each has rated and is about to
    // say yes to keeping it when the load begins.
    let givers: Vec<i64> = chats.iter().copied().filter(|c| c % 3 == 0).collect();
    for &chat in &givers {
        api.send_text(chat, chat as u64, "/feedback");
    }
    let partly = t("ru", "feedback-partly");
    api.wait_until(|api| givers.iter().all(|&c| shows(api, c, &partly)), DEFAULT_TIMEOUT).await.expect("questions");
    for &chat in &givers {
        api.press_label(chat, chat as u64, &partly);
    }
    let consent = t("ru", "feedback-consent");
    api.wait_until(|api| givers.iter().all(|&c| last_bot_text(api, c) == consent), DEFAULT_TIMEOUT)
        .await
        .expect("consent notices");

    // Everyone else keeps tapping through the menus without waiting for
    // answers, as a crowd does, and the givers say yes one after another,
    // until the bot is killed in the middle of it.
    let calls_before = api.calls().len();
    let stop = Arc::new(AtomicBool::new(false));
    let load = tokio::spawn({
        let (api, stop, chats, givers) = (api.clone(), stop.clone(), chats.clone(), givers.clone());
        async move {
            for round in 0..400 {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                if let Some(&chat) = givers.get(round) {
                    api.press_label(chat, chat as u64, &t("ru", "feedback-consent-yes"));
                }
                for &chat in chats.iter().filter(|c| !givers.contains(c)) {
                    match next_press(&api, chat, round) {
                        Some((message, data)) => api.press_raw(chat, chat as u64, message, &data),
                        None => api.send_text(chat, chat as u64, "/menu"),
                    };
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }
    });
    api.wait_until(|api| api.calls().len() >= calls_before + 120, DEFAULT_TIMEOUT)
        .await
        .expect("the bot works through the load");
    let pid = bot.pid().expect("running");
    bot.kill().await;
    assert!(!Path::new(&format!("/proc/{pid}")).exists(), "killed outright");
    stop.store(true, Ordering::SeqCst);
    load.await.expect("load task");

    // Telegram keeps what was not confirmed; the restarted bot picks it up.
    let bot = home.start(&api, &[]).await;
    for &chat in &chats {
        catch_up(&api, chat).await;
    }
    let states = stored_states(&home.db_path()).await;
    assert_eq!(states.len(), chats.len(), "one state per person, none lost, none doubled");
    for state in &states {
        assert_eq!(state.lang.as_ref().map(|l| l.code()), Some("ru"), "nobody is sent back to the language picker");
        assert!(state.at.is_some(), "everybody is somewhere: {state:?}");
    }

    // No consented feedback lost, none doubled. A "yes" the bot had taken
    // from Telegram but not yet handled when it died is gone with it (Telegram
    // does not send it again), and she was not thanked: she taps yes again,
    // as she would. One she was thanked for, or that was stored just before
    // the crash, must be there exactly once. The thanks replaces the consent
    // notice in its message, which nothing later edits.
    let key = kadam::pseudonym::PseudonymKey::from_hex(TEST_KEY).expect("test key");
    let comment = t("ru", "feedback-comment");
    for &chat in &givers {
        let person = key.pseudonym(chat);
        let thanked = bot_messages(&api, chat).iter().any(|m| m.text.as_deref() == Some(comment.as_str()));
        let stored = feedback_records(&home.db_path(), &person).await;
        assert!(stored <= 1, "chat {chat}: {stored} records for one yes");
        if thanked {
            assert_eq!(stored, 1, "chat {chat} was thanked, so her feedback is stored");
        } else if stored == 0 {
            api.press_label(chat, chat as u64, &t("ru", "feedback-consent-yes"));
            wait_text(&api, chat, &comment).await;
        }
        assert_eq!(feedback_records(&home.db_path(), &person).await, 1, "chat {chat}: exactly one record");
    }

    // Everyone carries on from where she was.
    let error_note = t("ru", "ui-note-error");
    for (round, &chat) in chats.iter().enumerate() {
        let mark = api.mark();
        // Givers are somewhere in the feedback form; they go to the menu.
        match next_press(&api, chat, round).filter(|_| !givers.contains(&chat)) {
            Some((message, data)) => api.press_raw(chat, chat as u64, message, &data),
            None => api.send_text(chat, chat as u64, "/menu"),
        };
        // She is caught up, so the first answer after this is to this update.
        let text = wait_write(&api, chat, mark).await.text().unwrap_or_default();
        assert!(!text.contains(&error_note), "chat {chat} got the error note: {text}");
        assert!(!text.contains(&t("ru", "language")), "chat {chat} was sent back to the language picker: {text}");
    }
    bot.stop().await;
    assert_eq!(integrity(&home.db_path()).await, "ok");
    assert_no_panic(&home);
}

#[tokio::test(flavor = "multi_thread")]
async fn telegram_faults_delay_answers_but_never_lose_or_double_them() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let mut bot = home.start(&api, &[]).await;
    let chat = 7101;
    api.set_user(user(7101, Some("ru")));
    api.send_text(chat, 7101, "/start");
    wait_messages(&api, chat, 1).await;
    press_lang(&api, chat, 7101, "ru");
    wait_text(&api, chat, &t("ru", "main")).await;
    let menu = bot_messages(&api, chat).last().expect("the main menu").clone();
    // The fake shows an edit before it records the call's outcome: wait for
    // every call so far to have one, or the picker's edit would be counted
    // as an answer to the press below.
    api.wait_until(
        |a| a.calls_of("editMessageText").iter().chain(&a.calls_of("sendMessage")).all(|c| c.ok.is_some()),
        DEFAULT_TIMEOUT,
    )
    .await
    .expect("the calls so far are finished");
    let mut replies = api.replies();
    let sent_before = successes(&api, "sendMessage");
    let edits_before = successes(&api, "editMessageText");

    // Fetching updates: a hang-up, then flood control. teloxide's polling
    // waits (1 s, then retry_after) and asks again from the same offset.
    api.fail_next("getUpdates", 1, Fault::Drop);
    api.fail_next("getUpdates", 1, Fault::TooManyRequests { retry_after: 1 });
    // Sending: flood control, a hang-up, a slow answer and one 502 (after
    // which teloxide itself sleeps 10 s), each retried by `send::retrying`.
    api.fail_next("sendMessage", 1, Fault::TooManyRequests { retry_after: 1 });
    api.fail_next("sendMessage", 1, Fault::Drop);
    api.fail_next("sendMessage", 1, Fault::Delay(Duration::from_millis(500)));
    api.fail_next("sendMessage", 1, Fault::ServerError(502));
    api.fail_next("answerCallbackQuery", 1, Fault::Drop);
    // A slow answer is still an answer, so it comes last in each list.
    api.fail_next("editMessageText", 1, Fault::Drop);
    api.fail_next("editMessageText", 1, Fault::Delay(Duration::from_millis(300)));

    api.send_text(chat, 7101, "/help");
    api.send_text(chat, 7101, "/menu");
    let (_, data) = menu.keyboard.iter().flatten().find(|(_, d)| d.contains(":g:")).expect("a menu button").clone();
    api.press(chat, 7101, menu.id, &data);
    api.wait_until(|api| api.faults_served().len() == 9, Duration::from_secs(30)).await.expect("every fault was met");
    // teloxide sleeps 10 s after a 5xx before it even returns the error, so
    // the bot is silent for a while.
    api.wait_until(
        |api| successes(api, "sendMessage") >= sent_before + 2 && successes(api, "editMessageText") > edits_before,
        DEFAULT_TIMEOUT,
    )
    .await
    .expect("every update is answered in the end");
    // And it keeps working normally afterwards. This /help is handled only
    // after the three updates before it, retries and all, so once it is
    // answered nothing more of theirs can come.
    let mark = api.mark();
    api.send_text(chat, 7101, "/help");
    assert_eq!(wait_write(&api, chat, mark).await.text(), Some(t("ru", "help")));

    assert!(bot.is_running(), "kadam survived the faults");
    assert_eq!(successes(&api, "sendMessage") - sent_before, 3, "/help, /menu and /help answered once each");
    assert_eq!(successes(&api, "editMessageText") - edits_before, 1, "the press answered once");
    assert!(api.unanswered_callbacks().is_empty(), "the spinner was stopped despite the hang-up");
    let texts: Vec<String> =
        bot_messages(&api, chat).iter().filter_map(|m| m.text_or_caption().map(str::to_owned)).collect();
    assert!(texts.iter().any(|x| x == &t("ru", "help")), "{texts:#?}");
    assert!(texts.iter().any(|x| x == &t("ru", "main")), "{texts:#?}");
    // Each update reached the chat exactly once: three new screens, one edit.
    let mut seen = vec![];
    while let Ok(reply) = replies.try_recv() {
        assert_eq!(reply.chat_id, chat);
        assert!(!reply.callbacks.is_empty() && reply.at.elapsed() < Duration::from_secs(120));
        seen.push(reply.message_id);
    }
    assert_eq!(seen.len(), 4, "replies to message ids {seen:?}");
    assert_eq!(seen.iter().filter(|&&id| id == menu.id).count(), 1, "one edit of the pressed menu");
    let pressed: SeenMessage = api.message(chat, menu.id).expect("still there");
    assert!(pressed.edited && pressed.text != menu.text, "the pressed menu shows its target");
    bot.stop().await;
    assert_no_panic(&home);
}

/// Calls of a method that Telegram answered with success.
fn successes(api: &FakeApi, method: &str) -> usize {
    api.calls_of(method).iter().filter(|c| c.ok == Some(true)).count()
}

/// `kadam run` with `database_url`, expected to refuse to start: its stderr.
async fn failed_start(database_url: &str) -> String {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_kadam"))
        .arg("run")
        .current_dir(dir.path())
        .env_clear()
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", api.url().as_str())
        .env("DATABASE_URL", database_url)
        .env("KADAM_CONTENT_DIR", env!("CARGO_MANIFEST_DIR"))
        .env("KADAM_PSEUDONYM_KEY", TEST_KEY)
        .env("KADAM_WATCH_CONTENT", "false")
        .stdin(Stdio::null())
        .kill_on_drop(true)
        .output();
    let out = tokio::time::timeout(Duration::from_secs(25), out).await.expect("kadam gives up in time").expect("run");
    assert!(!out.status.success(), "kadam started on {database_url}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_database_path_that_cannot_be_written_is_a_clear_startup_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Root ignores file permissions, so use a path no one can create: a
    // folder below a regular file.
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, "").expect("write");
    let err = failed_start(&format!("sqlite://{}/kadam.db", file.display())).await;
    assert!(err.contains("is a file, not a folder"), "{err}");
    assert!(err.contains("not-a-folder"), "the message names the path: {err}");

    // A folder where the database file should be.
    let folder = dir.path().join("kadam.db");
    std::fs::create_dir(&folder).expect("mkdir");
    let err = failed_start(&format!("sqlite://{}", folder.display())).await;
    assert!(err.contains("cannot open the database") && err.contains("kadam.db"), "{err}");
}

/// A PostgreSQL server that cannot be reached stops kadam at once with a
/// message naming the database, never its password.
#[tokio::test(flavor = "multi_thread")]
async fn an_unreachable_postgres_is_a_clear_startup_error_without_the_password() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let err = failed_start(&format!("postgres://kadam:hunter2-secret@127.0.0.1:{port}/kadam")).await;
    assert!(
        err.contains(&format!("cannot connect to the database postgres://kadam:***@127.0.0.1:{port}/kadam")),
        "{err}"
    );
    assert!(!err.contains("hunter2"), "the password is shown: {err}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_database_locked_by_another_process_is_reported_and_survived() {
    // At startup: a new database that another program holds locked cannot be
    // set up; kadam says so instead of hanging.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("locked.db");
    let mut holder = SqliteConnection::connect(&format!("sqlite://{}?mode=rwc", path.display())).await.expect("open");
    sqlx::query("PRAGMA locking_mode = EXCLUSIVE").execute(&mut holder).await.expect("pragma");
    sqlx::query("CREATE TABLE other_program (x)").execute(&mut holder).await.expect("take the lock");
    let err = failed_start(&format!("sqlite://{}", path.display())).await;
    assert!(err.contains("locked"), "{err}");
    drop(holder);

    // At run time: the bot keeps running and takes nothing it cannot keep
    // in its inbox (it stays with Telegram); once the lock is gone, her
    // message is answered.
    let api = FakeApi::start().await;
    let home = Home::new();
    let mut bot = home.start(&api, &[]).await;
    let chat = 7201;
    api.set_user(user(7201, Some("ru")));
    api.send_text(chat, 7201, "/start");
    wait_messages(&api, chat, 1).await;
    press_lang(&api, chat, 7201, "ky");
    wait_text(&api, chat, &t("ky", "main")).await;

    let mut holder = SqliteConnection::connect(&format!("sqlite://{}", home.db_path().display())).await.expect("open");
    sqlx::query("BEGIN IMMEDIATE").execute(&mut holder).await.expect("hold the write lock");
    api.send_text(chat, 7201, "/help");
    let refused = |logs: &str| logs.contains("cannot keep updates in the inbox");
    api.wait_until(|_| refused(&home.logs()), DEFAULT_TIMEOUT).await.expect("the inbox refused the update");
    assert!(bot.is_running());
    sqlx::query("ROLLBACK").execute(&mut holder).await.expect("release the lock");
    drop(holder);

    // Works again once the lock is gone, and the waiting message is answered.
    wait_text(&api, chat, &t("ky", "help")).await;
    bot.stop().await;
    assert_eq!(integrity(&home.db_path()).await, "ok");
    assert!(home.logs().contains("database is locked"), "the log names the cause");
    assert_no_panic(&home);
}
