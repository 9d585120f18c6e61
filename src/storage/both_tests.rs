//! Storage on both backends: every module's queries run on a fresh SQLite
//! file and on a fresh database of the throwaway PostgreSQL server, with the
//! same results; the two migration folders give the same tables and columns;
//! and what `/forget` deletes is gone from PostgreSQL's table files after
//! [`Db::erase_deleted`].

use std::collections::BTreeMap;

use super::{
    Backend, Db, consult, exports, inbox, privacy, state,
    testing::{self, TestDb},
    visits, webinars,
};

/// A column: name, broad type, whether it may be NULL.
type Column = (String, &'static str, bool);

/// Tables and their columns, system tables left out.
async fn schema(db: &Db) -> BTreeMap<String, Vec<Column>> {
    let rows: Vec<(String, String, String, i64)> = match db.backend {
        // A primary key column is NOT NULL on PostgreSQL; on SQLite it may
        // not say so, but a rowid or STRICT key holds no NULL either.
        Backend::Sqlite => sqlx::query_as(
            "SELECT m.name, p.name, p.type, CASE WHEN p.\"notnull\" = 1 OR p.pk > 0 THEN 0 ELSE 1 END
             FROM sqlite_master m, pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'
             ORDER BY m.name, p.name",
        )
        .fetch_all(&db.read)
        .await
        .unwrap(),
        Backend::Postgres => sqlx::query_as(
            "SELECT table_name::text, column_name::text, data_type::text,
                    CASE WHEN is_nullable = 'YES' THEN 1 ELSE 0 END FROM information_schema.columns
             WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%' ORDER BY table_name, column_name",
        )
        .fetch_all(&db.read)
        .await
        .unwrap(),
    };
    let mut tables: BTreeMap<String, Vec<Column>> = BTreeMap::new();
    for (table, column, ty, nullable) in rows {
        let ty = ty.to_ascii_lowercase();
        let broad = if ty.contains("int") {
            "integer"
        } else if ty.contains("text") || ty.contains("char") {
            "text"
        } else if ty.contains("blob") || ty.contains("bytea") {
            "blob"
        } else {
            "other"
        };
        tables.entry(table).or_default().push((column, broad, nullable == 1));
    }
    tables
}

/// The indexes made by name (not those behind a primary key or UNIQUE).
async fn indexes(db: &Db) -> Vec<String> {
    let sql = match db.backend {
        Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        Backend::Postgres => {
            "SELECT indexname::text FROM pg_indexes WHERE schemaname = 'public'
             AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key' ORDER BY indexname"
        }
    };
    sqlx::query_scalar(sql).fetch_all(&db.read).await.unwrap()
}

#[tokio::test]
async fn both_migration_folders_give_the_same_schema() {
    let sqlite = testing::sqlite().await;
    let Some(pg) = testing::postgres().await else { return };
    let (lite, post) = (schema(&sqlite).await, schema(&pg).await);
    assert!(lite.contains_key("feedback") && lite.len() > 10, "{lite:?}");
    let names: std::collections::BTreeSet<&String> = lite.keys().chain(post.keys()).collect();
    let differ: Vec<String> = names
        .into_iter()
        .filter(|t| lite.get(*t) != post.get(*t))
        .map(|t| format!("{t}:\n  sqlite   {:?}\n  postgres {:?}", lite.get(t), post.get(t)))
        .collect();
    assert!(differ.is_empty(), "migrations/ and migrations/postgres/ differ:\n{}", differ.join("\n"));
    let not_bytewise: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text || '.' || column_name::text FROM information_schema.columns
         WHERE table_schema = 'public' AND data_type = 'text' AND table_name NOT LIKE '_sqlx%'
         AND COALESCE(collation_name::text, '') != 'C'",
    )
    .fetch_all(&pg.read)
    .await
    .unwrap();
    assert!(not_bytewise.is_empty(), "text sorts as on SQLite only with COLLATE \"C\": {not_bytewise:?}");
    let (lite, post) = (indexes(&sqlite).await, indexes(&pg).await);
    assert!(lite.contains(&"feedback_person".to_owned()), "{lite:?}");
    assert_eq!(lite, post, "and the same indexes");
}

