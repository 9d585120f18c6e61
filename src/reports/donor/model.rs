//! From raw counts to what the report shows: sections and labels from the
//! content, every count through the privacy rules. The result is both drawn
//! and embedded as JSON, so tests read back exactly what a donor sees.

use std::collections::{BTreeMap, HashMap, VecDeque};

use serde::Serialize;

use super::{
    data::{Raw, Weeks},
    privacy::{Cell, SMALL, scrub, share, suppress_grid},
    texts::Texts,
};
use crate::dialogue::{
    Content, Kind, NodeIx,
    kinds::{Menu, SafetyCheck, Steps},
};

/// A breakdown by week: one row per series (language, section, rating),
/// suppressed together with its totals.
#[derive(Debug, Serialize)]
pub struct Grid {
    pub keys: Vec<String>,
    pub labels: Vec<String>,
    pub cells: Vec<Vec<Cell>>,
    pub week_totals: Vec<Cell>,
    pub key_totals: Vec<Cell>,
    pub total: Cell,
}

impl Grid {
    pub fn new(rows: Vec<(String, String, Vec<i64>)>, weeks: usize) -> Self {
        let values: Vec<Vec<i64>> = rows.iter().map(|(_, _, v)| v.clone()).collect();
        let week_sums: Vec<i64> =
            (0..weeks).map(|w| values.iter().map(|r| r.get(w).copied().unwrap_or(0)).sum()).collect();
        let key_sums: Vec<i64> = values.iter().map(|r| r.iter().sum()).collect();
        let total = key_sums.iter().sum();
        Self {
            keys: rows.iter().map(|(k, _, _)| k.clone()).collect(),
            labels: rows.iter().map(|(_, l, _)| l.clone()).collect(),
            cells: suppress_grid(&values),
            week_totals: line(&week_sums),
            key_totals: line(&key_sums),
            total: Cell::of(total),
        }
    }

    /// The key with the largest total, if any is shown.
    pub fn top(&self) -> Option<usize> {
        self.key_totals.iter().enumerate().filter(|(_, c)| c.drawn() > 0).max_by_key(|(_, c)| c.drawn()).map(|(i, _)| i)
    }
}

/// A row of counts shown beside their sum.
pub fn line(values: &[i64]) -> Vec<Cell> {
    suppress_grid(&[values.to_vec()]).pop().unwrap_or_default()
}

#[derive(Debug, Serialize)]
pub struct Funnel {
    pub guide: String,
    pub label: String,
    pub steps: Vec<Cell>,
    /// Share of openings that reached the last step, in percent.
    pub reached_last: Option<i64>,
    /// The step (1-based) after which most left.
    pub most_left_after: Option<usize>,
}

#[derive(Debug, Serialize)]
pub struct Help {
    pub emergency: Cell,
    pub directory: Cell,
    pub self_check_started: Cell,
    pub self_check_last: Cell,
    /// Emergency numbers and directory together.
    pub total: Cell,
}

#[derive(Debug, Serialize)]
pub struct Region {
    pub region: String,
    pub label: String,
    pub count: Cell,
}

#[derive(Debug, Serialize)]
pub struct Comments {
    pub topic: String,
    pub label: String,
    pub comments: Vec<String>,
}

/// Everything shown, as embedded in the page.
#[derive(Debug, Serialize)]
pub struct Summary {
    pub from: String,
    pub to: String,
    pub lang: String,
    pub weeks: Vec<String>,
    pub people: Grid,
    /// People whose first screen of a calendar month fell in the period.
    pub people_period: Cell,
    pub screens_lang: Grid,
    pub screens_section: Grid,
    pub guides: Vec<Funnel>,
    /// Guides opened fewer than 5 times, not shown one by one.
    pub guides_rest: usize,
    pub help: Help,
    pub regions: Vec<Region>,
    pub feedback_weeks: Grid,
    pub feedback_topics: Grid,
    pub helpful_share: Option<i64>,
    pub comments: Vec<Comments>,
    /// Questions to consultants per week, by consultant.
    pub consultations: Grid,
    /// Of those, how many got an answer.
    pub consult_answered: Cell,
    /// Hours (one decimal) within which half of the answered questions got
    /// their first answer; not shown under 5 answers.
    pub consult_median_hours: Option<String>,
    /// Webinars held in the period, with the reminders people asked for.
    pub webinars: Vec<WebinarRow>,
    /// People reached by the webinar announcements sent in the period.
    pub announced: Cell,
}

