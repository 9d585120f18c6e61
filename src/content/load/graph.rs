//! The dialogue files into the core's [`Graph`]: nodes, the directory of
//! help and the webinar tables are read from `dialogues/*.toml`; node ids,
//! targets, fields, links and media are checked, each kind is built by its
//! part in `content/kinds/`, and every node must be reachable.

use std::{
    collections::{BTreeSet, HashMap, VecDeque},
    path::{Path, PathBuf},
};

use super::context::{Catalog, Loader, SourcedNode, one_line};
use crate::{
    content::{
        directory,
        kinds::{self, KindSpec, Parts},
        media_path,
        raw::{RawFile, Sourced},
    },
    dialogue::{
        Graph, Kind, Location, Media, MediaKind, Node, NodeIx,
        directory::Directory,
        graph::{self, Link},
        ids::{self, ID_LIMIT, is_kebab, kebab_shape},
        kinds::Info,
    },
    staff_msg,
};

impl Loader {
    pub(super) fn read_dialogues(&mut self) -> Vec<SourcedNode> {
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

    pub(super) fn build_graph(&mut self, sourced: Vec<SourcedNode>, catalog: &Catalog) -> Option<Graph> {
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
}
