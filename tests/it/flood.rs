//! One person flooding the bot must not stall anyone else: while she sends
//! 400 messages in a burst, another woman's quick exit and a newcomer's
//! `/start` are answered at once, and the flooder is told once that she is
//! going too fast. Run with Telegram's real sending limits, under which a
//! flood used to fill teloxide's per-chat queue and block every chat.

use std::time::{Duration, Instant};

use crate::support::{
    bot::{bot_messages, button, start_in, t, wait_chat, wait_text},
    fake_api::FakeApi,
    kadam::Home,
};

/// The target docs/performance.md sets for both answers during the flood.
const TARGET: Duration = Duration::from_secs(2);

#[tokio::test(flavor = "multi_thread")]
async fn a_flood_from_one_chat_delays_neither_a_quick_exit_nor_a_newcomer() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[("KADAM_THROTTLE", "telegram")]).await;
    let (her, flooder, newcomer) = (3001, 3002, 3003);
    start_in(&api, her, "ru").await;
    api.press_label(her, her as u64, &button("ru", "violence"));
    wait_text(&api, her, &t("ru", "safety-check")).await;

    for i in 0..400 {
        api.send_text(flooder, flooder as u64, &format!("сообщение {i}"));
    }
    let started = Instant::now();
    api.send_text(her, her as u64, "/exit");
    api.send_text(newcomer, newcomer as u64, "/start");

    let decoy = t("ru", "ui-decoy");
    wait_chat(&api, her, "only the decoy", |a| {
        let left = a.visible(her);
        left.len() == 1 && left[0].text.as_deref() == Some(decoy.as_str())
    })
    .await;
    let exit_took = started.elapsed();
    wait_chat(&api, newcomer, "an answer to /start", |a| !bot_messages(a, newcomer).is_empty()).await;
    let start_took = started.elapsed();
    // The figures in docs/performance.md come from this line (run with --nocapture).
    println!("during a 400-message flood: quick exit {exit_took:?}, newcomer's /start {start_took:?}");
    assert!(exit_took < TARGET, "the quick exit took {exit_took:?}, the target is under {TARGET:?}");
    assert!(start_took < TARGET, "the newcomer's /start took {start_took:?}, the target is under {TARGET:?}");

    // She chose no language yet: the note comes in the default one.
    let too_fast: Vec<String> = ["ky", "ru", "uz"].iter().map(|l| t(l, "ui-note-too-fast")).collect();
    let told = |a: &FakeApi| {
        bot_messages(a, flooder).iter().filter(|m| m.text.as_ref().is_some_and(|x| too_fast.contains(x))).count()
    };
    wait_chat(&api, flooder, "the too-fast note", |a| told(a) >= 1).await;
    assert_eq!(told(&api), 1, "she is told once, not once per dropped message");
    bot.stop().await;
}
