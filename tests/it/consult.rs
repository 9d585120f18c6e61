//! Questions to a consultant through the real bot: she asks on a `consult`
//! screen, staff answer in a topic of a forum supergroup (the fake's), the
//! answer reaches her sealed behind a button, and the quick exit and
//! `/forget` reach the staff group too.

use crate::support::{
    bot::{bot_messages, last_bot_text, start_in, t, t_args, user, wait_chat, wait_last, wait_text},
    fake_api::{DEFAULT_TIMEOUT, FakeApi, FakeUser, Fault, SeenMessage},
    kadam::{Home, Kadam},
};

/// The staff's forum supergroup.
const GROUP: i64 = -1_009_876_543_210;
const STAFF: u64 = 4242;
const OUTSIDER: u64 = 4343;

fn env() -> Vec<(&'static str, String)> {
    vec![("KADAM_CONSULT_CHAT_ID", GROUP.to_string())]
}

async fn start(home: &Home, api: &FakeApi) -> Kadam {
    start_with(home, api, &[]).await
}

async fn start_with(home: &Home, api: &FakeApi, extra: &[(&str, &str)]) -> Kadam {
    api.set_members(GROUP, &[STAFF]);
    // The consultant administers the group: with no KADAM_CONSULT_STAFF_IDS,
    // the administrators are the consultants.
    api.set_admins(GROUP, &[STAFF]);
    let env = env();
    let mut env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    env.extend_from_slice(extra);
    home.start(api, &env).await
}

/// Her profile, full of what must never reach the staff.
fn identifiable(chat: i64, lang: &str) -> FakeUser {
    FakeUser {
        first_name: "Айзада".into(),
        last_name: Some("Секретова".into()),
        username: Some("aizada_hidden_42".into()),
        ..user(chat as u64, Some(lang))
    }
}

/// Opens the consultant's screen (through the safety check for sensitive
/// ones) and sends `question`; waits for her confirmation.
async fn ask(api: &FakeApi, chat: i64, lang: &str, consultant: &str, question: &str) {
    api.send_text(chat, chat as u64, &format!("/{consultant}"));
    let intro = t(lang, consultant);
    let safety = t(lang, "ui-safety-yes");
    wait_chat(api, chat, "the consultant's screen or the safety check", |a| {
        last_bot_text(a, chat) == intro || bot_messages(a, chat).last().is_some_and(|m| m.labels().contains(&&*safety))
    })
    .await;
    if last_bot_text(api, chat) != intro {
        api.press_label(chat, chat as u64, &safety);
        wait_text(api, chat, &intro).await;
    }
    api.send_text(chat, chat as u64, question);
    wait_last(api, chat, "the question's confirmation", |text| text.starts_with("✅")).await;
}

/// Everything the staff group shows, as text.
fn group_texts(api: &FakeApi) -> Vec<String> {
    api.visible(GROUP).iter().filter_map(|m| m.text_or_caption().map(str::to_owned)).collect()
}

fn newest_topic(api: &FakeApi) -> crate::support::fake_api::forum::Topic {
    api.topics(GROUP).pop().expect("a topic was opened")
}

async fn wait_topic_text(api: &FakeApi, thread: i64, wanted: &str) {
    let seen = |a: &FakeApi| a.topic_messages(GROUP, thread).iter().any(|m| m.text.as_deref() == Some(wanted));
    api.wait_until(seen, DEFAULT_TIMEOUT).await.unwrap_or_else(|e| panic!("no {wanted:?} in the topic: {e}"));
}

