//! The anonymous per-screen visit counters: which screen was shown on which
//! day, never to whom. Counted in memory and written in one transaction now
//! and then, so counting adds no write to a person's turn.

use std::{
    collections::HashMap,
    sync::{Mutex, PoisonError},
};

use sqlx::Row;

use super::Db;

/// One counter: a screen (`node`, page `step` from 0) on one Bishkek `day`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct VisitKey {
    /// `YYYY-MM-DD`.
    pub day: String,
    pub node: String,
    pub step: i64,
}

/// Counts not yet written to the database.
#[derive(Debug, Default)]
pub struct Visits(Mutex<HashMap<VisitKey, i64>>);

impl Visits {
    pub fn count(&self, day: String, node: &str, step: usize) {
        let key = VisitKey { day, node: node.to_owned(), step: step as i64 };
        *self.counts().entry(key).or_default() += 1;
    }

    /// How many counters wait to be written.
    pub fn pending(&self) -> usize {
        self.counts().len()
    }

    /// Adds what was counted since the last flush to the table. If the
    /// write fails the counts go back, to be written by the next flush.
    pub async fn flush(&self, db: &Db) -> sqlx::Result<usize> {
        let counts = std::mem::take(&mut *self.counts());
        if counts.is_empty() {
            return Ok(0);
        }
        match write(db, &counts).await {
            Ok(()) => Ok(counts.len()),
            Err(e) => {
                let mut pending = self.counts();
                for (key, n) in counts {
                    *pending.entry(key).or_default() += n;
                }
                Err(e)
            }
        }
    }

    fn counts(&self) -> std::sync::MutexGuard<'_, HashMap<VisitKey, i64>> {
        // A panic elsewhere while counting leaves the map usable.
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

async fn write(db: &Db, counts: &HashMap<VisitKey, i64>) -> sqlx::Result<()> {
    let mut tx = db.write.begin().await?;
    for (VisitKey { day, node, step }, n) in counts {
        sqlx::query(
            "INSERT INTO node_visit (day, node, step, count) VALUES (?, ?, ?, ?)
             ON CONFLICT (day, node, step) DO UPDATE SET count = count + excluded.count",
        )
        .bind(day)
        .bind(node)
        .bind(step)
        .bind(n)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// How often one screen was shown in a span of days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisitTotal {
    pub node: String,
    /// The page of the screen, from 0.
    pub step: i64,
    pub count: i64,
}

/// Visit totals per (node, step) for days in `[since, until]` (YYYY-MM-DD).
pub async fn totals(db: &Db, since: &str, until: &str) -> sqlx::Result<Vec<VisitTotal>> {
    let rows = sqlx::query(
        "SELECT node, step, SUM(count) AS n FROM node_visit WHERE day >= ? AND day <= ?
         GROUP BY node, step ORDER BY node, step",
    )
    .bind(since)
    .bind(until)
    .fetch_all(&db.read)
    .await?;
    rows.iter()
        .map(|r| Ok(VisitTotal { node: r.try_get("node")?, step: r.try_get("step")?, count: r.try_get("n")? }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn counts_survive_a_failed_flush() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("kadam.db").display());
        let db = Db::open(&url).await.unwrap();
        let visits = Visits::default();
        visits.count("2026-01-02".into(), "start", 0);
        visits.count("2026-01-02".into(), "start", 0);
        visits.count("2026-01-02".into(), "portal", 1);
        // A closed writer makes the write fail, as a full disk would.
        db.write.close().await;
        assert!(visits.flush(&db).await.is_err());
        assert_eq!(visits.pending(), 2, "the counts are kept for the next flush");
        visits.count("2026-01-02".into(), "start", 0);

        db.read.close().await;
        let db = Db::open(&url).await.unwrap();
        assert_eq!(visits.flush(&db).await.unwrap(), 2);
        assert_eq!(visits.pending(), 0);
        let totals = totals(&db, "2026-01-01", "2026-01-31").await.unwrap();
        let count = |node: &str| totals.iter().find(|t| t.node == node).map(|t| t.count);
        assert_eq!((count("start"), count("portal")), (Some(3), Some(1)));
        db.close().await;
    }
}
