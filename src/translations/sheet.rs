//! The spreadsheet a translator works in, as a plain table of strings,
//! written and read as CSV (`csv`) or Excel (`rust_xlsxwriter` writes,
//! `calamine` reads), chosen by the file's extension.
//!
//! Rows are numbered the way a spreadsheet shows them: the header is row 1,
//! so an error about "row 12" points at the row the translator sees.

use std::{
    fs,
    path::{Path, PathBuf},
};

use anyhow::{Context, bail};
use calamine::{Data, Reader};
use rust_xlsxwriter::{Format, FormatAlign, Workbook};

use crate::private_file::PrivateFile;

/// A header and rows of cells; rows may be shorter than the header.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The spreadsheet row number of `rows[index]`.
    pub fn row_number(index: usize) -> usize {
        index + 2
    }

    pub fn column(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|h| h.trim() == name)
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Format_ {
    Csv,
    Xlsx,
}

fn format_of(path: &Path) -> anyhow::Result<Format_> {
    match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("csv") => Ok(Format_::Csv),
        Some("xlsx") => Ok(Format_::Xlsx),
        _ => bail!("{}: the file name must end in .csv or .xlsx", path.display()),
    }
}

/// Excel opens a CSV file as UTF-8 only when it starts with this mark;
/// without it, Cyrillic and Uzbek letters come out garbled.
const BOM: &str = "\u{feff}";

/// Writes the sheet owner-only, under its name only once complete (see
/// `private_file`): the texts may hold unpublished content.
pub fn write(path: &Path, table: &Table) -> anyhow::Result<()> {
    let format = format_of(path)?;
    let write = || {
        let private = PrivateFile::create(path)?;
        match format {
            Format_::Csv => write_csv(private.path(), table),
            Format_::Xlsx => write_xlsx(private.path(), table),
        }?;
        anyhow::Ok(private.finish()?)
    };
    write().with_context(|| format!("cannot write {}", path.display()))
}

pub fn read(path: &Path) -> anyhow::Result<Table> {
    match format_of(path)? {
        Format_::Csv => read_csv(path),
        Format_::Xlsx => read_xlsx(path),
    }
    .with_context(|| format!("cannot read {}", path.display()))
}

fn write_csv(path: &Path, table: &Table) -> anyhow::Result<()> {
    let mut out = csv::WriterBuilder::new().flexible(true).from_writer(BOM.as_bytes().to_vec());
    out.write_record(&table.header)?;
    for row in &table.rows {
        out.write_record(row)?;
    }
    fs::write(path, out.into_inner()?)?;
    Ok(())
}

fn read_csv(path: &Path) -> anyhow::Result<Table> {
    let text = fs::read_to_string(path)?;
    let text = text.strip_prefix(BOM).unwrap_or(&text);
    // Spreadsheet programs drop empty trailing cells, so rows may be short.
    let mut reader = csv::ReaderBuilder::new().flexible(true).has_headers(true).from_reader(text.as_bytes());
    let header = reader.headers()?.iter().map(str::to_owned).collect();
    let mut rows = vec![];
    for (i, record) in reader.records().enumerate() {
        let record = record.with_context(|| format!("row {}", Table::row_number(i)))?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(Table { header, rows })
}

fn write_xlsx(path: &Path, table: &Table) -> anyhow::Result<()> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("translations")?;
    let head = Format::new().set_bold().set_align(FormatAlign::Top);
    let cell = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    for (col, name) in table.header.iter().enumerate() {
        let col = u16::try_from(col)?;
        sheet.write_string_with_format(0, col, name, &head)?;
        // Texts are long and wrapped; ids and statuses are short.
        let width = if matches!(name.as_str(), "id" | "file" | "status") { 22.0 } else { 45.0 };
        sheet.set_column_width(col, width)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let r = u32::try_from(r + 1)?;
        for (col, value) in row.iter().enumerate() {
            // Always strings: a text such as "112" or "=..." stays text.
            sheet.write_string_with_format(r, u16::try_from(col)?, value, &cell)?;
        }
    }
    sheet.set_freeze_panes(1, 1)?;
    let last_col = u16::try_from(table.header.len().saturating_sub(1))?;
    sheet.autofilter(0, 0, u32::try_from(table.rows.len())?, last_col)?;
    book.save(path)?;
    Ok(())
}

fn read_xlsx(path: &Path) -> anyhow::Result<Table> {
    let mut book = calamine::open_workbook_auto(PathBuf::from(path))?;
    let Some(range) = book.worksheet_range_at(0) else { bail!("the workbook has no sheet") };
    let range = range?;
    let (start_row, start_col) = range.start().unwrap_or((0, 0));
    if start_row != 0 {
        bail!("the first row must be the header (id, file, …)");
    }
    let pad = usize::try_from(start_col)?;
    let mut rows = range.rows().map(|r| {
        let mut cells = vec![String::new(); pad];
        cells.extend(r.iter().map(cell_text));
        cells
    });
    let header = rows.next().unwrap_or_default();
    Ok(Table { header, rows: rows.collect() })
}

fn cell_text(data: &Data) -> String {
    match data {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        // A number typed into a cell: 112, not 112.0.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        Table {
            header: vec!["id".into(), "uz".into(), "status".into()],
            rows: vec![
                vec!["main".into(), "Salom!\n\nTanlang:".into(), "uz: unreviewed".into()],
                vec!["ui-decoy".into(), "=112, \"plov\"; 40".into(), String::new()],
                vec!["short".into()],
            ],
        }
    }

    #[test]
    fn both_formats_read_back_what_they_wrote() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["t.csv", "t.xlsx"] {
            let path = dir.path().join(name);
            write(&path, &table()).unwrap();
            let back = read(&path).unwrap();
            assert_eq!(back.header, table().header, "{name}");
            for (got, want) in back.rows.iter().zip(table().rows) {
                // Trailing empty cells may be dropped by either format.
                let trimmed: Vec<&String> = got.iter().take(want.len()).collect();
                assert_eq!(trimmed, want.iter().collect::<Vec<_>>(), "{name}");
            }
        }
        assert!(fs::read(dir.path().join("t.csv")).unwrap().starts_with(BOM.as_bytes()));
    }

    #[test]
    fn other_extensions_are_refused() {
        assert!(write(Path::new("t.ods"), &table()).unwrap_err().to_string().contains(".csv or .xlsx"));
    }

    #[test]
    fn spreadsheet_row_numbers_count_the_header() {
        assert_eq!(Table::row_number(0), 2);
    }
}
