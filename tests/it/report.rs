//! `kadam report`: the real binary on a fixture database with known counts.
//! The numbers embedded in the page (`#kadam-report-data`) must be exactly
//! the counts put in, with small cells and their complements hidden; the
//! page must parse as HTML with one titled SVG per chart; and, when a
//! Chromium is installed, it must render headless.

use std::{path::Path, process::Command};

use kadam::{
    dialogue::{Lang, engine::FeedbackEffect},
    storage::{Db, feedback::apply},
};
use scraper::{Html, Selector};

use crate::support::{
    bot::{has_staff_text, start_in, t},
    fake_api::{DEFAULT_TIMEOUT, FakeApi},
    kadam::Home,
};
use serde_json::{Value, json};

/// Unix seconds at 12:00 Bishkek time on `day`.
fn noon(day: &str) -> i64 {
    kadam::clock::start_of(kadam::clock::parse_date(day).unwrap()) + 12 * 3600
}

/// (day, lang, screens, people of the week, people of the month)
const LANGS: &[(&str, &str, i64, i64, i64)] = &[
    ("2026-11-03", "ky", 40, 10, 10),
    ("2026-11-04", "ky", 20, 6, 2),
    ("2026-11-10", "ky", 50, 12, 1),
    ("2026-11-03", "ru", 30, 9, 9),
    ("2026-11-11", "ru", 25, 7, 3),
    ("2026-11-12", "uz", 8, 3, 3),
    // Outside the period: never counted.
    ("2026-11-01", "ky", 900, 900, 900),
    ("2026-11-16", "ru", 900, 900, 900),
];

/// (day, node, step, count)
const SCREENS: &[(&str, &str, i64, i64)] = &[
    ("2026-11-03", "portal-login", 0, 20),
    ("2026-11-03", "portal-login", 1, 15),
    ("2026-11-04", "portal-login", 2, 9),
    ("2026-11-03", "emergency", 0, 7),
    ("2026-11-10", "find-help", 0, 12),
    ("2026-11-10", "find-help", 1, 6), // region 1 of the directory: Bishkek
    ("2026-11-10", "find-help", 3, 2),
    ("2026-11-10", "danger-check", 1, 5),
    ("2026-11-10", "danger-check", 5, 3), // the last of six questions
    ("2026-11-16", "portal-login", 0, 500),
];

/// (topic, rating, comment): all on 5 November 2026.
const FEEDBACK: &[(&str, u8, Option<&str>)] = &[
    ("portal-login", 3, Some("Спасибо, всё понятно")),
    ("portal-login", 3, Some("Позвоните мне +996 555 123 456, я Айгуль")),
    ("portal-login", 3, None),
    ("portal-login", 3, None),
    ("portal-login", 3, None),
    ("portal-login", 3, None),
    ("portal-login", 2, None),
    ("portal-login", 2, None),
    ("portal-login", 1, None),
    ("feedback", 3, Some("only three answers on this topic: not quoted")),
    ("feedback", 3, None),
    ("feedback", 3, None),
];

async fn fixture(dir: &Path) -> String {
    let url = format!("sqlite://{}", dir.join("kadam.db").display());
    fill(&url).await;
    url
}

