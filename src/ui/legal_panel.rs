//! The legal lines (SPEC §6): which rule applies, its source, the line, what it allows,
//! the excess, and what that means in plain words. Never legal advice.

use super::fmt::{pct, yuan};
use super::html::Html;
use super::i18n::{tr, Lang};
use crate::engine::overdue::OverdueResult;
use crate::engine::terms::LenderType;
use rust_decimal::Decimal;

/// The legal panel as HTML.
pub fn legal_html(l: Lang, r: &OverdueResult, open: &dyn Fn(&str) -> bool) -> String {
    let legal = &r.legal;
    let mut h = Html::new();
    h.open("div", &[("class", "legal"), ("id", "legal")]).el("h3", &[], tr(l, "legalTitle"));
    let mut who =
        tr(l, if legal.lender == LenderType::Private { "lender_private" } else { "lender_licensed" }).to_string();
    if let Some(f) = legal.lpr {
        who.push_str(&format!(" · LPR {} ({})", pct(f.one_year, 2), f.from));
    }
    h.el("p", &[], &who);
    h.open("div", &[("class", "table-scroll")]).open("table", &[("class", "data")]).open("thead", &[]).open("tr", &[]);
    for (k, num) in [("line", false), ("allowed", true), ("chargesLine", true), ("excess", true)] {
        h.el("th", &[("scope", "col"), ("class", if num { "num" } else { "" })], tr(l, k));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for c in &legal.lines {
        h.open("tr", &[("data-line", c.line.key)])
            .el("th", &[("scope", "row")], &pct(c.line.percent, 2))
            .el("td", &[("class", "num")], &yuan(c.allowed))
            .el("td", &[("class", "num")], &yuan(c.charges))
            .el("td", &[("class", if c.excess > Decimal::ZERO { "num bad" } else { "num" })], &yuan(c.excess))
            .close("tr");
    }
    h.close("tbody").close("table").close("div");
    if let Some(c) = legal.lines.first() {
        let meaning = if c.excess > Decimal::ZERO {
            format!(
                "{} {}（{}）{}",
                tr(l, "excessMeaning1"),
                yuan(c.excess),
                pct(c.line.percent, 2),
                tr(l, "excessMeaning2")
            )
        } else {
            tr(l, "withinLine").to_string()
        };
        h.el("p", &[("class", "meaning")], &meaning);
        if c.contract_rate_above {
            let s = format!(
                "{} {} > {}",
                tr(l, "contractAbove"),
                pct(legal.contract_annual_percent, 2),
                pct(c.line.percent, 2)
            );
            h.el("p", &[("class", "note warn")], &s);
        }
    }
    if let Some(p) = &legal.private {
        let mut s = format!(
            "{} {} → {} {}",
            tr(l, "privateRefund"),
            yuan(p.excess_paid),
            tr(l, "principal"),
            yuan(p.principal_after)
        );
        if !p.refundable.is_zero() {
            s.push_str(&format!(" · {} {}", tr(l, "refundable"), yuan(p.refundable)));
        }
        h.el("p", &[("class", "note")], &s);
    }
    h.details("sources", "sources", open("sources"), tr(l, "sources"));
    if open("sources") {
        h.open("ul", &[("class", "sources")]);
        for c in &legal.lines {
            h.el("li", &[], &format!("{}: {}", pct(c.line.percent, 2), c.line.source));
        }
        h.close("ul");
    }
    h.close("details").close("div");
    h.finish()
}
