//! Copies a whole SQLite database into another database of the same schema
//! (`kadam migrate-db`): every table the migrations made, read from SQLite's
//! own catalogue rather than listed here, so a new migration needs no change.
//!
//! The target is written in one transaction: either everything arrives, its
//! row counts checked against the source's, or nothing does. Parents come
//! before children (foreign keys), ids are kept as they are, and the target's
//! id counters continue after the highest id the source ever gave, so a
//! question number staff already saw (`#Q-<id>`) is never handed out twice.

use std::collections::{BTreeMap, BTreeSet};

use futures_util::TryStreamExt;
use sqlx::{Row, SqlitePool, ValueRef, sqlite::SqliteRow};

use super::{Backend, Db};

/// The database the rows go to: SQLite or PostgreSQL, through `Any`.
type Target = sqlx::Any;

/// How a column's values are read and bound: from its declared type, by
/// SQLite's own affinity rules, so a NULL keeps its type on PostgreSQL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Integer,
    Real,
    Text,
    Blob,
}

impl Kind {
    /// SQLite's rules for a declared type (section 3.1 of "Datatypes In
    /// SQLite"); a NUMERIC affinity is refused rather than guessed.
    fn of_declared(declared: &str) -> Option<Self> {
        let d = declared.to_ascii_uppercase();
        if d.contains("INT") {
            Some(Self::Integer)
        } else if d.contains("CHAR") || d.contains("CLOB") || d.contains("TEXT") {
            Some(Self::Text)
        } else if d.contains("BLOB") || d.is_empty() {
            Some(Self::Blob)
        } else if d.contains("REAL") || d.contains("FLOA") || d.contains("DOUB") {
            Some(Self::Real)
        } else {
            None
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    pub kind: Kind,
}

/// One table to copy, with the tables its foreign keys point to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub name: String,
    pub columns: Vec<Column>,
    pub parents: BTreeSet<String>,
}

/// What was copied: rows per table, in the order they were written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Copied {
    pub tables: Vec<(String, u64)>,
}

