//! Test support: the storage tests run on both backends, a fresh SQLite
//! file and a fresh database on the throwaway PostgreSQL server
//! (`tests/it/support/postgres.rs`, shared with the integration tests).

use super::Db;

#[path = "../../tests/it/support/postgres.rs"]
pub mod postgres;

/// A database for one test, with what keeps it alive (the SQLite folder).
pub struct TestDb {
    pub db: Db,
    _dir: Option<tempfile::TempDir>,
}

impl std::ops::Deref for TestDb {
    type Target = Db;
    fn deref(&self) -> &Db {
        &self.db
    }
}

pub async fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(&format!("sqlite://{}", dir.path().join("kadam.db").display())).await.unwrap();
    TestDb { db, _dir: Some(dir) }
}

/// A fresh PostgreSQL database, migrated; `None` when skipped
/// (`KADAM_SKIP_POSTGRES_TEST=1`), a failure when no server can start.
pub async fn postgres() -> Option<TestDb> {
    let url = postgres::fresh_database().await?;
    Some(TestDb { db: Db::open(&url).await.unwrap(), _dir: None })
}

/// SQLite, then PostgreSQL (unless skipped).
pub async fn both() -> Vec<TestDb> {
    let mut dbs = vec![sqlite().await];
    dbs.extend(postgres().await);
    dbs
}
