//! The way an update takes through the Telegram shell: taken into the
//! inbox before Telegram is told it arrived, queued per chat in order, and
//! dropped unhandled when a quick exit of her chat came after it.

use std::{
    collections::HashMap,
    time::{Duration, Instant},
};

use crate::support::{
    bot::{
        bot_messages, button, last_bot_text, offers_lang, press_lang, start_in, t, user, wait_callbacks_answered,
        wait_chat, wait_text, wait_write,
    },
    fake_api::{DEFAULT_TIMEOUT, FakeApi, Fault},
    kadam::Home,
};

/// The target is 2 s; a loaded 2-core CI machine gets a margin.
const TARGET_UNDER_LOAD: Duration = Duration::from_secs(8);

/// She types six messages in a row and taps the quick exit while the bot is
/// still answering the first (Telegram's sending rate holds it back). The
/// exit does not wait for them, and none of them is answered after it: her
/// chat shows only the decoy, and nothing appears under it.
#[tokio::test(flavor = "multi_thread")]
async fn six_queued_texts_then_the_exit_leave_only_the_decoy() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[("KADAM_THROTTLE", "telegram")]).await;
    let chat = 3101;
    start_in(&api, chat, "ru").await;
    api.press_label(chat, chat as u64, &button("ru", "violence"));
    wait_text(&api, chat, &t("ru", "safety-check")).await;
    api.press_label(chat, chat as u64, &t("ru", "ui-safety-yes"));
    wait_text(&api, chat, &t("ru", "violence")).await;

    for i in 1..=6 {
        api.send_text(chat, chat as u64, &format!("он опять {i}"));
    }
    api.press_label(chat, chat as u64, &t("ru", "ui-quick-exit"));
    let decoy = t("ru", "ui-decoy");
    let only_decoy = |a: &FakeApi| {
        let left = a.visible(chat);
        left.len() == 1 && left[0].from_bot && left[0].text.as_deref() == Some(decoy.as_str())
    };
    wait_chat(&api, chat, "only the decoy", only_decoy).await;

    // Her next message is handled after the exit, in order: once it is
    // answered, anything the six would have caused would be there too.
    let mark = api.mark();
    api.send_text(chat, chat as u64, "/start");
    wait_write(&api, chat, mark).await;
    let seen = api.visible(chat);
    assert_eq!(seen[0].text.as_deref(), Some(decoy.as_str()), "the decoy stays first");
    let texts: Vec<&str> = seen.iter().filter_map(|m| m.text.as_deref()).collect();
    assert!(texts.iter().all(|t| !t.starts_with("он опять")), "her queued texts are gone: {texts:?}");
    assert_eq!(seen.len(), 3, "the decoy, her /start and its answer, nothing else: {texts:?}");
    let after_exit = api.calls().into_iter().skip_while(|c| c.text().as_deref() != Some(decoy.as_str())).skip(1);
    let use_buttons = t("ru", "ui-note-use-buttons");
    assert!(
        after_exit.filter(|c| c.writes_to(chat)).all(|c| !c.text().is_some_and(|t| t.starts_with(&use_buttons))),
        "no reply to the queued texts was even attempted"
    );
    bot.stop().await;
}

