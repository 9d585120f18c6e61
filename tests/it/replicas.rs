//! Several `kadam run` replicas sharing one database and one token
//! (`KADAM_REPLICAS=shared`): one polls at a time under a lease, every one
//! handles updates from the shared inbox, a chat at a time, and a dead
//! poller is replaced within seconds. On the throwaway PostgreSQL server
//! (`support::postgres`), and on one SQLite file shared by two processes.

use std::{
    collections::HashMap,
    sync::Arc,
    time::{Duration, Instant},
};

use crate::support::{
    bot::{bot_messages, button, last_bot_text, start_in, t, user},
    fake_api::{DEFAULT_TIMEOUT, FakeApi},
    kadam::Home,
};

/// The languages of the walk, by their codes.
const LANGS: [&str; 4] = ["ru", "ky", "uz", "uz-Cyrl"];

/// One round of her walk: the label she presses and the screen it leads to.
fn round(lang: &str) -> Vec<(String, String)> {
    vec![
        (button(lang, "violence"), t(lang, "safety-check")),
        (t(lang, "ui-safety-yes"), t(lang, "violence")),
        (t(lang, "ui-back"), t(lang, "main")),
    ]
}

/// Walks `rounds` rounds, each press waiting for its screen; counts presses in `done`.
async fn walk(
    api: Arc<FakeApi>,
    chat: i64,
    lang: &'static str,
    rounds: usize,
    done: Arc<std::sync::atomic::AtomicUsize>,
) {
    for _ in 0..rounds {
        for (label, screen) in round(lang) {
            api.press_label(chat, chat as u64, &label);
            let reached = api.wait_until(|a| last_bot_text(a, chat) == screen, DEFAULT_TIMEOUT).await;
            if let Err(e) = reached {
                let calls: Vec<String> = api
                    .calls()
                    .iter()
                    .filter(|c| c.param_i64("chat_id") == Some(chat))
                    .map(|c| format!("{}({:?})", c.method, c.text().map(|t| t.chars().take(12).collect::<String>())))
                    .collect();
                panic!("chat {chat} ({lang}) never reached {screen:?}: {e}\nthe bot's calls there: {calls:?}");
            }
            done.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }
    }
}

/// The target: two replicas, 30 people walking the menus in four
/// languages, the polling replica SIGKILLed mid-walk. The other takes the
/// lease within 5 s; no press is lost or answered twice; every person ends
/// her walk where she should, in her language; at most 3 getUpdates
/// conflicts in the whole run.
#[tokio::test(flavor = "multi_thread")]
async fn two_replicas_one_killed_mid_walk_lose_no_press_on_postgres() {
    let Some(url) = crate::support::postgres::fresh_database().await else { return };
    one_killed_mid_walk(Home::new().on_postgres(url)).await;
}

/// The same with the replicas sharing one SQLite file, as two processes on
/// one machine may.
#[tokio::test(flavor = "multi_thread")]
async fn two_replicas_on_one_sqlite_file_one_killed_mid_walk_lose_no_press() {
    one_killed_mid_walk(Home::new()).await;
}

async fn one_killed_mid_walk(home: Home) {
    let api = Arc::new(FakeApi::start().await);
    // The first replica takes the polling lease: it is the one that polls.
    let a = home.start(&api, &[("KADAM_REPLICAS", "shared"), ("KADAM_LOG", "kadam=debug,info")]).await;
    let b = home.start_replica(&api, &[("KADAM_LOG", "kadam=debug,info")]).await;
    let people: Vec<(i64, &'static str)> = (0..30).map(|i| (4001 + i as i64, LANGS[i % LANGS.len()])).collect();
    for &(chat, lang) in &people {
        api.set_user(user(chat as u64, Some(lang)));
        start_in(&api, chat, lang).await;
    }

    let rounds = 3;
    let done = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let walks: Vec<_> =
        people.iter().map(|&(chat, lang)| tokio::spawn(walk(api.clone(), chat, lang, rounds, done.clone()))).collect();
    // Mid-walk: a third of the presses answered.
    let total = people.len() * rounds * 3;
    api.wait_until(|_| done.load(std::sync::atomic::Ordering::SeqCst) >= total / 3, DEFAULT_TIMEOUT)
        .await
        .expect("the walk got going");
    let polls_before = api.calls_of("getUpdates").len();
    let killed = Instant::now();
    a.kill().await;
    let taken_before_kill = api.handed_batches().iter().flatten().copied().max().unwrap_or_default();
    api.wait_until(|a| a.calls_of("getUpdates").len() > polls_before, DEFAULT_TIMEOUT)
        .await
        .expect("the other replica polls");
    let failover = killed.elapsed();
    for walk in walks {
        if let Err(e) = walk.await {
            // The replicas log at debug here: which took which update, which gave which chat up.
            let log = home.logs();
            let notable: Vec<&str> = log.lines().filter(|l| l.contains("replica") || l.contains("WARN")).collect();
            panic!("a walk failed: {e}\n--- log ---\n{}", notable.join("\n"));
        }
    }
    // The figure in docs/architecture.md comes from this line (run with --nocapture).
    println!("failover: the other replica polled {failover:?} after the SIGKILL; conflicts {}", api.conflicts());
    assert!(failover < Duration::from_secs(5), "the lease changed hands after {failover:?}");

    // A press is marked answered before its answer goes out, so no replica
    // answers it again: the presses the killed replica had marked and not
    // yet answered stop spinning by themselves on her phone. Each person
    // waits for her screen before she presses again, so that is at most one
    // press per person, all taken before the kill. They were handled all
    // the same (the walks went on). Every later press is answered.
    let unanswered: Vec<u32> = api
        .unanswered_callbacks()
        .iter()
        .map(|q| q.trim_start_matches("cbq-").parse().expect("the fake's query ids"))
        .collect();
    assert!(
        unanswered.len() <= people.len() && unanswered.iter().all(|&id| id <= taken_before_kill),
        "presses left spinning beyond the killed replica's last answers: {unanswered:?} (taken before the kill: up to {taken_before_kill})"
    );
    let mut answers: HashMap<String, usize> = HashMap::new();
    for call in api.calls_of("answerCallbackQuery") {
        *answers.entry(call.param_str("callback_query_id").unwrap_or_default()).or_default() += 1;
    }
    let twice: Vec<_> = answers.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "answered more than once: {twice:?}");
    for &(chat, lang) in &people {
        assert_eq!(last_bot_text(&api, chat), t(lang, "main"), "chat {chat} lost her place or her language");
    }
    assert!(api.conflicts() <= 3, "{} getUpdates conflicts", api.conflicts());
    b.stop().await;
    home.assert_on_its_backend();
}

