//! Webinars through the real bot with a steered clock: reminders fire at the
//! right moment in Bishkek time, stop, `/forget` and the quick exit cancel
//! them, a violence-topic reminder names no topic, and chat ids are stored
//! only sealed.

use std::path::PathBuf;

use kadam::dialogue::staff_text::Msg;
use time::macros::datetime;

use crate::support::{
    bot::{CONTENT, bot_messages, open_read_only, start_in, t, t_with, wait_chat, wait_last, wait_text, wait_write},
    content_dir::{copy_dir, repo_root},
    fake_api::{FakeApi, Fault},
    kadam::Home,
};

/// The shipped content with its example webinars published: they are
/// drafts (`draft = true`), which nobody sees, until staff delete the line.
fn published_content() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("content");
    for sub in ["dialogues", "locales"] {
        copy_dir(&repo_root().join(sub), &root.join(sub));
    }
    let webinars = root.join("dialogues/webinars.toml");
    let toml = std::fs::read_to_string(&webinars).unwrap();
    assert!(toml.contains("\ndraft = true\n"), "the shipped examples are drafts");
    std::fs::write(&webinars, toml.replace("\ndraft = true\n", "\n")).unwrap();
    (dir, root)
}

/// [`published_content`] plus a webinar that starts half an hour after
/// midnight in Bishkek, so its hour-before reminder falls on the day before
/// (in Bishkek; in UTC both are the same day).
fn night_content() -> (tempfile::TempDir, PathBuf) {
    let (dir, root) = published_content();
    let webinars = root.join("dialogues/webinars.toml");
    let mut toml = std::fs::read_to_string(&webinars).unwrap();
    toml.push_str(
        "\n[[webinar]]\nid = \"night-test\"\nstart = 2026-12-17T00:30:00\nduration = 60\nlanguages = [\"ru\"]\ntopic = \"services\"\n",
    );
    std::fs::write(&webinars, toml).unwrap();
    for lang in ["ky", "ru", "uz"] {
        let ftl = root.join(format!("locales/{lang}/webinars.ftl"));
        let mut text = std::fs::read_to_string(&ftl).unwrap();
        text.push_str("\nwebinar-night-test = Ночной тест\n    .about = Проверка.\n");
        std::fs::write(&ftl, text).unwrap();
    }
    (dir, root)
}

async fn reminders(home: &Home) -> Vec<(String, String, Vec<u8>)> {
    let mut conn = home.connect_db().await;
    sqlx::query_as("SELECT webinar, kind, chat FROM webinar_reminder ORDER BY id").fetch_all(&mut conn).await.unwrap()
}

async fn count(home: &Home, table: &str) -> i64 {
    let mut conn = home.connect_db().await;
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&mut conn).await.unwrap()
}