/// The bot is killed right after Telegram handed it a batch of 40 presses
/// and it confirmed them with the next poll. After the restart every press
/// is answered (from the inbox: Telegram will not send them again), and no
/// press is answered twice.
#[tokio::test(flavor = "multi_thread")]
async fn sigkill_right_after_a_batch_loses_no_press_and_answers_none_twice() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chats: Vec<i64> = (3201..3241).collect();
    for &chat in &chats {
        api.set_user(user(chat as u64, Some("ru")));
        api.send_text(chat, chat as u64, "/start");
    }
    api.wait_until(
        |a| chats.iter().all(|&c| bot_messages(a, c).last().is_some_and(|m| offers_lang(m, "ru"))),
        DEFAULT_TIMEOUT,
    )
    .await
    .expect("pickers");
    for &chat in &chats {
        press_lang(&api, chat, chat as u64, "ru");
    }
    let main = t("ru", "main");
    api.wait_until(|a| chats.iter().all(|&c| last_bot_text(a, c) == main), DEFAULT_TIMEOUT).await.expect("menus");

    api.hold_updates(true);
    let presses: Vec<u32> =
        chats.iter().map(|&chat| api.press_label(chat, chat as u64, &button("ru", "violence"))).collect();
    let newest = i64::from(*presses.iter().max().unwrap());
    api.hold_updates(false);
    // The batch is handed over, and the next poll confirms it to Telegram.
    api.wait_until(|a| a.offsets().iter().any(|&o| o > newest), DEFAULT_TIMEOUT).await.expect("the batch is confirmed");
    let batch = api.handed_batches().into_iter().find(|b| b.contains(&presses[0])).expect("handed over");
    assert_eq!(batch.len(), presses.len(), "the 40 presses went out as one batch");
    bot.kill().await;

    let bot = home.start(&api, &[]).await;
    api.wait_until(|a| a.unanswered_callbacks().is_empty(), DEFAULT_TIMEOUT)
        .await
        .unwrap_or_else(|e| panic!("presses lost: {:?}: {e}", api.unanswered_callbacks()));
    let safety = t("ru", "safety-check");
    api.wait_until(|a| chats.iter().all(|&c| last_bot_text(a, c) == safety), DEFAULT_TIMEOUT)
        .await
        .expect("every press was handled");
    let mut answers: HashMap<String, usize> = HashMap::new();
    for call in api.calls_of("answerCallbackQuery") {
        *answers.entry(call.param_str("callback_query_id").unwrap_or_default()).or_default() += 1;
    }
    let twice: Vec<_> = answers.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "answered more than once: {twice:?}");
    bot.stop().await;
}

/// A stranger adds the bot to a group of theirs and posts 400 messages
/// there. The bot leaves the group at once, says nothing in it, and a
/// newcomer's `/start` in a private chat is answered without waiting
/// behind the group. Run with Telegram's real sending limits.
#[tokio::test(flavor = "multi_thread")]
async fn a_strangers_group_is_left_at_once_and_nobody_waits_behind_it() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[("KADAM_THROTTLE", "telegram")]).await;
    let (group, stranger, newcomer) = (-100_555, 555, 3301);
    api.add_bot_to_group(group, stranger);
    for i in 0..400 {
        api.group_text(group, stranger, &format!("/start {i}"));
    }
    let started = Instant::now();
    api.send_text(newcomer, newcomer as u64, "/start");
    wait_chat(&api, newcomer, "an answer to /start", |a| !bot_messages(a, newcomer).is_empty()).await;
    let took = started.elapsed();
    // The figures in docs/performance.md come from this line (run with --nocapture).
    println!("during a stranger's 400-message group flood: newcomer's /start {took:?}");
    wait_chat(&api, group, "the bot leaving", |a| a.has_left(group)).await;
    assert!(took < TARGET_UNDER_LOAD, "a newcomer waited {took:?}");
    assert!(api.calls().iter().all(|c| !c.writes_to(group)), "the bot said something in the group");
    bot.stop().await;
}

