//! Feedback records out of the database for coordinators: CSV that Excel
//! opens correctly, XLSX, or JSON Lines.
//!
//! Records stream from SQLite one row at a time into the writer, and the
//! XLSX sheet uses rust_xlsxwriter's constant-memory mode (rows go to a temp
//! file as they are written), so memory stays flat however many records
//! there are. The same pass counts them for the summary ([`Tally`]).
//!
//! What a spreadsheet user expects: a header row, dates in Bishkek time (as
//! real dates in XLSX), one row per answer, and no cell that Excel would run
//! as a formula: a comment is whatever a stranger typed, so text cells that
//! start with `=`, `+`, `-`, `@`, tab or carriage return get a leading
//! apostrophe in CSV (OWASP's advice for CSV injection). XLSX cells are
//! written as strings and are never formulas.
//!
//! A file must not be joinable back to the database or to a moment: there is
//! no row id, dates are days (Bishkek), rows come sorted by day, topic and
//! respondent rather than in the order they were written, and respondents
//! appear as a keyed code ([`PseudonymKey::export_code`]) that nobody can
//! recompute from the stored pseudonyms without `.env`, yet answers of one
//! person still count as one.

use std::{
    borrow::Cow,
    io::{BufWriter, Write},
    path::Path,
};

use anyhow::Context;
use futures_util::TryStreamExt;
use rust_xlsxwriter::{ExcelDateTime, Format as CellFormat, Workbook, Worksheet};

use super::stats::{self, PARTS, Tally};
use crate::{
    clock,
    dialogue::feedback,
    private_file::PrivateFile,
    pseudonym::PseudonymKey,
    storage::{
        Db,
        feedback::{Filter, Order, Record, records},
    },
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Xlsx,
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::Json => "jsonl",
        }
    }
}

/// The columns, in order, as named in every format.
pub const COLUMNS: &[&str] =
    &["date", "respondent", "language", "topic", "rating", "rating_label", "comment", "region", "consent_version"];

/// Writes the records `filter` selects to `out` and returns their counts.
pub async fn write(db: &Db, key: &PseudonymKey, filter: &Filter, format: Format, out: &Path) -> anyhow::Result<Tally> {
    // Opened first, so an unwritable path fails before any work; owner-only,
    // and in place under its name only once complete.
    let private = PrivateFile::create(out).with_context(|| format!("cannot write the export to {}", out.display()))?;
    let file = private.file()?;
    let mut rows = std::pin::pin!(records(db, filter, Order::Unlinkable));
    let mut tally = Tally::default();
    match format {
        Format::Csv => {
            let mut sink = BufWriter::new(file);
            // The byte order mark makes Excel read the file as UTF-8 (Cyrillic).
            sink.write_all("\u{feff}".as_bytes())?;
            let mut csv = csv::Writer::from_writer(sink);
            csv.write_record(COLUMNS)?;
            while let Some(r) = rows.try_next().await? {
                tally.add(&r);
                csv.write_record(text_cells(key, &r).iter().map(|c| neutralise(c).into_owned()))?;
            }
            csv.into_inner().map_err(|e| e.into_error())?.flush()?;
        }
        Format::Json => {
            let mut sink = BufWriter::new(file);
            while let Some(r) = rows.try_next().await? {
                tally.add(&r);
                serde_json::to_writer(&mut sink, &json(key, &r))?;
                sink.write_all(b"\n")?;
            }
            sink.flush()?;
        }
        Format::Xlsx => {
            drop(file);
            let mut book = Workbook::new();
            let sheet = book.add_worksheet_with_constant_memory()?;
            sheet.set_name("Feedback")?;
            let bold = CellFormat::new().set_bold();
            let date = CellFormat::new().set_num_format("yyyy-mm-dd");
            for (col, (name, width)) in COLUMNS.iter().zip([11, 14, 9, 24, 7, 12, 60, 14, 9]).enumerate() {
                sheet.set_column_width(col as u16, width)?;
                sheet.write_string_with_format(0, col as u16, *name, &bold)?;
            }
            sheet.set_freeze_panes(1, 0)?;
            let mut row_ix: u32 = 0;
            while let Some(r) = rows.try_next().await? {
                tally.add(&r);
                row_ix += 1;
                xlsx_row(sheet, row_ix, key, &r, &date)?;
            }
            if row_ix > 0 {
                sheet.autofilter(0, 0, row_ix, COLUMNS.len() as u16 - 1)?;
            }
            summary_sheet(book.add_worksheet(), &tally, &bold)?;
            // Assembling the zip is CPU work; keep it off the async workers
            // (`spawn_blocking` works on any runtime, `block_in_place` only
            // on a multi-threaded one).
            let path = private.path().to_owned();
            tokio::task::spawn_blocking(move || book.save(&path))
                .await
                .context("writing the export stopped unexpectedly")?
                .with_context(|| format!("cannot write the export to {}", out.display()))?;
        }
    }
    private.finish().with_context(|| format!("cannot write the export to {}", out.display()))?;
    Ok(tally)
}

