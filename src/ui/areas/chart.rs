//! Line charts as SVG text from engine data, readable in print, each followed by a table
//! of its points as the text alternative. Coordinates are whole pixels computed in Decimal.

use crate::engine::date::Date;
use crate::ui::fmt::{fill, yuan};
use crate::ui::html::Html;
use crate::ui::i18n::{tr, Lang};
use rust_decimal::Decimal;

/// One line: its name and (date, value) points in date order.
#[derive(Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub points: Vec<(Date, Decimal)>,
    /// Points after this date are drawn dashed (a projection).
    pub dashed_after: Option<Date>,
}

const W: i64 = 640;
const H: i64 = 220;
const PAD: i64 = 8;

fn scale(v: Decimal, lo: Decimal, hi: Decimal, out: i64) -> i64 {
    if hi <= lo {
        return 0;
    }
    ((v - lo) * Decimal::from(out) / (hi - lo)).round().try_into().unwrap_or(0)
}

/// The chart titled by i18n key `title`. `zero_based` starts the value axis at 0;
/// otherwise it spans the data, and the range is printed under the chart.
pub fn chart(lang: Lang, title: &str, series: &[Series], zero_based: bool, open: &dyn Fn(&str) -> bool) -> String {
    let mut h = Html::new();
    h.open("figure", &[("class", "chart-box")]).el("figcaption", &[], tr(lang, title));
    let points: Vec<&(Date, Decimal)> = series.iter().flat_map(|s| s.points.iter()).collect();
    let (Some(first), Some(last)) = (points.iter().map(|p| p.0).min(), points.iter().map(|p| p.0).max()) else {
        h.el("p", &[("class", "hint")], tr(lang, "noChart")).close("figure");
        return h.finish();
    };
    let max = points.iter().map(|p| p.1).max().unwrap_or_default();
    let min = points.iter().map(|p| p.1).min().unwrap_or_default();
    let (lo, hi) = if zero_based || min <= Decimal::ZERO {
        (Decimal::ZERO.min(min), max.max(Decimal::ONE))
    } else {
        let pad = ((max - min) / Decimal::TEN).max(Decimal::ONE);
        ((min - pad).max(Decimal::ZERO), max + pad)
    };
    let span = Decimal::from(first.days_until(last).max(1));
    let xy = |p: &(Date, Decimal)| {
        let x = PAD + scale(Decimal::from(first.days_until(p.0)), Decimal::ZERO, span, W - 2 * PAD);
        let y = H - PAD - scale(p.1, lo, hi, H - 2 * PAD);
        format!("{x},{y}")
    };
    let label = format!("{} {first} → {last}, {} – {}", tr(lang, title), yuan(min), yuan(max));
    let view_box = format!("0 0 {W} {H}");
    h.open(
        "svg",
        &[
            ("class", "chart"),
            ("viewBox", &view_box),
            ("role", "img"),
            ("aria-label", &label),
            ("preserveAspectRatio", "none"),
        ],
    );
    let axis = format!("{}", H - PAD);
    h.open("line", &[("class", "axis"), ("x1", "0"), ("y1", &axis), ("x2", &W.to_string()), ("y2", &axis)])
        .close("line");
    for (k, s) in series.iter().enumerate() {
        let solid: Vec<String> = s.points.iter().filter(|p| s.dashed_after.is_none_or(|a| p.0 <= a)).map(xy).collect();
        let dashed: Vec<String> =
            s.points.iter().filter(|p| s.dashed_after.is_some_and(|a| p.0 >= a)).map(xy).collect();
        h.open("polyline", &[("class", &format!("line s{}", k % 8)), ("points", &solid.join(" "))]).close("polyline");
        if dashed.len() > 1 {
            h.open("polyline", &[("class", &format!("line dashed s{}", k % 8)), ("points", &dashed.join(" "))])
                .close("polyline");
        }
    }
    h.close("svg");
    // The dates under the time axis; the value range on its own line, named.
    h.open("div", &[("class", "ticks")])
        .el("span", &[], &first.to_string())
        .el("span", &[], &last.to_string())
        .close("div");
    let range = fill(tr(lang, "valueRange"), &[("min", yuan(min)), ("max", yuan(max))]);
    h.el("p", &[("class", "small value-range")], &range);
    h.open("ul", &[("class", "legend")]);
    for (k, s) in series.iter().enumerate() {
        h.open("li", &[])
            .open("span", &[("class", &format!("swatch s{}", k % 8))])
            .close("span")
            .text(&s.name)
            .close("li");
    }
    h.close("ul");
    let mut dates: Vec<Date> = points.iter().map(|p| p.0).collect();
    crate::engine::sort::sort_by_key(&mut dates, |d| *d);
    dates.dedup();
    let mut head = vec![tr(lang, "date")];
    head.extend(series.iter().map(|s| s.name.as_str()));
    let rows: Vec<(String, Vec<String>)> = dates
        .iter()
        .map(|d| {
            let mut cells = vec![d.to_string()];
            cells.extend(
                series.iter().map(|s| s.points.iter().rev().find(|p| p.0 == *d).map(|p| yuan(p.1)).unwrap_or_default()),
            );
            (String::new(), cells)
        })
        .collect();
    let numeric: Vec<usize> = (1..=series.len()).collect();
    h.details(title, "chart-data", open(title), tr(lang, "chartData"));
    if open(title) {
        h.table(&[("class", "data")], &head, &rows, &numeric);
    }
    h.close("details").close("figure");
    h.finish()
}