/// Puts the known counts into the (empty) database at `url`, either backend.
async fn fill(url: &str) {
    let db = Db::open(url).await.unwrap();
    for (day, lang, screens, week, month) in LANGS {
        sqlx::query(
            "INSERT INTO visit_lang (day, lang, screens, people_week, people_month) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(day)
        .bind(lang)
        .bind(screens)
        .bind(week)
        .bind(month)
        .execute(&db.write)
        .await
        .unwrap();
    }
    for (day, node, step, count) in SCREENS {
        sqlx::query("INSERT INTO node_visit (day, node, step, count) VALUES ($1, $2, $3, $4)")
            .bind(day)
            .bind(node)
            .bind(step)
            .bind(count)
            .execute(&db.write)
            .await
            .unwrap();
    }
    for (i, (topic, rating, comment)) in FEEDBACK.iter().enumerate() {
        let person = format!("person-{i}");
        let create = FeedbackEffect::Create {
            topic: (*topic).into(),
            rating: *rating,
            lang: Lang::new("ru"),
            consent_version: 1,
        };
        let at = noon("2026-11-05") + i as i64;
        apply(&db, &person, 100 + i as u32, at, &create).await.unwrap();
        if let Some(c) = comment {
            apply(&db, &person, 0, at, &FeedbackEffect::SetComment((*c).into())).await.unwrap();
        }
    }
    // Questions to consultants: the lawyer 6 in the first week (all
    // answered, after 1 to 6 hours) and 5 in the second, the psychologist 5
    // in the second; one outside the period.
    let mut questions: Vec<(&str, &str, Option<i64>)> = vec![];
    questions.extend((1..=6).map(|h| ("lawyer", "2026-11-03", Some(h * 3600))));
    questions.extend((0..5).map(|_| ("lawyer", "2026-11-10", None)));
    questions.extend((0..5).map(|_| ("psychologist", "2026-11-11", None)));
    questions.push(("psychologist", "2026-11-20", Some(60)));
    for (i, (consultant, day, wait)) in questions.into_iter().enumerate() {
        let at = noon(day) + i as i64;
        sqlx::query(
            "INSERT INTO consult_question (person, consultant, lang, area, asked_at, last_at, first_answer_at)
             VALUES ($1, $2, 'ru', 'violence', $3, $4, $5)",
        )
        .bind(format!("asker-{i}"))
        .bind(consultant)
        .bind(at)
        .bind(at)
        .bind(wait.map(|w| at + w))
        .execute(&db.write)
        .await
        .unwrap();
    }
    // An announcement in the period reached 12 people; one later, 900.
    for (day, delivered) in [("2026-11-09", 12), ("2026-11-20", 900)] {
        sqlx::query("INSERT INTO announcement (created_at, texts, status, delivered) VALUES ($1, '{}', 'done', $2)")
            .bind(noon(day))
            .bind(delivered)
            .execute(&db.write)
            .await
            .unwrap();
    }
    db.close().await;
}

fn kadam(dir: &Path, url: &str, args: &[&str]) -> std::process::Output {
    crate::support::kadam::cli(dir, url, args, &[])
}

/// Runs `kadam report` for 2–15 November 2026 (two whole weeks) and returns the page.
async fn report(dir: &Path, lang: &str) -> String {
    let url = fixture(dir).await;
    let out = dir.join(format!("report-{lang}.html"));
    let args = ["report", "--from", "2026-11-02", "--to", "2026-11-15", "--lang", lang, "--out", out.to_str().unwrap()];
    let result = kadam(dir, &url, &args);
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    crate::support::kadam::assert_owner_only(&out);
    std::fs::read_to_string(out).unwrap()
}

/// `kadam report`, `stats` and `export` on PostgreSQL: the same counts give
/// the same figures, the same page data and the same export as on SQLite.
#[tokio::test(flavor = "multi_thread")]
async fn report_stats_and_export_give_the_same_on_postgres() {
    let Some(pg) = crate::support::postgres::fresh_database().await else { return };
    let dir = tempfile::tempdir().unwrap();
    let lite = fixture(dir.path()).await;
    fill(&pg).await;
    let run = |url: &str, name: &str, args: &[&str]| {
        let result = kadam(dir.path(), url, args);
        assert!(result.status.success(), "{name} on {url}: {}", String::from_utf8_lossy(&result.stderr));
        assert!(!String::from_utf8_lossy(&result.stderr).contains("kadam_test"), "the URL is not echoed");
        result.stdout
    };
    let mut outputs = vec![];
    for (name, url) in [("sqlite", &lite), ("postgres", &pg)] {
        let page = dir.path().join(format!("report-{name}.html"));
        let csv = dir.path().join(format!("export-{name}.csv"));
        let period = ["--from", "2026-11-02", "--to", "2026-11-15"];
        run(url, name, &[&["report"][..], &period, &["--out", page.to_str().unwrap()]].concat());
        let stats = run(url, name, &["stats", "--since", "2026-11-01", "--until", "2026-11-30"]);
        run(url, name, &["export", "--format", "csv", "--out", csv.to_str().unwrap()]);
        let data = data(&Html::parse_document(&std::fs::read_to_string(page).unwrap()));
        outputs.push((data, String::from_utf8(stats).unwrap(), std::fs::read_to_string(csv).unwrap()));
    }
    let (lite, post) = (&outputs[0], &outputs[1]);
    assert_eq!(lite.0, post.0, "the report's numbers");
    assert_eq!(lite.0["consultations"]["total"], json!(16), "the fixture reached the report");
    assert_eq!(lite.1, post.1, "kadam stats");
    assert!(lite.1.contains("portal-login"), "{}", lite.1);
    assert_eq!(lite.2, post.2, "kadam export");
    assert!(lite.2.lines().count() > 12, "{}", lite.2);
}

/// A report that fails (here: there is no database) leaves nothing behind:
/// before, an empty report.html stayed, which looked like a result. A
/// report already there from an earlier run is left as it was.
#[test]
fn a_failed_report_leaves_no_file_behind() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("missing.db").display());
    let out = dir.path().join("report.html");
    let args = ["report", "--from", "2026-11-02", "--to", "2026-11-15", "--out", out.to_str().unwrap()];
    let result = kadam(dir.path(), &url, &args);
    assert!(!result.status.success(), "no database, no report");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    std::fs::write(&out, "last month's report").unwrap();
    assert!(!kadam(dir.path(), &url, &args).status.success());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "last month's report");
}