/// The replica holding the polling lease, and the one holding `chat_key`'s
/// chat (`None` while nobody does), read from the shared database.
async fn holders(home: &Home) -> (Option<String>, Option<String>) {
    let mut db = home.connect_db().await;
    let lease = sqlx::query_scalar("SELECT holder FROM lease WHERE name = 'poll'").fetch_optional(&mut db).await;
    let claim = sqlx::query_scalar("SELECT holder FROM chat_claim").fetch_optional(&mut db).await;
    (lease.expect("read the lease"), claim.expect("read the claims"))
}

/// Her quick exit reaches replica B while replica A holds her chat, with
/// ten `/menu`s of hers queued behind Telegram's sending rate (each sends a
/// new menu). The exit raises her epoch in the database: A drops what it
/// holds of her chat and sends nothing more, and only the decoy is left.
#[tokio::test(flavor = "multi_thread")]
async fn a_quick_exit_through_one_replica_drops_what_the_other_holds() {
    let api = Arc::new(FakeApi::start().await);
    let home = Home::new();
    // The pipeline says at debug when it drops an update from before a wipe.
    let log = ("KADAM_LOG", "info,kadam::telegram::pipeline=debug");
    let throttled = [("KADAM_REPLICAS", "shared"), ("KADAM_THROTTLE", "telegram"), log];
    let a = home.start(&api, &throttled).await;
    let b = home.start_replica(&api, &throttled[1..]).await;
    let chat = 4101;
    start_in(&api, chat, "ru").await;
    for _ in 0..10 {
        api.send_text(chat, chat as u64, "/menu");
    }
    // Her chat is held by one replica; the exit must come in through the other.
    let deadline = Instant::now() + DEFAULT_TIMEOUT;
    loop {
        match holders(&home).await {
            (Some(polls), Some(holds)) if polls != holds => break,
            (Some(_), Some(_)) if api.conflicts() == 0 => {
                // As a second poller would: Telegram ends the holder's poll
                // with 409, it gives the lease up, the other replica polls.
                let bot = api.bot();
                tokio::spawn(async move {
                    use teloxide::{payloads::GetUpdatesSetters, prelude::Requester};
                    bot.get_updates().timeout(1).await
                });
            }
            _ => {}
        }
        assert!(Instant::now() < deadline, "the lease never went to the replica not holding her chat");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let main = t("ru", "main");
    let menus = |a: &FakeApi| bot_messages(a, chat).iter().filter(|m| m.text.as_deref() == Some(main.as_str())).count();
    assert!(menus(&api) < 11, "her /menus were still queued when she left");
    api.send_text(chat, chat as u64, "/exit");
    let decoy = t("ru", "ui-decoy");
    let only_decoy = |a: &FakeApi| {
        let left = a.visible(chat);
        left.len() == 1 && left[0].from_bot && left[0].text.as_deref() == Some(decoy.as_str())
    };
    api.wait_until(only_decoy, DEFAULT_TIMEOUT).await.unwrap_or_else(|e| panic!("her chat is not wiped: {e}"));
    // The replica holding her queued /menus drops them unhandled: it read
    // her epoch from the database (its own memory knows of no wipe).
    let dropped = "an update from before a wipe of its chat is dropped unhandled";
    api.wait_until(|_| home.logs().contains(dropped), DEFAULT_TIMEOUT)
        .await
        .unwrap_or_else(|e| panic!("the other replica never dropped her queued updates: {e}"));

    // Her next message is handled after the exit, in order, and answered
    // with one menu: whatever A still held of her chat was never shown.
    let mark = api.mark();
    api.send_text(chat, chat as u64, "/menu");
    api.wait_for_call(mark, |c| c.writes_to(chat) && c.text().as_deref() == Some(main.as_str()), DEFAULT_TIMEOUT)
        .await
        .expect("her /menu after the exit is answered");
    let seen = api.visible(chat);
    let texts: Vec<&str> = seen.iter().filter_map(|m| m.text.as_deref()).collect();
    assert_eq!(seen[0].text.as_deref(), Some(decoy.as_str()), "the decoy stays first: {texts:?}");
    assert_eq!(menus(&api), 1, "only the menu she asked for after the exit: {texts:?}");
    a.stop().await;
    b.stop().await;
}
