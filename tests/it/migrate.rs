//! `kadam migrate-db`: the real binary moves a database filled through the
//! storage API into a new one; what coordinators read from it (the export)
//! is the same, and a target that already holds rows is refused.

use std::path::Path;

use kadam::{
    dialogue::{Lang, engine::FeedbackEffect},
    storage::{Db, feedback::apply},
};

use crate::support::kadam::cli;

/// A bot database with a few feedback records and a screen count.
async fn source(dir: &Path) -> String {
    let url = format!("sqlite://{}", dir.join("data").join("kadam.db").display());
    let db = Db::open(&url).await.unwrap();
    for (i, comment) in ["Спасибо", "кавычки \"вот\", и запятые", "строка один\nстрока два"].iter().enumerate()
    {
        let person = format!("person-{i}");
        let create = FeedbackEffect::Create {
            topic: "portal-login".into(),
            rating: 3,
            lang: Lang::new("ru"),
            consent_version: 1,
        };
        let at = 1_743_453_000 + i as i64;
        apply(&db, &person, 100 + i as u32, at, &create).await.unwrap();
        apply(&db, &person, 0, at, &FeedbackEffect::SetComment((*comment).into())).await.unwrap();
    }
    sqlx::query("INSERT INTO node_visit VALUES ('2025-04-01', 'main', 0, 12)").execute(&db.write).await.unwrap();
    db.close().await;
    url
}

fn export(dir: &Path, url: &str, name: &str) -> Vec<u8> {
    let file = dir.join(name);
    let out = cli(dir, url, &["export", "--format", "csv", "--out", file.to_str().unwrap()], &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::read(file).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn migrate_db_copies_everything_and_refuses_a_target_with_rows() {
    let dir = tempfile::tempdir().unwrap();
    let from = source(dir.path()).await;
    let to = format!("sqlite://{}", dir.path().join("moved.db").display());
    let out = cli(dir.path(), &from, &["migrate-db", "--to", &to], &[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.lines().any(|l| l.split_whitespace().eq(["feedback", "3"])), "{stdout}");
    assert!(stdout.lines().any(|l| l.split_whitespace().eq(["node_visit", "1"])), "{stdout}");
    assert!(stdout.contains("4 row(s) in all") && stdout.contains("the counts match"), "{stdout}");
    assert_eq!(export(dir.path(), &to, "moved.csv"), export(dir.path(), &from, "original.csv"));

    // Again: the target now holds rows, so nothing happens, in her language.
    let out = cli(dir.path(), &from, &["migrate-db", "--to", &to, "--lang", "ru"], &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("уже есть записи: 4") && stderr.contains("--replace"), "{stderr}");
    let out = cli(dir.path(), &from, &["migrate-db", "--to", &to, "--replace"], &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(export(dir.path(), &to, "again.csv"), export(dir.path(), &from, "original.csv"));

    // Into itself, never (with --replace it would empty the bot's database).
    let out = cli(dir.path(), &from, &["migrate-db", "--to", &from, "--replace"], &[]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("the database being copied"));
}

/// What cannot be done is said, and a password given in a URL is never
/// printed: not for a source that is not SQLite, not for a target that
/// cannot be reached.
#[tokio::test(flavor = "multi_thread")]
async fn migrate_db_errors_are_clear_and_keep_the_password_out() {
    let dir = tempfile::tempdir().unwrap();
    let from = source(dir.path()).await;
    let secret = "s3cret-Pa55";
    let postgres = format!("postgres://kadam:{secret}@127.0.0.1:1/kadam");
    let out = cli(dir.path(), &postgres, &["migrate-db", "--to", &from], &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("DATABASE_URL must name the SQLite database to copy"), "{stderr}");
    assert!(!stderr.contains(secret), "{stderr}");

    let out = cli(dir.path(), &from, &["migrate-db", "--to", &postgres], &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("cannot open or prepare the target database postgres://kadam:***@127.0.0.1:1/kadam"),
        "{stderr}"
    );
    assert!(!stderr.contains(secret), "{stderr}");
}