fn data(page: &Html) -> Value {
    let script = page.select(&Selector::parse("script#kadam-report-data").unwrap()).next().expect("embedded data");
    serde_json::from_str(&script.inner_html()).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_numbers_shown_are_the_counts_put_in_with_small_cells_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let page = Html::parse_document(&report(dir.path(), "ru").await);
    let d = data(&page);
    assert_eq!(d["weeks"], json!(["2026-11-02", "2026-11-09"]));
    // People per week: uz (0, 3) is hidden, and so is ru (9, 7), since each
    // week's total would otherwise give uz away.
    assert_eq!(d["people"]["keys"], json!(["ky", "ru", "uz"]));
    assert_eq!(d["people"]["cells"], json!([[16, 12], ["<5", "<5"], ["<5", "<5"]]));
    assert_eq!(d["people"]["week_totals"], json!([25, 22]));
    // uz's total (3) is hidden, so ru's (16) goes with it.
    assert_eq!(d["people"]["key_totals"], json!([28, "<5", "<5"]));
    assert_eq!(d["people"]["total"], json!(47));
    assert_eq!(d["people_period"], json!(10 + 2 + 1 + 9 + 3 + 3));
    // No count from 1 to 4 here, so all shown, true zeros included.
    assert_eq!(d["screens_lang"]["cells"], json!([[60, 50], [30, 25], [0, 8]]));
    assert_eq!(d["screens_lang"]["total"], json!(173));
    // Sections follow the main menu (🆘 first); the safety check counts as violence.
    let sections: Vec<&str> =
        d["screens_section"]["keys"].as_array().unwrap().iter().map(|k| k.as_str().unwrap()).collect();
    assert_eq!(sections, ["emergency", "services", "violence", "find-help"]);
    assert_eq!(d["screens_section"]["key_totals"], json!([7, 44, 8, 20]));
    // The guide's funnel, and the share that reached its last step.
    let guide = &d["guides"][0];
    assert_eq!(guide["guide"], "portal-login");
    assert_eq!(guide["steps"], json!([20, 15, 9]));
    assert_eq!(guide["reached_last"], json!(45));
    assert_eq!(guide["most_left_after"], json!(2));
    assert_eq!(
        d["help"],
        json!({"emergency": 7, "directory": 12, "self_check_started": 5, "self_check_last": "<5", "total": 19})
    );
    // Bishkek 6, Batken 2: hidden, and a region with 0 hidden with it.
    assert_eq!(d["regions"][0], json!({"region": "bishkek", "label": t("ru", "region-bishkek"), "count": 6}));
    let hidden: Vec<&Value> = d["regions"].as_array().unwrap().iter().filter(|r| r["count"] == "<5").collect();
    assert_eq!(hidden.len(), 2, "{}", d["regions"]);
    assert!(hidden.iter().any(|r| r["region"] == "batken"));
    // Feedback: 12 answers; every topic × rating cell ends up hidden.
    assert_eq!(d["feedback_topics"]["total"], json!(12));
    assert_eq!(d["feedback_topics"]["keys"], json!(["feedback", "portal-login"]));
    assert_eq!(d["feedback_topics"]["cells"], json!([["<5", "<5", "<5"], ["<5", "<5", "<5"]]));
    assert_eq!(d["feedback_weeks"]["cells"], json!([[9, 0], ["<5", "<5"], ["<5", "<5"]]));
    assert_eq!(d["feedback_weeks"]["week_totals"], json!([12, 0]));
    assert_eq!(d["helpful_share"], Value::Null, "3 not helpful would follow from the share");
    // Comments only for topics with 5 answers or more, phone numbers masked.
    assert_eq!(d["comments"].as_array().unwrap().len(), 1);
    let comments = d["comments"][0]["comments"].to_string();
    assert!(comments.contains("Спасибо, всё понятно") && comments.contains("[…]"), "{comments}");
    assert!(!comments.contains("555") && !page.html().contains("555 123"), "{comments}");
    assert!(!page.html().contains("not quoted"));
    // Consultations asked in the period, by consultant and week; the time
    // to a first answer over the six answered; announcements' reach.
    assert_eq!(d["consultations"]["keys"], json!(["lawyer", "psychologist"]));
    assert_eq!(d["consultations"]["cells"], json!([[6, 5], [0, 5]]));
    assert_eq!(d["consultations"]["total"], json!(16));
    assert_eq!(d["consult_answered"], json!(6));
    assert_eq!(d["consult_median_hours"], json!("3.5"));
    assert_eq!(d["announced"], json!(12));
    // The shipped webinars are drafts in December: none was held.
    assert_eq!(d["webinars"], json!([]));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_page_is_one_self_contained_accessible_document() {
    let dir = tempfile::tempdir().unwrap();
    let html = report(dir.path(), "ru").await;
    let page = Html::parse_document(&html);
    assert!(page.errors.is_empty(), "HTML parse errors: {:?}", page.errors);
    assert_eq!(page.root_element().value().attr("lang"), Some("ru"));
    let select = |css: &str| page.select(&Selector::parse(css).unwrap()).collect::<Vec<_>>();
    // Every chart is an SVG with a title, and a takeaway sentence above it.
    let charts = select("figure > svg[role=img]");
    assert!(charts.len() >= 6, "{} charts", charts.len());
    for svg in &charts {
        let id = svg.value().attr("aria-labelledby").unwrap();
        assert!(!select(&format!("title#{id}"))[0].inner_html().is_empty());
    }
    assert!(select("p.takeaway").len() >= charts.len() - 1, "one takeaway per chart (the language chart shares one)");
    // No external assets: no src or href to anything, no script but the data.
    assert!(select("[src], link, img, iframe").is_empty());
    assert!(select("script").iter().all(|s| s.value().attr("type") == Some("application/json")));
    assert!(!html.contains("<5"), "a raw \"<5\" in the markup would be invalid HTML");
    assert!(html.contains("&lt;5"), "small counts are shown as <5");
    assert!(html.contains("@media print"), "print styles for PDF");
    // The footnote says how counts are protected (in whatever words staff
    // give it in locales/report/).
    let footnote = report_text("ru", "footnote-privacy");
    let footer = select("footer")[0].text().collect::<String>();
    assert!(footer.contains(&footnote), "{footer}");
}

/// A text of the donor report as shipped in `locales/report/`.
fn report_text(lang: &str, id: &str) -> String {
    kadam::reports::donor::texts::Texts::load(crate::support::content_dir::repo_root(), lang)
        .expect("the report's texts load")
        .get(id)
}

#[tokio::test(flavor = "multi_thread")]
async fn kyrgyz_and_english_reports_and_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let en = Html::parse_document(&report(dir.path(), "en").await);
    let en_text = en.root_element().text().collect::<String>();
    assert!(en_text.contains("At a glance") && en_text.contains("Logging in to the public services portal"));
    assert_eq!(data(&en)["lang"], "en");
    let dir = tempfile::tempdir().unwrap();
    let ky = Html::parse_document(&report(dir.path(), "ky").await);
    assert!(ky.root_element().text().collect::<String>().contains(&report_text("ky", "glance-heading")));
    let url = format!("sqlite://{}", dir.path().join("kadam.db").display());
    for (args, expected) in [
        (&["report", "--lang", "de"][..], "invalid value 'de' for '--lang <LANG>'\n  [possible values: ru, ky, en]"),
        (&["report", "--from", "2026-11-30", "--to", "2026-11-01"], "after"),
        (&["report", "--from", "1.11.2026"], "YYYY-MM-DD"),
        (&["report", "--from", "2024-01-01", "--to", "2026-01-01"], "at most"),
    ] {
        let out = kadam(dir.path(), &url, args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && stderr.contains(expected), "{args:?}: {stderr}");
    }
    // The report speaks to the coordinator in its own language (Russian by default).
    let out = kadam(dir.path(), "sqlite:///nonexistent-dir/kadam.db", &["report"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("/nonexistent-dir/kadam.db") && has_staff_text(&stderr, "ru", "cli-no-database"),
        "{stderr}"
    );
    let out = kadam(dir.path(), "sqlite:///nonexistent-dir/kadam.db", &["report", "--lang", "en"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no database at /nonexistent-dir/kadam.db"));
}

/// Renders the report in headless Chromium (see [`crate::support::browser_tool`]
/// for when it is missing) and keeps the picture as docs/report-screenshot.png when `KADAM_SCREENSHOT` is set.
#[tokio::test(flavor = "multi_thread")]
async fn the_report_renders_in_headless_chromium() {
    let Some(chromium) = crate::support::browser_tool(&["chromium", "chromium-browser", "google-chrome"]) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    report(dir.path(), "ru").await;
    let html = dir.path().join("report-ru.html");
    let png = dir.path().join("shot.png");
    let out = Command::new(&chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=420,2400"])
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000, "a real picture: {} bytes", bytes.len());
    if std::env::var_os("KADAM_SCREENSHOT").is_some() {
        std::fs::copy(&png, Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/report-screenshot.png")).unwrap();
    }
}

/// `kadam check` does not read `locales/report/` (the report is not part of
/// the dialogues), so this test keeps its languages complete and valid:
/// the same messages everywhere, except the optional `name-…` overrides.
#[test]
fn report_texts_are_complete_in_every_language() {
    use std::collections::BTreeSet;
    let ids = |lang: &str| -> BTreeSet<String> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/report/{lang}.ftl"));
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, e)| panic!("{lang}: {e:?}"));
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .filter(|id| !id.starts_with("name-"))
            .collect()
    };
    let ru = ids("ru");
    assert!(ru.len() > 50, "{} messages", ru.len());
    for lang in ["ky", "en"] {
        assert_eq!(ids(lang), ru, "{lang} differs from ru");
    }
}

/// In Telegram: only a coordinator gets `/report`, as an HTML document; and
/// a woman's first screens of the week are counted, in her language, with
/// nothing that points to her.
#[tokio::test(flavor = "multi_thread")]
async fn coordinators_get_the_report_in_telegram_and_reach_is_counted() {
    let api = FakeApi::start().await;
    let home = Home::new();
    let admin = 4343;
    let bot = home.start(&api, &[("KADAM_ADMIN_IDS", &admin.to_string())]).await;
    let stranger = 3302;
    start_in(&api, stranger, "ru").await;
    api.send_text(stranger, stranger as u64, "/menu");
    api.send_text(stranger, stranger as u64, "/report");
    // Her /report is answered as any unknown command, with the menu below.
    let unknown = t("ru", "ui-note-unknown-command");
    api.wait_until(|a| crate::support::bot::last_bot_text(a, stranger).starts_with(&unknown), DEFAULT_TIMEOUT)
        .await
        .expect("the stranger's /report is answered as an unknown command");
    assert!(api.calls_of("sendDocument").is_empty());

    start_in(&api, admin, "ky").await;
    api.send_text(admin, admin as u64, "/report en");
    let sent = api.wait_for_calls("sendDocument", 1, DEFAULT_TIMEOUT).await.expect("the coordinator gets a file");
    assert_eq!(sent.len(), 1);
    assert!(sent[0].files.iter().any(|f| f.file_name.as_deref().is_some_and(|n| n.ends_with(".html")) && f.len > 5000));
    let caption = sent[0].params["caption"].as_str().unwrap_or_default();
    assert!(caption.starts_with("Kadam: what we did"), "{caption}");
    // Like /export: it cannot be forwarded, and is deleted when its time is up.
    assert_eq!(sent[0].params["protect_content"], "true", "{:?}", sent[0].params);
    bot.stop().await;
    let mut conn = crate::support::bot::open_read_only(&home.db_path()).await;
    let scheduled: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM export_sent WHERE chat = ?")
        .bind(admin)
        .fetch_one(&mut conn)
        .await
        .unwrap();
    assert_eq!(scheduled, 1, "the report's deletion is scheduled like an export's");

    // Flushed at shutdown: one person reached in Russian, one in Kyrgyz,
    // each once however many screens she saw; the picker alone counts none.
    let db = Db::open(&format!("sqlite://{}", home.db_path().display())).await.unwrap();
    let rows: Vec<(String, i64, i64, i64)> =
        sqlx::query_as("SELECT lang, screens, people_week, people_month FROM visit_lang ORDER BY lang")
            .fetch_all(&db.read)
            .await
            .unwrap();
    db.close().await;
    let reached: Vec<(&str, i64, i64)> = rows.iter().map(|(l, _, w, m)| (l.as_str(), *w, *m)).collect();
    assert_eq!(reached, [("ky", 1, 1), ("ru", 1, 1)], "{rows:?}");
    assert!(rows.iter().find(|r| r.0 == "ru").is_some_and(|r| r.1 >= 2), "every screen is counted: {rows:?}");
}

/// How long a year's report takes with a million visit rows and 100,000
/// feedback records, and its peak memory (docs/performance.md):
/// `cargo test --release --test it -- --ignored --nocapture report_a_year`.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "a benchmark: fills a large database, run by hand"]
async fn report_a_year() {
    for (days, per_day, records) in [(365, 274, 10_000), (365, 2_740, 100_000)] {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("kadam.db").display());
        let db = Db::open(&url).await.unwrap();
        let started = std::time::Instant::now();
        // `per_day` (node, step) rows per day: the first three are a real
        // guide, the rest made-up screens (a made-up screen counts as "other").
        sqlx::query(&format!(
            "WITH RECURSIVE d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < {days} - 1),
                  k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < {per_day} - 1)
             INSERT INTO node_visit (day, node, step, count)
             SELECT date('2025-12-01', '+' || i || ' days'),
                    CASE WHEN j < 3 THEN 'portal-login' ELSE 'screen-' || (j / 3) END, j % 3, 1 + (i * 7 + j) % 50
             FROM d, k"
        ))
        .execute(&db.write)
        .await
        .unwrap();
        sqlx::query(&format!(
            "WITH RECURSIVE d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < {days} - 1)
             INSERT INTO visit_lang SELECT date('2025-12-01', '+' || i || ' days'), l.lang, 500, 60, 20
             FROM d, (SELECT 'ky' AS lang UNION ALL SELECT 'ru' UNION ALL SELECT 'uz') AS l"
        ))
        .execute(&db.write)
        .await
        .unwrap();
        let start = noon("2025-12-01");
        sqlx::query(&format!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {records})
             INSERT INTO feedback (created_at, person, lang, topic, rating, comment, region, consent_version, update_id)
             SELECT {start} + i * (31536000 / {records}), printf('%064x', i % 5000), 'ru',
                    CASE i % 3 WHEN 0 THEN 'feedback' ELSE 'portal-login' END, i % 3 + 1,
                    CASE WHEN i % 4 = 0 THEN 'Комментарий ' || i END, 'chui', 1, i
             FROM n"
        ))
        .execute(&db.write)
        .await
        .unwrap();
        db.close().await;
        let rows = days * per_day;
        eprintln!("filled {rows} visit rows and {records} records in {:.1} s", started.elapsed().as_secs_f64());
        let out = dir.path().join("year.html");
        let started = std::time::Instant::now();
        // GNU time reports the peak memory (resident set) of the report.
        let result = Command::new(crate::support::on_path(&["time"]).expect("GNU time on PATH (apt-get install time)"))
            .args(["-f", "peak memory %M KB", env!("CARGO_BIN_EXE_kadam"), "report", "--from", "2025-12-01"])
            .args(["--to", "2026-11-30", "--out"])
            .arg(&out)
            .current_dir(dir.path())
            .env_clear()
            .env("DATABASE_URL", &url)
            .env("KADAM_CONTENT_DIR", env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("run GNU time");
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert!(result.status.success(), "{stderr}");
        let peak = stderr.lines().find(|l| l.starts_with("peak memory")).unwrap_or("peak memory unknown");
        let size = std::fs::metadata(&out).unwrap().len();
        eprintln!(
            "report of {rows} visit rows, {records} records: {:.2} s, {:.0} KB file, {peak}",
            started.elapsed().as_secs_f64(),
            size as f64 / 1e3
        );
    }
}
