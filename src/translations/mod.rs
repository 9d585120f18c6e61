//! `kadam translations`: the texts of every language as one spreadsheet for
//! translators, and edited texts written back into the `.ftl` files; plus
//! the per-language counts `kadam check` prints (translated, falling back,
//! not yet reviewed by a native speaker).
//!
//! One row per text: a message's value is the row `id`, each attribute its
//! own row `id.attr`, because a translator translates a button label apart
//! from the screen it leads to. Import changes only cells that differ from
//! the files, so exporting and importing without edits changes no byte; it
//! refuses the whole sheet if any edited cell would break Fluent or drop or
//! add a placeholder, naming every such row.

pub mod ftl;
pub mod sheet;

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    fmt, fs,
    path::{Path, PathBuf},
    process::ExitCode,
};

use anyhow::{Context, bail};

use self::{
    ftl::{FtlFile, FtlMessage, FtlText},
    sheet::Table,
};
use crate::{
    content::{confine, raw::RawLocales},
    staff::{Msg, StaffLang},
};

/// `kadam translations …`
#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Write every text of every language to a spreadsheet, one row per text (FILE.xlsx or FILE.csv).
    Export {
        /// The file to write; its extension (.xlsx or .csv) chooses the format.
        #[arg(long)]
        out: PathBuf,
        /// The language translators translate from, shown in the `source` column.
        #[arg(long, default_value = "ru")]
        source: String,
        #[arg(long, env = "KADAM_CONTENT_DIR", default_value = ".")]
        content: PathBuf,
        /// Language of the messages: ru, ky or en (default: $KADAM_STAFF_LANG, then $LANG, then en).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Write the edited texts of a spreadsheet back into locales/*/*.ftl (all rows or none).
    Import {
        /// The edited .xlsx or .csv file, as made by `export`.
        file: PathBuf,
        #[arg(long, env = "KADAM_CONTENT_DIR", default_value = ".")]
        content: PathBuf,
        /// Language of the messages: ru, ky or en (default: $KADAM_STAFF_LANG, then $LANG, then en).
        #[arg(long)]
        lang: Option<String>,
    },
}

/// The staff's language for the messages of `translations`.
fn staff_lang(flag: Option<String>) -> anyhow::Result<StaffLang> {
    StaffLang::from_env(flag.as_deref()).map_err(anyhow::Error::msg)
}

pub fn run(action: Action) -> anyhow::Result<ExitCode> {
    match action {
        Action::Export { out, source, content, lang } => {
            let lang = staff_lang(lang)?;
            let catalog = Catalog::load(&content)?;
            let table = catalog.export_table(&source)?;
            sheet::write(&out, &table)?;
            let wrote = Msg::new("translations-wrote").arg("count", table.rows.len()).arg("file", out.display());
            eprintln!("{}", lang.text(&wrote));
            Ok(ExitCode::SUCCESS)
        }
        Action::Import { file, content, lang } => {
            let lang = staff_lang(lang)?;
            let catalog = Catalog::load(&content)?;
            let table = sheet::read(&file)?;
            match catalog.import_table(&table)? {
                Err(rows) => {
                    for e in &rows {
                        eprintln!("{}: {e}", file.display());
                    }
                    eprintln!("{}", lang.text(&Msg::new("translations-nothing-written").arg("count", rows.len())));
                    Ok(ExitCode::from(1))
                }
                Ok(changes) => {
                    for (path, text) in &changes.files {
                        fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))?;
                    }
                    for c in &changes.texts {
                        let changed = Msg::new("translations-changed")
                            .arg("row", c.row)
                            .arg("lang", &c.lang)
                            .arg("name", &c.name);
                        eprintln!("{}", lang.text(&changed));
                    }
                    let summary = Msg::new("translations-summary")
                        .arg("texts", changes.texts.len())
                        .arg("files", changes.files.len());
                    eprintln!("{}", lang.text(&summary));
                    Ok(ExitCode::SUCCESS)
                }
            }
        }
    }
}

/// Every `.ftl` file of every configured language, scanned.
pub struct Catalog {
    root: PathBuf,
    /// Languages in the order of locales.toml.
    order: Vec<String>,
    fallbacks: BTreeMap<String, Vec<String>>,
    partial: BTreeSet<String>,
    /// Generated language → the language it is made from (`uz-Cyrl` → `uz`).
    generated: BTreeMap<String, String>,
    /// Language → file name → file.
    files: BTreeMap<String, BTreeMap<String, Loaded>>,
}

