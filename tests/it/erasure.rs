//! Deleted means erased: after `/forget` a unique comment she typed is in
//! none of the database's files (`secure_delete` zeroes freed pages, and the
//! WAL is checkpointed and truncated), while the bot is still running.

use crate::support::{
    bot::{button, start_in, t, wait_last, wait_text, wait_write},
    fake_api::FakeApi,
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

#[tokio::test(flavor = "multi_thread")]
async fn a_forgotten_comment_is_in_no_database_file() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat = 3601;
    start_in(&api, chat, "Русский").await;
    api.send_text(chat, chat as u64, "/start portal-login");
    wait_last(&api, chat, "step 1", |text| text.contains("Шаг 1 из 3")).await;
    for step in 2..=3 {
        api.press_label(chat, chat as u64, &t("ru", "ui-next"));
        let wanted = format!("Шаг {step} из 3");
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
    assert!(!files_holding(&home, comment.as_bytes()).is_empty(), "the comment was stored (the scan can find it)");

    api.send_text(chat, chat as u64, "/forget");
    wait_text(&api, chat, &t("ru", "forget")).await;
    api.press_label(chat, chat as u64, &t("ru", "ui-forget-yes"));
    let done = t("ru", "ui-forget-done");
    wait_last(&api, chat, "forget-done note", |text| text.starts_with(&done)).await;
    // Scanned while the bot runs: a clean stop would checkpoint anyway.
    assert_eq!(files_holding(&home, comment.as_bytes()), Vec::<String>::new(), "the comment's bytes remain");
    bot.stop().await;
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
    start_in(&api, chat, "Русский").await;
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