fn notes(api: &FakeApi, chat: i64, lang: &str) -> Vec<SeenMessage> {
    let note = t(lang, "consult-new-message");
    bot_messages(api, chat).into_iter().filter(|m| m.text.as_deref() == Some(note.as_str())).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_question_in_each_language_opens_a_topic_that_does_not_identify_her() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = start(&home, &api).await;
    let cases = [(5_734_512_001_i64, "ky"), (5_734_512_002, "ru"), (5_734_512_003, "uz")];
    for (i, (chat, lang)) in cases.iter().enumerate() {
        api.set_user(identifiable(*chat, lang));
        start_in(&api, *chat, lang).await;
        let question = format!("Как получить защитное предписание? вопрос-{lang}-7QX");
        ask(&api, *chat, lang, "lawyer", &question).await;
        let topics = api.topics(GROUP);
        assert_eq!(topics.len(), i + 1, "one new topic per question");
        let topic = topics.last().unwrap();
        assert!(topic.name.starts_with("#Q-"), "{}", topic.name);
        assert!(topic.name.contains(&format!(" · {lang} · lawyer · ")), "{}", topic.name);
        wait_topic_text(&api, topic.thread_id, &question).await;
        let first = &api.topic_messages(GROUP, topic.thread_id)[0];
        assert!(first.text.as_deref().unwrap().contains(&t("ru", "consult-staff-help")), "{first:?}");
        assert_eq!(first.raw["pinned"], true, "the help is pinned at the top of the topic");
    }
    for text in group_texts(&api).iter().chain(api.topics(GROUP).iter().map(|t| &t.name)) {
        for secret in ["Айзада", "Секретова", "aizada_hidden_42", "5734512"] {
            assert!(!text.contains(secret), "the staff group shows {secret:?}: {text:?}");
        }
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_answer_arrives_sealed_and_shows_when_pressed_and_the_quick_exit_closes_the_topic() {
    answer_then_quick_exit(Home::new()).await;
}

/// The same on PostgreSQL: the question, the sealed answer and the quick
/// exit (with its VACUUM) through the real bot.
#[tokio::test(flavor = "multi_thread")]
async fn an_answer_arrives_sealed_and_shows_when_pressed_and_the_quick_exit_closes_the_topic_on_postgres() {
    let Some(url) = crate::support::postgres::fresh_database().await else { return };
    answer_then_quick_exit(Home::new().on_postgres(url)).await;
}

async fn answer_then_quick_exit(home: Home) {
    let api = FakeApi::start().await;
    let bot = start(&home, &api).await;
    let chat = 5_734_512_010;
    start_in(&api, chat, "ru").await;
    ask(&api, chat, "ru", "lawyer", "Муж не даёт алименты, что делать?").await;
    let topic = newest_topic(&api);

    // Someone who is not a consultant writes first: never relayed. The
    // consultant's answer after it (the same chat, handled in order) is.
    api.topic_text(GROUP, OUTSIDER, topic.thread_id, "посторонний-текст-ZZ1");
    let answer = "Подайте заявление в суд по месту жительства. ответ-юриста-9KD";
    api.topic_text(GROUP, STAFF, topic.thread_id, answer);
    let note = t("ru", "consult-new-message");
    wait_text(&api, chat, &note).await;
    assert_eq!(notes(&api, chat, "ru").len(), 1, "only the member's answer is announced");
    let her_texts = || bot_messages(&api, chat).iter().filter_map(|m| m.text.clone()).collect::<Vec<_>>().join("\n");
    assert!(!her_texts().contains("ответ-юриста"), "the answer must not show before she asks for it");
    assert!(!her_texts().contains("посторонний"), "an outsider's words reached her");

    // A lawyer's answer is sensitive: asked whether it is safe to read first.
    // The first note is pressed: had the outsider's words been relayed, it
    // would be theirs.
    let first = notes(&api, chat, "ru").remove(0);
    let (_, data) = first.keyboard[0][0].clone();
    api.press(chat, chat as u64, first.id, &data);
    wait_text(&api, chat, &t("ru", "consult-safe-to-read")).await;
    api.press_label(chat, chat as u64, &t("ru", "ui-safety-yes"));
    wait_text(&api, chat, &t("ru", "consult-after-read")).await;
    assert!(her_texts().contains(answer), "the answer is shown after pressing");
    assert!(!her_texts().contains("посторонний"), "an outsider's words reached her");
    let copied = bot_messages(&api, chat).into_iter().find(|m| m.text.as_deref() == Some(answer)).unwrap();
    assert!(copied.raw.get("forward_origin").is_none(), "no trace of the staff group on her copy");

    api.send_text(chat, chat as u64, "/exit");
    wait_text(&api, chat, &t("ru", "ui-decoy")).await;
    api.wait_until(|a| a.topics(GROUP).iter().any(|t| t.thread_id == topic.thread_id && t.closed), DEFAULT_TIMEOUT)
        .await
        .expect("the quick exit closes her topic");
    wait_topic_text(&api, topic.thread_id, &t("ru", "consult-staff-closed-by-person")).await;
    assert!(!her_texts().contains(answer), "the quick exit removed the answer from her chat");
    assert!(notes(&api, chat, "ru").is_empty(), "the quick exit removed the note too");
    bot.stop().await;
    home.assert_on_its_backend();
}

#[tokio::test(flavor = "multi_thread")]
async fn forget_deletes_her_topics_and_she_can_add_to_and_close_a_question() {
    forget_add_and_close(Home::new()).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn forget_deletes_her_topics_and_she_can_add_to_and_close_a_question_on_postgres() {
    let Some(url) = crate::support::postgres::fresh_database().await else { return };
    forget_add_and_close(Home::new().on_postgres(url)).await;
}

async fn forget_add_and_close(home: Home) {
    let api = FakeApi::start().await;
    let bot = start(&home, &api).await;
    let chat = 5_734_512_020;
    start_in(&api, chat, "ky").await;
    ask(&api, chat, "ky", "services-consultant", "Порталга кантип кирем?").await;
    let first = newest_topic(&api);
    // A second message on the same screen is added to the same question.
    api.send_text(chat, chat as u64, "Түндүк тиркемеси иштебей жатат");
    wait_topic_text(&api, first.thread_id, "Түндүк тиркемеси иштебей жатат").await;
    assert_eq!(api.topics(GROUP).len(), 1, "an addition opens no new topic");
    api.press_label(chat, chat as u64, &t("ky", "consult-close"));
    wait_text(&api, chat, &t("ky", "consult-closed")).await;
    api.wait_until(|a| a.topics(GROUP)[0].closed, DEFAULT_TIMEOUT).await.expect("closing closes the topic");
    // A late answer in the closed topic reaches nobody, and staff are told.
    api.topic_text(GROUP, STAFF, first.thread_id, "кеч жооп");
    wait_topic_text(&api, first.thread_id, &t("ru", "consult-staff-not-delivered")).await;
    assert!(notes(&api, chat, "ky").is_empty(), "nothing reaches her after she closed the question");

    ask(&api, chat, "ky", "psychologist", "Мага кыйын").await;
    assert_eq!(api.topics(GROUP).len(), 2);
    api.send_text(chat, chat as u64, "/forget");
    wait_text(&api, chat, &t("ky", "forget")).await;
    api.press_label(chat, chat as u64, &t("ky", "ui-forget-yes"));
    api.wait_until(|a| a.topics(GROUP).iter().all(|t| t.deleted), DEFAULT_TIMEOUT)
        .await
        .expect("/forget deletes every topic of hers, closed ones too");
    assert!(
        group_texts(&api).iter().all(|t| !t.contains("Порталга") && !t.contains("кыйын")),
        "{:?}",
        group_texts(&api)
    );
    bot.stop().await;
    home.assert_on_its_backend();
}

#[tokio::test(flavor = "multi_thread")]
async fn an_answer_after_a_restart_still_reaches_her_and_the_database_holds_neither_her_id_nor_her_words() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = start(&home, &api).await;
    let chat: i64 = 5_734_512_030;
    start_in(&api, chat, "uz").await;
    let question = "Nafaqa uchun qanday hujjatlar kerak? savol-matni-UZ77";
    ask(&api, chat, "uz", "services-consultant", question).await;
    let topic = newest_topic(&api);
    bot.stop().await;

    let bot = start(&home, &api).await;
    api.topic_text(GROUP, STAFF, topic.thread_id, "TsONga pasport bilan boring. javob-UZ");
    wait_text(&api, chat, &t("uz", "consult-new-message")).await;
    // Not sensitive: shown at once.
    api.press_label(chat, chat as u64, &t("uz", "consult-read"));
    wait_text(&api, chat, &t("uz", "consult-after-read")).await;
    assert!(
        bot_messages(&api, chat).iter().any(|m| m.text.as_deref() == Some("TsONga pasport bilan boring. javob-UZ"))
    );

    let needles: Vec<Vec<u8>> = vec![
        question.as_bytes().to_vec(),
        b"savol-matni-UZ77".to_vec(),
        b"javob-UZ".to_vec(),
        chat.to_string().into_bytes(),
        chat.to_be_bytes().to_vec(),
        // SQLite stores an integer this size in six big-endian bytes.
        chat.to_be_bytes()[2..].to_vec(),
    ];
    let db = home.db_path();
    for suffix in ["", "-wal", "-shm"] {
        let Ok(bytes) = std::fs::read(format!("{}{suffix}", db.display())) else { continue };
        for needle in &needles {
            assert!(!bytes.windows(needle.len()).any(|w| w == needle.as_slice()), "kadam.db{suffix} holds {needle:?}");
        }
    }
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_question_nobody_answered_is_bumped_once_and_a_quiet_one_closed_after_retention() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let t0 = 1_796_097_600; // a Tuesday, 10:00 in Bishkek
    home.set_clock(t0);
    let bot = start(&home, &api).await;
    let chat = 5_734_512_040;
    start_in(&api, chat, "ru").await;
    ask(&api, chat, "ru", "services-consultant", "Где взять справку?").await;
    let bumped = |a: &FakeApi| group_texts(a).iter().filter(|t| t.starts_with("⏰")).count();
    assert_eq!(bumped(&api), 0);
    home.set_clock(t0 + 25 * 3600);
    api.wait_until(|a| bumped(a) == 1, DEFAULT_TIMEOUT).await.expect("bumped after 24 hours");
    let bump = group_texts(&api).into_iter().find(|t| t.starts_with("⏰")).unwrap();
    assert!(bump.contains("#Q-"), "{bump}");
    // Later looks do not bump it again: an answer in between proves the job ran on.
    home.set_clock(t0 + 50 * 3600);
    api.topic_text(GROUP, STAFF, newest_topic(&api).thread_id, "Справку выдают в ЦОН.");
    wait_text(&api, chat, &t("ru", "consult-new-message")).await;
    assert_eq!(bumped(&api), 1);

    // Quiet for the retention period (14 days): closed, and her chat id gone.
    home.set_clock(t0 + 50 * 3600 + 15 * 86_400);
    let thread = newest_topic(&api).thread_id;
    api.wait_until(|a| a.topics(GROUP).iter().any(|t| t.thread_id == thread && t.closed), DEFAULT_TIMEOUT)
        .await
        .expect("retention closes a quiet question");
    wait_topic_text(&api, thread, &t("ru", "consult-staff-closed-retention")).await;
    let mut db = crate::support::bot::open_read_only(&home.db_path()).await;
    let sealed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consult_question WHERE sealed_chat IS NOT NULL")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(sealed, 0, "no sealed chat id outlives the retention period");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn kadam_stats_counts_questions_with_small_counts_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("kadam.db").display());
    let db = kadam::storage::Db::open(&url).await.unwrap();
    // In the week of 2 November 2026: six lawyer questions answered after
    // 1..6 hours, two psychologist ones unanswered.
    let asked = time::macros::datetime!(2026-11-03 10:00 +6).unix_timestamp();
    let insert = |consultant: &'static str, asked: i64, answered: Option<i64>| {
        sqlx::query(
            "INSERT INTO consult_question (person, consultant, lang, area, asked_at, last_at, first_answer_at) \
             VALUES ('p', ?, 'ru', 'main', ?, ?, ?)",
        )
        .bind(consultant)
        .bind(asked)
        .bind(asked)
        .bind(answered)
        .execute(&db.write)
    };
    for (i, consultant) in ["lawyer"; 6].iter().chain(&["psychologist"; 2]).enumerate() {
        let answered = (*consultant == "lawyer").then_some(asked + 3600 * (i as i64 + 1));
        insert(consultant, asked, answered).await.unwrap();
    }
    // Outside the weeks asked for (the week before, and today): not counted,
    // so polling the figures shows nothing of a new question.
    insert("lawyer", asked - 7 * 86_400, None).await.unwrap();
    insert("psychologist", time::OffsetDateTime::now_utc().unix_timestamp(), None).await.unwrap();
    db.close().await;
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kadam"))
        .args(["stats", "--since", "2026-11-02", "--until", "2026-11-08"])
        .current_dir(dir.path())
        .env_clear()
        .env("DATABASE_URL", &url)
        .env("KADAM_CONTENT_DIR", env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let line = |key: &str| {
        let found = text.lines().find(|l| l.trim_start().starts_with(key)).unwrap_or_default();
        found.split_whitespace().map(str::to_owned).collect::<Vec<_>>()
    };
    assert_eq!(line("all"), ["all", "8", "6", "3h", "30m"], "{text}");
    assert_eq!(line("consultant lawyer"), ["consultant", "lawyer", "6", "6", "3h", "30m"], "{text}");
    assert_eq!(line("consultant psychologist"), ["consultant", "psychologist", "<5", "<5", "-"], "{text}");
}

#[tokio::test(flavor = "multi_thread")]
async fn outside_hours_she_is_told_when_it_will_be_read_and_open_questions_are_limited() {
    let api = FakeApi::start().await;
    let home = Home::new();
    // A Tuesday, 20:00 in Bishkek: closed until Wednesday 09:00.
    home.set_clock(1_796_097_600 + 10 * 3600);
    let hours = [("KADAM_CONSULT_HOURS", "Mon-Fri 09:00-18:00"), ("KADAM_CONSULT_MAX_OPEN", "1")];
    let bot = start_with(&home, &api, &hours).await;
    let chat = 5_734_512_050;
    start_in(&api, chat, "ru").await;
    ask(&api, chat, "ru", "services-consultant", "Где взять справку о составе семьи?").await;
    let confirmation = last_bot_text(&api, chat);
    assert!(confirmation.contains("02.12, 09:00"), "{confirmation}");

    // A second consultant while one question is open, with a limit of one.
    api.send_text(chat, chat as u64, "/psychologist");
    let safety = t("ru", "ui-safety-yes");
    wait_chat(&api, chat, "the safety check", |a| {
        bot_messages(a, chat).last().is_some_and(|m| m.labels().contains(&safety.as_str()))
    })
    .await;
    api.press_label(chat, chat as u64, &safety);
    wait_text(&api, chat, &t("ru", "psychologist")).await;
    api.send_text(chat, chat as u64, "Мне тяжело");
    let limit = t_args("ru", "consult-limit", &[("max", 1)]);
    wait_last(&api, chat, "the limit", |text| text.starts_with(&limit)).await;
    assert_eq!(api.topics(GROUP).len(), 1, "no topic beyond the limit");
    bot.stop().await;
}

/// A consultant who corrects an answer before she opened it: she reads the
/// corrected words, never the first ones; an answer the consultant deleted
/// before she opened it is gone for her too.
#[tokio::test(flavor = "multi_thread")]
async fn an_answer_edited_or_deleted_before_she_opens_it_follows_the_consultant() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = start(&home, &api).await;
    let chat = 5_734_512_077;
    start_in(&api, chat, "ru").await;
    ask(&api, chat, "ru", "lawyer", "Можно ли подать на алименты без свидетельства о браке?").await;
    let topic = newest_topic(&api);
    let staff_message = |api: &FakeApi, text: &str| {
        api.topic_messages(GROUP, topic.thread_id).into_iter().find(|m| m.text.as_deref() == Some(text)).unwrap().id
    };
    let open = |note: SeenMessage| {
        let (_, data) = note.keyboard[0][0].clone();
        api.press(chat, chat as u64, note.id, &data);
    };

    api.topic_text(GROUP, STAFF, topic.thread_id, "первая-версия-ответа-QX1");
    wait_text(&api, chat, &t("ru", "consult-new-message")).await;
    api.edit_text(GROUP, STAFF, staff_message(&api, "первая-версия-ответа-QX1"), "исправленный-ответ-QX2");
    open(notes(&api, chat, "ru").remove(0));
    wait_text(&api, chat, &t("ru", "consult-safe-to-read")).await;
    api.press_label(chat, chat as u64, &t("ru", "ui-safety-yes"));
    wait_text(&api, chat, &t("ru", "consult-after-read")).await;
    let her = || bot_messages(&api, chat).iter().filter_map(|m| m.text.clone()).collect::<Vec<_>>().join("\n");
    assert!(her().contains("исправленный-ответ-QX2"), "{}", her());
    assert!(!her().contains("первая-версия"), "{}", her());

    api.topic_text(GROUP, STAFF, topic.thread_id, "ответ-по-ошибке-QX3");
    wait_chat(&api, chat, "a second note", |a| notes(a, chat, "ru").len() == 2).await;
    api.delete_group_message(GROUP, staff_message(&api, "ответ-по-ошибке-QX3"));
    open(notes(&api, chat, "ru").remove(1));
    let gone = t("ru", "consult-gone");
    wait_chat(&api, chat, "the answer is gone, or the safety question", |a| {
        let last = last_bot_text(a, chat);
        last == gone || last == t("ru", "consult-safe-to-read")
    })
    .await;
    if last_bot_text(&api, chat) != gone {
        api.press_label(chat, chat as u64, &t("ru", "ui-safety-yes"));
        wait_text(&api, chat, &gone).await;
    }
    assert!(!her().contains("ответ-по-ошибке"), "{}", her());
    bot.stop().await;
}

/// A consultant ends a question with `/close` in its topic: the topic
/// closes, her sealed chat id is deleted at once, and a word written there
/// afterwards reaches nobody: the staff are told so, she gets nothing.
#[tokio::test(flavor = "multi_thread")]
async fn close_in_the_topic_ends_the_question_and_forgets_her_chat() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = start(&home, &api).await;
    let chat = 5_734_512_088;
    start_in(&api, chat, "ru").await;
    ask(&api, chat, "ru", "lawyer", "Как получить охранный ордер?").await;
    let topic = newest_topic(&api);
    api.topic_text(GROUP, STAFF, topic.thread_id, "/close");
    api.wait_until(|a| a.topics(GROUP).iter().any(|t| t.thread_id == topic.thread_id && t.closed), DEFAULT_TIMEOUT)
        .await
        .expect("/close closes the topic");
    let mut db = crate::support::bot::open_read_only(&home.db_path()).await;
    let sealed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consult_question WHERE sealed_chat IS NOT NULL")
        .fetch_one(&mut db)
        .await
        .unwrap();
    assert_eq!(sealed, 0, "her chat id is gone once the question is closed");

    let seen = bot_messages(&api, chat).len();
    api.topic_text(GROUP, STAFF, topic.thread_id, "поздний-ответ-LT1");
    wait_topic_text(&api, topic.thread_id, &t("ru", "consult-staff-not-delivered")).await;
    assert_eq!(bot_messages(&api, chat).len(), seen, "nothing reaches her after the question closed");
    assert!(notes(&api, chat, "ru").is_empty());
    bot.stop().await;
}