#[derive(Debug, Serialize)]
pub struct WebinarRow {
    pub webinar: String,
    pub label: String,
    pub reminders: Cell,
}

/// How many guides get a funnel of their own.
const FUNNELS: usize = 6;

pub fn summarise(raw: &Raw, content: &Content, texts: &Texts, weeks: &Weeks, from: &str, to: &str) -> Summary {
    let n = weeks.len();
    let names = Names { content, texts };
    let by_lang = |map: &BTreeMap<String, Vec<i64>>| {
        let rows = map.iter().map(|(lang, v)| (lang.clone(), names.lang(lang), v.clone())).collect();
        Grid::new(rows, n)
    };
    let ratings = ["yes", "partly", "no"];
    let rating_rows = |values: &dyn Fn(usize) -> Vec<i64>| {
        ratings
            .iter()
            .enumerate()
            .map(|(r, id)| ((*id).to_owned(), texts.get(&format!("rating-{id}")), values(r)))
            .collect()
    };
    let topics: Vec<(&String, &[i64; 3])> = raw.rating_topic.iter().collect();
    let feedback_topics =
        Grid::new(topics.iter().map(|(t, v)| ((*t).clone(), names.node(t), v.to_vec())).collect(), ratings.len());
    let (guides, guides_rest) = funnels(raw, content, &names);
    let yes: i64 = raw.rating_topic.values().map(|v| v[0]).sum();
    let all: i64 = raw.rating_topic.values().flatten().sum();
    Summary {
        from: from.to_owned(),
        to: to.to_owned(),
        lang: texts.lang.clone(),
        weeks: weeks.starts.iter().map(ToString::to_string).collect(),
        people: by_lang(&raw.people),
        people_period: Cell::of(raw.people_month.values().sum()),
        screens_lang: by_lang(&raw.screens_lang),
        screens_section: sections(raw, content, &names, n),
        guides,
        guides_rest,
        help: help(raw, content),
        regions: regions(raw, content, &names),
        feedback_weeks: Grid::new(rating_rows(&|r| raw.rating_week.iter().map(|w| w[r]).collect()), n),
        feedback_topics,
        helpful_share: share(yes, all),
        comments: raw
            .comments
            .iter()
            .filter(|(topic, _)| raw.rating_topic.get(*topic).is_some_and(|v| v.iter().sum::<i64>() >= SMALL))
            .map(|(topic, list)| Comments {
                topic: topic.clone(),
                label: names.node(topic),
                comments: list.iter().map(|c| scrub(c)).collect(),
            })
            .collect(),
        consultations: Grid::new(
            raw.consult_asked.iter().map(|(c, v)| (c.clone(), names.node(c), v.clone())).collect(),
            n,
        ),
        consult_answered: Cell::of(raw.consult_waits.len() as i64),
        consult_median_hours: median_hours(&raw.consult_waits),
        webinars: webinars(raw, content, &names, from, to),
        announced: Cell::of(raw.announced),
    }
}

/// Half the answered questions were answered within this many hours.
fn median_hours(waits: &[i64]) -> Option<String> {
    if (waits.len() as i64) < SMALL {
        return None;
    }
    let mut sorted = waits.to_vec();
    sorted.sort_unstable();
    Some(format!("{:.1}", crate::reports::consult::median(&sorted) as f64 / 3600.0))
}

