//! Charts as inline SVG, drawn with plotters' SVG backend.
//!
//! Readable without colour: every series has its own fill pattern (solid,
//! stripes, dots, cross-hatch…) over a colour-blind-safe palette, and every
//! chart comes with its numbers in a table beside it. plotters has no
//! patterns, so series are drawn in marker colours that [`finish`] swaps for
//! `url(#kpN)` fills defined once per page ([`DEFS`]). Each SVG gets a
//! `<title>` and `role="img"` for screen readers.

use plotters::{
    coord::ranged1d::SegmentValue,
    prelude::*,
    style::text_anchor::{HPos, Pos, VPos},
};

use super::privacy::Cell;
use crate::markup::escape;

/// One series of a chart, e.g. one language across the weeks.
pub struct Series {
    pub label: String,
    pub values: Vec<Cell>,
}

const WIDTH: u32 = 640;
const FONT: (&str, u32) = ("sans-serif", 22);

/// Patterns, one per series index, referenced as `url(#kpN)`: put once in
/// the page, in an SVG of size 0 (not `display: none`, which would hide
/// them from the charts in some browsers).
pub const DEFS: &str = r##"<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>
<pattern id="kp0" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#1b3a5c"/></pattern>
<pattern id="kp1" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#e69f00"/><rect width="3" height="8" fill="#5c3d00"/></pattern>
<pattern id="kp2" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#9ad0f0"/><circle cx="4" cy="4" r="1.8" fill="#1b3a5c"/></pattern>
<pattern id="kp3" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#009e73"/><path d="M0 0L8 8M8 0L0 8" stroke="#ffffff" stroke-width="1.5"/></pattern>
<pattern id="kp4" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#f0d8e6"/><rect y="3" width="8" height="2" fill="#8a3a6a"/></pattern>
<pattern id="kp5" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#d9d9d9"/></pattern>
</defs></svg>"##;

/// How many patterns there are; series beyond wrap around.
pub const PATTERNS: usize = 6;

fn marker(series: usize) -> RGBColor {
    RGBColor(1, 2, (series % PATTERNS) as u8)
}

/// A small legend swatch for series `i`, as inline SVG.
pub fn swatch(i: usize) -> String {
    format!(
        r##"<svg class="swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><rect width="18" height="18" fill="url(#kp{})" stroke="#333"/></svg>"##,
        i % PATTERNS
    )
}

/// Stacked columns: one column per x label, one stacked part per series,
/// the column's total above it. Hidden ("<5") parts are not drawn.
pub fn columns(id: &str, title: &str, x_labels: &[String], series: &[Series], totals: &[Cell]) -> String {
    let n = x_labels.len().max(1);
    let tops: Vec<i64> =
        (0..n).map(|i| series.iter().map(|s| s.values.get(i).map_or(0, |c| c.drawn())).sum()).collect();
    let y_max = nice_max(tops.iter().copied().max().unwrap_or(0));
    let mut svg = String::new();
    let drawn = (|| -> Result<(), Box<dyn std::error::Error + '_>> {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, 360)).into_drawing_area();
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .margin_top(28)
            .x_label_area_size(40)
            .y_label_area_size(64)
            .build_cartesian_2d((0..n as i32 - 1).into_segmented(), 0i64..y_max)?;
        let slot = f64::from(chart.plotting_area().dim_in_pixel().0) / n as f64;
        let labels = axis_labels(x_labels, slot);
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(WHITE)
            .bold_line_style(RGBColor(220, 220, 220))
            .y_labels(5)
            .x_labels(n)
            .label_style(FONT)
            .x_label_formatter(&|v| match v {
                SegmentValue::CenterOf(i) => labels.get(*i as usize).cloned().unwrap_or_default(),
                _ => String::new(),
            })
            .draw()?;
        for i in 0..n {
            let mut base = 0;
            for (s, serie) in series.iter().enumerate() {
                let v = serie.values.get(i).map_or(0, |c| c.drawn());
                if v > 0 {
                    let at = |y| (SegmentValue::Exact(i as i32), y);
                    let end = |y| (SegmentValue::Exact(i as i32 + 1), y);
                    let mut bar = Rectangle::new([at(base), end(base + v)], marker(s).filled());
                    bar.set_margin(0, 0, 10, 10);
                    chart.draw_series(std::iter::once(bar))?;
                    let mut outline = Rectangle::new([at(base), end(base + v)], BLACK.stroke_width(1));
                    outline.set_margin(0, 0, 10, 10);
                    chart.draw_series(std::iter::once(outline))?;
                }
                base += v;
            }
            let total = totals.get(i).map_or_else(String::new, |c| c.text());
            let style = TextStyle::from(FONT.into_font()).pos(Pos::new(HPos::Center, VPos::Bottom));
            chart.draw_series(std::iter::once(Text::new(total, (SegmentValue::CenterOf(i as i32), base), style)))?;
        }
        root.present()?;
        Ok(())
    })();
    if let Err(e) = drawn {
        tracing::warn!(error = %e, "a chart could not be drawn");
    }
    finish(svg, id, title)
}