async fn track_and_forget(db: &TestDb) {
    privacy::track(db, "p1", &[10, 11, 12], 1_000).await.unwrap();
    privacy::track(db, "p1", &[12], 1_000).await.unwrap(); // a duplicate is ignored
    assert_eq!(privacy::deletable(db, "p1", 2_000).await.unwrap(), vec![10, 11, 12]);
    assert_eq!(privacy::newest(db, "p1").await.unwrap(), Some(12));
    privacy::set_undeleted(db, "p1", b"sealed", &[11, 12]).await.unwrap();
    let left = privacy::undeleted(db, 2_000).await.unwrap();
    assert_eq!(left, vec![("p1".to_owned(), b"sealed".to_vec(), vec![11, 12])]);
    privacy::deleted(db, "p1", &[11]).await.unwrap();
    privacy::untrack_all_but(db, "p1", &[12]).await.unwrap();
    assert_eq!(privacy::deletable(db, "p1", 2_000).await.unwrap(), vec![12]);
    assert_eq!(privacy::purge_tracked(db, 1_000 + privacy::DELETABLE_FOR_SECS).await.unwrap(), 2);
    privacy::forget(db, "p1").await.unwrap();
    assert_eq!(privacy::newest(db, "p1").await.unwrap(), None);
}

async fn inbox_round_trip(db: &TestDb) {
    let row = |id: i64| inbox::Row { update_id: id, body: vec![id as u8; 3], answered: false };
    let fresh = inbox::keep(db, vec![row(5), row(6)], &[("p2".to_owned(), 77, 1_000)]).await.unwrap();
    assert_eq!(fresh.len(), 2);
    // Redelivered after a crash: at or below the newest id, left out.
    let again = inbox::keep(db, vec![row(6), row(4), row(7)], &[]).await.unwrap();
    assert_eq!(again.iter().map(|r| r.update_id).collect::<Vec<_>>(), vec![7]);
    assert_eq!(inbox::last_update_id(db).await.unwrap(), Some(7));
    inbox::answered(db, &[6]).await.unwrap();
    inbox::done(db, &[5, 7]).await.unwrap();
    let pending = inbox::pending(db).await.unwrap();
    assert_eq!(pending.len(), 1);
    assert!(pending[0].answered && pending[0].body == vec![6; 3]);
    assert_eq!(privacy::newest(db, "p2").await.unwrap(), Some(77), "her message is tracked with the batch");
}

async fn state_visits_exports(db: &TestDb) {
    assert_eq!(state::media_file_id(db, "k").await.unwrap(), None);
    state::remember_media_file_id(db, "k", "f1").await.unwrap();
    state::remember_media_file_id(db, "k", "f2").await.unwrap();
    assert_eq!(state::media_file_id(db, "k").await.unwrap().as_deref(), Some("f2"));
    let visits = visits::Visits::default();
    for node in ["start", "start", "portal"] {
        visits.count("2026-01-02".into(), node, 0);
    }
    visits.flush(db).await.unwrap();
    visits.count("2026-01-03".into(), "start", 0);
    visits.flush(db).await.unwrap();
    let totals = visits::totals(db, "2026-01-01", "2026-01-31").await.unwrap();
    let counts: Vec<(&str, i64)> = totals.iter().map(|t| (t.node.as_str(), t.count)).collect();
    assert_eq!(counts, vec![("portal", 1), ("start", 3)]);
    let file = exports::SentFile { chat: 9, message_id: 3 };
    exports::remember(db, file, 50).await.unwrap();
    exports::remember(db, file, 60).await.unwrap();
    assert!(exports::due(db, 55).await.unwrap().is_empty(), "the second time replaces the first");
    assert_eq!(exports::due(db, 60).await.unwrap().len(), 1);
    exports::done(db, file).await.unwrap();
}