/// The webinars (drafts aside) that started within `[from, to]`, Bishkek days.
fn webinars(raw: &Raw, content: &Content, names: &Names<'_>, from: &str, to: &str) -> Vec<WebinarRow> {
    let day = |at: i64| crate::clock::day(at);
    content
        .webinars
        .webinars
        .iter()
        .filter(|w| (from..=to).contains(&day(w.start).as_str()))
        .map(|w| WebinarRow {
            webinar: w.id.clone(),
            label: names.node(&w.text_id()),
            reminders: Cell::of(raw.webinar_reminders.get(&w.id).copied().unwrap_or(0)),
        })
        .collect()
}

/// Names of languages, screens and regions in the report's language.
pub struct Names<'a> {
    content: &'a Content,
    texts: &'a Texts,
}

impl Names<'_> {
    pub fn lang(&self, code: &str) -> String {
        let id = format!("lang-{code}");
        if self.texts.has(&id) { self.texts.get(&id) } else { code.to_owned() }
    }

    /// A screen's button label: the report's own `name-<id>` if it has one
    /// (English), else the content's text in the report's language (Russian
    /// for English), without the leading emoji.
    pub fn node(&self, id: &str) -> String {
        let own = format!("name-{id}");
        if self.texts.has(&own) {
            return self.texts.get(&own);
        }
        self.content_text(id, Some("button")).or_else(|| self.content_text(id, None)).unwrap_or_else(|| id.to_owned())
    }

    fn content_text(&self, id: &str, attr: Option<&str>) -> Option<String> {
        let locales = &self.content.locales;
        let lang = locales.find(&self.texts.lang).or_else(|| locales.find("ru")).unwrap_or(locales.default_lang());
        if !locales.chain(lang).iter().any(|l| locales.has(l, id, attr)) {
            return None;
        }
        let text = locales.text(lang, id, attr, None);
        let first = text.lines().next().unwrap_or_default();
        Some(first.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '«').trim().to_owned())
    }
}

/// Screens per week by section: the main-menu entry each screen sits under.
fn sections(raw: &Raw, content: &Content, names: &Names, weeks: usize) -> Grid {
    let graph = &content.graph;
    let skip = [Some(graph.main()), Some(graph.language()), Some(graph.help()), graph.feedback()];
    let roots: Vec<NodeIx> = match &graph.node(graph.main()).kind {
        Kind::Menu(Menu { buttons }) => buttons.iter().copied().filter(|b| !skip.contains(&Some(*b))).collect(),
        _ => vec![],
    };
    let mut section: HashMap<String, usize> = HashMap::new();
    for (i, root) in roots.iter().enumerate() {
        section.insert(graph.node(*root).id.clone(), i);
    }
    for (i, root) in roots.iter().enumerate() {
        let mut queue = VecDeque::from([*root]);
        while let Some(ix) = queue.pop_front() {
            for next in graph.targets(ix) {
                let id = &graph.node(next).id;
                if !section.contains_key(id) && !skip.contains(&Some(next)) {
                    section.insert(id.clone(), i);
                    queue.push_back(next);
                }
            }
        }
    }
    // The safety check belongs to the section it guards.
    if let Some(check) = graph.safety_check()
        && let Kind::SafetyCheck(SafetyCheck { next }) = graph.node(check).kind
        && let Some(&s) = section.get(&graph.node(next).id)
    {
        section.insert(graph.node(check).id.clone(), s);
    }
    let other = roots.len();
    let mut rows: Vec<Vec<i64>> = vec![vec![0; weeks]; other + 1];
    for (node, counts) in &raw.screens_node {
        let s = section.get(node).copied().unwrap_or(other);
        for (w, n) in counts.iter().enumerate() {
            rows[s][w] += n;
        }
    }
    let mut labelled: Vec<(String, String, Vec<i64>)> = roots
        .iter()
        .map(|r| graph.node(*r).id.clone())
        .chain(["other".to_owned()])
        .zip(rows)
        .map(|(id, v)| {
            let label = if id == "other" { names.texts.get("section-other") } else { names.node(&id) };
            (id, label, v)
        })
        .collect();
    labelled.retain(|(_, _, v)| v.iter().any(|n| *n > 0));
    Grid::new(labelled, weeks)
}