fn sent_texts(api: &FakeApi, chat: i64) -> Vec<String> {
    api.calls_of("sendMessage")
        .into_iter()
        .filter(|c| c.param_i64("chat_id") == Some(chat))
        .filter_map(|c| c.text())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reminder_fires_at_the_right_moment_in_bishkek_across_midnight() {
    let (_keep, content) = night_content();
    reminder_across_midnight(Home::with_content(&content)).await;
}

/// The same on PostgreSQL: reminders stored, due and deleted there.
#[tokio::test(flavor = "multi_thread")]
async fn a_reminder_fires_at_the_right_moment_in_bishkek_across_midnight_on_postgres() {
    let Some(url) = crate::support::postgres::fresh_database().await else { return };
    let (_keep, content) = night_content();
    reminder_across_midnight(Home::with_content(&content).on_postgres(url)).await;
}

async fn reminder_across_midnight(home: Home) {
    let api = FakeApi::start().await;
    home.set_clock(datetime!(2026-12-16 12:00 +6).unix_timestamp());
    let bot = home.start(&api, &[]).await;
    let chat = 5_123_456_789;
    start_in(&api, chat, "ru").await;
    api.send_text(chat, chat as u64, "/start webinar-night-test");
    let screen = wait_last(&api, chat, "the webinar's screen", |text| text.starts_with("Ночной тест")).await;
    let tomorrow = t_with("ru", "webinar-when-tomorrow", &[("time", "00:30")]);
    assert!(screen.contains(&tomorrow), "tomorrow in Bishkek, though the same day in UTC: {screen}");
    api.press_label(chat, chat as u64, &t("ru", "webinar-remind"));
    let reminding = t("ru", "webinar-reminding");
    wait_last(&api, chat, "the reminder promise", |text| text.starts_with(&reminding)).await;

    // A day before is already past at noon: an hour before, and afterwards.
    let rows = reminders(&home).await;
    let kinds: Vec<&str> = rows.iter().map(|(_, kind, _)| kind.as_str()).collect();
    assert_eq!(kinds, ["hour", "after"]);
    for (_, _, sealed) in &rows {
        for needle in [chat.to_string().into_bytes(), chat.to_be_bytes().to_vec(), chat.to_le_bytes().to_vec()] {
            assert!(!sealed.windows(needle.len()).any(|w| w == needle), "the chat id is stored in the clear");
        }
    }

    // A minute early: nothing yet (the /menu answer shows the bot is awake).
    home.set_clock(datetime!(2026-12-16 23:29 +6).unix_timestamp());
    let mark = api.mark();
    api.send_text(chat, chat as u64, "/menu");
    wait_write(&api, chat, mark).await;
    let reminder = reminder_mark();
    assert!(!sent_texts(&api, chat).iter().any(|text| text.starts_with(&reminder)));

    home.set_clock(datetime!(2026-12-16 23:30 +6).unix_timestamp());
    let when = t_with("ru", "webinar-when-tomorrow", &[("time", "00:30")]);
    let expected = t_with("ru", "webinar-reminder-named", &[("title", "Ночной тест"), ("when", &when)]);
    wait_text(&api, chat, &expected).await;
    let shown = bot_messages(&api, chat).pop().unwrap();
    assert_eq!(shown.labels(), [t("ru", "webinar-more"), t("ru", "webinar-stop")]);
    let left: Vec<String> = reminders(&home).await.into_iter().map(|(_, kind, _)| kind).collect();
    assert_eq!(left, ["after"], "deleted on sending");

    api.press_label(chat, chat as u64, &t("ru", "webinar-stop"));
    wait_text(&api, chat, &t("ru", "webinar-stopped")).await;
    assert!(reminders(&home).await.is_empty(), "stop cancels every pending reminder");
    assert_eq!(sent_texts(&api, chat).iter().filter(|text| text.starts_with(&reminder)).count(), 1);
    bot.stop().await;
    home.assert_on_its_backend();
}

/// Answers "was it useful?" after a webinar with "yes" and consent; returns
/// the topics of the feedback stored.
async fn rate(api: &FakeApi, home: &Home, chat: i64) -> Vec<String> {
    api.press_label(chat, chat as u64, &crate::support::bot::button("ru", "feedback"));
    wait_text(api, chat, &t("ru", "feedback")).await;
    api.press_label(chat, chat as u64, &t("ru", "feedback-yes"));
    wait_text(api, chat, &t("ru", "feedback-consent")).await;
    api.press_label(chat, chat as u64, &t("ru", "feedback-consent-yes"));
    wait_text(api, chat, &t("ru", "feedback-comment")).await;
    let mut conn = open_read_only(&home.db_path()).await;
    sqlx::query_scalar("SELECT topic FROM feedback").fetch_all(&mut conn).await.unwrap()
}

/// A services webinar is rated under its own topic, `webinar-<id>`, so
/// coordinators see each webinar's ratings in `kadam stats`.
#[tokio::test(flavor = "multi_thread")]
async fn a_services_webinar_is_rated_on_its_own() {
    let api = FakeApi::start().await;
    let (_keep, content) = published_content();
    let home = Home::with_content(&content);
    home.set_clock(datetime!(2026-12-10 10:00 +6).unix_timestamp());
    let bot = home.start(&api, &[]).await;
    let chat = 5_123_400_002;
    ask_reminder(&api, chat).await;
    home.set_clock(datetime!(2026-12-16 16:15 +6).unix_timestamp());
    wait_text(&api, chat, &t("ru", "webinar-after")).await;
    assert_eq!(rate(&api, &home, chat).await, ["webinar-portal-basics"]);
    bot.stop().await;
    let out =
        crate::support::kadam::cli(home.dir.path(), &format!("sqlite://{}", home.db_path().display()), &["stats"], &[]);
    let stats = String::from_utf8_lossy(&out.stdout);
    assert!(stats.contains("portal-basics: reminders requested <5, rated <5 (helpful <5)"), "{stats}");
}

/// Asks for a reminder of the shipped example `portal-basics` in `chat`.
async fn ask_reminder(api: &FakeApi, chat: i64) {
    start_in(api, chat, "ru").await;
    api.send_text(chat, chat as u64, "/start webinar-portal-basics");
    wait_last(api, chat, "the webinar's screen", |text| text.starts_with(&title("portal-basics"))).await;
    api.press_label(chat, chat as u64, &t("ru", "webinar-remind"));
    let reminding = t("ru", "webinar-reminding");
    wait_last(api, chat, "the reminder promise", |text| text.starts_with(&reminding)).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn forget_and_the_quick_exit_cancel_reminders_and_news() {
    let (_keep, content) = published_content();
    cancel_reminders_and_news(Home::with_content(&content)).await;
}

/// The same on PostgreSQL: the webinar flow, `/forget` and the quick exit
/// (with their VACUUM) through the real bot.
#[tokio::test(flavor = "multi_thread")]
async fn forget_and_the_quick_exit_cancel_reminders_and_news_on_postgres() {
    let Some(url) = crate::support::postgres::fresh_database().await else { return };
    let (_keep, content) = published_content();
    cancel_reminders_and_news(Home::with_content(&content).on_postgres(url)).await;
}

async fn cancel_reminders_and_news(home: Home) {
    let api = FakeApi::start().await;
    home.set_clock(datetime!(2026-12-10 10:00 +6).unix_timestamp());
    let bot = home.start(&api, &[]).await;

    let (forgets, exits) = (7101, 7102);
    ask_reminder(&api, forgets).await;
    assert_eq!(reminders(&home).await.len(), 3, "a day before, an hour before, afterwards");
    api.send_text(forgets, forgets as u64, "/forget");
    wait_text(&api, forgets, &t("ru", "forget")).await;
    api.press_label(forgets, forgets as u64, &t("ru", "ui-forget-yes"));
    let done = t("ru", "ui-forget-done");
    wait_last(&api, forgets, "forget-done note", |text| text.starts_with(&done)).await;
    assert!(reminders(&home).await.is_empty(), "/forget deletes her reminders");

    ask_reminder(&api, exits).await;
    api.send_text(exits, exits as u64, "/menu");
    wait_last(&api, exits, "main menu", |text| text == t("ru", "main")).await;
    api.press_label(exits, exits as u64, &crate::support::bot::button("ru", "webinars"));
    let upcoming = t("ru", "webinar-upcoming");
    wait_last(&api, exits, "the webinars list", |text| text.contains(&upcoming)).await;
    api.press_label(exits, exits as u64, &t("ru", "webinar-subscribe"));
    let subscribed = t("ru", "webinar-subscribed");
    wait_last(&api, exits, "subscribed", |text| text.contains(&subscribed)).await;
    assert_eq!(count(&home, "webinar_subscriber").await, 1);
    assert_eq!(reminders(&home).await.len(), 3);
    api.send_text(exits, exits as u64, "/exit");
    let decoy = t("ru", "ui-decoy");
    wait_chat(&api, exits, "the decoy", |a| bot_messages(a, exits).iter().any(|m| m.text_or_caption() == Some(&decoy)))
        .await;
    // The decoy is sent after the wipe.
    assert!(reminders(&home).await.is_empty(), "the quick exit deletes her reminders");
    assert_eq!(count(&home, "webinar_subscriber").await, 0, "and her subscription");
    bot.stop().await;
    home.assert_on_its_backend();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_violence_topic_reminder_names_no_topic() {
    let api = FakeApi::start().await;
    let (_keep, content) = published_content();
    let home = Home::with_content(&content);
    home.set_clock(datetime!(2026-12-10 10:00 +6).unix_timestamp());
    let bot = home.start(&api, &[]).await;
    let chat = 7201;
    start_in(&api, chat, "ru").await;
    api.send_text(chat, chat as u64, "/start webinar-protection-orders");
    // Behind the safety check, like every violence screen.
    let safe = t("ru", "ui-safety-yes");
    wait_chat(&api, chat, "the safety check", |a| {
        bot_messages(a, chat).last().is_some_and(|m| m.labels().contains(&safe.as_str()))
    })
    .await;
    api.press_label(chat, chat as u64, &safe);
    let on_the_10th = when_ru(datetime!(2026-12-22 18:00 +6), datetime!(2026-12-10 10:00 +6));
    let entry = format!("📅 {on_the_10th} — {}", title("protection-orders"));
    wait_last(&api, chat, "the violence-topic list", |text| text.contains(&entry)).await;
    api.press_label(chat, chat as u64, &entry);
    wait_last(&api, chat, "the webinar's screen", |text| text.starts_with(&title("protection-orders"))).await;
    api.press_label(chat, chat as u64, &t("ru", "webinar-remind"));
    let reminding = t("ru", "webinar-reminding");
    wait_last(&api, chat, "the reminder promise", |text| text.starts_with(&reminding)).await;

    home.set_clock(datetime!(2026-12-21 18:00 +6).unix_timestamp());
    let reminder = |when: &str| t_with("ru", "webinar-reminder", &[("when", when)]);
    wait_text(&api, chat, &reminder(&t_with("ru", "webinar-when-tomorrow", &[("time", "18:00")]))).await;
    home.set_clock(datetime!(2026-12-22 17:00 +6).unix_timestamp());
    wait_text(&api, chat, &reminder(&t_with("ru", "webinar-when-today", &[("time", "18:00")]))).await;
    let shown = bot_messages(&api, chat).pop().unwrap();
    assert_eq!(shown.labels(), [t("ru", "webinar-more"), t("ru", "webinar-stop")]);
    let texts = sent_texts(&api, chat);
    let mark = reminder_mark();
    assert!(
        !texts.iter().any(|text| text.starts_with(&mark) && text.contains(&title("protection-orders"))),
        "{texts:?}"
    );

    // Afterwards one question, which opens the consented feedback form; her
    // rating of a violence webinar is kept under the neutral `webinars`,
    // never under the webinar's name.
    home.set_clock(datetime!(2026-12-22 19:45 +6).unix_timestamp());
    wait_text(&api, chat, &t("ru", "webinar-after")).await;
    assert!(reminders(&home).await.is_empty(), "nothing of hers is left pending");
    assert_eq!(rate(&api, &home, chat).await, ["webinars"]);
    bot.stop().await;
}

/// Subscribes `people` to webinar news as the bot would (sealed chat ids),
/// their languages taken in turn from `langs`.
async fn subscribe(home: &Home, people: &[i64], langs: &[&str]) {
    use kadam::pseudonym::PseudonymKey;
    use sqlx::Connection;

    use crate::support::kadam::TEST_KEY;
    let key = PseudonymKey::from_hex(TEST_KEY).unwrap();
    let mut db = home.connect_db_writable().await;
    let mut tx = db.begin().await.unwrap();
    for (i, &chat) in people.iter().enumerate() {
        sqlx::query("INSERT INTO webinar_subscriber (person, lang, chat, since) VALUES ($1, $2, $3, $4)")
            .bind(key.pseudonym(chat))
            .bind(langs[i % langs.len()])
            .bind(key.seal_key().seal(chat, b"webinar-news").unwrap())
            // Subscribed on the tests' day, in order: a subscription a year
            // old would be ended by the renewal job.
            .bind(datetime!(2026-12-10 10:00 +6).unix_timestamp() + i as i64)
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
}

/// The "send" button of `/announce`, in the coordinators' language.
fn send_label() -> String {
    t(crate::support::bot::CONTENT.locales.default_lang().code(), "webinar-admin-send")
}

/// A coordinator in `admin` announces `portal-basics` with `/announce`;
/// returns the confirmation, which waits for "send".
async fn announce(api: &FakeApi, admin: i64) -> String {
    api.send_text(admin, admin as u64, "/announce portal-basics");
    let send = send_label();
    wait_chat(api, admin, "the confirmation", |a| {
        bot_messages(a, admin).last().is_some_and(|m| m.labels().contains(&send.as_str()))
    })
    .await;
    last_bot_text_of(api, admin)
}

/// A benchmark, run by hand (about six minutes): how long 10,000
/// subscribers take to get an announcement, and that the rate holds.
/// Figures in docs/performance.md.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "a benchmark: about six minutes, run by hand"]
async fn announcement_to_10000_benchmark() {
    use std::time::Duration;
    let api = FakeApi::start().await;
    let (_keep, content) = published_content();
    let home = Home::with_content(&content);
    home.set_clock(datetime!(2026-12-10 10:00 +6).unix_timestamp());
    home.start(&api, &[]).await.stop().await;
    let people: Vec<i64> = (400_000..410_000).collect();
    subscribe(&home, &people, &["ky", "ru", "uz"]).await;
    let admin = 9_001_i64;
    let bot = home.start(&api, &[("KADAM_ADMIN_IDS", "9001")]).await;
    announce(&api, admin).await;
    api.press_label(admin, admin as u64, &send_label());
    let to_people = |a: &FakeApi| {
        a.calls_of("sendMessage")
            .into_iter()
            .filter(|c| c.param_i64("chat_id").is_some_and(|chat| (400_000..410_000).contains(&chat)))
            .map(|c| c.at)
            .collect::<Vec<_>>()
    };
    api.wait_until(|a| to_people(a).len() >= people.len(), Duration::from_secs(900)).await.unwrap();
    let mut at = to_people(&api);
    at.sort();
    let busiest = at.windows(31).map(|w| w[30] - w[0]).min().unwrap();
    assert!(busiest >= Duration::from_secs(1), "31 messages within {busiest:?}");
    let took = at[at.len() - 1] - at[0];
    eprintln!(
        "10000 announcements took {took:?} ({:.1} a second); the closest 31 were {busiest:?} apart",
        (at.len() - 1) as f64 / took.as_secs_f64()
    );
    bot.stop().await;
}

/// 1,000 subscribers, three of whom blocked the bot: the announcement keeps
/// to Telegram's 30 messages a second, survives a SIGKILL halfway (while a
/// message is in flight) without anyone getting it twice or being skipped,
/// removes the blocked, and ends with a report.
#[tokio::test(flavor = "multi_thread")]
async fn an_announcement_to_1000_keeps_the_rate_and_survives_a_kill() {
    use std::time::Duration;

    use crate::support::{
        bot::CONTENT,
        fake_api::{DEFAULT_TIMEOUT, Fault},
    };
    let api = FakeApi::start().await;
    let (_keep, content) = published_content();
    let home = Home::with_content(&content);
    home.set_clock(datetime!(2026-12-10 10:00 +6).unix_timestamp());
    home.start(&api, &[]).await.stop().await;
    let people: Vec<i64> = (200_000..201_000).collect();
    let blocked = [200_010_i64, 200_600, 200_990];
    subscribe(&home, &people, &["ky", "ru", "uz"]).await;
    for chat in blocked {
        api.set_blocked(chat, true);
    }
    let admin = 9_001_i64;
    let env = [("KADAM_ADMIN_IDS", "9001")];
    let bot = home.start(&api, &env).await;
    let confirm = announce(&api, admin).await;
    assert!(confirm.contains("1000"), "the number of recipients: {confirm}");
    // One preview per language (Cyrillic Uzbek too), before the confirmation.
    assert_eq!(bot_messages(&api, admin).len(), CONTENT.locales.languages().len() + 1);
    api.press_label(admin, admin as u64, &send_label());

    let to_people = |a: &FakeApi| {
        a.calls_of("sendMessage")
            .into_iter()
            .filter(|c| c.param_i64("chat_id").is_some_and(|chat| (200_000..201_000).contains(&chat)))
            .collect::<Vec<_>>()
    };
    // At 28 a second 1000 messages take 36 s at best; on a loaded machine
    // longer. The waits end as soon as the messages are there, so they
    // can be generous.
    let patience = Duration::from_secs(300);
    api.wait_until(|a| to_people(a).len() >= 500, patience).await.unwrap();
    // Kill it while a message is on its way: Telegram has it, the bot has
    // not heard back.
    api.fail_next("sendMessage", 1, Fault::Delay(Duration::from_secs(30)));
    api.wait_until(|a| to_people(a).iter().any(|c| c.fault.is_some() && c.ok.is_none()), DEFAULT_TIMEOUT)
        .await
        .unwrap();
    bot.kill().await;

    let bot = home.start(&api, &env).await;
    api.wait_until(|a| to_people(a).len() >= 1000, patience).await.unwrap();
    // The message in flight at the kill counts as failed: it may have gone out.
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("delivered", 996);
    args.set("blocked", 3);
    args.set("failed", 1);
    let report = CONTENT.locales.text(CONTENT.locales.default_lang(), "webinar-admin-report", None, Some(&args));
    wait_text(&api, admin, &report).await;

    let calls = to_people(&api);
    let mut copies = std::collections::BTreeMap::<i64, usize>::new();
    for c in &calls {
        *copies.entry(c.param_i64("chat_id").unwrap()).or_default() += 1;
    }
    for chat in &people {
        assert_eq!(copies.get(chat), Some(&1), "chat {chat} got {:?} copies", copies.get(chat));
    }
    // The bot spaces its messages 1/28 s apart, so 31 take 1.07 s to
    // send. The fake sees them when they arrive, which on a loaded machine
    // can bunch a few by a scheduling hiccup of either process; so a short
    // window allows that hiccup, and a long one, where the hiccup does not
    // matter, must keep to the rate within half a second.
    let mut at: Vec<_> = calls.iter().map(|c| c.at).collect();
    at.sort();
    for w in at.windows(31) {
        assert!(w[30] - w[0] >= Duration::from_millis(800), "31 messages within {:?}", w[30] - w[0]);
    }
    for w in at.windows(301) {
        assert!(w[300] - w[0] >= Duration::from_millis(10_200), "301 messages within {:?}", w[300] - w[0]);
    }
    let first_to_last = at[at.len() - 1] - at[0];
    eprintln!("1000 announcements (with a restart) took {first_to_last:?}");
    assert_eq!(count(&home, "webinar_subscriber").await, 997, "the three who blocked the bot are removed");
    assert_eq!(count(&home, "announcement_queue").await, 0, "the queue is gone once sent");
    let edits = api.calls_of("editMessageText").into_iter().filter(|c| c.param_i64("chat_id") == Some(admin)).count();
    assert!(edits >= 2, "the progress message was updated ({edits} edits)");
    // The figures, small counts suppressed.
    api.send_text(admin, admin as u64, "/stats");
    let stats = wait_last(&api, admin, "the stats", |text| text.contains("announcement #1")).await;
    assert!(stats.contains("portal-basics: reached 996, blocked <5, failed <5"), "{stats}");
    bot.stop().await;
}

/// A shipped webinar's title in Russian, as staff wrote it: tests find
/// webinars by their texts' ids, so a reworded title breaks nothing.
fn title(id: &str) -> String {
    t("ru", &format!("webinar-{id}"))
}

/// When a webinar starting at `start` is, as the Russian screens say it at `now`.
fn when_ru(start: time::OffsetDateTime, now: time::OffsetDateTime) -> String {
    let ru = kadam::dialogue::Lang::new("ru");
    kadam::dialogue::webinar_screens::when(&CONTENT, &ru, start.unix_timestamp(), now.unix_timestamp())
}

/// The shipped example `portal-basics` as a list or a guide names it on 10 December.
fn portal_basics_on_the_10th() -> String {
    when_ru(datetime!(2026-12-16 15:00 +6), datetime!(2026-12-10 10:00 +6))
}

fn last_bot_text_of(api: &FakeApi, chat: i64) -> String {
    crate::support::bot::last_bot_text(api, chat)
}

/// `kadam announce` on the server: a dry run by default, queued with
/// `--yes`, and sent by the running bot.
#[tokio::test(flavor = "multi_thread")]
async fn kadam_announce_queues_for_the_running_bot() {
    let (_keep, content) = published_content();
    announce_from_the_command_line(Home::with_content(&content), &content).await;
}

/// `kadam announce` and the bot sending it, on PostgreSQL.
#[tokio::test(flavor = "multi_thread")]
async fn kadam_announce_queues_for_the_running_bot_on_postgres() {
    let Some(url) = crate::support::postgres::fresh_database().await else { return };
    let (_keep, content) = published_content();
    announce_from_the_command_line(Home::with_content(&content).on_postgres(url), &content).await;
}

async fn announce_from_the_command_line(home: Home, content: &std::path::Path) {
    use crate::support::{content_dir::kadam, kadam::TEST_KEY};
    let api = FakeApi::start().await;
    home.set_clock(datetime!(2026-12-10 10:00 +6).unix_timestamp());
    // Telegram's dates agree with the bot's clock, for the 48-hour window.
    api.set_clock(datetime!(2026-12-10 10:00 +6).unix_timestamp());
    home.start(&api, &[]).await.stop().await;
    let people = [300_001_i64, 300_002, 300_003, 300_004, 300_005, 300_006];
    subscribe(&home, &people, &["ru"]).await;
    let url = home.database_url();
    let run = |yes: bool| {
        let mut cmd = kadam(&["announce", "portal-basics", "--content", content.to_str().unwrap()]);
        if yes {
            cmd.arg("--yes");
        }
        let out = cmd
            .env("DATABASE_URL", &url)
            .env("KADAM_PSEUDONYM_KEY", TEST_KEY)
            .env("KADAM_CLOCK_FILE", home.dir.path().join("clock"))
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let dry = run(false);
    let en = |msg: Msg| kadam::staff::StaffLang::En.text(&msg);
    let recipients = en(Msg::new("cli-announce-recipients").arg("total", 6).arg("list", "ru 6"));
    assert!(dry.contains(&recipients) && dry.contains(&en(Msg::new("cli-announce-dry-run"))), "{dry}");
    // A coordinator who works in Russian reads the same in Russian; the
    // announcement itself is the bot's text, in the subscribers' languages.
    let russian = kadam(&["announce", "portal-basics", "--content", content.to_str().unwrap(), "--lang", "ru"])
        .env("DATABASE_URL", &url)
        .env("KADAM_PSEUDONYM_KEY", TEST_KEY)
        .env("KADAM_CLOCK_FILE", home.dir.path().join("clock"))
        .output()
        .unwrap();
    let russian = String::from_utf8(russian.stdout).unwrap();
    // The coordinator's words come from locales/staff, by id.
    let staff = |msg: Msg| kadam::staff::StaffLang::Ru.text(&msg);
    let recipients = staff(Msg::new("cli-announce-recipients").arg("total", 6).arg("list", "ru 6"));
    let dry_run = staff(Msg::new("cli-announce-dry-run"));
    assert!(russian.contains(&recipients) && russian.contains(&dry_run), "{russian}");
    let named = format!("«{}» — {}", title("portal-basics"), portal_basics_on_the_10th());
    assert!(russian.contains(&named), "{russian}");
    assert!(dry.contains(&named), "{dry}");
    assert_eq!(count(&home, "announcement_queue").await, 0);
    let queued = run(true);
    assert!(queued.contains("for 6 people"), "{queued}");

    let bot = home.start(&api, &[]).await;
    for chat in people {
        wait_last(&api, chat, "the announcement", |text| text.starts_with("📅")).await;
        let shown = bot_messages(&api, chat).pop().unwrap();
        assert!(shown.labels().contains(&t("ru", "webinar-unsubscribe").as_str()), "an opt-out in every message");
    }
    // An announcement is in her chat like any message: the quick exit takes it.
    let chat = people[0];
    api.send_text(chat, chat as u64, "/exit");
    // She never chose a language: the decoy is in the default one.
    let decoy = t(crate::support::bot::CONTENT.locales.default_lang().code(), "ui-decoy");
    let only_decoy = |a: &FakeApi| a.visible(chat).iter().map(|m| m.text.clone()).eq([Some(decoy.clone())]);
    api.wait_until(only_decoy, crate::support::fake_api::DEFAULT_TIMEOUT).await.unwrap();
    bot.stop().await;
    home.assert_on_its_backend();
}

/// `kadam check` points at the line of every mistake in a webinar.
#[test]
fn check_names_the_line_of_each_webinar_mistake() {
    use crate::support::content_dir::check;
    let (_keep, root) = night_content();
    let file = root.join("dialogues/webinars.toml");
    let mut toml = std::fs::read_to_string(&file).unwrap();
    let first = toml.lines().count() + 1;
    toml.push_str(
        "[[webinar]]\nid = \"Bad_Id\"\nstart = 2026-12-20\nduration = 0\nlanguages = [\"en\"]\ntopic = \"cooking\"\njoin = \"zoom.us/x\"\n",
    );
    std::fs::write(&file, toml).unwrap();
    let checked = check(Some(&root));
    assert_ne!(checked.code, 0, "errors stop the bot from starting");
    let shown = file.display().to_string();
    for (offset, says) in [
        (1, "webinar id `Bad_Id` must be kebab-case"),
        (2, "`2026-12-20` is not a date and time"),
        (3, "duration is in minutes"),
        (4, "`en` is not one of the bot's languages"),
        (5, "topic `cooking` is unknown"),
        (6, "`join` must be a web link starting with https://"),
    ] {
        let line = format!("{shown}:{}:", first + offset);
        assert!(
            checked.stderr.lines().any(|l| l.starts_with(&line) && l.contains("error") && l.contains(says)),
            "no error {says:?} at {line}\n{}",
            checked.stderr
        );
    }
}

/// The shipped webinars are examples marked `draft = true`: a woman sees
/// none of them, not even through a poster's deep link, and `kadam check`
/// says each is a draft.
#[tokio::test(flavor = "multi_thread")]
async fn draft_webinars_are_shown_to_nobody() {
    use crate::support::content_dir::check;
    let api = FakeApi::start().await;
    let home = Home::new();
    home.set_clock(datetime!(2026-12-10 10:00 +6).unix_timestamp());
    let bot = home.start(&api, &[]).await;
    let chat = 5_123_400_001;
    start_in(&api, chat, "ru").await;
    api.send_text(chat, chat as u64, "/start webinar-portal-basics");
    let none = t("ru", "webinar-none");
    let list = wait_last(&api, chat, "the webinar list", |text| text.contains(&none)).await;
    assert!(!list.contains(&title("portal-basics")), "{list}");
    let texts = sent_texts(&api, chat);
    assert!(!texts.iter().any(|text| text.contains(&title("portal-basics"))), "{texts:?}");
    bot.stop().await;

    let checked = check(None);
    assert_eq!(checked.code, 0, "{}", checked.stderr);
    for id in ["portal-basics", "protection-orders", "certificates-online"] {
        let says = format!("webinar `{id}` is a draft");
        assert!(checked.stderr.contains(&says), "no {says:?} in\n{}", checked.stderr);
    }
}

/// A webinar's deep link whose screen Telegram refuses: she gets the error
/// note, not silence; the link works again right after.
#[tokio::test(flavor = "multi_thread")]
async fn a_failing_webinar_link_sends_her_the_error_note() {
    let (_keep, content) = published_content();
    let api = FakeApi::start().await;
    let home = Home::with_content(&content);
    home.set_clock(datetime!(2026-12-10 10:00 +6).unix_timestamp());
    let bot = home.start(&api, &[]).await;
    let chat = 5_123_400_002;
    start_in(&api, chat, "ru").await;
    api.fail_next("sendMessage", 1, Fault::Refuse("message is too long".into()));
    api.send_text(chat, chat as u64, "/start webinar-portal-basics");
    let error = t("ru", "ui-note-error");
    wait_last(&api, chat, "the error note", |text| text == error).await;
    api.send_text(chat, chat as u64, "/start webinar-portal-basics");
    wait_last(&api, chat, "the webinar's screen", |text| text.starts_with(&title("portal-basics"))).await;
    bot.stop().await;
}

/// Walks `guide` (in Russian) to its last step, through the safety check
/// if it asks, and returns that screen.
async fn last_step(api: &FakeApi, chat: i64, guide: &str) -> crate::support::fake_api::SeenMessage {
    use kadam::dialogue::Kind;

    use crate::support::bot::CONTENT;
    let ix = CONTENT.graph.find(guide).unwrap();
    let Kind::Steps(steps) = &CONTENT.graph.node(ix).kind else { panic!("{guide} is not a guide") };
    api.send_text(chat, chat as u64, &format!("/{guide}"));
    let first = t("ru", &format!("{guide}-{}", steps.steps[0]));
    let safety = t("ru", "ui-safety-yes");
    wait_chat(api, chat, "the guide or the safety check", |a| {
        bot_messages(a, chat).last().is_some_and(|m| {
            m.text.as_deref().is_some_and(|text| text.ends_with(&first)) || m.labels().contains(&safety.as_str())
        })
    })
    .await;
    if bot_messages(api, chat).last().unwrap().labels().contains(&safety.as_str()) {
        api.press_label(chat, chat as u64, &safety);
    }
    for (i, step) in steps.steps.iter().enumerate() {
        let body = t("ru", &format!("{guide}-{step}"));
        wait_last(api, chat, "the next step", |text| text.ends_with(&body)).await;
        if i + 1 < steps.steps.len() {
            api.press_label(chat, chat as u64, &t("ru", "ui-next"));
        }
    }
    bot_messages(api, chat).pop().unwrap()
}

/// The last step of a guide points to the next webinar on its side of the
/// bot held in her language; a draft is never pointed to.
#[tokio::test(flavor = "multi_thread")]
async fn a_guide_ends_with_the_next_related_webinar() {
    let webinar_button = |m: &crate::support::fake_api::SeenMessage| {
        m.labels().into_iter().find(|l| l.starts_with("📅")).map(str::to_owned)
    };
    let api = FakeApi::start().await;
    let (_keep, content) = published_content();
    let home = Home::with_content(&content);
    home.set_clock(datetime!(2026-12-10 10:00 +6).unix_timestamp());
    let bot = home.start(&api, &[]).await;
    let chat = 5_123_400_003;
    start_in(&api, chat, "ru").await;
    let services = last_step(&api, chat, "portal-login").await;
    let label = webinar_button(&services).unwrap_or_else(|| panic!("{:?}", services.labels()));
    assert!(label.contains(&title("portal-basics")) && label.contains(&portal_basics_on_the_10th()), "{label}");
    api.press_label(chat, chat as u64, &label);
    wait_last(&api, chat, "the webinar's screen", |text| text.starts_with(&title("portal-basics"))).await;
    let violence = last_step(&api, chat, "protection-order").await;
    let label = webinar_button(&violence).unwrap_or_else(|| panic!("{:?}", violence.labels()));
    assert!(label.contains(&title("protection-orders")), "a violence guide points to the violence webinar: {label}");
    bot.stop().await;

    // The shipped examples are drafts: no guide points to them.
    let api = FakeApi::start().await;
    let home = Home::new();
    home.set_clock(datetime!(2026-12-10 10:00 +6).unix_timestamp());
    let bot = home.start(&api, &[]).await;
    start_in(&api, chat, "ru").await;
    let services = last_step(&api, chat, "portal-login").await;
    assert_eq!(webinar_button(&services), None);
    bot.stop().await;
}

/// Waits until `table` holds `n` rows (a job's write, polled).
async fn wait_count(home: &Home, table: &str, n: i64) {
    let started = std::time::Instant::now();
    while count(home, table).await != n {
        let waited = started.elapsed();
        assert!(waited < crate::support::fake_api::DEFAULT_TIMEOUT, "{table} never held {n} rows");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// Subscribes `chat` to webinar news through the list's toggle.
async fn subscribe_in_chat(api: &FakeApi, chat: i64) {
    start_in(api, chat, "ru").await;
    api.press_label(chat, chat as u64, &crate::support::bot::button("ru", "webinars"));
    let upcoming = t("ru", "webinar-upcoming");
    wait_last(api, chat, "the webinars list", |text| text.contains(&upcoming)).await;
    api.press_label(chat, chat as u64, &t("ru", "webinar-subscribe"));
    let subscribed = t("ru", "webinar-subscribed");
    wait_last(api, chat, "subscribed", |text| text.contains(&subscribed)).await;
}

/// News of webinars is not kept for ever: two weeks before a year is up she
/// is asked once; renewing keeps it a year more, silence ends it at the
/// year, and a blocked bot ends it at once.
#[tokio::test(flavor = "multi_thread")]
async fn a_subscription_ends_after_a_year_unless_renewed_and_at_once_when_blocked() {
    let api = FakeApi::start().await;
    let (_keep, content) = published_content();
    let home = Home::with_content(&content);
    let t0 = datetime!(2026-12-10 10:00 +6).unix_timestamp();
    home.set_clock(t0);
    let bot = home.start(&api, &[]).await;
    let (renews, silent, blocked) = (7301, 7302, 7303);
    for chat in [renews, silent, blocked] {
        subscribe_in_chat(&api, chat).await;
    }
    assert_eq!(count(&home, "webinar_subscriber").await, 3);

    api.set_blocked(blocked, true);
    home.set_clock(t0 + 352 * 86_400);
    let ask = t("ru", "webinar-renew");
    for chat in [renews, silent] {
        wait_last(&api, chat, "the renewal question", |text| text == ask).await;
    }
    wait_count(&home, "webinar_subscriber", 2).await;
    api.press_label(renews, renews as u64, &t("ru", "webinar-renew-yes"));
    let subscribed = t("ru", "webinar-subscribed");
    wait_last(&api, renews, "the list, still subscribed", |text| text.contains(&subscribed)).await;
    let asked = sent_texts(&api, silent).iter().filter(|s| **s == ask).count();

    home.set_clock(t0 + 366 * 86_400);
    wait_count(&home, "webinar_subscriber", 1).await;
    let mut conn = open_read_only(&home.db_path()).await;
    let renewed_since: i64 =
        sqlx::query_scalar("SELECT since FROM webinar_subscriber").fetch_one(&mut conn).await.unwrap();
    assert_eq!(renewed_since, t0 + 352 * 86_400, "renewing counts the year from then");
    assert_eq!(sent_texts(&api, silent).iter().filter(|s| **s == ask).count(), asked, "asked once only");
    bot.stop().await;
}

/// How every reminder begins in Russian ("🔔 Напоминание: "): what the
/// named and the neutral reminder have in common, so a staff edit of the
/// wording moves the test with it.
fn reminder_mark() -> String {
    let named = t_with("ru", "webinar-reminder-named", &[("title", "x"), ("when", "y")]);
    let neutral = t_with("ru", "webinar-reminder", &[("when", "y")]);
    let common: String = named.chars().zip(neutral.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a).collect();
    assert!(common.chars().count() >= 3, "the reminders share a beginning: {named:?}, {neutral:?}");
    common
}
