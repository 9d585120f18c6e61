//! What the files and the logs on the server give away: who can read the
//! database and `.env`, a missing key next to a database full of rows, and
//! an update teloxide cannot parse.

use std::os::unix::fs::PermissionsExt;

use serde_json::json;

use crate::support::{
    bot::{start_in, wait_chat},
    fake_api::{DEFAULT_TIMEOUT, FakeApi},
    kadam::{Home, TEST_KEY},
};

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).permissions().mode() & 0o777
}

#[tokio::test(flavor = "multi_thread")]
async fn the_key_the_database_and_its_folder_are_the_owners_only() {
    let api = FakeApi::start().await;
    let home = Home::new();
    // A first start: no key yet, so one is made and written to .env.
    let mut first = home.command(&api);
    first.env_remove("KADAM_PSEUDONYM_KEY");
    let polls = api.calls_of("getUpdates").len();
    let mut child = first.spawn().expect("spawn kadam");
    api.wait_until(|a| a.calls_of("getUpdates").len() > polls, DEFAULT_TIMEOUT)
        .await
        .unwrap_or_else(|e| panic!("no polling: {e}\n{}", home.logs()));
    start_in(&api, 5101, "ru").await;
    let env = home.dir.path().join(".env");
    assert!(std::fs::read_to_string(&env).unwrap().contains("KADAM_PSEUDONYM_KEY="));
    assert_eq!(mode(&env), 0o600, ".env");
    assert_eq!(mode(home.db_path().parent().unwrap()), 0o700, "the database folder");
    for suffix in ["", "-wal", "-shm"] {
        let file = std::path::PathBuf::from(format!("{}{suffix}", home.db_path().display()));
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    let _ = std::process::Command::new("kill").args(["-TERM", &child.id().unwrap().to_string()]).status();
    child.wait().await.expect("stopped");

    // The key is lost, the rows are not: the bot refuses to make a new key.
    std::fs::remove_file(&env).unwrap();
    let mut again = home.command(&api);
    again.env_remove("KADAM_PSEUDONYM_KEY");
    let status = tokio::time::timeout(DEFAULT_TIMEOUT, again.status()).await.expect("exits").expect("runs");
    assert!(!status.success());
    let logs = home.logs();
    assert!(logs.contains("KADAM_PSEUDONYM_KEY is not set, but the database"), "{logs}");
    assert!(!env.exists(), "no new key was written");
}

/// `cp .env.example .env` leaves the token readable by every user of the
/// server (0644). `kadam run` closes it at start, and says so once: the
/// next start finds it closed and says nothing.
#[tokio::test(flavor = "multi_thread")]
async fn an_env_file_left_open_is_made_owner_only_at_start_and_said_once() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let env = home.dir.path().join(".env");
    std::fs::write(&env, "# copied from .env.example\nKADAM_LOG=info\n").unwrap();
    std::fs::set_permissions(&env, std::fs::Permissions::from_mode(0o644)).unwrap();
    let said = "it holds the token and the key, so it is now readable by its owner only (600)";
    let bot = home.start(&api, &[]).await;
    assert_eq!(mode(&env), 0o600, ".env after the start");
    assert_eq!(home.logs().matches(said).count(), 1, "{}", home.logs());
    bot.stop().await;
    let bot = home.start(&api, &[]).await;
    bot.stop().await;
    assert_eq!(home.logs().matches(said).count(), 1, "said once, not at every start:\n{}", home.logs());
}

/// The key may live in a file of its own (systemd credentials), away from
/// the database: nothing is generated into `.env` then. Both a key and a
/// key file are refused, since which key links the rows must not be a guess.
#[tokio::test(flavor = "multi_thread")]
async fn the_key_can_come_from_a_file_and_only_one_key_is_accepted() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let keys = tempfile::tempdir().unwrap();
    let key_file = keys.path().join("pseudonym-key");
    std::fs::write(&key_file, format!("{TEST_KEY}\n")).unwrap();
    let key_file = key_file.to_str().unwrap();
    let mut from_file = home.command(&api);
    from_file.env_remove("KADAM_PSEUDONYM_KEY").env("KADAM_PSEUDONYM_KEY_FILE", key_file);
    let polls = api.calls_of("getUpdates").len();
    let mut child = from_file.spawn().expect("spawn kadam");
    api.wait_until(|a| a.calls_of("getUpdates").len() > polls, DEFAULT_TIMEOUT)
        .await
        .unwrap_or_else(|e| panic!("no polling: {e}\n{}", home.logs()));
    start_in(&api, 5301, "ru").await;
    let _ = std::process::Command::new("kill").args(["-TERM", &child.id().unwrap().to_string()]).status();
    child.wait().await.expect("stopped");
    assert!(!home.dir.path().join(".env").exists(), "no key was generated beside the database");

    let mut both = home.command(&api);
    both.env("KADAM_PSEUDONYM_KEY_FILE", key_file);
    let status = tokio::time::timeout(DEFAULT_TIMEOUT, both.status()).await.expect("exits").expect("runs");
    assert!(!status.success());
    assert!(home.logs().contains("both KADAM_PSEUDONYM_KEY and KADAM_PSEUDONYM_KEY_FILE are set"), "{}", home.logs());
}

#[tokio::test(flavor = "multi_thread")]
async fn an_update_teloxide_cannot_parse_leaves_nothing_of_her_in_the_log() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    // A message teloxide cannot read (the id is not a number), full of her.
    // Her chat id has 13 digits and her coordinates 10 decimals, so neither
    // can turn up by chance in a log line's timestamp (at most 9 decimals),
    // a port or a size.
    let chat: i64 = 5_201_734_918_263;
    api.inject_raw(json!({"message": {
        "message_id": "not-a-number",
        "date": 1_790_000_000,
        "chat": {"id": chat, "type": "private", "first_name": "Гүлзадаunique"},
        "from": {"id": chat, "is_bot": false, "first_name": "Гүлзадаunique", "username": "gulzada_secret_77"},
        "text": "мой адрес ул. Секретная 17-unique",
        "location": {"latitude": 41.1234567891, "longitude": 75.6543219876}
    }}));
    // The bot keeps working for the next person; updates are handled in
    // order, so her answer means the unreadable one was handled before it.
    start_in(&api, 5202, "ru").await;
    wait_chat(&api, 5202, "an answer", |a| !a.visible(5202).is_empty()).await;
    bot.stop().await;
    let logs = home.logs();
    assert!(logs.contains("an update could not be read; skipped"), "the unreadable update was not seen:\n{logs}");
    let id = chat.to_string();
    for secret in ["Гүлзада", "gulzada_secret_77", "Секретная", "1234567891", "6543219876", id.as_str()]
    {
        assert!(!logs.contains(secret), "{secret} is in the log:\n{logs}");
    }
}