/// The attack of issue 22: a careless member adds an outsider, who can read
/// the topics and, before, could write to her anonymously. A plain member
/// now gets a note in the topic instead, she gets nothing, and the
/// coordinators are told in the General topic the moment the outsider joins.
#[tokio::test(flavor = "multi_thread")]
async fn a_plain_member_added_to_the_group_never_reaches_her_and_the_coordinators_are_told() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = start(&home, &api).await;
    let chat = 5_734_512_101;
    start_in(&api, chat, "ru").await;
    ask(&api, chat, "ru", "services-consultant", "Где получить справку? вопрос-PM1").await;
    let topic = newest_topic(&api);

    api.set_user(FakeUser { first_name: "Посторонний".into(), ..user(OUTSIDER, Some("ru")) });
    api.joins(GROUP, OUTSIDER);
    let warning = |a: &FakeApi| {
        a.visible(GROUP)
            .into_iter()
            .find(|m| m.from_bot && m.text.as_deref().is_some_and(|t| t.contains("Посторонний")))
    };
    api.wait_until(|a| warning(a).is_some(), DEFAULT_TIMEOUT).await.expect("the coordinators are told");
    let warning = warning(&api).unwrap();
    assert!(warning.raw.get("message_thread_id").is_none(), "said in the General topic: {warning:?}");
    assert!(warning.text.unwrap().starts_with("⚠️"));

    // A member now (getChatMember says so), but no consultant.
    api.topic_text(GROUP, OUTSIDER, topic.thread_id, "я-тоже-отвечу-PM2");
    wait_topic_text(&api, topic.thread_id, &t("ru", "consult-staff-not-consultant")).await;
    // The consultant's answer, handled after the outsider's, still reaches her.
    api.topic_text(GROUP, STAFF, topic.thread_id, "ответ-консультанта-PM3");
    wait_text(&api, chat, &t("ru", "consult-new-message")).await;
    assert_eq!(notes(&api, chat, "ru").len(), 1, "only the consultant's answer is announced");
    api.press_label(chat, chat as u64, &t("ru", "consult-read"));
    wait_text(&api, chat, &t("ru", "consult-after-read")).await;
    let her = bot_messages(&api, chat).iter().filter_map(|m| m.text.clone()).collect::<Vec<_>>().join("\n");
    assert!(her.contains("ответ-консультанта-PM3") && !her.contains("PM2"), "{her}");
    // One question to Telegram about the administrators served all three.
    assert_eq!(api.calls_of("getChatAdministrators").len(), 1, "the administrators are cached");
    bot.stop().await;
}

