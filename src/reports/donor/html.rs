//! The report as one HTML file: no external assets, so it opens offline and
//! can be mailed or forwarded; readable on a phone (one column, charts that
//! scale) and printable to PDF (print CSS: no page break inside a chart).
//! Every chart has a one-line takeaway above it and its numbers in a table;
//! the numbers shown are also embedded as JSON (`#kadam-report-data`).

use std::io::Write;

use fluent_bundle::FluentArgs;

use super::{
    chart::{self, Series},
    model::{Grid, Summary},
    privacy::Cell,
    texts::Texts,
};
use crate::markup::escape;

const STYLE: &str = "
:root{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#111;line-height:1.45}
body{margin:0 auto;max-width:46rem;padding:1rem}
h1{font-size:1.5rem;margin:.2rem 0 .6rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid #111}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
.takeaway{font-weight:600;margin:.4rem 0}
figure{margin:.5rem 0 1.2rem;break-inside:avoid;page-break-inside:avoid}
figure svg:not(.swatch){width:100%;height:auto;display:block}
figcaption{font-size:.9rem;color:#333}
.glance{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.6rem;margin:0;padding:0;list-style:none}
.glance li{border:2px solid #111;border-radius:.4rem;padding:.5rem}
.glance b{display:block;font-size:1.6rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.3rem 0}
.scroll{overflow-x:auto}
th,td{border:1px solid #999;padding:.2rem .4rem;text-align:right}th:first-child,td:first-child{text-align:left}
thead th{background:#eee}
.legend{display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:.2rem 0;padding:0;list-style:none;font-size:.9rem}
.legend li{display:flex;align-items:center;gap:.3rem}
.swatch{flex:none}
blockquote{margin:.3rem 0;padding:.2rem .6rem;border-left:4px solid #777}
.note,footer{font-size:.85rem;color:#333}
@media print{.noprint{display:none}body{max-width:none;padding:0}h2{break-after:avoid}a{color:inherit}}
@page{size:A4;margin:15mm}
";

/// Writes the page.
pub fn write(out: &mut impl Write, s: &Summary, t: &Texts, week_labels: &[String], made: &str) -> anyhow::Result<()> {
    let mut args = FluentArgs::new();
    args.set("from", s.from.clone());
    args.set("to", s.to.clone());
    let title = t.args("report-title", &args);
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{STYLE}</style></head><body>\n{}\n",
        t.lang,
        escape(&title),
        chart::DEFS
    )?;
    let mut made_args = FluentArgs::new();
    made_args.set("date", made.to_owned());
    writeln!(
        out,
        "<header><h1>{}</h1><p>{}</p><p class=\"note\">{} <span class=\"noprint\">{}</span></p></header>",
        escape(&title),
        escape(&t.get("report-about")),
        escape(&t.args("report-made", &made_args)),
        escape(&t.get("report-print"))
    )?;
    glance(out, s, t)?;
    reach(out, s, t, week_labels)?;
    guides(out, s, t)?;
    feedback(out, s, t, week_labels)?;
    help(out, s, t)?;
    services(out, s, t, week_labels)?;
    footer(out, t)?;
    // `<` escaped so no comment can close the script element.
    let json = serde_json::to_string(s)?.replace('<', "\\u003c");
    writeln!(out, "<script type=\"application/json\" id=\"kadam-report-data\">{json}</script>\n</body></html>")?;
    Ok(())
}

fn glance(out: &mut impl Write, s: &Summary, t: &Texts) -> anyhow::Result<()> {
    let share = s.helpful_share.map_or_else(|| t.get("share-hidden"), |p| format!("{p}%"));
    let items = [
        (s.people_period.text(), "glance-people"),
        (s.screens_lang.total.text(), "glance-screens"),
        (s.feedback_topics.total.text(), "glance-feedback"),
        (share, "glance-helpful"),
        (s.help.total.text(), "glance-help"),
    ];
    write!(out, "<h2>{}</h2><ul class=\"glance\">", escape(&t.get("glance-heading")))?;
    for (value, id) in items {
        write!(out, "<li><b>{}</b>{}</li>", escape(&value), escape(&t.get(id)))?;
    }
    writeln!(out, "</ul>")?;
    Ok(())
}

fn reach(out: &mut impl Write, s: &Summary, t: &Texts, weeks: &[String]) -> anyhow::Result<()> {
    writeln!(out, "<h2>{}</h2>", escape(&t.get("reach-heading")))?;
    match s.people.top() {
        Some(top) => {
            let mut args = FluentArgs::new();
            args.set("people", s.people_period.text());
            args.set("lang", s.people.labels[top].clone());
            grid_figure(
                out,
                "people",
                &t.args("reach-people-takeaway", &args),
                &t.get("reach-people-title"),
                &s.people,
                t,
                weeks,
            )?;
        }
        None => writeln!(out, "<p>{}</p>", escape(&t.get("reach-people-none")))?,
    }
    if let Some(top) = s.screens_section.top() {
        let mut args = FluentArgs::new();
        args.set("screens", s.screens_section.total.text());
        args.set("section", s.screens_section.labels[top].clone());
        let takeaway = t.args("reach-screens-takeaway", &args);
        grid_figure(out, "sections", &takeaway, &t.get("reach-screens-title"), &s.screens_section, t, weeks)?;
    }
    if !s.screens_lang.keys.is_empty() {
        grid_figure(out, "languages", "", &t.get("reach-lang-title"), &s.screens_lang, t, weeks)?;
    }
    Ok(())
}

fn guides(out: &mut impl Write, s: &Summary, t: &Texts) -> anyhow::Result<()> {
    writeln!(out, "<h2>{}</h2>", escape(&t.get("guides-heading")))?;
    let Some(first) = s.guides.first() else {
        writeln!(out, "<p>{}</p>", escape(&t.get("guides-none")))?;
        return Ok(());
    };
    let mut args = FluentArgs::new();
    args.set("guide", first.label.clone());
    args.set("opened", first.steps[0].text());
    writeln!(out, "<p class=\"takeaway\">{}</p>", escape(&t.args("guides-takeaway", &args)))?;
    for (i, f) in s.guides.iter().enumerate() {
        let mut args = FluentArgs::new();
        args.set("guide", f.label.clone());
        args.set("opened", f.steps[0].text());
        args.set("last", f.steps.last().map_or_else(String::new, |c| c.text()));
        let takeaway = match (f.reached_last, f.most_left_after) {
            (Some(share), Some(step)) => {
                args.set("share", format!("{share}%"));
                args.set("step", step);
                t.args("guide-funnel-takeaway", &args)
            }
            _ => t.args("guide-funnel-takeaway-small", &args),
        };
        let title = t.args("guide-funnel-title", &args);
        let steps: Vec<String> = (1..=f.steps.len()).map(|n| step_label(t, n)).collect();
        let series = [Series { label: f.label.clone(), values: f.steps.clone() }];
        writeln!(out, "<h3>{}</h3><p class=\"takeaway\">{}</p>", escape(&f.label), escape(&takeaway))?;
        let svg = chart::columns(&format!("guide-{i}"), &title, &steps, &series, &f.steps);
        writeln!(out, "<figure>{svg}<figcaption>{}</figcaption></figure>", escape(&title))?;
    }
    if s.guides_rest > 0 {
        let mut args = FluentArgs::new();
        args.set("count", s.guides_rest);
        writeln!(out, "<p class=\"note\">{}</p>", escape(&t.args("guides-rest", &args)))?;
    }
    Ok(())
}

fn step_label(t: &Texts, n: usize) -> String {
    let mut args = FluentArgs::new();
    args.set("n", n);
    t.args("step", &args)
}

fn feedback(out: &mut impl Write, s: &Summary, t: &Texts, weeks: &[String]) -> anyhow::Result<()> {
    writeln!(out, "<h2>{}</h2>", escape(&t.get("feedback-heading")))?;
    if s.feedback_topics.total == Cell::Small {
        writeln!(out, "<p>{}</p>", escape(&t.get("feedback-none")))?;
        return Ok(());
    }
    let mut args = FluentArgs::new();
    args.set("total", s.feedback_topics.total.text());
    args.set("share", s.helpful_share.map_or_else(|| t.get("share-hidden"), |p| format!("{p}%")));
    let takeaway = t.args("feedback-takeaway", &args);
    grid_figure(out, "ratings", &takeaway, &t.get("feedback-week-title"), &s.feedback_weeks, t, weeks)?;
    // Topics are rows here and ratings the columns: drawn as one bar per
    // topic (its total), with the ratings in the table.
    let topics = &s.feedback_topics;
    if let Some(top) = topics.top() {
        let mut args = FluentArgs::new();
        args.set("topic", topics.labels[top].clone());
        writeln!(out, "<p class=\"takeaway\">{}</p>", escape(&t.args("feedback-topic-takeaway", &args)))?;
    }
    let items: Vec<(String, Cell)> = topics.labels.iter().cloned().zip(topics.key_totals.iter().copied()).collect();
    let title = t.get("feedback-topic-title");
    writeln!(out, "<figure>{}<figcaption>{}</figcaption>", chart::bars("topics", &title, &items), escape(&title))?;
    let ratings: Vec<String> = ["yes", "partly", "no"].iter().map(|r| t.get(&format!("rating-{r}"))).collect();
    write!(out, "<div class=\"scroll\"><table><thead><tr><th></th>")?;
    for r in ratings.iter().chain([&t.get("table-total")]) {
        write!(out, "<th>{}</th>", escape(r))?;
    }
    write!(out, "</tr></thead><tbody>")?;
    for (i, label) in topics.labels.iter().enumerate() {
        let cells =
            topics.cells[i].iter().chain([&topics.key_totals[i]]).map(|c| format!("<td>{}</td>", escape(&c.text())));
        write!(out, "<tr><th>{}</th>{}</tr>", escape(label), cells.collect::<String>())?;
    }
    writeln!(out, "</tbody></table></div></figure>")?;
    if !s.comments.is_empty() {
        writeln!(
            out,
            "<h3>{}</h3><p class=\"note\">{}</p>",
            escape(&t.get("feedback-comments-heading")),
            escape(&t.get("feedback-comments-note"))
        )?;
        for group in &s.comments {
            writeln!(out, "<h4>{}</h4>", escape(&group.label))?;
            for c in &group.comments {
                writeln!(out, "<blockquote>{}</blockquote>", escape(c))?;
            }
        }
    }
    Ok(())
}

/// Consultations and webinars: questions per week by consultant, the time
/// to a first answer, reminders per webinar held, announcements' reach.
fn services(out: &mut impl Write, s: &Summary, t: &Texts, weeks: &[String]) -> anyhow::Result<()> {
    writeln!(out, "<h2>{}</h2>", escape(&t.get("services-heading")))?;
    let c = &s.consultations;
    if c.total == Cell::Small {
        writeln!(out, "<p>{}</p>", escape(&t.get("services-consult-few")))?;
    } else {
        let mut args = FluentArgs::new();
        args.set("asked", c.total.text());
        args.set("answered", s.consult_answered.text());
        let mut takeaway = t.args("services-consult-takeaway", &args);
        if let Some(hours) = &s.consult_median_hours {
            let mut args = FluentArgs::new();
            args.set("hours", hours.clone());
            takeaway = format!("{takeaway} {}", t.args("services-consult-median", &args));
        }
        grid_figure(out, "consultations", &takeaway, &t.get("services-consult-title"), c, t, weeks)?;
    }
    let mut args = FluentArgs::new();
    args.set("reached", s.announced.text());
    writeln!(out, "<p class=\"takeaway\">{}</p>", escape(&t.args("services-webinar-takeaway", &args)))?;
    if s.webinars.is_empty() {
        writeln!(out, "<p>{}</p>", escape(&t.get("services-webinar-none")))?;
        return Ok(());
    }
    let items: Vec<(String, Cell)> = s.webinars.iter().map(|w| (w.label.clone(), w.reminders)).collect();
    let title = t.get("services-webinar-title");
    writeln!(
        out,
        "<figure>{}<figcaption>{}</figcaption></figure>",
        chart::bars("webinars", &title, &items),
        escape(&title)
    )?;
    Ok(())
}

fn help(out: &mut impl Write, s: &Summary, t: &Texts) -> anyhow::Result<()> {
    writeln!(out, "<h2>{}</h2>", escape(&t.get("help-heading")))?;
    let h = &s.help;
    let mut args = FluentArgs::new();
    args.set("emergency", h.emergency.text());
    args.set("directory", h.directory.text());
    writeln!(out, "<p class=\"takeaway\">{}</p>", escape(&t.args("help-takeaway", &args)))?;
    let items = [
        (t.get("help-emergency"), h.emergency),
        (t.get("help-directory"), h.directory),
        (t.get("help-selfcheck-started"), h.self_check_started),
        (t.get("help-selfcheck-last"), h.self_check_last),
    ];
    let title = t.get("help-title");
    writeln!(
        out,
        "<figure>{}<figcaption>{}</figcaption></figure>",
        chart::bars("help", &title, &items),
        escape(&title)
    )?;
    match s.regions.first().filter(|r| r.count != Cell::Small) {
        Some(top) => {
            let mut args = FluentArgs::new();
            args.set("region", top.label.clone());
            writeln!(out, "<p class=\"takeaway\">{}</p>", escape(&t.args("regions-takeaway", &args)))?;
            let items: Vec<(String, Cell)> = s.regions.iter().map(|r| (r.label.clone(), r.count)).collect();
            let title = t.get("regions-title");
            writeln!(
                out,
                "<figure>{}<figcaption>{}</figcaption></figure>",
                chart::bars("regions", &title, &items),
                escape(&title)
            )?;
        }
        None => writeln!(out, "<p>{}</p>", escape(&t.get("regions-none")))?,
    }
    Ok(())
}

/// A takeaway, stacked columns by week with a legend, and the table.
fn grid_figure(
    out: &mut impl Write,
    id: &str,
    takeaway: &str,
    title: &str,
    g: &Grid,
    t: &Texts,
    weeks: &[String],
) -> anyhow::Result<()> {
    if !takeaway.is_empty() {
        writeln!(out, "<p class=\"takeaway\">{}</p>", escape(takeaway))?;
    }
    let series: Vec<Series> = g
        .labels
        .iter()
        .zip(&g.cells)
        .map(|(label, values)| Series { label: label.clone(), values: values.clone() })
        .collect();
    write!(out, "<figure>{}", chart::columns(id, title, weeks, &series, &g.week_totals))?;
    write!(out, "<ul class=\"legend\">")?;
    for (i, label) in g.labels.iter().enumerate() {
        write!(out, "<li>{}{}</li>", chart::swatch(i), escape(label))?;
    }
    write!(
        out,
        "</ul><figcaption>{}</figcaption><div class=\"scroll\"><table><thead><tr><th>{}</th>",
        escape(title),
        escape(&t.get("table-week"))
    )?;
    for label in g.labels.iter().chain([&t.get("table-total")]) {
        write!(out, "<th>{}</th>", escape(label))?;
    }
    write!(out, "</tr></thead><tbody>")?;
    for (w, week) in weeks.iter().enumerate() {
        let cells = g.cells.iter().map(|row| row[w]).chain([g.week_totals[w]]);
        write!(
            out,
            "<tr><td>{}</td>{}</tr>",
            escape(week),
            cells.map(|c| format!("<td>{}</td>", escape(&c.text()))).collect::<String>()
        )?;
    }
    let totals = g.key_totals.iter().chain([&g.total]).map(|c| format!("<td><b>{}</b></td>", escape(&c.text())));
    writeln!(
        out,
        "<tr><th>{}</th>{}</tr></tbody></table></div></figure>",
        escape(&t.get("table-total")),
        totals.collect::<String>()
    )?;
    Ok(())
}

fn footer(out: &mut impl Write, t: &Texts) -> anyhow::Result<()> {
    writeln!(out, "<footer><h2>{}</h2>", escape(&t.get("footnote-heading")))?;
    for id in ["footnote-privacy", "footnote-people", "footnote-screens", "footnote-selfcheck"] {
        writeln!(out, "<p>{}</p>", escape(&t.get(id)))?;
    }
    writeln!(out, "</footer>")?;
    Ok(())
}