/// 80 accounts write three times a second each (240 updates a second) for
/// a few seconds, under Telegram's real sending limits. Meanwhile a woman's
/// quick exit and a newcomer's `/start` are answered quickly, and ten
/// seconds after the load ends, with a long backlog still waiting, another
/// newcomer is answered quickly too.
#[tokio::test(flavor = "multi_thread")]
async fn eighty_accounts_delay_neither_a_quick_exit_nor_a_newcomer() {
    let api = std::sync::Arc::new(FakeApi::start().await);
    let home = Home::new();
    let bot = home.start(&api, &[("KADAM_THROTTLE", "telegram")]).await;
    let (her, newcomer, later) = (3401, 3402, 3403);
    start_in(&api, her, "ru").await;
    api.press_label(her, her as u64, &button("ru", "violence"));
    wait_text(&api, her, &t("ru", "safety-check")).await;

    let load = tokio::spawn({
        let api = api.clone();
        async move {
            let mut tick = tokio::time::interval(Duration::from_millis(50));
            // 12 updates every 50 ms: each of the 80 accounts about 3 a second.
            for round in 0..100_i64 {
                tick.tick().await;
                for k in 0..12 {
                    let account = 3500 + (round * 12 + k) % 80;
                    api.send_text(account, account as u64, &format!("привет {round}"));
                }
            }
        }
    });
    tokio::time::sleep(Duration::from_secs(2)).await;
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
    load.await.expect("the load");

    tokio::time::sleep(Duration::from_secs(10)).await;
    let after = Instant::now();
    api.send_text(later, later as u64, "/start");
    wait_chat(&api, later, "an answer to /start", |a| !bot_messages(a, later).is_empty()).await;
    let later_took = after.elapsed();
    // The figures in docs/performance.md come from this line (run with --nocapture).
    println!(
        "80 accounts at 240 updates/s: quick exit {exit_took:?}, newcomer's /start {start_took:?}; \
         10 s after: newcomer's /start {later_took:?}"
    );
    assert!(exit_took < TARGET_UNDER_LOAD, "the quick exit took {exit_took:?}");
    assert!(start_took < TARGET_UNDER_LOAD, "a newcomer waited {start_took:?}");
    assert!(later_took < TARGET_UNDER_LOAD, "10 s after the load a newcomer waited {later_took:?}");
    bot.stop().await;
}

/// A screen reaches her chat but the answer is lost on the way back (the
/// connection resets): the bot cannot know the message exists. The send is
/// in doubt, so the quick exit still deletes that copy: only the decoy is
/// left.
#[tokio::test(flavor = "multi_thread")]
async fn a_send_in_doubt_is_still_wiped() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[]).await;
    let chat = 3601;
    start_in(&api, chat, "ru").await;
    api.fail_next("sendMessage", 1, Fault::DeliverThenDrop);
    let mark = api.mark();
    api.send_text(chat, chat as u64, "/menu");
    api.wait_until(|a| a.faults_served().iter().any(|(_, f)| *f == Fault::DeliverThenDrop), DEFAULT_TIMEOUT)
        .await
        .expect("the fault was met");
    wait_write(&api, chat, mark).await;
    let main = t("ru", "main");
    wait_chat(&api, chat, "the menu, delivered unseen", |a| {
        a.visible(chat).iter().filter(|m| m.text.as_deref() == Some(main.as_str())).count() >= 2
    })
    .await;

    api.send_text(chat, chat as u64, "/exit");
    let decoy = t("ru", "ui-decoy");
    wait_chat(&api, chat, "only the decoy", |a| {
        let left = a.visible(chat);
        left.len() == 1 && left[0].text.as_deref() == Some(decoy.as_str())
    })
    .await;
    bot.stop().await;
}

/// Forty presses at about eight a second under Telegram's limits: every
/// spinner stops, also for the presses her queue's bound drops.
#[tokio::test(flavor = "multi_thread")]
async fn every_press_of_a_burst_is_answered() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = home.start(&api, &[("KADAM_THROTTLE", "telegram")]).await;
    let chat = 3701;
    start_in(&api, chat, "ru").await;
    let menu = bot_messages(&api, chat).last().expect("the main menu").clone();
    let (_, data) = menu.keyboard.iter().flatten().find(|(_, d)| d.contains(":g:")).expect("a menu button").clone();
    for _ in 0..40 {
        api.press_raw(chat, chat as u64, menu.id, &data);
        tokio::time::sleep(Duration::from_millis(125)).await;
    }
    wait_callbacks_answered(&api).await;
    bot.stop().await;
}