struct Loaded {
    source: String,
    ftl: FtlFile,
}

/// Where a language stands on one text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Translated and marked reviewed by a native speaker.
    Ok,
    /// Translated, not yet reviewed.
    Unreviewed,
    /// Missing in a partial language: the bot shows the fallback.
    Fallback,
    /// Missing in a language that must be complete: `kadam check` refuses it.
    Missing,
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Status::Ok => "ok",
            Status::Unreviewed => "unreviewed",
            Status::Fallback => "fallback",
            Status::Missing => "missing",
        })
    }
}

/// One row of the sheet: a message's value (`attr` is `None`) or attribute.
#[derive(Clone, Debug, PartialEq)]
struct RowKey {
    file: String,
    id: String,
    attr: Option<String>,
}

impl RowKey {
    fn name(&self) -> String {
        match &self.attr {
            None => self.id.clone(),
            Some(a) => format!("{}.{a}", self.id),
        }
    }
}

/// Per-language counts for `kadam check`, over messages (a message counts as
/// falling back if its value or any attribute is missing).
#[derive(Debug, PartialEq)]
pub struct Coverage {
    pub lang: String,
    pub messages: usize,
    pub translated: usize,
    pub fallback: usize,
    pub unreviewed: usize,
    pub partial: bool,
    pub falls_back_to: Vec<String>,
}

impl Coverage {
    /// The line `kadam check` prints, in the staff's words.
    pub fn message(&self) -> crate::staff::Msg {
        let line = crate::staff::Msg::new(if self.partial { "coverage-partial" } else { "coverage" })
            .arg("lang", &self.lang)
            .arg("translated", self.translated)
            .arg("fallback", self.fallback)
            .arg("unreviewed", self.unreviewed)
            .arg("messages", self.messages);
        match self.partial {
            true => line.arg("fallbacks", self.falls_back_to.join(", ")),
            false => line,
        }
    }
}

/// English, as `kadam check --lang en` prints it.
impl fmt::Display for Coverage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::staff::StaffLang::En.text(&self.message()))
    }
}

/// A text import will change, for its report.
#[derive(Debug, PartialEq)]
pub struct Changed {
    pub row: usize,
    pub lang: String,
    pub name: String,
}

/// What an import writes: whole new file contents, and which rows changed.
#[derive(Debug, Default)]
pub struct Changes {
    pub files: BTreeMap<PathBuf, String>,
    pub texts: Vec<Changed>,
}

/// An edited cell that cannot be written, by its spreadsheet row.
#[derive(Debug, PartialEq)]
pub struct RowError {
    pub row: usize,
    pub lang: Option<String>,
    pub name: String,
    pub message: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.lang {
            Some(lang) => write!(f, "row {} ({lang}, `{}`): {}", self.row, self.name, self.message),
            None => write!(f, "row {} (`{}`): {}", self.row, self.name, self.message),
        }
    }
}

/// A change to a file's text: replace `start..end` with the text; the
/// third field (the row) orders insertions at the same place.
type Splice = (usize, usize, usize, String);

/// One edited cell, checked.
struct Edit {
    row: usize,
    lang: String,
    key: RowKey,
    text: String,
}