/// With `KADAM_CONSULT_STAFF_IDS`, the list alone decides: an administrator
/// not on it is not relayed, a listed plain member is, and Telegram is
/// never asked for the administrators.
#[tokio::test(flavor = "multi_thread")]
async fn only_the_listed_consultants_are_relayed_when_a_list_is_given() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let listed = OUTSIDER.to_string();
    let bot = start_with(&home, &api, &[("KADAM_CONSULT_STAFF_IDS", &listed)]).await;
    let chat = 5_734_512_102;
    start_in(&api, chat, "ru").await;
    ask(&api, chat, "ru", "services-consultant", "Где получить справку?").await;
    let topic = newest_topic(&api);
    api.topic_text(GROUP, STAFF, topic.thread_id, "администратор-LS1");
    wait_topic_text(&api, topic.thread_id, &t("ru", "consult-staff-not-consultant")).await;
    api.topic_text(GROUP, OUTSIDER, topic.thread_id, "консультант-из-списка-LS2");
    wait_text(&api, chat, &t("ru", "consult-new-message")).await;
    assert_eq!(notes(&api, chat, "ru").len(), 1);
    assert!(api.calls_of("getChatAdministrators").is_empty());
    bot.stop().await;
}

/// A demoted administrator is trusted for at most five minutes: then the
/// list is asked again, and their words stop reaching her.
#[tokio::test(flavor = "multi_thread")]
async fn the_administrators_are_asked_again_after_five_minutes() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let t0 = 1_796_097_600;
    home.set_clock(t0);
    let bot = start(&home, &api).await;
    let chat = 5_734_512_103;
    start_in(&api, chat, "ru").await;
    ask(&api, chat, "ru", "services-consultant", "Где получить справку?").await;
    let topic = newest_topic(&api);
    api.topic_text(GROUP, STAFF, topic.thread_id, "первый-ответ-AD1");
    wait_text(&api, chat, &t("ru", "consult-new-message")).await;
    api.set_admins(GROUP, &[]);
    home.set_clock(t0 + 6 * 60);
    api.topic_text(GROUP, STAFF, topic.thread_id, "после-понижения-AD2");
    wait_topic_text(&api, topic.thread_id, &t("ru", "consult-staff-not-consultant")).await;
    assert_eq!(api.calls_of("getChatAdministrators").len(), 2);
    assert_eq!(notes(&api, chat, "ru").len(), 1, "the demoted administrator's words did not reach her");
    bot.stop().await;
}

