//! Bar charts drawn on the server, a component of the design system: one bar per
//! row with its label above it and its number written at its end, as an SVG the page
//! holds inline (so the page's styles colour it, in high contrast too), always shown
//! with the same figures as a table for screen readers and for larger text. The
//! `svg` crate writes the document and escapes every label.

use svg::node::element::{Rectangle, Text, Title};
use svg::Document;

/// The chart's width in SVG units: a small phone's, so at 320 CSS pixels the text
/// is drawn at its own size; wider screens scale the chart up to the page's limit.
const WIDTH: i64 = 320;
/// Room left of the longest bar for its number.
const NUMBER_ROOM: i64 = 64;
const ROW: i64 = 46;
const BAR: i64 = 18;

/// A bar chart and its table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarChart {
    /// The chart's id in the page (its title's, its table's).
    pub id: String,
    /// What it shows, in full: the SVG's accessible name and the table's caption.
    pub title: String,
    /// The table's heading of the labels' column ("Month") and of the numbers' one
    /// ("Exchanges").
    pub label_heading: String,
    pub value_heading: String,
    pub bars: Vec<Bar>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub value: i64,
    /// The number as written on the bar and in the table ("1,250").
    pub shown: String,
}

impl BarChart {
    /// The chart as an SVG element (escaped: labels are the reader's data).
    pub fn svg(&self) -> String {
        let max = self.bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
        let height = ROW * self.bars.len().max(1) as i64;
        let title_id = format!("{}-svg-title", self.id);
        let mut document = Document::new()
            .set("viewBox", (0, 0, WIDTH, height))
            .set("class", "chart")
            .set("role", "img")
            .set("aria-labelledby", title_id.as_str())
            .add(Title::new(self.title.as_str()).set("id", title_id.as_str()));
        for (i, bar) in self.bars.iter().enumerate() {
            let top = ROW * i as i64;
            // A value above zero always shows at least a sliver of bar.
            let length = if bar.value > 0 {
                ((WIDTH - NUMBER_ROOM) * bar.value.min(max) / max).max(2)
            } else {
                0
            };
            document = document
                .add(
                    Text::new(bar.label.as_str())
                        .set("x", 0)
                        .set("y", top + 16)
                        .set("class", "chart-label"),
                )
                .add(
                    Rectangle::new()
                        .set("x", 0)
                        .set("y", top + 22)
                        .set("width", length)
                        .set("height", BAR)
                        .set("class", "chart-bar"),
                )
                .add(
                    Text::new(bar.shown.as_str())
                        .set("x", length + 6)
                        .set("y", top + 22 + BAR - 4)
                        .set("class", "chart-value"),
                );
        }
        document.to_string()
    }
}

/// A whole number with thin groups of thousands ("12 500"), readable in every
/// language of the platform.
pub fn grouped(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    if n < 0 {
        format!("−{out}")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(bars: &[(&str, i64)]) -> BarChart {
        BarChart {
            id: "c".into(),
            title: "Exchanges <per> month".into(),
            label_heading: "Month".into(),
            value_heading: "Exchanges".into(),
            bars: bars
                .iter()
                .map(|(l, v)| Bar {
                    label: l.to_string(),
                    value: *v,
                    shown: grouped(*v),
                })
                .collect(),
        }
    }

    #[test]
    fn bars_are_as_long_as_their_numbers_and_labels_are_escaped() {
        let svg = chart(&[("<script>", 100), ("June", 50), ("July", 0)]).svg();
        assert!(svg.contains("&lt;script&gt;"), "{svg}");
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("<title id=\"c-svg-title\">Exchanges &lt;per&gt; month</title>"));
        assert!(svg.contains("role=\"img\""));
        assert!(
            svg.contains("width=\"256\""),
            "the longest bar fills the width: {svg}"
        );
        assert!(
            svg.contains("width=\"128\""),
            "half the number, half the bar: {svg}"
        );
        assert!(svg.contains("width=\"0\""), "no bar for nothing: {svg}");
        assert!(svg.contains("viewBox=\"0 0 320 138\""), "{svg}");
        // No inline style: the page's stylesheet colours it (the CSP forbids style="").
        assert!(!svg.contains("style="));
    }

    #[test]
    fn a_small_value_still_shows_and_an_empty_chart_draws() {
        let svg = chart(&[("A", 10_000), ("B", 1)]).svg();
        assert!(svg.contains("width=\"2\""), "{svg}");
        assert!(chart(&[]).svg().contains("viewBox=\"0 0 320 46\""));
        assert!(chart(&[("A", 0)]).svg().contains("width=\"0\""));
    }

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1\u{202f}000");
        assert_eq!(grouped(1_234_567), "1\u{202f}234\u{202f}567");
        assert_eq!(grouped(-600), "−600");
        assert_eq!(grouped(-12_500), "−12\u{202f}500");
    }
}
