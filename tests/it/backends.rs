//! Same results on both backends (issue 24, item 5): the same walks, made
//! through the storage calls the bot makes (screens counted and flushed,
//! feedback, questions to consultants, webinar reminders, subscriptions and
//! an announcement) and through the real bot (menus, a guide, feedback), at
//! fixed times, fill an SQLite file and a PostgreSQL database; `kadam export` (CSV), `kadam stats` and the donor report's
//! numbers must then be byte for byte the same. A database moved by
//! `kadam migrate-db` must give them too, and go on working.

use std::path::Path;

use kadam::{
    dialogue::{Lang, engine::FeedbackEffect},
    storage::{
        Db, consult,
        feedback::apply,
        visits::{Firsts, Visits},
        webinars::{self, Kind, NewReminder, Sent},
    },
};
use scraper::{Html, Selector};

use crate::support::{
    bot::{button, start_in, step_of, t, wait_last, wait_text},
    fake_api::FakeApi,
    kadam::{Home, cli},
};

/// Unix seconds at 12:00 Bishkek time on `day`, plus `plus` seconds.
fn at(day: &str, plus: i64) -> i64 {
    kadam::clock::start_of(kadam::clock::parse_date(day).unwrap()) + 12 * 3600 + plus
}

/// The two whole weeks every figure is asked for.
const FROM: &str = "2026-11-02";
const TO: &str = "2026-11-15";

/// Screens shown: (day, language, node, step, how many people).
const SCREENS: &[(&str, &str, &str, usize, i64)] = &[
    ("2026-11-03", "ky", "main", 0, 9),
    ("2026-11-03", "ky", "portal-login", 0, 8),
    ("2026-11-03", "ru", "portal-login", 1, 6),
    ("2026-11-04", "ru", "portal-login", 2, 5),
    ("2026-11-10", "uz", "find-help", 0, 7),
    ("2026-11-10", "ky", "find-help", 1, 6),
    ("2026-11-11", "ru", "emergency", 0, 12),
    ("2026-11-20", "ru", "main", 0, 30),
];

/// Everything the bot stores about these people's use, as it stores it.
async fn walks(db: &Db) {
    let visits = Visits::default();
    for (n, (day, lang, node, step, people)) in SCREENS.iter().enumerate() {
        for person in 0..*people {
            visits.count((*day).to_owned(), node, *step);
            let previous = (person % 3 == 0).then(|| at(day, 0) - 86_400 * (n as i64 + 1));
            visits.count_lang((*day).to_owned(), lang, Firsts::new(previous, at(day, 0)));
        }
        // Flushed now and then, as the bot does: later flushes add to rows.
        if n % 3 == 2 {
            visits.flush(db).await.unwrap();
        }
    }
    visits.flush(db).await.unwrap();
    feedback(db).await;
    consultations(db).await;
    webinar_walks(db).await;
}

async fn feedback(db: &Db) {
    let comments = [Some("Спасибо, \"всё\" понятно"), None, Some("=1+2"), Some("строка\nдругая"), None, Some("Рахмат")];
    let topics = ["portal-login", "portal-login", "feedback", "webinar-portal-basics"];
    for i in 0..24_usize {
        let person = format!("fb-{i}");
        let create = FeedbackEffect::Create {
            topic: topics[i % topics.len()].into(),
            rating: (i % 3 + 1) as u8,
            lang: Lang::new(["ky", "ru", "uz"][i % 3]),
            consent_version: 1,
        };
        let when = at(["2026-11-05", "2026-11-12", "2026-11-13"][i % 3], i as i64 * 61);
        apply(db, &person, 1000 + i as u32, when, &create).await.unwrap();
        if let Some(comment) = comments[i % comments.len()] {
            apply(db, &person, 0, when, &FeedbackEffect::SetComment(comment.into())).await.unwrap();
        }
        if i % 4 != 3 {
            let region = ["bishkek", "osh", "chui"][i % 3];
            apply(db, &person, 0, when, &FeedbackEffect::SetRegion(region.into())).await.unwrap();
        }
    }
}

async fn consultations(db: &Db) {
    for i in 0..14_i64 {
        let (consultant, lang, day) =
            if i < 8 { ("lawyer", "ru", "2026-11-03") } else { ("psychologist", "ky", "2026-11-11") };
        let person = format!("asker-{i}");
        let new = consult::New { person: &person, consultant, lang, area: "violence" };
        let asked = at(day, i * 97);
        let id = consult::create(db, &new, asked).await.unwrap();
        consult::set_contact(db, id, &[7, i as u8], 500 + i).await.unwrap();
        if i % 3 != 2 {
            let by = ["c-one", "c-two"][(i % 2) as usize];
            consult::claim_answer(db, id, 9000 + i as i32, by, asked + 3600 * (i + 1)).await.unwrap().unwrap();
        }
        if i % 2 == 0 {
            consult::close(db, id, asked + 86_400).await.unwrap();
        }
    }
}