/// Before, the answers stayed stored for 14 days after her quick exit, and
/// an old "Open" button (from a notification, or replayed) still showed the
/// answer. Now the exit deletes them at once.
#[tokio::test(flavor = "multi_thread")]
async fn the_quick_exit_deletes_waiting_answers_so_an_old_open_button_shows_nothing() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = start(&home, &api).await;
    let chat = 5_734_512_104;
    start_in(&api, chat, "ru").await;
    ask(&api, chat, "ru", "services-consultant", "Где получить справку?").await;
    let topic = newest_topic(&api);
    api.topic_text(GROUP, STAFF, topic.thread_id, "ответ-после-выхода-QE1");
    wait_text(&api, chat, &t("ru", "consult-new-message")).await;
    let note = notes(&api, chat, "ru").remove(0);
    let (_, data) = note.keyboard[0][0].clone();

    api.send_text(chat, chat as u64, "/exit");
    wait_text(&api, chat, &t("ru", "ui-decoy")).await;
    api.wait_until(|a| a.topics(GROUP).iter().any(|t| t.thread_id == topic.thread_id && t.closed), DEFAULT_TIMEOUT)
        .await
        .expect("the quick exit closes her topic");
    let mut db = crate::support::bot::open_read_only(&home.db_path()).await;
    let answers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consult_answer").fetch_one(&mut db).await.unwrap();
    assert_eq!(answers, 0, "no answer of hers is kept after the quick exit");

    // The note itself is gone with the exit: the old button's data is
    // replayed on what her chat shows now, as a forged press would be.
    assert!(api.message(chat, note.id).is_none(), "the quick exit deleted the note");
    let shown = bot_messages(&api, chat).last().expect("the decoy").id;
    api.press_raw(chat, chat as u64, shown, &data);
    let gone: Vec<String> = ["ky", "ru", "uz"].iter().map(|l| t(l, "consult-gone")).collect();
    wait_chat(&api, chat, "the answer is gone", |a| gone.contains(&last_bot_text(a, chat))).await;
    let her = bot_messages(&api, chat).iter().filter_map(|m| m.text.clone()).collect::<Vec<_>>().join("\n");
    assert!(!her.contains("QE1"), "{her}");
    bot.stop().await;
}