impl Catalog {
    /// Reads locales/locales.toml and every language's `.ftl` files.
    pub fn load(root: &Path) -> anyhow::Result<Self> {
        let config_path = root.join(RawLocales::PATH);
        let config = RawLocales::parse(
            &confine::read_to_string(root, Path::new(RawLocales::PATH))
                .with_context(|| format!("cannot read {}", config_path.display()))?,
        )
        .with_context(|| format!("{} is not valid; run `kadam check`", config_path.display()))?;
        // Generated languages (Cyrillic Uzbek) are made from another one and
        // never translated, so they get no column.
        let generated = config.generated_codes();
        let order: Vec<String> = config.language_codes().into_iter().filter(|l| !generated.contains(l)).collect();
        let mut fallbacks = config.fallback_codes();
        fallbacks.retain(|l, _| !generated.contains(l));
        let partial = config.partial_codes().into_iter().collect();
        let generated = config.transliterated.iter().map(|(l, from)| (l.clone(), from.get_ref().clone())).collect();
        let mut files = BTreeMap::new();
        for lang in &order {
            let dir = root.join("locales").join(lang);
            let mut names: Vec<String> = fs::read_dir(&dir)
                .with_context(|| format!("cannot read {}", dir.display()))?
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".ftl"))
                .collect();
            names.sort();
            let mut of_lang = BTreeMap::new();
            for name in names {
                let path = dir.join(&name);
                let rel = Path::new("locales").join(lang).join(&name);
                let source =
                    confine::read_to_string(root, &rel).with_context(|| format!("cannot read {}", path.display()))?;
                let ftl = ftl::scan(&source).map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.0))?;
                of_lang.insert(name, Loaded { source, ftl });
            }
            files.insert(lang.clone(), of_lang);
        }
        Ok(Self { root: root.to_owned(), order, fallbacks, partial, generated, files })
    }

    /// Generated languages and the language each is made from: they have no
    /// texts of their own to review.
    pub fn generated(&self) -> &BTreeMap<String, String> {
        &self.generated
    }

    /// The message `id` in `lang`, with the name of its file.
    fn message(&self, lang: &str, id: &str) -> Option<(&str, &FtlMessage)> {
        self.files
            .get(lang)?
            .iter()
            .find_map(|(name, f)| f.ftl.messages.iter().find(|m| m.id == id).map(|m| (name.as_str(), m)))
    }

    fn text(&self, lang: &str, id: &str, attr: Option<&str>) -> Option<&FtlText> {
        self.message(lang, id)?.1.text(attr)
    }

    fn status(&self, lang: &str, key: &RowKey) -> Status {
        match self.message(lang, &key.id) {
            Some((_, m)) if m.text(key.attr.as_deref()).is_some() => {
                if m.reviewed {
                    Status::Ok
                } else {
                    Status::Unreviewed
                }
            }
            _ if self.partial.contains(lang) => Status::Fallback,
            _ => Status::Missing,
        }
    }

    /// Languages with `source` first: the order rows and texts are looked up in.
    fn source_first<'a>(&'a self, source: &'a str) -> Vec<&'a str> {
        let mut langs = vec![source];
        langs.extend(self.order.iter().map(String::as_str).filter(|l| *l != source));
        langs
    }

    /// Every row, grouped by file (sorted), in the order of the source
    /// language's file; texts only other languages have come after.
    fn rows(&self, source: &str) -> Vec<RowKey> {
        let langs = self.source_first(source);
        let mut home: HashMap<&str, &str> = HashMap::new();
        let mut file_names = BTreeSet::new();
        for lang in &langs {
            for (name, f) in self.files.get(*lang).into_iter().flatten() {
                file_names.insert(name.as_str());
                for m in &f.ftl.messages {
                    home.entry(m.id.as_str()).or_insert(name.as_str());
                }
            }
        }
        let mut rows = vec![];
        let mut seen = BTreeSet::new();
        for file in file_names {
            for lang in &langs {
                let Some(f) = self.files.get(*lang).and_then(|fs| fs.get(file)) else { continue };
                for m in &f.ftl.messages {
                    if home[m.id.as_str()] != file || !seen.insert(m.id.as_str()) {
                        continue;
                    }
                    let mut attrs: Vec<Option<&str>> = vec![];
                    for l in &langs {
                        for t in self.message(l, &m.id).into_iter().flat_map(|(_, m)| &m.texts) {
                            if !attrs.contains(&t.attr.as_deref()) {
                                attrs.push(t.attr.as_deref());
                            }
                        }
                    }
                    // The value first, then attributes as first written.
                    attrs.sort_by_key(Option::is_some);
                    rows.extend(attrs.into_iter().map(|attr| RowKey {
                        file: file.to_owned(),
                        id: m.id.clone(),
                        attr: attr.map(str::to_owned),
                    }));
                }
            }
        }
        rows
    }

    /// Counts per language, in the order of locales.toml.
    pub fn coverage(&self) -> Vec<Coverage> {
        let rows = self.rows(self.order.first().map_or("ru", String::as_str));
        let mut ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        ids.dedup();
        self.order
            .iter()
            .map(|lang| {
                let mut c = Coverage {
                    lang: lang.clone(),
                    messages: ids.len(),
                    translated: 0,
                    fallback: 0,
                    unreviewed: 0,
                    partial: self.partial.contains(lang),
                    falls_back_to: self.fallbacks.get(lang).cloned().unwrap_or_default(),
                };
                for id in &ids {
                    let complete =
                        rows.iter().filter(|r| r.id == *id).all(|r| self.text(lang, id, r.attr.as_deref()).is_some());
                    if complete {
                        c.translated += 1;
                    } else {
                        c.fallback += 1;
                    }
                    if self.message(lang, id).is_some_and(|(_, m)| !m.reviewed) {
                        c.unreviewed += 1;
                    }
                }
                c
            })
            .collect()
    }

    /// The sheet: id, file, source text, one column per language, status
    /// (every language that is not `ok`), and the translators' note.
    pub fn export_table(&self, source: &str) -> anyhow::Result<Table> {
        if !self.order.iter().any(|l| l == source) {
            bail!("unknown source language `{source}`; choose one of: {}", self.order.join(", "));
        }
        let mut header = vec!["id".to_owned(), "file".to_owned(), format!("source ({source})")];
        header.extend(self.order.iter().cloned());
        header.extend(["status".to_owned(), "note".to_owned()]);
        let langs = self.source_first(source);
        let mut rows = vec![];
        for key in self.rows(source) {
            let text = |lang: &str| self.text(lang, &key.id, key.attr.as_deref()).map(|t| t.text.clone());
            let mut row = vec![key.name(), key.file.clone(), text(source).unwrap_or_default()];
            row.extend(self.order.iter().map(|l| text(l).unwrap_or_default()));
            let statuses: Vec<String> = self
                .order
                .iter()
                .map(|l| (l, self.status(l, &key)))
                .filter(|(_, s)| *s != Status::Ok)
                .map(|(l, s)| format!("{l}: {s}"))
                .collect();
            row.push(if statuses.is_empty() { "ok".to_owned() } else { statuses.join(", ") });
            let note = if key.attr.is_none() {
                langs
                    .iter()
                    .find_map(|l| self.message(l, &key.id).map(|(_, m)| m.note.clone()).filter(|n| !n.is_empty()))
            } else {
                None
            };
            row.push(note.unwrap_or_default());
            rows.push(row);
        }
        Ok(Table { header, rows })
    }

    /// Checks every edited cell; returns the new file contents, or every
    /// row that cannot be written. `Err` of the outer result is a sheet that
    /// is not ours at all (no `id` column).
    pub fn import_table(&self, table: &Table) -> anyhow::Result<Result<Changes, Vec<RowError>>> {
        let Some(id_col) = table.column("id") else {
            bail!("the sheet has no `id` column; export one with `kadam translations export`");
        };
        let file_col = table.column("file");
        let lang_cols: Vec<(usize, &str)> =
            self.order.iter().filter_map(|l| table.column(l).map(|c| (c, l.as_str()))).collect();
        if lang_cols.is_empty() {
            bail!("the sheet has no language column; its header must name one of: {}", self.order.join(", "));
        }
        // The placeholders of the source language are the reference.
        let source = table
            .header
            .iter()
            .find_map(|h| h.trim().strip_prefix("source (")?.strip_suffix(')').map(str::to_owned))
            .filter(|s| self.order.contains(s))
            .unwrap_or_else(|| self.order.first().cloned().unwrap_or_default());
        let known = self.rows(&source);
        let mut errors = vec![];
        let mut edits: Vec<Edit> = vec![];
        let mut seen: HashMap<(String, String), usize> = HashMap::new();
        for (i, cells) in table.rows.iter().enumerate() {
            let row = Table::row_number(i);
            let cell = |c: usize| cells.get(c).map_or("", String::as_str);
            let name = cell(id_col).trim().to_owned();
            if name.is_empty() {
                if lang_cols.iter().any(|(c, _)| !cell(*c).trim().is_empty()) {
                    errors.push(RowError { row, lang: None, name, message: "the id is empty".into() });
                }
                continue;
            }
            let (id, attr) = match name.split_once('.') {
                Some((id, attr)) => (id.to_owned(), Some(attr.to_owned())),
                None => (name.clone(), None),
            };
            let Some(key) = known.iter().find(|k| k.id == id && k.attr == attr).cloned() else {
                let message = "no language has this text; add new messages to the .ftl files first, then export again";
                errors.push(RowError { row, lang: None, name, message: message.into() });
                continue;
            };
            let file = file_col.map(|c| cell(c).trim()).filter(|f| !f.is_empty()).unwrap_or(&key.file).to_owned();
            if !file.ends_with(".ftl") || file.contains(['/', '\\']) || file.starts_with('.') {
                let message = format!("`{file}` is not a file name such as `ui.ftl`");
                errors.push(RowError { row, lang: None, name, message });
                continue;
            }
            let key = RowKey { file, ..key };
            for (col, lang) in &lang_cols {
                let text = ftl::tidy(cell(*col));
                let current = self.text(lang, &key.id, key.attr.as_deref());
                let unchanged = match current {
                    Some(t) => t.text == text,
                    None => text.is_empty(),
                };
                if unchanged {
                    continue;
                }
                let err =
                    |message: String| RowError { row, lang: Some((*lang).to_owned()), name: name.clone(), message };
                if let Some(first) = seen.insert(((*lang).to_owned(), name.clone()), row) {
                    errors.push(err(format!("the same text is also edited in row {first}; keep one")));
                    continue;
                }
                if current.is_none() && key.attr.is_none() && self.message(lang, &key.id).is_some() {
                    errors.push(err("this message has only attributes here; add its text in the .ftl file".into()));
                    continue;
                }
                match ftl::check_text(key.attr.as_deref(), &text) {
                    Err(e) => errors.push(err(e)),
                    Ok(vars) => {
                        // Compared with the source language, or with what
                        // this language had when the source lacks the text.
                        let reference = self
                            .text(&source, &key.id, key.attr.as_deref())
                            .map(|t| (t, source.as_str()))
                            .or_else(|| current.map(|t| (t, *lang)));
                        if let Some((r, from)) = reference
                            && let Some(problem) = placeholder_problem(&r.vars, &vars, from)
                        {
                            errors.push(err(problem));
                            continue;
                        }
                        edits.push(Edit { row, lang: (*lang).to_owned(), key: key.clone(), text });
                    }
                }
            }
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        Ok(Ok(self.apply(&edits, &known)?))
    }

    /// New contents of every file the edits touch. Each edit replaces the
    /// lines of one text; new texts go after the message (or, for a new
    /// message, after the nearest message before it in the sheet's order).
    fn apply(&self, edits: &[Edit], order: &[RowKey]) -> anyhow::Result<Changes> {
        let mut splices: BTreeMap<(String, String), Vec<Splice>> = BTreeMap::new();
        let mut changes = Changes::default();
        let mut by_message: BTreeMap<(String, String), Vec<&Edit>> = BTreeMap::new();
        for e in edits {
            by_message.entry((e.lang.clone(), e.key.id.clone())).or_default().push(e);
            changes.texts.push(Changed { row: e.row, lang: e.lang.clone(), name: e.key.name() });
        }
        for ((lang, id), edits) in &by_message {
            match self.message(lang, id) {
                Some((file, msg)) => {
                    let list = splices.entry((lang.clone(), file.to_owned())).or_default();
                    for e in edits {
                        match msg.text(e.key.attr.as_deref()) {
                            Some(t) => {
                                let head = e.key.attr.as_ref().map_or(id.clone(), |a| format!(".{a}"));
                                let new = ftl::render(&head, t.indent, &e.text, t.inline);
                                list.push((t.span.start, t.span.end, e.row, new));
                            }
                            None => {
                                let head = format!(".{}", e.key.attr.as_deref().unwrap_or_default());
                                let new = ftl::render(&head, 4, &e.text, !e.text.contains('\n'));
                                list.push((msg.span.end, msg.span.end, e.row, new));
                            }
                        }
                    }
                }
                None => {
                    let file = edits[0].key.file.clone();
                    let mut new = String::new();
                    let mut parts: Vec<&&Edit> = edits.iter().collect();
                    parts.sort_by_key(|e| e.key.attr.is_some());
                    for e in parts {
                        new.push_str(&match &e.key.attr {
                            None => ftl::render(id, 0, &e.text, !e.text.contains('\n')),
                            Some(a) => ftl::render(&format!(".{a}"), 4, &e.text, !e.text.contains('\n')),
                        });
                    }
                    let at = self.insertion_point(lang, &file, id, order);
                    splices.entry((lang.clone(), file)).or_default().push((at, at, edits[0].row, new));
                }
            }
        }
        for ((lang, file), mut list) in splices {
            let loaded = self.files.get(&lang).and_then(|f| f.get(&file));
            let mut text = loaded.map_or_else(String::new, |l| l.source.clone());
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            // Back to front, so earlier offsets stay valid; at one offset,
            // the later row first, so rows end up in sheet order.
            list.sort_by_key(|s| std::cmp::Reverse((s.0, s.2)));
            for (start, end, _, new) in list {
                let (start, end) = (start.min(text.len()), end.min(text.len()));
                text.replace_range(start..end, &new);
            }
            let path = self.root.join("locales").join(&lang).join(&file);
            self.verify(&lang, &file, &text, edits).with_context(|| {
                format!("import would damage {}; nothing was written (please report this)", path.display())
            })?;
            changes.files.insert(path, text);
        }
        Ok(changes)
    }

    /// Where a message new in `lang` goes in `file`: after the nearest
    /// message that comes before it in the sheet and exists there; else at
    /// the end.
    fn insertion_point(&self, lang: &str, file: &str, id: &str, order: &[RowKey]) -> usize {
        let Some(loaded) = self.files.get(lang).and_then(|f| f.get(file)) else { return 0 };
        let pos = order.iter().position(|k| k.id == id).unwrap_or(order.len());
        order[..pos]
            .iter()
            .rev()
            .find_map(|k| loaded.ftl.messages.iter().find(|m| m.id == k.id))
            .map_or(loaded.source.len(), |m| m.span.end)
    }

    /// The safety net: the new file must be valid Fluent, keep every other
    /// text as it was and hold each edited text exactly as the cell said.
    fn verify(&self, lang: &str, file: &str, new: &str, edits: &[Edit]) -> anyhow::Result<()> {
        let after = ftl::scan(new).map_err(|e| anyhow::anyhow!(e.0))?;
        let edited = |id: &str, attr: Option<&str>| {
            edits.iter().find(|e| e.lang == lang && e.key.id == id && e.key.attr.as_deref() == attr)
        };
        let before = self.files.get(lang).and_then(|f| f.get(file)).map(|l| &l.ftl.messages[..]).unwrap_or(&[]);
        for old in before {
            let Some(now) = after.messages.iter().find(|m| m.id == old.id) else {
                bail!("message `{}` would be lost", old.id)
            };
            if now.reviewed != old.reviewed || now.note != old.note {
                bail!("the comment above `{}` would change", old.id);
            }
            for t in &old.texts {
                if edited(&old.id, t.attr.as_deref()).is_none()
                    && now.text(t.attr.as_deref()).map(|n| &n.text) != Some(&t.text)
                {
                    bail!("the text of `{}` would change although it was not edited", old.id);
                }
            }
        }
        for e in edits.iter().filter(|e| e.lang == lang) {
            if let Some(m) = after.messages.iter().find(|m| m.id == e.key.id)
                && m.text(e.key.attr.as_deref()).map(|t| &t.text) != Some(&e.text)
            {
                bail!("`{}` would not read back as written in row {}", e.key.name(), e.row);
            }
        }
        let ids: Vec<&str> = after.messages.iter().map(|m| m.id.as_str()).collect();
        let unique: BTreeSet<&str> = ids.iter().copied().collect();
        if unique.len() != ids.len() {
            bail!("a message would be defined twice");
        }
        Ok(())
    }
}