async fn webinar_walks(db: &Db) {
    for i in 0..9_i64 {
        let person = format!("listener-{i}");
        let webinar = if i < 6 { "portal-basics" } else { "protection-orders" };
        let rows = [Kind::DayBefore, Kind::HourBefore].map(|kind| NewReminder {
            kind,
            due: at("2026-11-25", i),
            chat: vec![1, i as u8],
        });
        webinars::remind(db, &person, webinar, &rows).await.unwrap();
        webinars::subscribe(db, &person, ["ky", "ru", "uz"][(i % 3) as usize], &[2, i as u8], at("2026-11-06", i))
            .await
            .unwrap();
    }
    let id = webinars::create_draft(db, at("2026-11-09", 0), Some("portal-basics"), r#"{"ru":"Вебинар"}"#, Some(4242))
        .await
        .unwrap();
    let queued =
        webinars::confirm(db, id, |sealed, seq| Some([sealed, &[seq as u8]].concat()), Some(77)).await.unwrap();
    assert_eq!(queued, Some(9));
    for (n, row) in webinars::queued(db, id, 100).await.unwrap().iter().enumerate() {
        assert!(webinars::claim(db, id, row.seq).await.unwrap());
        let outcome = match n {
            0 => Sent::Blocked,
            1 => Sent::Failed,
            _ => Sent::Delivered,
        };
        webinars::settle(db, id, row, outcome).await.unwrap();
    }
    webinars::finish(db, id).await.unwrap();
}

/// What coordinators read from a database.
#[derive(Debug, PartialEq)]
struct Figures {
    export_csv: String,
    stats: String,
    stats_csv: String,
    /// The donor report's numbers (`#kadam-report-data`).
    report: serde_json::Value,
}

/// The same "today" for every command, after the weeks asked for.
fn steered_clock(dir: &Path) -> String {
    let file = dir.join("clock");
    std::fs::write(&file, at("2026-11-20", 0).to_string()).unwrap();
    file.display().to_string()
}

fn run(dir: &Path, url: &str, args: &[&str]) -> String {
    let clock = steered_clock(dir);
    let out = cli(dir, url, args, &[(kadam::clock::CLOCK_FILE, &clock)]);
    assert!(out.status.success(), "kadam {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn figures(dir: &Path, url: &str, name: &str) -> Figures {
    let file = |what: &str| dir.join(format!("{name}-{what}"));
    let (export, stats_csv, report) = (file("export.csv"), file("stats.csv"), file("report.html"));
    run(dir, url, &["export", "--format", "csv", "--out", export.to_str().unwrap()]);
    let stats = run(dir, url, &["stats", "--since", FROM, "--until", TO, "--csv", stats_csv.to_str().unwrap()]);
    run(dir, url, &["report", "--from", FROM, "--to", TO, "--lang", "en", "--out", report.to_str().unwrap()]);
    let page = Html::parse_document(&std::fs::read_to_string(report).unwrap());
    let data = page.select(&Selector::parse("script#kadam-report-data").unwrap()).next().expect("the report's data");
    Figures {
        export_csv: std::fs::read_to_string(export).unwrap(),
        stats,
        stats_csv: std::fs::read_to_string(stats_csv).unwrap(),
        report: serde_json::from_str(&data.inner_html()).unwrap(),
    }
}

/// The walks made it into the figures (so that equal figures mean something).
fn assert_counted(f: &Figures) {
    assert_eq!(f.export_csv.lines().count(), 1 + 24 + 4, "a header, 24 records (four comments span two lines)");
    assert!(f.stats.contains("portal-login"), "{}", f.stats);
    assert!(f.stats.contains("portal-basics: reminders requested 6"), "{}", f.stats);
    assert!(f.stats.contains("reached 7"), "{}", f.stats);
    assert!(f.stats.lines().any(|l| l.trim_start().starts_with("consultant lawyer")), "{}", f.stats);
    assert_eq!(f.report["weeks"], serde_json::json!(["2026-11-02", "2026-11-09"]));
    assert_ne!(f.report["screens_lang"]["total"], serde_json::json!(0));
}

async fn sqlite(dir: &Path, name: &str) -> (Db, String) {
    let url = format!("sqlite://{}", dir.join(format!("{name}.db")).display());
    (Db::open(&url).await.unwrap(), url)
}

/// The walks on a fresh PostgreSQL database, or `None` when skipped.
async fn postgres() -> Option<(Db, String)> {
    let url = crate::support::postgres::fresh_database().await?;
    Some((Db::open(&url).await.unwrap(), url))
}

#[tokio::test(flavor = "multi_thread")]
async fn export_stats_and_report_are_the_same_on_both_backends() {
    let dir = tempfile::tempdir().unwrap();
    let (db, url) = sqlite(dir.path(), "kadam").await;
    walks(&db).await;
    db.close().await;
    let on_sqlite = figures(dir.path(), &url, "sqlite");
    assert_counted(&on_sqlite);
    let Some((db, url)) = postgres().await else { return };
    walks(&db).await;
    db.close().await;
    let on_postgres = figures(dir.path(), &url, "postgres");
    assert_eq!(on_postgres.export_csv, on_sqlite.export_csv);
    assert_eq!(on_postgres.stats, on_sqlite.stats);
    assert_eq!(on_postgres.stats_csv, on_sqlite.stats_csv);
    assert_eq!(on_postgres.report, on_sqlite.report);
}

/// `kadam migrate-db` moves the walked SQLite database into PostgreSQL:
/// the figures stay the same, and the bot goes on where it was (the next
/// question number follows the last one, nothing collides).
#[tokio::test(flavor = "multi_thread")]
async fn a_database_moved_to_postgres_gives_the_same_figures_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let (db, sqlite_url) = sqlite(dir.path(), "kadam").await;
    walks(&db).await;
    db.close().await;
    let before = figures(dir.path(), &sqlite_url, "before");
    let Some(postgres_url) = crate::support::postgres::fresh_database().await else { return };
    let moved = run(dir.path(), &sqlite_url, &["migrate-db", "--to", &postgres_url]);
    assert!(moved.lines().any(|l| l.split_whitespace().eq(["consult_question", "14"])), "{moved}");
    assert!(moved.contains("the counts match"), "{moved}");
    let after = figures(dir.path(), &postgres_url, "after");
    assert_eq!(after.export_csv, before.export_csv);
    assert_eq!(after.stats, before.stats);
    assert_eq!(after.stats_csv, before.stats_csv);
    assert_eq!(after.report, before.report);

    let db = Db::open(&postgres_url).await.unwrap();
    let new = consult::New { person: "asker-new", consultant: "lawyer", lang: "ru", area: "violence" };
    assert_eq!(consult::create(&db, &new, at("2026-11-20", 0)).await.unwrap(), 15, "#Q-15 follows #Q-14");
    let draft = webinars::create_draft(&db, at("2026-11-20", 0), None, "{}", None).await.unwrap();
    assert_eq!(draft, 2, "the second announcement");
    let create = FeedbackEffect::Create { topic: "main".into(), rating: 3, lang: Lang::new("ky"), consent_version: 1 };
    assert!(apply(&db, "fb-new", 5000, at("2026-11-20", 0), &create).await.unwrap());
    db.close().await;
}

/// People walking the real bot through the fake Bot API, its clock steered
/// to Wednesday 4 November 2026: each reads the portal-login guide to its
/// end, rates it, agrees to keep the answer, comments and names a region.
async fn walk_the_bot(home: &Home) {
    home.set_clock(at("2026-11-04", 0));
    let api = FakeApi::start().await;
    let bot = home.start(&api, &[]).await;
    for (n, lang) in ["ru", "ky", "ru", "ru", "ky"].into_iter().enumerate() {
        let chat = 7001 + n as i64;
        let press = |label: &str| api.press_label(chat, chat as u64, label);
        start_in(&api, chat, lang).await;
        api.send_text(chat, chat as u64, "/start portal-login");
        for step in 1..=3 {
            if step > 1 {
                press(&t(lang, "ui-next"));
            }
            let wanted = step_of(lang, step, 3);
            wait_last(&api, chat, &wanted, |text| text.contains(&wanted)).await;
        }
        press(&button(lang, "feedback"));
        wait_text(&api, chat, &t(lang, "feedback")).await;
        press(&t(lang, ["feedback-yes", "feedback-partly", "feedback-no"][n % 3]));
        wait_text(&api, chat, &t(lang, "feedback-consent")).await;
        press(&t(lang, "feedback-consent-yes"));
        wait_text(&api, chat, &t(lang, "feedback-comment")).await;
        api.send_text(chat, chat as u64, &format!("Комментарий, \"номер\" {n}"));
        wait_text(&api, chat, &t(lang, "feedback-region")).await;
        press(&t(lang, "region-naryn"));
        let thanks = t(lang, "feedback-thanks");
        wait_last(&api, chat, "thanks", |text| text.starts_with(&thanks)).await;
    }
    // SIGTERM: the screen counts are flushed before it exits.
    bot.stop().await;
}

/// The same walks through the real bot on each backend: the same figures.
#[tokio::test(flavor = "multi_thread")]
async fn the_real_bot_walked_on_each_backend_gives_the_same_figures() {
    let Some(url) = crate::support::postgres::fresh_database().await else { return };
    let (on_sqlite, on_postgres) = (Home::new(), Home::new().on_postgres(url));
    walk_the_bot(&on_sqlite).await;
    walk_the_bot(&on_postgres).await;
    on_postgres.assert_on_its_backend();
    let dir = on_sqlite.dir.path();
    let sqlite = figures(dir, &on_sqlite.database_url(), "sqlite");
    let postgres = figures(dir, &on_postgres.database_url(), "postgres");
    assert_eq!(sqlite.export_csv.lines().count(), 1 + 5, "{}", sqlite.export_csv);
    assert!(sqlite.stats.lines().any(|l| l.contains("portal-login")), "{}", sqlite.stats);
    assert_eq!(postgres.export_csv, sqlite.export_csv);
    assert_eq!(postgres.stats, sqlite.stats);
    assert_eq!(postgres.stats_csv, sqlite.stats_csv);
    assert_eq!(postgres.report, sqlite.report);
}