/// When a question's retention ends, its topic (her words) is deleted from
/// the staff group, tried again when Telegram refuses, and forgotten.
#[tokio::test(flavor = "multi_thread")]
async fn a_topic_is_deleted_when_its_retention_ends_and_retried_after_a_refusal() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let t0 = 1_796_097_600;
    home.set_clock(t0);
    let bot = start(&home, &api).await;
    let chat = 5_734_512_105;
    start_in(&api, chat, "ru").await;
    ask(&api, chat, "ru", "services-consultant", "Где получить справку? слова-RT1").await;
    let topic = newest_topic(&api);
    api.topic_text(GROUP, STAFF, topic.thread_id, "/close");
    api.wait_until(|a| a.topics(GROUP)[0].closed, DEFAULT_TIMEOUT).await.expect("closed");

    api.fail_next("deleteForumTopic", 1, Fault::Refuse("not enough rights to delete the topic".into()));
    home.set_clock(t0 + 15 * 86_400);
    api.wait_for_calls("deleteForumTopic", 2, DEFAULT_TIMEOUT).await.expect("refused, then tried again");
    api.wait_until(|a| a.topics(GROUP)[0].deleted, DEFAULT_TIMEOUT).await.expect("the topic is deleted");
    assert!(group_texts(&api).iter().all(|t| !t.contains("RT1")), "{:?}", group_texts(&api));
    // The deletion is written down, so the next look does not try again.
    let started = std::time::Instant::now();
    while topics_kept(&home).await > 0 {
        assert!(started.elapsed() < DEFAULT_TIMEOUT, "the deleted topic is still listed in the database");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    bot.stop().await;
}