/// Horizontal bars, one per item, the label above each bar and the count
/// after it: long names fit on a phone.
pub fn bars(id: &str, title: &str, items: &[(String, Cell)]) -> String {
    const ROW: i32 = 50;
    let height = 16 + ROW * items.len().max(1) as i32;
    let max = items.iter().map(|(_, c)| c.drawn()).max().unwrap_or(0).max(1);
    let mut svg = String::new();
    let drawn = (|| -> Result<(), Box<dyn std::error::Error + '_>> {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, height as u32)).into_drawing_area();
        root.fill(&WHITE)?;
        let full = WIDTH as i64 - 20 - 90;
        for (i, (label, cell)) in items.iter().enumerate() {
            let y = 8 + ROW * i as i32;
            root.draw(&Text::new(label.clone(), (10, y), FONT.into_font()))?;
            let width = (cell.drawn() * full / max) as i32;
            if width > 0 {
                root.draw(&Rectangle::new([(10, y + 20), (10 + width, y + 42)], marker(0).filled()))?;
            }
            root.draw(&Text::new(cell.text(), (18 + width, y + 21), FONT.into_font()))?;
        }
        root.present()?;
        Ok(())
    })();
    if let Err(e) = drawn {
        tracing::warn!(error = %e, "a chart could not be drawn");
    }
    finish(svg, id, title)
}

/// Advance of the widest character of an axis label (a digit in DejaVu
/// Sans), as a share of the font size: an upper bound, so a label is never
/// wider than estimated.
const CHAR_EM: f64 = 0.64;
/// The least free space between two labels, in pixels.
const LABEL_GAP: f64 = 8.0;

fn label_width(label: &str) -> f64 {
    label.chars().count() as f64 * f64::from(FONT.1) * CHAR_EM
}

/// The x labels to draw under columns `slot` pixels apart, so that no two
/// overlap at any number of columns: all of them if they fit side by side;
/// else each range shortened to its first day ("06.11–12.11" → "06.11");
/// and if even those collide, only every k-th, the others left blank.
fn axis_labels(labels: &[String], slot: f64) -> Vec<String> {
    let widest = |ls: &[String]| ls.iter().map(|l| label_width(l)).fold(0.0, f64::max) + LABEL_GAP;
    if widest(labels) <= slot {
        return labels.to_vec();
    }
    let short: Vec<String> =
        labels.iter().map(|l| l.split_once('–').map_or(l.as_str(), |(start, _)| start).to_owned()).collect();
    let every = (widest(&short) / slot).ceil().max(1.0) as usize;
    short.into_iter().enumerate().map(|(i, l)| if i % every == 0 { l } else { String::new() }).collect()
}

/// A round upper end for the y axis, a little above the highest column.
fn nice_max(max: i64) -> i64 {
    let target = (max + max / 8).max(10);
    let step = 10_i64.pow((target as f64).log10().floor() as u32);
    let step = if target / step < 3 { step / 5 } else { step }.max(1);
    (target + step - 1) / step * step
}