/// What is wrong with a translation's placeholders compared with the
/// source's, if anything.
fn placeholder_problem(reference: &BTreeSet<String>, edited: &BTreeSet<String>, from: &str) -> Option<String> {
    let list = |vars: Vec<&String>| vars.iter().map(|v| format!("{{ ${v} }}")).collect::<Vec<_>>().join(", ");
    let dropped: Vec<&String> = reference.difference(edited).collect();
    let added: Vec<&String> = edited.difference(reference).collect();
    match (dropped.is_empty(), added.is_empty()) {
        (true, true) => None,
        (false, true) => {
            Some(format!("drops {}, which the text in {from} has; keep it exactly as it is", list(dropped)))
        }
        (true, false) => Some(format!("adds {}, which the text in {from} does not have", list(added))),
        (false, false) => Some(format!(
            "has {} instead of {} (as in {from}); placeholders must stay exactly as they are",
            list(added),
            list(dropped)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(v: &[&str]) -> BTreeSet<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn placeholder_problems_name_the_placeholder() {
        assert_eq!(placeholder_problem(&vars(&["a"]), &vars(&["a"]), "ru"), None);
        assert!(placeholder_problem(&vars(&["total"]), &vars(&[]), "ru").unwrap().starts_with("drops { $total }"));
        assert!(placeholder_problem(&vars(&[]), &vars(&["x"]), "ru").unwrap().starts_with("adds { $x }"));
        assert!(placeholder_problem(&vars(&["a"]), &vars(&["b"]), "ru").unwrap().contains("{ $b } instead of { $a }"));
    }

    #[test]
    fn coverage_reads_like_a_sentence() {
        let c = Coverage {
            lang: "uz".into(),
            messages: 10,
            translated: 9,
            fallback: 1,
            unreviewed: 9,
            partial: true,
            falls_back_to: vec!["ru".into()],
        };
        assert_eq!(
            c.to_string(),
            "translations uz: 9 translated, 1 fallback, 9 unreviewed (of 10 messages; partial, falls back to ru)"
        );
    }
}
