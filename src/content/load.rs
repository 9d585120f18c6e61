//! Lifts the raw files into checked [`Graph`] and [`Locales`], reporting every
//! problem on the way. The checks run in a fixed order, each adding to one
//! [`Diagnostics`] list, so `kadam check` shows the whole picture in one run.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap, VecDeque},
    path::{Path, PathBuf},
};

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use sha2::{Digest, Sha256};

pub(super) mod context;
mod generated;
mod sourced;

use self::context::{Catalog, Loader, MessageInfo, SourcedNode, list_vars, message_info, one_line};
use super::{
    Diagnostics, directory,
    fluent::message_positions,
    kinds::{self, KindSpec, Parts},
    media_path,
    raw::{RawFile, RawLocales, Sourced},
};
use crate::dialogue::{
    Content, Graph, Kind, Lang, Locales, Location, Media, MediaKind, Node, NodeIx, check,
    directory::Directory,
    graph::{self, Link},
    ids::{self, ID_LIMIT, is_kebab, kebab_shape},
    kinds::Info,
    ui,
};
use crate::{staff::Msg, staff_msg};

/// Loads and checks the content under `root`; `today` judges how long ago
/// the directory's entries were verified. The loader reads the files, and
/// the caller the clock.
pub fn load_on(root: &Path, today: time::Date) -> (Option<Content>, Diagnostics) {
    let mut cx = Loader {
        root: root.to_owned(),
        diags: Diagnostics::default(),
        hasher: Sha256::new(),
        dialogues_incomplete: false,
        required: BTreeSet::new(),
        regions: vec![],
        contacts: vec![],
        webinars: vec![],
        today,
    };
    let nodes = cx.read_dialogues();
    let catalog = cx.read_locales();
    cx.check_against_sources(&catalog);
    let graph = cx.build_graph(nodes, &catalog);
    let raw_webinars = std::mem::take(&mut cx.webinars);
    let webinars = cx.build_webinars(raw_webinars, graph.as_ref(), &catalog);
    cx.check_messages(graph.as_ref(), &catalog);
    let Some(graph) = graph else { return (None, cx.diags) };
    if cx.diags.has_errors() {
        return (None, cx.diags);
    }
    let fingerprint = hex::encode(&cx.hasher.finalize()[..2]);
    let locales = Locales::new(catalog.order.clone(), catalog.resources, catalog.fallbacks);
    let content = Content { graph, locales, fingerprint, root: root.to_owned(), webinars };
    for problem in check::check_screens(&content) {
        match problem.error {
            true => cx.diags.error(problem.at, problem.message),
            false => cx.diags.warning(problem.at, problem.message),
        }
    }
    if cx.diags.has_errors() { (None, cx.diags) } else { (Some(content), cx.diags) }
}

impl Loader {
    /// A text missing in a partial language: a warning naming the language
    /// it falls back to (the first of its chain that has it), or an error if
    /// no language of the chain has it either.
    fn partial_missing(
        &mut self,
        catalog: &Catalog,
        lang: &Lang,
        id: &str,
        attr: Option<&str>,
        at: Location,
        what: Msg,
    ) {
        let key = attr.map(str::to_owned);
        let found = catalog.fallbacks.get(lang).into_iter().flatten().find(|fb| {
            catalog.messages.get(*fb).and_then(|m| m.get(id)).is_some_and(|info| info.patterns.contains_key(&key))
        });
        match found {
            Some(fb) => {
                self.diags.warning(at, staff_msg!("check-partial-falls-back", what = what, lang = lang, fallback = fb))
            }
            None => self.diags.error(at, staff_msg!("check-partial-no-fallback", what = what, lang = lang)),
        }
    }