/// Every column as text, in [`COLUMNS`] order.
fn text_cells(key: &PseudonymKey, r: &Record) -> [String; 9] {
    [
        clock::day(r.created_at),
        key.export_code(&r.person),
        r.lang.clone(),
        r.topic.clone(),
        r.rating.to_string(),
        feedback::rating_id(r.rating).unwrap_or_default().to_owned(),
        r.comment.clone().unwrap_or_default(),
        r.region.clone().unwrap_or_default(),
        r.consent_version.to_string(),
    ]
}

/// A leading apostrophe on text a spreadsheet would run as a formula.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

fn json(key: &PseudonymKey, r: &Record) -> serde_json::Value {
    serde_json::json!({
        "date": clock::day(r.created_at),
        "respondent": key.export_code(&r.person),
        "language": r.lang,
        "topic": r.topic,
        "rating": r.rating,
        "rating_label": feedback::rating_id(r.rating),
        "comment": r.comment,
        "region": r.region,
        "consent_version": r.consent_version,
    })
}

fn xlsx_row(sheet: &mut Worksheet, row: u32, key: &PseudonymKey, r: &Record, date: &CellFormat) -> anyhow::Result<()> {
    // Excel has no time zones: the cell holds Bishkek's date, at midnight.
    let midnight = clock::start_of(clock::local(r.created_at).date()) + i64::from(clock::BISHKEK.whole_seconds());
    sheet.write_datetime_with_format(row, 0, ExcelDateTime::from_timestamp(midnight)?, date)?;
    sheet.write_string(row, 1, key.export_code(&r.person))?;
    sheet.write_string(row, 2, &r.lang)?;
    sheet.write_string(row, 3, &r.topic)?;
    sheet.write_number(row, 4, f64::from(r.rating))?;
    sheet.write_string(row, 5, feedback::rating_id(r.rating).unwrap_or_default())?;
    if let Some(comment) = &r.comment {
        sheet.write_string(row, 6, comment)?;
    }
    if let Some(region) = &r.region {
        sheet.write_string(row, 7, region)?;
    }
    sheet.write_number(row, 8, r.consent_version as f64)?;
    Ok(())
}

/// Counts by topic, rating, language, region and week, small ones as "<5":
/// what a donor report needs, safe to paste as it is.
fn summary_sheet(sheet: &mut Worksheet, tally: &Tally, bold: &CellFormat) -> anyhow::Result<()> {
    sheet.set_name("Summary")?;
    sheet.set_column_width(0, 28)?;
    sheet.set_column_width(1, 10)?;
    sheet.write_string_with_format(0, 0, "records", bold)?;
    write_count(sheet, 0, &stats::cell(tally.total))?;
    sheet.write_string(1, 0, "counts under 5 are shown as <5")?;
    let mut row = 3;
    for part in PARTS {
        sheet.write_string_with_format(row, 0, *part, bold)?;
        row += 1;
        for (key, shown) in tally.part(part) {
            sheet.write_string(row, 0, key)?;
            write_count(sheet, row, &shown)?;
            row += 1;
        }
        row += 1;
    }
    Ok(())
}

/// A number where it is one, so Excel can add them up; "<5" as text.
fn write_count(sheet: &mut Worksheet, row: u32, shown: &str) -> anyhow::Result<()> {
    match shown.parse::<f64>() {
        Ok(n) => sheet.write_number(row, 1, n)?,
        Err(_) => sheet.write_string(row, 1, shown)?,
    };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_neutralised() {
        for bad in ["=1+1", "+7", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralise(bad), format!("'{bad}"));
        }
        for fine in ["спасибо", "", "1-2", "a=b", "'quoted"] {
            assert_eq!(neutralise(fine), fine);
        }
    }
}