async fn consult_and_webinars(db: &TestDb) {
    let new = consult::New { person: "p3", consultant: "lawyer", lang: "ru", area: "violence" };
    let id = consult::create(db, &new, 100).await.unwrap();
    consult::set_contact(db, id, b"sealed", 7).await.unwrap();
    assert_eq!(consult::in_topic(db, 7).await.unwrap().map(|q| q.id), Some(id));
    let claim = consult::claim_answer(db, id, 11, "staff", 200).await.unwrap().expect("open");
    assert!(consult::answer_for(db, claim.answer, "p3").await.unwrap().is_some());
    assert_eq!(consult::asked_since(db, "p3", 0).await.unwrap(), 1);
    assert!(consult::close(db, id, 300).await.unwrap());
    assert_eq!(consult::figures(db, 0, 1_000).await.unwrap().len(), 1);

    let reminder = |kind, due| webinars::NewReminder { kind, due, chat: b"c".to_vec() };
    let rows = [reminder(webinars::Kind::DayBefore, 500), reminder(webinars::Kind::After, 900)];
    assert!(webinars::remind(db, "p3", "w1", &rows).await.unwrap());
    assert!(!webinars::remind(db, "p3", "w1", &rows).await.unwrap(), "counted once per person");
    assert_eq!(webinars::reminder_counts(db).await.unwrap(), vec![("w1".to_owned(), 1)]);
    assert_eq!(webinars::due(db, 600, 10).await.unwrap().len(), 1);
    webinars::subscribe(db, "p3", "ky", b"s", 100).await.unwrap();
    webinars::subscribe(db, "p3", "ru", b"s", 100).await.unwrap();
    assert_eq!(webinars::subscribers_by_lang(db).await.unwrap(), vec![("ru".to_owned(), 1)]);
    let draft = webinars::create_draft(db, 100, Some("w1"), "{}", None).await.unwrap();
    assert_eq!(webinars::confirm(db, draft, |s, _| Some(s.to_vec()), Some(5)).await.unwrap(), Some(1));
    let queued = webinars::queued(db, draft, 10).await.unwrap();
    assert!(webinars::claim(db, draft, queued[0].seq).await.unwrap());
    webinars::settle(db, draft, &queued[0], webinars::Sent::Delivered).await.unwrap();
    assert_eq!(webinars::progress(db, draft).await.unwrap(), (1, 1, 0, 0));
    webinars::erase(db, "p3").await.unwrap();
    assert!(!webinars::is_subscribed(db, "p3").await.unwrap());
}

/// The storage modules give the same answers on both backends.
#[tokio::test]
async fn every_module_works_on_both_backends() {
    for db in testing::both().await {
        track_and_forget(&db).await;
        inbox_round_trip(&db).await;
        state_visits_exports(&db).await;
        consult_and_webinars(&db).await;
        db.close().await;
    }
}

/// Whether the file of `table` on the test server holds `needle`, after a
/// CHECKPOINT has written every changed page to it.
async fn table_file_holds(db: &Db, table: &str, needle: &str) -> bool {
    sqlx::query("CHECKPOINT").execute(&db.write).await.unwrap();
    let file: String =
        sqlx::query_scalar(&format!("SELECT pg_relation_filepath('{table}')")).fetch_one(&db.read).await.unwrap();
    let data = testing::postgres::data_dir().expect("the test server runs");
    let bytes = std::fs::read(data.join(&file)).unwrap_or_default();
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// After `/forget`, PostgreSQL still has her words in the table's file (a
/// dead row); [`Db::erase_deleted`] (VACUUM) removes them from it. Here her
/// row was alone on its page, so VACUUM truncates the emptied page away;
/// beside other rows, VACUUM frees the space without zeroing it, which
/// `docs/privacy.md` says plainly.
#[tokio::test]
async fn forget_then_vacuum_on_postgres() {
    let Some(db) = testing::postgres().await else { return };
    let words = "my-secret-words-for-the-test";
    sqlx::query(
        "INSERT INTO feedback (created_at, person, lang, topic, rating, comment, consent_version, update_id)
         VALUES (1, 'p9', 'ru', 't', 3, $1, 1, 1)",
    )
    .bind(words)
    .execute(&db.write)
    .await
    .unwrap();
    privacy::forget(&db, "p9").await.unwrap();
    assert!(table_file_holds(&db, "feedback", words).await, "a DELETE alone leaves the dead row in the file");
    db.erase_deleted(privacy::PERSON_TABLES).await.unwrap();
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM feedback").fetch_one(&db.read).await.unwrap();
    assert_eq!(left, 0);
    assert!(!table_file_holds(&db, "feedback", words).await, "VACUUM removed her words from the table file");
    db.close().await;
}