impl Copied {
    pub fn rows(&self) -> u64 {
        self.tables.iter().map(|(_, n)| n).sum()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    /// The target already holds rows (table, count), and replacing them was not asked for.
    #[error("the target database already holds rows: {}", list(.0))]
    NotEmpty(Vec<(String, i64)>),
    #[error("table {table}: {source_rows} row(s) read but {target_rows} in the target after copying; nothing was kept")]
    CountMismatch { table: String, source_rows: i64, target_rows: i64 },
    #[error("table {table}, column {column}: the declared type `{declared}` is not INTEGER, REAL, TEXT or BLOB")]
    UnknownType { table: String, column: String, declared: String },
    #[error("table {table}, column {column}: a {found} value where the column is declared {kind:?}")]
    WrongValue { table: String, column: String, found: String, kind: Kind },
    #[error("the foreign keys of these tables form a cycle, so no order can copy them: {}", .0.join(", "))]
    Cycle(Vec<String>),
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
}

fn list(tables: &[(String, i64)]) -> String {
    tables.iter().map(|(t, n)| format!("{t} ({n})")).collect::<Vec<_>>().join(", ")
}

/// Every table of the SQLite database `source` except SQLite's and sqlx's
/// own bookkeeping, parents before children.
pub async fn tables(source: &SqlitePool) -> Result<Vec<Table>, CopyError> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name <> '_sqlx_migrations' ORDER BY name",
    )
    .fetch_all(source)
    .await?;
    let mut found = Vec::with_capacity(names.len());
    for name in names {
        let info: Vec<(String, String)> = sqlx::query_as("SELECT name, type FROM pragma_table_info($1) ORDER BY cid")
            .bind(&name)
            .fetch_all(source)
            .await?;
        let columns = info
            .into_iter()
            .map(|(column, declared)| match Kind::of_declared(&declared) {
                Some(kind) => Ok(Column { name: column, kind }),
                None => Err(CopyError::UnknownType { table: name.clone(), column, declared }),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let parents: BTreeSet<String> =
            sqlx::query_scalar::<_, String>("SELECT \"table\" FROM pragma_foreign_key_list($1)")
                .bind(&name)
                .fetch_all(source)
                .await?
                .into_iter()
                .filter(|parent| *parent != name)
                .collect();
        found.push(Table { name, columns, parents });
    }
    parents_first(found)
}

/// Orders tables so that every table comes after those it refers to.
fn parents_first(mut left: Vec<Table>) -> Result<Vec<Table>, CopyError> {
    let mut ordered: Vec<Table> = Vec::with_capacity(left.len());
    while !left.is_empty() {
        let placed: BTreeSet<&str> = ordered.iter().map(|t| t.name.as_str()).collect();
        let known: BTreeSet<&str> = left.iter().map(|t| t.name.as_str()).chain(placed.iter().copied()).collect();
        // A reference to a table that does not exist is SQLite's problem at
        // insert time, not an ordering one.
        let ready = left
            .iter()
            .position(|t| t.parents.iter().all(|p| placed.contains(p.as_str()) || !known.contains(p.as_str())));
        match ready {
            Some(i) => ordered.push(left.remove(i)),
            None => return Err(CopyError::Cycle(left.into_iter().map(|t| t.name).collect())),
        }
    }
    Ok(ordered)
}

/// A name quoted for SQL on both backends.
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Copies every table of `source` into `target`, in one transaction on the
/// target. A target holding rows is refused unless `replace`, which deletes
/// them first (in the same transaction).
pub async fn copy(source: &SqlitePool, target: &Db, replace: bool) -> Result<Copied, CopyError> {
    let tables = tables(source).await?;
    // One read transaction: a consistent picture even if something writes.
    let mut src = source.begin().await?;
    let mut tx = target.write.begin().await?;
    let mut held = Vec::new();
    for table in &tables {
        let n: i64 =
            sqlx::query_scalar(&format!("SELECT count(*) FROM {}", quoted(&table.name))).fetch_one(&mut *tx).await?;
        if n > 0 {
            held.push((table.name.clone(), n));
        }
    }
    if !held.is_empty() {
        if !replace {
            return Err(CopyError::NotEmpty(held));
        }
        for table in tables.iter().rev() {
            sqlx::query(&format!("DELETE FROM {}", quoted(&table.name))).execute(&mut *tx).await?;
        }
    }
    let mut copied = Vec::with_capacity(tables.len());
    for table in &tables {
        let rows = copy_table(&mut src, &mut tx, table).await?;
        let source_rows: i64 =
            sqlx::query_scalar(&format!("SELECT count(*) FROM {}", quoted(&table.name))).fetch_one(&mut *src).await?;
        let target_rows: i64 =
            sqlx::query_scalar(&format!("SELECT count(*) FROM {}", quoted(&table.name))).fetch_one(&mut *tx).await?;
        if source_rows != target_rows || u64::try_from(source_rows).ok() != Some(rows) {
            return Err(CopyError::CountMismatch { table: table.name.clone(), source_rows, target_rows });
        }
        copied.push((table.name.clone(), rows));
    }
    let counters = source_counters(&mut src).await?;
    match target.backend {
        Backend::Sqlite => continue_sqlite_counters(&mut tx, &tables, &counters).await?,
        Backend::Postgres => continue_postgres_counters(&mut tx, &tables, &counters).await?,
    }
    tx.commit().await?;
    src.rollback().await?;
    Ok(Copied { tables: copied })
}

/// One value on its way, typed by its column.
enum Value {
    Integer(Option<i64>),
    Real(Option<f64>),
    Text(Option<String>),
    Blob(Option<Vec<u8>>),
}

fn value(row: &SqliteRow, i: usize, table: &Table) -> Result<Value, CopyError> {
    let column = &table.columns[i];
    let raw = row.try_get_raw(i)?;
    let null = raw.is_null();
    let found = raw.type_info().to_string();
    let wrong = |_| CopyError::WrongValue {
        table: table.name.clone(),
        column: column.name.clone(),
        found: found.clone(),
        kind: column.kind,
    };
    Ok(match column.kind {
        Kind::Integer => Value::Integer(if null { None } else { Some(row.try_get(i).map_err(wrong)?) }),
        Kind::Real => Value::Real(if null { None } else { Some(row.try_get(i).map_err(wrong)?) }),
        Kind::Text => Value::Text(if null { None } else { Some(row.try_get(i).map_err(wrong)?) }),
        Kind::Blob => Value::Blob(if null { None } else { Some(row.try_get(i).map_err(wrong)?) }),
    })
}

/// Rows per INSERT: many at once (one round trip to a PostgreSQL server per
/// batch, not per row), well under both backends' limit on parameters.
fn batch_rows(columns: usize) -> usize {
    (4000 / columns.max(1)).clamp(1, 500)
}

async fn copy_table(
    src: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
    tx: &mut sqlx::Transaction<'_, Target>,
    table: &Table,
) -> Result<u64, CopyError> {
    let names: Vec<String> = table.columns.iter().map(|c| quoted(&c.name)).collect();
    let select = format!("SELECT {} FROM {}", names.join(", "), quoted(&table.name));
    let mut rows = sqlx::query(&select).fetch(&mut **src);
    let batch = batch_rows(names.len());
    let mut waiting: Vec<Value> = Vec::with_capacity(batch * names.len());
    let mut count = 0u64;
    while let Some(row) = rows.try_next().await? {
        for i in 0..table.columns.len() {
            waiting.push(value(&row, i, table)?);
        }
        count += 1;
        if waiting.len() == batch * names.len() {
            insert(tx, table, &names, std::mem::take(&mut waiting)).await?;
        }
    }
    if !waiting.is_empty() {
        insert(tx, table, &names, waiting).await?;
    }
    Ok(count)
}

/// One INSERT of the rows whose values follow each other in `values`.
async fn insert(
    tx: &mut sqlx::Transaction<'_, Target>,
    table: &Table,
    names: &[String],
    values: Vec<Value>,
) -> Result<(), CopyError> {
    let tuples: Vec<String> = values
        .chunks(names.len())
        .enumerate()
        .map(|(r, row)| {
            let marks: Vec<String> = (1..=row.len()).map(|c| format!("${}", r * names.len() + c)).collect();
            format!("({})", marks.join(", "))
        })
        .collect();
    let sql = format!("INSERT INTO {} ({}) VALUES {}", quoted(&table.name), names.join(", "), tuples.join(", "));
    let mut query = sqlx::query::<Target>(&sql);
    for value in values {
        query = match value {
            Value::Integer(v) => query.bind(v),
            Value::Real(v) => query.bind(v),
            Value::Text(v) => query.bind(v),
            Value::Blob(v) => query.bind(v),
        };
    }
    query.execute(&mut **tx).await?;
    Ok(())
}

/// The highest id each AUTOINCREMENT table ever gave out, deleted rows
/// included (`sqlite_sequence`, absent while no such table has a row).
async fn source_counters(src: &mut sqlx::Transaction<'_, sqlx::Sqlite>) -> Result<BTreeMap<String, i64>, CopyError> {
    let exists: Option<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'")
            .fetch_optional(&mut **src)
            .await?;
    if exists.is_none() {
        return Ok(BTreeMap::new());
    }
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT name, seq FROM sqlite_sequence").fetch_all(&mut **src).await?;
    Ok(rows.into_iter().collect())
}

/// Makes the target's id counters continue after the source's: SQLite's
/// `sqlite_sequence` for AUTOINCREMENT tables (inserting explicit ids only
/// raises it to the highest id still present).
async fn continue_sqlite_counters(
    tx: &mut sqlx::Transaction<'_, Target>,
    tables: &[Table],
    counters: &BTreeMap<String, i64>,
) -> Result<(), CopyError> {
    for (name, seq) in counters {
        if !tables.iter().any(|t| t.name == *name) {
            continue;
        }
        let updated = sqlx::query("UPDATE sqlite_sequence SET seq = $1 WHERE name = $2 AND seq < $1")
            .bind(seq)
            .bind(name)
            .execute(&mut **tx)
            .await?;
        if updated.rows_affected() == 0 {
            sqlx::query("INSERT INTO sqlite_sequence (name, seq) SELECT $2, $1 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = $2)")
                .bind(seq)
                .bind(name)
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(())
}

/// PostgreSQL's id columns (identity or serial) draw from sequences that
/// explicit ids do not move: each is set to continue after the highest id
/// in the table, or the highest SQLite ever gave out, whichever is higher.
/// Which columns have one is asked of PostgreSQL, not listed here.
async fn continue_postgres_counters(
    tx: &mut sqlx::Transaction<'_, Target>,
    tables: &[Table],
    counters: &BTreeMap<String, i64>,
) -> Result<(), CopyError> {
    for table in tables {
        for column in table.columns.iter().filter(|c| c.kind == Kind::Integer) {
            // The table name is read as SQL (quoted), the column name as written.
            let sequence: Option<String> = sqlx::query_scalar("SELECT pg_get_serial_sequence($1, $2)")
                .bind(quoted(&table.name))
                .bind(&column.name)
                .fetch_one(&mut **tx)
                .await?;
            let Some(sequence) = sequence else { continue };
            let highest: Option<i64> =
                sqlx::query_scalar(&format!("SELECT max({}) FROM {}", quoted(&column.name), quoted(&table.name)))
                    .fetch_one(&mut **tx)
                    .await?;
            let next = highest.unwrap_or(0).max(counters.get(&table.name).copied().unwrap_or(0)) + 1;
            sqlx::query("SELECT setval(CAST($1 AS regclass), $2, false)")
                .bind(&sequence)
                .bind(next)
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{
        super::testing::{self, TestDb},
        *,
    };

    /// A row for every table the migrations make; a new table fails
    /// `every_table_is_copied_row_for_row` until it has one here. Columns are
    /// named, so a column added later (with a default) changes nothing. A
    /// table not (yet) in the schema is skipped: the replicas' tables
    /// (migration 0040) are here before they land.
    const FIXTURE: &[(&str, &str)] = &[
        (
            "dialogue_state",
            "INSERT INTO dialogue_state (person, state, updated_at) VALUES ('p1', '{\"node\":\"main\"}', 1700000000)",
        ),
        ("media_file", "INSERT INTO media_file (media_key, file_id) VALUES ('guide.jpg:10:20', 'AgAD-file')"),
        ("tracked_message", "INSERT INTO tracked_message (person, message_id, sent_at) VALUES ('p1', 41, 1700000001)"),
        (
            "feedback",
            "INSERT INTO feedback (id, created_at, person, lang, topic, rating, comment, region, consent_version, update_id) \
             VALUES (7, 1700000002, 'p1', 'ru', 'portal-login', 3, 'Спасибо, \"всё\"\nпонятно', NULL, 1, 9001)",
        ),
        ("node_visit", "INSERT INTO node_visit (day, node, step, count) VALUES ('2026-11-02', 'main', 0, 12)"),
        (
            "visit_lang",
            "INSERT INTO visit_lang (day, lang, screens, people_week, people_month) VALUES ('2026-11-02', 'ky', 30, 4, 2)",
        ),
        (
            "consult_question",
            "INSERT INTO consult_question (id, person, sealed_chat, topic_id, consultant, lang, area, asked_at, last_at) \
             VALUES (3, 'p1', x'00ff10', 55, 'lawyer', 'ru', 'violence', 1700000003, 1700000004)",
        ),
        (
            "consult_answer",
            "INSERT INTO consult_answer (id, question, person, staff_message, sent_at) VALUES (2, 3, 'p1', 777, 1700000005)",
        ),
        (
            "webinar_reminder",
            "INSERT INTO webinar_reminder (id, person, webinar, kind, due, chat) \
             VALUES (5, 'p1', 'portal-basics', 'day', 1700086400, x'0102')",
        ),
        (
            "webinar_subscriber",
            "INSERT INTO webinar_subscriber (person, lang, chat, since) VALUES ('p1', 'uz', x'0304', 1700000006)",
        ),
        ("webinar_count", "INSERT INTO webinar_count (webinar, what, count) VALUES ('portal-basics', 'reminders', 6)"),
        (
            "announcement",
            "INSERT INTO announcement (id, created_at, webinar, texts, status, total, report_chat, report_message) \
             VALUES (4, 1700000007, NULL, '{\"ru\":\"Вебинар\"}', 'sending', 1, 4242, 99)",
        ),
        (
            "announcement_queue",
            "INSERT INTO announcement_queue (announcement, seq, person, lang, chat, state) VALUES (4, 1, 'p1', 'ru', x'05', 'queued')",
        ),
        (
            "undeleted_message",
            "INSERT INTO undeleted_message (person, chat, message_id, sent_at) VALUES ('p1', x'06', 42, 1700000008)",
        ),
        ("export_sent", "INSERT INTO export_sent (chat, message_id, delete_at) VALUES (4242, 100, 1700000009)"),
        ("inbox", "INSERT INTO inbox (update_id, body, answered) VALUES (9002, x'07', 0)"),
        ("intake", "INSERT INTO intake (only_row, last_update_id) VALUES (1, 9002)"),
        ("lease", "INSERT INTO lease (name, holder, expires_at) VALUES ('poll', 'replica-a', 1700000010000)"),
        ("chat_claim", "INSERT INTO chat_claim (chat, holder, expires_at) VALUES ('p1', 'replica-a', 1700000011000)"),
        ("chat_wipe", "INSERT INTO chat_wipe (chat, epoch, wiped_through, at) VALUES ('p1', 2, 9001, 1700000012)"),
        ("job_run", "INSERT INTO job_run (job, slot) VALUES ('retention', 19675)"),
    ];

    /// The fixture's tables that the schema has.
    async fn present(source: &SqlitePool) -> Vec<&'static str> {
        let names: BTreeSet<String> = tables(source).await.unwrap().into_iter().map(|t| t.name).collect();
        FIXTURE.iter().map(|(t, _)| *t).filter(|t| names.contains(*t)).collect()
    }

    fn url(dir: &tempfile::TempDir, name: &str) -> String {
        format!("sqlite://{}", dir.path().join(name).display())
    }

    /// A database with the fixture's rows, and a plain pool on it as
    /// `kadam migrate-db` reads it.
    async fn filled(dir: &tempfile::TempDir) -> SqlitePool {
        let db = Db::open(&url(dir, "source.db")).await.unwrap();
        db.close().await;
        let source = SqlitePool::connect(&url(dir, "source.db")).await.unwrap();
        let present = present(&source).await;
        for (table, insert) in FIXTURE {
            if present.contains(table) {
                sqlx::query(insert).execute(&source).await.unwrap();
            }
        }
        source
    }

    /// The source as the bot opens it, to read it the way the targets are read.
    async fn source_db(dir: &tempfile::TempDir) -> Db {
        Db::open(&url(dir, "source.db")).await.unwrap()
    }

    /// Fresh, empty targets: a new SQLite file, and a new PostgreSQL
    /// database unless skipped (`KADAM_SKIP_POSTGRES_TEST=1`).
    async fn targets() -> Vec<TestDb> {
        testing::both().await
    }

    /// Every row of a table, each value decoded by its column's kind and
    /// printed, sorted: the same text on both backends for the same data.
    async fn contents(db: &Db, table: &Table) -> Vec<String> {
        let names: Vec<String> = table.columns.iter().map(|c| quoted(&c.name)).collect();
        let sql = format!("SELECT {} FROM {}", names.join(", "), quoted(&table.name));
        let rows = sqlx::query(&sql).fetch_all(&db.read).await.unwrap();
        let mut out: Vec<String> = rows
            .iter()
            .map(|row| {
                let cells: Vec<String> = table
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(i, c)| match c.kind {
                        Kind::Integer => format!("{:?}", row.try_get::<Option<i64>, _>(i).unwrap()),
                        Kind::Real => format!("{:?}", row.try_get::<Option<f64>, _>(i).unwrap()),
                        Kind::Text => format!("{:?}", row.try_get::<Option<String>, _>(i).unwrap()),
                        Kind::Blob => format!("{:?}", row.try_get::<Option<Vec<u8>>, _>(i).unwrap()),
                    })
                    .collect();
                cells.join("|")
            })
            .collect();
        out.sort();
        out
    }

    #[tokio::test]
    async fn every_table_is_copied_row_for_row() {
        let dir = tempfile::tempdir().unwrap();
        let source = filled(&dir).await;
        let tables = tables(&source).await.unwrap();
        let names: BTreeSet<&str> = tables.iter().map(|t| t.name.as_str()).collect();
        let fixture: BTreeSet<&str> = FIXTURE.iter().map(|(t, _)| *t).collect();
        let missing: Vec<&&str> = names.difference(&fixture).collect();
        assert!(missing.is_empty(), "every table needs a row in FIXTURE, so that its copy is tested: {missing:?}");
        let original = source_db(&dir).await;
        for target in targets().await {
            let copied = copy(&source, &target, false).await.unwrap();
            assert_eq!(copied.tables.len(), names.len());
            assert!(copied.tables.iter().all(|(_, n)| *n == 1), "{copied:?}");
            for table in &tables {
                let before = contents(&original, table).await;
                assert_eq!(before.len(), 1, "{}", table.name);
                assert_eq!(contents(&target, table).await, before, "{} on {:?}", table.name, target.backend);
            }
        }
    }

    #[tokio::test]
    async fn parents_come_before_children() {
        let dir = tempfile::tempdir().unwrap();
        let source = filled(&dir).await;
        let order: Vec<String> = tables(&source).await.unwrap().into_iter().map(|t| t.name).collect();
        let at = |name: &str| order.iter().position(|t| t == name).unwrap();
        assert!(at("consult_question") < at("consult_answer"), "{order:?}");
        assert!(at("announcement") < at("announcement_queue"), "{order:?}");
    }

    #[test]
    fn a_cycle_of_foreign_keys_is_an_error() {
        let table = |name: &str, parent: &str| Table {
            name: name.into(),
            columns: vec![],
            parents: [parent.to_owned()].into_iter().collect(),
        };
        let err = parents_first(vec![table("a", "b"), table("b", "a"), table("c", "zzz")]).unwrap_err();
        assert!(matches!(&err, CopyError::Cycle(t) if *t == ["a", "b"]), "{err}");
    }

    #[tokio::test]
    async fn a_target_holding_rows_is_refused_unless_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let source = filled(&dir).await;
        for target in targets().await {
            sqlx::query("INSERT INTO node_visit VALUES ('2020-01-01', 'old', 0, 1)")
                .execute(&target.write)
                .await
                .unwrap();
            let err = copy(&source, &target, false).await.unwrap_err();
            assert!(matches!(&err, CopyError::NotEmpty(held) if *held == [("node_visit".to_owned(), 1)]), "{err}");
            let old: i64 = sqlx::query_scalar("SELECT count(*) FROM node_visit WHERE node = 'old'")
                .fetch_one(&target.read)
                .await
                .unwrap();
            assert_eq!(old, 1, "a refused copy leaves the target as it was");
            let copied = copy(&source, &target, true).await.unwrap();
            assert_eq!(copied.rows(), present(&source).await.len() as u64);
            let nodes: Vec<String> =
                sqlx::query_scalar("SELECT node FROM node_visit").fetch_all(&target.read).await.unwrap();
            assert_eq!(nodes, ["main"]);
        }
    }

    /// More rows than one INSERT takes: every one arrives, in several batches.
    #[tokio::test]
    async fn a_large_table_is_copied_in_batches() {
        let dir = tempfile::tempdir().unwrap();
        let source = filled(&dir).await;
        sqlx::query(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2345) \
             INSERT INTO tracked_message SELECT 'p' || (i % 7), 1000 + i, 1700000000 + i FROM n",
        )
        .execute(&source)
        .await
        .unwrap();
        assert!(batch_rows(3) < 2346);
        let table = tables(&source).await.unwrap().into_iter().find(|t| t.name == "tracked_message").unwrap();
        let original = contents(&source_db(&dir).await, &table).await;
        for target in targets().await {
            let copied = copy(&source, &target, false).await.unwrap();
            assert!(copied.tables.contains(&("tracked_message".to_owned(), 2346)), "{copied:?}");
            assert_eq!(contents(&target, &table).await, original);
        }
    }

    /// Question numbers are shown to staff (`#Q-3`): one that was deleted
    /// in the source is not handed out again by the target. Every other id
    /// column goes on after the highest id copied (on PostgreSQL its
    /// sequence would otherwise start at 1 and collide).
    #[tokio::test]
    async fn ids_continue_after_the_highest_ever_given() {
        let dir = tempfile::tempdir().unwrap();
        let source = filled(&dir).await;
        let ask = "INSERT INTO consult_question (person, consultant, lang, area, asked_at, last_at) \
                   VALUES ('p2', 'lawyer', 'ky', 'main', 1, 1) RETURNING id";
        let four: i64 = sqlx::query_scalar(ask).fetch_one(&source).await.unwrap();
        assert_eq!(four, 4);
        sqlx::query("DELETE FROM consult_question WHERE id = 4").execute(&source).await.unwrap();
        let new_ids = [
            (ask, 5),
            (
                "INSERT INTO consult_answer (question, person, staff_message, sent_at) VALUES (3, 'p2', 1, 1) RETURNING id",
                3,
            ),
            (
                "INSERT INTO feedback (created_at, person, lang, topic, rating, consent_version, update_id) \
                 VALUES (1, 'p2', 'ky', 'main', 2, 1, 1) RETURNING id",
                8,
            ),
            (
                "INSERT INTO webinar_reminder (person, webinar, kind, due, chat) VALUES ('p2', 'w', 'hour', 1, x'00') RETURNING id",
                6,
            ),
            ("INSERT INTO announcement (created_at, texts, status) VALUES (1, '{}', 'draft') RETURNING id", 5),
        ];
        for target in targets().await {
            copy(&source, &target, false).await.unwrap();
            for (insert, expected) in new_ids {
                let insert =
                    insert.replace("x'00'", if target.backend == Backend::Postgres { "'\\x00'" } else { "x'00'" });
                let id: i64 = sqlx::query_scalar(&insert).fetch_one(&target.write).await.unwrap();
                assert_eq!(id, expected, "{insert} on {:?}", target.backend);
            }
        }
    }

    /// A value that does not match its column's declared type (possible in
    /// a table that is not STRICT) stops the copy with its place named.
    #[tokio::test]
    async fn a_value_of_the_wrong_type_is_named_not_copied() {
        let dir = tempfile::tempdir().unwrap();
        let source = filled(&dir).await;
        sqlx::query("UPDATE consult_question SET topic_id = 'fifty-five'").execute(&source).await.unwrap();
        for target in targets().await {
            let err = copy(&source, &target, false).await.unwrap_err();
            assert!(
                matches!(&err, CopyError::WrongValue { table, column, .. } if table == "consult_question" && column == "topic_id"),
                "{err}"
            );
            let rows: i64 =
                sqlx::query_scalar("SELECT count(*) FROM dialogue_state").fetch_one(&target.read).await.unwrap();
            assert_eq!(rows, 0, "nothing is kept of a copy that failed");
        }
    }
}