/// Questions whose topic the bot still has to delete (or that are open).
async fn topics_kept(home: &Home) -> i64 {
    let mut db = crate::support::bot::open_read_only(&home.db_path()).await;
    sqlx::query_scalar("SELECT COUNT(*) FROM consult_question WHERE topic_id IS NOT NULL")
        .fetch_one(&mut db)
        .await
        .expect("count the topics")
}

/// Nobody can flood the staff group with topics: a fourth new question in a
/// day is refused kindly, and allowed again the next day.
#[tokio::test(flavor = "multi_thread")]
async fn at_most_three_new_questions_a_day() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let t0 = 1_796_097_600;
    home.set_clock(t0);
    let bot = start_with(&home, &api, &[("KADAM_CONSULT_MAX_OPEN", "9")]).await;
    let chat = 5_734_512_106;
    start_in(&api, chat, "ru").await;
    for n in 1..=3 {
        ask(&api, chat, "ru", "services-consultant", &format!("вопрос номер {n}")).await;
        api.press_label(chat, chat as u64, &t("ru", "consult-close"));
        wait_text(&api, chat, &t("ru", "consult-closed")).await;
    }
    api.send_text(chat, chat as u64, "/services-consultant");
    wait_text(&api, chat, &t("ru", "services-consultant")).await;
    api.send_text(chat, chat as u64, "вопрос номер 4");
    let limit = t_args("ru", "consult-daily-limit", &[("max", 3)]);
    wait_last(&api, chat, "the daily limit", |text| text.starts_with(&limit)).await;
    assert_eq!(api.topics(GROUP).len(), 3, "no fourth topic today");
    home.set_clock(t0 + 25 * 3600);
    ask(&api, chat, "ru", "services-consultant", "вопрос на следующий день").await;
    assert_eq!(api.topics(GROUP).len(), 4);
    bot.stop().await;
}