    fn read_dialogues(&mut self) -> Vec<SourcedNode> {
        let mut nodes = vec![];
        let dir = PathBuf::from("dialogues");
        let files = self.list(&dir, "toml");
        if files.is_empty() && !self.diags.has_errors() {
            self.diags.error(Location::file(self.shown(&dir)), staff_msg!("check-no-dialogue-files"));
        }
        for rel in files {
            let Some(source) = self.read(&rel) else {
                self.dialogues_incomplete = true;
                continue;
            };
            let file = self.shown(&rel);
            match toml::from_str::<RawFile>(&source) {
                Ok(raw) => {
                    let sourced = |raw| Sourced { file: file.clone(), source: source.clone(), raw };
                    self.regions.extend(raw.region.into_iter().map(sourced));
                    let sourced = |raw| Sourced { file: file.clone(), source: source.clone(), raw };
                    self.contacts.extend(raw.contact.into_iter().map(sourced));
                    let sourced = |raw| Sourced { file: file.clone(), source: source.clone(), raw };
                    self.webinars.extend(raw.webinar.into_iter().map(sourced));
                    nodes.extend(raw.node.into_iter().map(|raw| SourcedNode {
                        file: file.clone(),
                        source: source.clone(),
                        raw,
                    }))
                }
                Err(e) => {
                    self.dialogues_incomplete = true;
                    let offset = e.span().map_or(0, |s| s.start);
                    let message = one_line(e.message());
                    self.diags
                        .error(Location::at(&file, &source, offset), staff_msg!("check-invalid-toml", error = message));
                }
            }
        }
        nodes
    }

    fn read_locales(&mut self) -> Catalog {
        let config_rel = PathBuf::from(RawLocales::PATH);
        let config_file = self.shown(&config_rel);
        let mut catalog = Catalog {
            order: vec![],
            fallbacks: HashMap::new(),
            partial: BTreeSet::new(),
            resources: HashMap::new(),
            messages: BTreeMap::new(),
            generated: BTreeMap::new(),
            cyrillic_allowed: vec![],
        };
        let Some(source) = self.read(&config_rel) else { return catalog };
        let config = match RawLocales::parse(&source) {
            Ok(c) => c,
            Err(e) => {
                let at = Location::at(&config_file, &source, e.span().map_or(0, |s| s.start));
                self.diags.error(at, staff_msg!("check-invalid-toml", error = one_line(e.message())));
                return catalog;
            }
        };
        for code in &config.languages {
            let at = Location::at(&config_file, &source, code.span().start);
            let lang = Lang::new(code.get_ref().as_str());
            if catalog.order.contains(&lang) {
                self.diags.error(at, staff_msg!("check-language-twice", lang = lang));
            } else if !config.transliterated.contains_key(lang.code())
                && !self.root.join("locales").join(lang.code()).is_dir()
            {
                self.diags.error(at, staff_msg!("check-language-no-folder", lang = lang));
            } else {
                catalog.order.push(lang);
            }
        }
        if catalog.order.is_empty() {
            self.diags.error(Location::file(&config_file), staff_msg!("check-no-languages"));
            return catalog;
        }
        for (code, chain) in &config.fallback {
            let lang = Lang::new(code.as_str());
            let mut fallbacks = vec![];
            for fb in chain {
                let fb_lang = Lang::new(fb.get_ref().as_str());
                if catalog.order.contains(&fb_lang) {
                    fallbacks.push(fb_lang);
                } else {
                    let at = Location::at(&config_file, &source, fb.span().start);
                    self.diags.error(at, staff_msg!("check-fallback-unknown", lang = fb_lang));
                }
            }
            if !catalog.order.contains(&lang) {
                self.diags.error(Location::file(&config_file), staff_msg!("check-fallback-for-unknown", lang = lang));
            }
            catalog.fallbacks.insert(lang, fallbacks);
        }
        for code in &config.partial {
            let at = Location::at(&config_file, &source, code.span().start);
            let lang = Lang::new(code.get_ref().as_str());
            if !catalog.order.contains(&lang) {
                self.diags.error(at, staff_msg!("check-partial-unknown", lang = lang));
            } else if catalog.fallbacks.get(&lang).is_none_or(Vec::is_empty) {
                self.diags.error(at, staff_msg!("check-partial-needs-fallback", lang = lang));
            } else {
                catalog.partial.insert(lang);
            }
        }

        self.read_transliterated(&config, &source, &mut catalog);
        let mut file_sets: Vec<(Lang, BTreeSet<PathBuf>)> = vec![];
        for lang in catalog.order.clone() {
            if !catalog.generated.contains_key(&lang) {
                file_sets.push((lang.clone(), self.read_language(&mut catalog, lang)));
            }
        }
        for (lang, from) in catalog.generated.clone() {
            file_sets.push((lang.clone(), self.read_generated(&mut catalog, lang, &from)));
        }
        self.check_same_files(&catalog, &file_sets);
        catalog
    }

