//! Line charts drawn as SVG from engine data, readable in print, each with a table as its
//! text alternative. Coordinates are whole pixels computed in Decimal.

use super::fmt::yuan;
use super::i18n::{tr, use_lang};
use crate::engine::date::Date;
use leptos::prelude::*;
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
const PAD_L: i64 = 8;
const PAD_R: i64 = 8;
const PAD_T: i64 = 12;
const PAD_B: i64 = 4;

fn scale(v: Decimal, lo: Decimal, hi: Decimal, out: i64) -> i64 {
    if hi <= lo {
        return 0;
    }
    let r = (v - lo) * Decimal::from(out) / (hi - lo);
    r.round().try_into().unwrap_or(0)
}

/// An SVG line chart with a data table beneath it.
#[component]
pub fn LineChart(
    /// i18n key of the chart's title.
    title: &'static str,
    #[prop(into)] series: Signal<Vec<Series>>,
    /// Start the value axis at 0; otherwise it spans the data (and says so).
    #[prop(default = false)]
    zero_based: bool,
) -> impl IntoView {
    let lang = use_lang();
    let svg = move || {
        let all = series.get();
        let points: Vec<&(Date, Decimal)> = all.iter().flat_map(|s| s.points.iter()).collect();
        let (Some(first), Some(last)) = (points.iter().map(|p| p.0).min(), points.iter().map(|p| p.0).max()) else {
            return view! { <p class="hint">{move || tr(lang.get(), "noChart").to_string()}</p> }.into_any();
        };
        let max = points.iter().map(|p| p.1).max().unwrap_or_default();
        let min = points.iter().map(|p| p.1).min().unwrap_or_default();
        let (lo, hi) = if zero_based || min <= Decimal::ZERO {
            (Decimal::ZERO.min(min), max.max(Decimal::ONE))
        } else {
            // Leave a little room above and below a line that barely moves.
            let pad = ((max - min) / Decimal::TEN).max(Decimal::ONE);
            ((min - pad).max(Decimal::ZERO), max + pad)
        };
        let span = first.days_until(last).max(1);
        let x = move |d: Date| {
            PAD_L + scale(Decimal::from(first.days_until(d)), Decimal::ZERO, Decimal::from(span), W - PAD_L - PAD_R)
        };
        let y = move |v: Decimal| H - PAD_B - scale(v, lo, hi, H - PAD_T - PAD_B);
        let lines = all
            .iter()
            .enumerate()
            .map(|(k, s)| {
                let solid: Vec<String> = s
                    .points
                    .iter()
                    .filter(|p| s.dashed_after.is_none_or(|a| p.0 <= a))
                    .map(|p| format!("{},{}", x(p.0), y(p.1)))
                    .collect();
                let dashed: Vec<String> = s
                    .points
                    .iter()
                    .filter(|p| s.dashed_after.is_some_and(|a| p.0 >= a))
                    .map(|p| format!("{},{}", x(p.0), y(p.1)))
                    .collect();
                let class = format!("line s{}", k % 8);
                let dclass = format!("line dashed s{}", k % 8);
                view! {
                    <polyline class=class points=solid.join(" ") />
                    {(dashed.len() > 1).then(|| view! { <polyline class=dclass points=dashed.join(" ") /> })}
                }
            })
            .collect_view();
        let label = format!("{} {} → {}, {}", tr(lang.get(), title), first, last, yuan(hi));
        view! {
            <svg class="chart" viewBox=format!("0 0 {W} {H}") role="img" aria-label=label preserveAspectRatio="none">
                <line class="axis" x1=PAD_L y1=H - PAD_B x2=W - PAD_R y2=H - PAD_B />
                {lines}
            </svg>
            <div class="ticks"><span>{first.to_string()}</span><span>{format!("{} – {}", yuan(min), yuan(max))}</span><span>{last.to_string()}</span></div>
            <ul class="legend">
                {all.iter().enumerate().map(|(k, s)| view! { <li><span class=format!("swatch s{}", k % 8)></span>{s.name.clone()}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let table = move || {
        let all = series.get();
        let mut dates: Vec<Date> = all.iter().flat_map(|s| s.points.iter().map(|p| p.0)).collect();
        dates.sort();
        dates.dedup();
        view! {
            <table class="data">
                <thead><tr><th scope="col">{move || tr(lang.get(), "date").to_string()}</th>
                    {all.iter().map(|s| view! { <th scope="col" class="num">{s.name.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {dates.into_iter().map(|d| view! {
                        <tr><th scope="row">{d.to_string()}</th>
                        {all.iter().map(|s| view! { <td class="num">{s.points.iter().find(|p| p.0 == d).map(|p| yuan(p.1)).unwrap_or_default()}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
    };
    view! {
        <figure class="chart-box">
            <figcaption>{move || tr(lang.get(), title).to_string()}</figcaption>
            {svg}
            <details class="chart-data">
                <summary>{move || tr(lang.get(), "chartData").to_string()}</summary>
                {table}
            </details>
        </figure>
    }
}