/// A reply Telegram sends that teloxide cannot parse holds her chat id and
/// name; before, the line logged when such a send to her chat was retried
/// printed it whole. Now only its size is logged, at every level.
#[tokio::test(flavor = "multi_thread")]
async fn a_reply_that_cannot_be_parsed_leaves_nothing_of_her_in_the_log() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = start_with(&home, &api, &[("KADAM_LOG", "kadam=debug")]).await;
    let chat: i64 = 5_734_512_107;
    api.set_user(identifiable(chat, "ru"));
    start_in(&api, chat, "ru").await;
    ask(&api, chat, "ru", "services-consultant", "Где получить справку?").await;
    let topic = newest_topic(&api);
    api.fail_next("sendMessage", 1, Fault::Garbled);
    api.topic_text(GROUP, STAFF, topic.thread_id, "ответ-GB1");
    // The send is retried, and the second reply is whole.
    wait_text(&api, chat, &t("ru", "consult-new-message")).await;
    bot.stop().await;
    let logs = home.logs();
    assert!(logs.contains("could not be parsed"), "the failure itself is logged:\n{logs}");
    for secret in [chat.to_string().as_str(), "Айзада", "Секретова", "aizada_hidden_42"] {
        assert!(!logs.contains(secret), "{secret} is in the log:\n{logs}");
    }
}

/// A consultation button whose note Telegram refuses: she gets the error
/// note, not silence; the same press works again right after.
#[tokio::test(flavor = "multi_thread")]
async fn a_failing_consultation_press_sends_her_the_error_note() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let bot = start(&home, &api).await;
    let chat = 7_700_123;
    start_in(&api, chat, "ru").await;
    let on = bot_messages(&api, chat).last().expect("the main menu").id;
    api.fail_next("sendMessage", 1, Fault::Refuse("message is too long".into()));
    // "Read" on an answer that is not there: a note that it is gone.
    api.press_raw(chat, chat as u64, on, "kq:r:999999");
    let error = t("ru", "ui-note-error");
    wait_last(&api, chat, "the error note", |text| text == error).await;
    let mark = api.mark();
    api.press_raw(chat, chat as u64, on, "kq:r:999999");
    let answered = api.wait_for_call(mark, |c| c.method == "sendMessage" && c.ok == Some(true), DEFAULT_TIMEOUT).await;
    let answered = answered.expect("the press is answered again");
    assert_ne!(answered.text(), Some(error), "the note that the answer is gone, this time");
    bot.stop().await;
}