    /// Reads one language's `.ftl` files into the catalog; returns their names.
    fn read_language(&mut self, catalog: &mut Catalog, lang: Lang) -> BTreeSet<PathBuf> {
        let rel_dir = PathBuf::from("locales").join(lang.code());
        let files = self.list(&rel_dir, "ftl");
        let names = files.iter().filter_map(|f| f.file_name().map(PathBuf::from)).collect();
        let mut resources = vec![];
        let mut messages: BTreeMap<String, MessageInfo> = BTreeMap::new();
        for rel in files {
            let Some(source) = self.read(&rel) else { continue };
            let file = self.shown(&rel);
            let resource = match FluentResource::try_new(source.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        let at = Location::at(&file, &source, e.pos.start);
                        self.diags.error(at, staff_msg!("check-invalid-fluent", error = e.kind));
                    }
                    r
                }
            };
            let positions = message_positions(&source);
            for entry in resource.entries() {
                let ast::Entry::Message(msg) = entry else { continue };
                let id = msg.id.name.to_owned();
                let location = Location::at(&file, &source, positions.get(id.as_str()).copied().unwrap_or(0));
                if let Some(first) = messages.get(&id) {
                    let first_at = first.location.clone();
                    let twice = |other: &Location| {
                        staff_msg!("check-message-twice", id = &id, other = other.file.display(), line = other.line)
                    };
                    self.diags.error(location.clone(), twice(&first_at));
                    self.diags.error(first_at.clone(), twice(&location));
                    continue;
                }
                messages.insert(id, message_info(msg, location));
            }
            resources.push(resource);
        }
        catalog.resources.insert(lang.clone(), resources);
        catalog.messages.insert(lang, messages);
        names
    }

    /// Every language has the same file names (a partial one may lack some).
    fn check_same_files(&mut self, catalog: &Catalog, file_sets: &[(Lang, BTreeSet<PathBuf>)]) {
        // Every language has the same file names, so a translator finds the
        // counterpart of any file at once.
        let all_files: BTreeSet<&PathBuf> = file_sets.iter().flat_map(|(_, s)| s).collect();
        for (lang, files) in file_sets {
            for missing in all_files.iter().filter(|f| !files.contains(**f)) {
                let rel = PathBuf::from("locales").join(lang.code()).join(missing);
                if catalog.partial.contains(lang) {
                    // Its messages are each reported as falling back.
                    self.diags.warning(
                        Location::file(self.shown(&rel)),
                        staff_msg!("check-partial-file-missing", lang = lang),
                    );
                    continue;
                }
                self.diags.error(
                    Location::file(self.shown(&rel)),
                    staff_msg!("check-file-missing", file = missing.display()),
                );
            }
        }
    }

    fn build_graph(&mut self, sourced: Vec<SourcedNode>, catalog: &Catalog) -> Option<Graph> {
        // First pass: ids, so targets can be resolved in any order.
        let mut first_at: HashMap<String, Location> = HashMap::new();
        let mut ids: HashMap<String, NodeIx> = HashMap::new();
        let mut kept = vec![];
        for node in sourced {
            let at = Location::at(&node.file, &node.source, node.raw.id.span().start);
            let id = node.raw.id.get_ref().clone();
            if id.len() > ID_LIMIT && kebab_shape(&id) {
                self.diags
                    .error(at.clone(), staff_msg!("check-id-too-long", id = &id, length = id.len(), limit = ID_LIMIT));
            } else if !is_kebab(&id) {
                self.diags.error(at.clone(), staff_msg!("check-id-not-kebab", id = &id));
            }
            if let Some(first) = first_at.get(&id) {
                let twice = |other: &Location| {
                    staff_msg!("check-node-twice", id = &id, other = other.file.display(), line = other.line)
                };
                self.diags.error(at.clone(), twice(first));
                self.diags.error(first.clone(), twice(&at));
                continue;
            }
            first_at.insert(id.clone(), at);
            ids.insert(id, NodeIx(kept.len()));
            kept.push(node);
        }
        for required in [graph::MAIN, graph::LANGUAGE, graph::HELP] {
            if !ids.contains_key(required) {
                self.diags.error(
                    Location::file(self.shown(Path::new("dialogues"))),
                    staff_msg!("check-required-node", id = required),
                );
            }
        }

        // The directory first: a `contacts` node checks it has regions.
        let (directory, needs) = directory::build(
            std::mem::take(&mut self.regions),
            std::mem::take(&mut self.contacts),
            self.today,
            &mut self.diags,
        );
        for (id, at) in needs {
            self.require_message(catalog, &id, None, at);
        }
        let mut nodes = vec![];
        for node in &kept {
            nodes.push(self.build_node(node, &ids, catalog, &directory));
        }
        let graph = Graph::new(nodes, directory)?;
        if graph.safety_check().is_none()
            && let Some((_, node)) = graph.nodes().find(|(_, n)| n.sensitive)
        {
            self.diags.error(node.origin.clone(), staff_msg!("check-sensitive-needs-safety-check", id = &node.id));
        }
        // One form: the question at the end of every guide leads to it.
        for (_, extra) in graph.nodes().filter(|(_, n)| matches!(n.kind, Kind::Feedback(_))).skip(1) {
            self.diags.error(extra.origin.clone(), staff_msg!("check-one-feedback"));
        }
        if !self.dialogues_incomplete {
            self.check_reachable(&graph);
        }
        Some(graph)
    }

    fn build_node(
        &mut self,
        node: &SourcedNode,
        by_id: &HashMap<String, NodeIx>,
        catalog: &Catalog,
        directory: &Directory,
    ) -> Node {
        let raw = &node.raw;
        let id = raw.id.get_ref().clone();
        let origin = node.at(raw.id.span().start);
        let spec = self.check_fields(node, &origin);
        let links = self.build_links(node, catalog);
        let media = self.build_media(node, catalog);
        let next = raw.next.as_ref().and_then(|t| self.button_target(node, by_id, catalog, t));
        // Buttons to other nodes, for the kinds that have them (menu, self-check).
        let buttons: Vec<NodeIx> =
            raw.buttons.iter().flatten().filter_map(|t| self.button_target(node, by_id, catalog, t)).collect();
        let parts =
            Parts { id: id.clone(), origin: origin.clone(), next, buttons, has_links: !links.is_empty(), directory };
        // An unknown kind was reported by `check_fields`; checking the rest
        // as an `info` node still finds the other mistakes in one run.
        let kind = match spec {
            Some(spec) => (spec.build)(self, node, catalog, parts),
            None => Kind::Info(Info { next }),
        };
        self.require_message(catalog, &id, None, origin.clone());
        let sensitive = raw.sensitive.as_ref().is_some_and(|s| *s.get_ref());
        let quick_exit = raw.quick_exit.as_ref().is_some_and(|s| *s.get_ref());
        Node { id, kind, links, media, sensitive, quick_exit, origin }
    }

    /// A node that leads to `target`: the target must exist and have a `.button`.
    fn button_target(
        &mut self,
        node: &SourcedNode,
        by_id: &HashMap<String, NodeIx>,
        catalog: &Catalog,
        target: &toml::Spanned<String>,
    ) -> Option<NodeIx> {
        let at = node.at(target.span().start);
        let Some(&ix) = by_id.get(target.get_ref()) else {
            // A file that could not be parsed lost its nodes: say so, or staff
            // hunt for a typo in the wrong place.
            let message = match self.dialogues_incomplete {
                true => staff_msg!("check-unknown-target-lost", id = target.get_ref()),
                false => staff_msg!("check-unknown-target", id = target.get_ref()),
            };
            self.diags.error(at, message);
            return None;
        };
        self.require_message(catalog, target.get_ref(), Some(ids::BUTTON), at);
        Some(ix)
    }

    /// Each kind uses some of the fields; any other field is a mistake.
    /// Returns the kind's loader part, if the kind is known.
    fn check_fields(&mut self, node: &SourcedNode, origin: &Location) -> Option<&'static KindSpec> {
        let raw = &node.raw;
        let kind_name = raw.kind.get_ref().as_str();
        let spec = kinds::find(kind_name);
        let allowed: &[&str] = match spec {
            Some(spec) => spec.fields,
            None => {
                let names: Vec<&str> = kinds::KINDS.iter().map(|k| k.name).collect();
                self.diags.error(
                    node.at(raw.kind.span().start),
                    staff_msg!("check-unknown-kind", kind = kind_name, known = names.join(", ")),
                );
                &["buttons", "steps", "next", "links", "media"]
            }
        };
        let present = [
            ("buttons", raw.buttons.as_ref().map(|_| ())),
            ("steps", raw.steps.as_ref().map(|_| ())),
            ("next", raw.next.as_ref().map(|_| ())),
            ("links", raw.links.as_ref().map(|_| ())),
            ("media", raw.photo.as_ref().or(raw.voice.as_ref()).or(raw.document.as_ref()).map(|_| ())),
            ("consent-version", raw.consent_version.as_ref().map(|_| ())),
            ("questions", raw.questions.as_ref().map(|_| ())),
            ("alert-at", raw.alert_at.as_ref().map(|_| ())),
        ];
        for (field, value) in present {
            if value.is_some() && !allowed.contains(&field) {
                self.diags.error(
                    origin.clone(),
                    staff_msg!(
                        "check-field-not-used",
                        kind = kind_name,
                        field = if field == "media" { "photo/voice/document" } else { field }
                    ),
                );
            }
        }
        spec
    }

    fn build_links(&mut self, node: &SourcedNode, catalog: &Catalog) -> Vec<Link> {
        let raw = &node.raw;
        let at = |offset: usize| node.at(offset);
        raw.links
            .iter()
            .flatten()
            .filter_map(|link| {
                let l = link.get_ref();
                let url = l.url.get_ref();
                let ok = url::Url::parse(url).is_ok_and(|u| matches!(u.scheme(), "https" | "http" | "tg"));
                if !ok {
                    self.diags.error(at(l.url.span().start), staff_msg!("check-link-not-web", url = url));
                }
                self.require_message(catalog, l.label.get_ref(), None, at(l.label.span().start));
                ok.then(|| Link { label: l.label.get_ref().clone(), url: url.clone() })
            })
            .collect()
    }

    fn build_media(&mut self, node: &SourcedNode, catalog: &Catalog) -> Option<Media> {
        let (raw, at) = (&node.raw, |offset: usize| node.at(offset));
        let mut media = None;
        for (kind, value) in
            [(MediaKind::Photo, &raw.photo), (MediaKind::Voice, &raw.voice), (MediaKind::Document, &raw.document)]
        {
            let Some(file) = value else { continue };
            if media.is_some() {
                self.diags.error(at(file.span().start), staff_msg!("check-media-one"));
                continue;
            }
            self.check_media(file.get_ref(), catalog, at(file.span().start));
            media = Some(Media { kind, file: file.get_ref().clone() });
        }
        media
    }

    fn check_media(&mut self, file: &str, catalog: &Catalog, at: Location) {
        if file.is_empty() || file.contains(['/', '\\']) || file.starts_with('.') {
            self.diags.error(at, staff_msg!("check-media-plain-name", file = file));
            return;
        }
        let mut missing = vec![];
        for lang in &catalog.order {
            match media_path(&self.root, file, lang) {
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                    self.diags.error(at.clone(), staff_msg!("check-media-refused", file = file, error = e));
                    return;
                }
                Err(_) => missing.push(lang.code()),
            }
        }
        if !missing.is_empty() {
            self.diags.error(at, staff_msg!("check-media-missing", file = file, langs = missing.join(", ")));
        }
    }

    fn check_reachable(&mut self, graph: &Graph) {
        let mut seen = BTreeSet::new();
        // The safety check is reached through the sensitive nodes it guards.
        let mut queue: VecDeque<NodeIx> =
            [Some(graph.main()), Some(graph.language()), Some(graph.help()), graph.safety_check(), graph.feedback()]
                .into_iter()
                .flatten()
                .collect();
        while let Some(ix) = queue.pop_front() {
            if seen.insert(ix.0) {
                queue.extend(graph.targets(ix));
            }
        }
        for (ix, node) in graph.nodes() {
            if !seen.contains(&ix.0) {
                self.diags.warning(node.origin.clone(), staff_msg!("check-unreachable", id = &node.id));
            }
        }
    }

    /// Parity between languages, engine messages, and messages nobody uses.
    /// Every language has the engine's texts and every message the others
    /// have, with the same variables; and no message goes unused.
    fn check_messages(&mut self, graph: Option<&Graph>, catalog: &Catalog) {
        self.check_ui_messages(catalog);
        self.check_parity(catalog);
        if let Some(graph) = graph.filter(|_| !self.dialogues_incomplete) {
            self.check_unused(graph, catalog);
        }
    }

    /// The engine's own texts, with only the variables it provides.
    fn check_ui_messages(&mut self, catalog: &Catalog) {
        for (lang, messages) in &catalog.messages {
            let ui_file = self.shown(&PathBuf::from("locales").join(lang.code()));
            for (id, vars) in ui::ALL {
                match messages.get(*id) {
                    None if catalog.partial.contains(lang) => {
                        let what = staff_msg!("check-ui-text-missing-what", id = id, lang = lang);
                        self.partial_missing(catalog, lang, id, None, Location::file(&ui_file), what);
                    }
                    None => self
                        .diags
                        .error(Location::file(&ui_file), staff_msg!("check-ui-text-missing", id = id, lang = lang)),
                    Some(info) => {
                        let expected: BTreeSet<String> = vars.iter().map(|v| (*v).to_owned()).collect();
                        let used = info.patterns.get(&None).cloned().unwrap_or_default();
                        if let Some(extra) = used.difference(&expected).next() {
                            self.diags.error(
                                info.location.clone(),
                                staff_msg!("check-ui-variable", id = id, var = extra, can = list_vars(&expected)),
                            );
                        }
                    }
                }
            }
        }
    }

    /// Each message (and attribute) in every language, with the same variables.
    fn check_parity(&mut self, catalog: &Catalog) {
        // Union of every (message, pattern) across languages.
        let mut union: BTreeMap<(&str, Option<&str>), Vec<&Lang>> = BTreeMap::new();
        for (lang, messages) in &catalog.messages {
            for (id, info) in messages {
                for attr in info.patterns.keys() {
                    union.entry((id.as_str(), attr.as_deref())).or_default().push(lang);
                }
            }
        }
        let mut reported_missing = BTreeSet::new();
        for ((id, attr), langs) in &union {
            let first = langs[0];
            let first_info = &catalog.messages[first][*id];
            let key = attr.map(str::to_owned);
            for lang in &catalog.order {
                let Some(info) = catalog.messages[lang].get(*id) else {
                    if catalog.partial.contains(lang) {
                        // Every text that falls back is listed, attributes too.
                        let name = attr.map_or(id.to_string(), |a| format!("{id}.{a}"));
                        let what = staff_msg!("check-message-missing-what", id = name, lang = lang);
                        self.partial_missing(catalog, lang, id, *attr, first_info.location.clone(), what);
                        continue;
                    }
                    if reported_missing.insert((*id, lang)) {
                        self.diags.error(
                            first_info.location.clone(),
                            staff_msg!("check-message-missing", id = id, lang = lang),
                        );
                    }
                    continue;
                };
                let Some(vars) = info.patterns.get(&key) else {
                    let part = match attr {
                        Some(a) => staff_msg!("check-part-attribute", attr = a),
                        None => staff_msg!("check-part-value"),
                    };
                    let what = staff_msg!("check-message-lacks", id = id, lang = lang, part = part, first = first);
                    if catalog.partial.contains(lang) {
                        self.partial_missing(catalog, lang, id, *attr, info.location.clone(), what);
                        continue;
                    }
                    self.diags.error(info.location.clone(), what);
                    continue;
                };
                let first_vars = &first_info.patterns[&key];
                if lang != first && vars != first_vars {
                    let name = attr.map_or(id.to_string(), |a| format!("{id}.{a}"));
                    self.diags.error(
                        info.location.clone(),
                        staff_msg!(
                            "check-variables-differ",
                            name = name,
                            vars = list_vars(vars),
                            lang = lang,
                            first_vars = list_vars(first_vars),
                            first = first
                        ),
                    );
                }
            }
        }
    }

    /// A message no node, engine text or used message refers to.
    fn check_unused(&mut self, graph: &Graph, catalog: &Catalog) {
        let mut used: BTreeSet<String> = ui::ALL.iter().map(|(id, _)| (*id).to_owned()).collect();
        used.extend(self.required.iter().cloned());
        for (_, node) in graph.nodes() {
            used.insert(node.id.clone());
            // Each kind's own texts (a guide's steps…) are in `required`.
            used.extend(node.links.iter().map(|l| l.label.clone()));
        }
        // Messages referenced from used messages count as used too.
        let mut queue: Vec<String> = used.iter().cloned().collect();
        while let Some(id) = queue.pop() {
            for messages in catalog.messages.values() {
                for r in messages.get(&id).into_iter().flat_map(|i| &i.references) {
                    if used.insert(r.clone()) {
                        queue.push(r.clone());
                    }
                }
            }
        }
        for (lang, messages) in &catalog.messages {
            for (id, info) in messages {
                if !used.contains(id) {
                    self.diags.warning(info.location.clone(), staff_msg!("check-message-unused", id = id, lang = lang));
                }
            }
        }
    }
}