/// A funnel for each of the most opened guides (at least 5 openings), and
/// how many guides were opened less often.
fn funnels(raw: &Raw, content: &Content, names: &Names) -> (Vec<Funnel>, usize) {
    let mut guides: Vec<(&str, Vec<i64>)> = content
        .graph
        .nodes()
        .filter_map(|(_, node)| match &node.kind {
            Kind::Steps(Steps { steps, .. }) if steps.len() > 1 => {
                let counts =
                    (0..steps.len()).map(|p| raw.pages.get(&(node.id.clone(), p as i64)).copied().unwrap_or(0));
                Some((node.id.as_str(), counts.collect()))
            }
            _ => None,
        })
        .collect();
    guides.sort_by_key(|(id, steps)| (std::cmp::Reverse(steps[0]), *id));
    let shown = guides
        .iter()
        .filter(|(_, steps)| steps[0] >= SMALL)
        .take(FUNNELS)
        .map(|(id, steps)| {
            let drops = steps.windows(2).map(|w| w[0] - w[1]).enumerate();
            Funnel {
                guide: (*id).to_owned(),
                label: names.node(id),
                steps: steps.iter().map(|n| Cell::of(*n)).collect(),
                reached_last: share(*steps.last().unwrap_or(&0), steps[0]),
                most_left_after: drops
                    .max_by_key(|(i, d)| (*d, std::cmp::Reverse(*i)))
                    .filter(|(_, d)| *d > 0)
                    .map(|(i, _)| i + 1),
            }
        })
        .collect::<Vec<_>>();
    let rest = guides.len() - shown.len();
    (shown, rest)
}

/// Help sought: emergency numbers, the directory, the danger self-check.
fn help(raw: &Raw, content: &Content) -> Help {
    let graph = &content.graph;
    let page = |node: Option<NodeIx>, p: i64| {
        node.map_or(0, |ix| raw.pages.get(&(graph.node(ix).id.clone(), p)).copied().unwrap_or(0))
    };
    let self_check = graph.nodes().find(|(_, n)| matches!(n.kind, Kind::SelfCheck(_))).map(|(ix, _)| ix);
    let last = self_check.map_or(0, |ix| graph.pages(ix) as i64 - 1);
    let (emergency, directory) = (page(graph.find("emergency"), 0), page(graph.contacts(), 0));
    Help {
        emergency: Cell::of(emergency),
        directory: Cell::of(directory),
        total: Cell::of(emergency + directory),
        // Page 0 is both the first question and the result, so "started"
        // counts those who answered the first question (page 1).
        self_check_started: Cell::of(page(self_check, 1.min(last))),
        self_check_last: Cell::of(page(self_check, last)),
    }
}

/// The directory's regions: page n of the directory is region n - 1, in the
/// order of the current content.
fn regions(raw: &Raw, content: &Content, names: &Names) -> Vec<Region> {
    let graph = &content.graph;
    let Some(dir) = graph.contacts() else { return vec![] };
    let id = &graph.node(dir).id;
    let counts: Vec<i64> = (0..graph.directory.regions.len())
        .map(|r| raw.pages.get(&(id.clone(), r as i64 + 1)).copied().unwrap_or(0))
        .collect();
    let mut regions: Vec<Region> = graph
        .directory
        .regions
        .iter()
        .zip(line(&counts))
        .map(|(region, count)| Region {
            region: region.id.clone(),
            label: names.node(&format!("region-{}", region.id)),
            count,
        })
        .collect();
    regions.sort_by_key(|r| std::cmp::Reverse(r.count.drawn()));
    regions
}