/// Adds the title and role, and swaps marker colours for patterns.
fn finish(svg: String, id: &str, title: &str) -> String {
    let Some(open_end) = svg.find('>') else { return svg };
    let (open, rest) = svg.split_at(open_end);
    let open = open.replacen("<svg ", &format!(r#"<svg role="img" aria-labelledby="{id}-t" id="{id}" "#), 1);
    let mut out = format!(r#"{open}><title id="{id}-t">{}</title>{}"#, escape(title), &rest[1..]);
    for i in 0..PATTERNS {
        out = out.replace(&format!(r##"fill="#0102{i:02X}""##), &format!(r##"fill="url(#kp{i})""##));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charts_have_titles_and_patterns_not_marker_colours() {
        let series = vec![
            Series { label: "ky".into(), values: vec![Cell::Count(12), Cell::Small] },
            Series { label: "ru".into(), values: vec![Cell::Count(30), Cell::Count(7)] },
        ];
        let svg =
            columns("c1", "People <by> week", &["1".into(), "2".into()], &series, &[Cell::Count(42), Cell::Count(9)]);
        assert!(svg.starts_with(r#"<svg role="img" aria-labelledby="c1-t""#), "{}", &svg[..80]);
        assert!(svg.contains("<title id=\"c1-t\">People &lt;by&gt; week</title>"));
        assert!(svg.contains("url(#kp0)") && svg.contains("url(#kp1)"));
        assert!(!svg.contains("#0102"), "a marker colour is left");
        assert!(svg.contains("\n42\n</text>"), "the total is written above the column: {svg}");
        let svg = bars("b1", "Regions", &[("Бишкек".into(), Cell::Count(20)), ("Нарын".into(), Cell::Small)]);
        assert!(svg.contains("Бишкек") && svg.contains("&lt;5"));
    }

    /// The week labels drawn under the axis, with their centre and font size.
    fn x_labels_in(svg: &str) -> Vec<(f64, f64, String)> {
        let attr = |tag: &str, name: &str| -> f64 {
            let from = tag.find(&format!(" {name}=\"")).expect(name) + name.len() + 3;
            tag[from..].split('"').next().unwrap().parse().unwrap()
        };
        svg.split("<text ")
            .skip(1)
            .filter(|t| t.contains(r#"dy="0.76em""#))
            .map(|t| {
                let (tag, rest) = t.split_once('>').unwrap();
                let text = rest.split("</text>").next().unwrap().trim().to_owned();
                let tag = format!(" {tag}");
                (attr(&tag, "x"), attr(&tag, "font-size"), text)
            })
            .collect()
    }

    /// The widest a label can be drawn in any common sans-serif font
    /// (DejaVu Sans has the widest digits), measured apart from the code.
    fn widest_drawn(text: &str, size: f64) -> f64 {
        let em = |c: char| match c {
            '0'..='9' => 0.64,
            '.' => 0.32,
            '–' => 0.5,
            _ => 1.0,
        };
        text.chars().map(em).sum::<f64>() * size
    }

    #[test]
    fn week_labels_never_overlap_at_any_period_length() {
        for weeks in 1..=60 {
            let labels: Vec<String> = (0..weeks)
                .map(|i| format!("{:02}.{:02}–{:02}.{:02}", i % 28 + 1, i % 12 + 1, i % 28 + 1, i % 12 + 1))
                .collect();
            let series = vec![Series { label: "ky".into(), values: vec![Cell::Count(3); weeks] }];
            let svg = columns("w", "Weeks", &labels, &series, &vec![Cell::Count(3); weeks]);
            let drawn: Vec<(f64, f64, String)> =
                x_labels_in(&svg).into_iter().filter(|(_, _, t)| !t.is_empty()).collect();
            assert!(!drawn.is_empty(), "{weeks} weeks: no label at all");
            if weeks <= 3 {
                assert_eq!(drawn.len(), weeks, "{weeks} weeks: every full label fits");
                assert!(drawn.iter().all(|(_, _, t)| t.contains('–')), "{weeks} weeks: {drawn:?}");
            }
            for pair in drawn.windows(2) {
                let ((x1, size1, t1), (x2, size2, t2)) = (&pair[0], &pair[1]);
                let room = x2 - x1 - (widest_drawn(t1, *size1) + widest_drawn(t2, *size2)) / 2.0;
                assert!(room > 0.0, "{weeks} weeks: `{t1}` at {x1} runs into `{t2}` at {x2}");
            }
        }
    }

    #[test]
    fn axis_ends_are_round() {
        assert_eq!(nice_max(0), 10);
        assert_eq!(nice_max(42), 50);
        assert_eq!(nice_max(930), 1200);
        assert!(nice_max(123_456) >= 123_456);
    }
}
