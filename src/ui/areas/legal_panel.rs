//! The legal lines (SPEC §6): which rule applies to which days, its source, what it allows,
//! the excess, and what that means in plain words. Every line and segment comes from the
//! engine's dated table; every citation from its sources table. Never legal advice.

use crate::engine::legal::{LineCheck, SegmentCheck};
use crate::engine::legal_rules::Basis;
use crate::engine::overdue::OverdueResult;
use crate::engine::sources;
use crate::engine::terms::LenderType;
use crate::ui::fmt::{pct, yuan};
use crate::ui::html::Html;
use crate::ui::i18n::{tr, Lang};
use rust_decimal::Decimal;

/// One source as the page cites it: "instrument article: what it decides", in `l`.
pub fn cite_line(l: Lang, s: &sources::Source) -> String {
    format!("{} {}: {}", s.instrument, s.article, if l == Lang::Zh { s.zh } else { s.en })
}

/// When a segment applies and how its rate is fixed: "至 2020-08-19", "2020-08-20 起 ·
/// 4 × 起诉日 LPR 3.45%"; empty for a line with no dates and a fixed rate.
fn segment_when(l: Lang, s: &SegmentCheck) -> String {
    let g = &s.segment;
    let mut parts = Vec::new();
    match (g.from, g.until) {
        (Some(f), Some(u)) => parts.push(format!("{f} – {u}")),
        (Some(f), None) => parts.push(format!("{f} {}", tr(l, "fromOn"))),
        (None, Some(u)) => parts.push(format!("{} {u}", tr(l, "untilOn"))),
        (None, None) => {}
    }
    if let Some(f) = g.lpr {
        let when = tr(l, if g.basis == Basis::Lpr4AtFiling { "lprAtFiling" } else { "lprAtContract" });
        parts.push(format!("4 × {when} LPR {}", pct(f.one_year, 2)));
    }
    parts.join(" · ")
}

fn figures(h: &mut Html, attrs: &[(&str, &str)], label: &str, allowed: Decimal, charges: Decimal, excess: Decimal) {
    h.open("tr", attrs)
        .el("th", &[("scope", "row")], label)
        .el("td", &[("class", "num")], &yuan(allowed))
        .el("td", &[("class", "num")], &yuan(charges))
        .el("td", &[("class", if excess > Decimal::ZERO { "num bad" } else { "num" })], &yuan(excess))
        .close("tr");
}

/// One line: its title, then per segment when it applies and its figures, then the sum.
fn line_rows(l: Lang, h: &mut Html, c: &LineCheck) {
    let title = tr(l, if c.line.key == "void" { "lineVoid" } else { "lineSupported" });
    h.open("tr", &[("class", "line-head")]).el("th", &[("colspan", "4"), ("scope", "colgroup")], title).close("tr");
    for s in &c.segments {
        let when = segment_when(l, s);
        let rule = s.segment.rule;
        if !when.is_empty() {
            h.open("tr", &[("class", "seg-when"), ("data-rule", rule)])
                .el("td", &[("colspan", "4")], &when)
                .close("tr");
        }
        let attrs = [("data-line", c.line.key), ("data-rule", rule)];
        figures(h, &attrs, &pct(s.segment.percent, 2), s.allowed, s.charges, s.excess);
    }
    if c.segments.len() > 1 {
        figures(h, &[("data-line", c.line.key), ("class", "sum")], tr(l, "total"), c.allowed, c.charges, c.excess);
    }
}

/// The legal panel as HTML.
pub fn legal_html(l: Lang, r: &OverdueResult, open: &dyn Fn(&str) -> bool) -> String {
    let legal = &r.legal;
    let mut h = Html::new();
    h.open("div", &[("class", "legal"), ("id", "legal")]).el("h3", &[], tr(l, "legalTitle"));
    let private = legal.lender == LenderType::Private;
    h.el("p", &[], tr(l, if private { "lenderLine_private" } else { "lenderLine_licensed" }));
    if private {
        let assumed = |a: bool| if a { format!(" ({})", tr(l, "assumedDate")) } else { String::new() };
        let dates = format!(
            "{} {}{} · {} {}{}",
            tr(l, "contractDate"),
            legal.contract_date,
            assumed(legal.contract_date_assumed),
            tr(l, "filingDateShort"),
            legal.filing_date,
            assumed(legal.filing_date_assumed)
        );
        h.el("p", &[("class", "small"), ("data-legal", "dates")], &dates);
        if legal.contract_date_assumed {
            h.el("p", &[("class", "note warn"), ("data-legal", "contract-assumed")], tr(l, "contractDateAssumed"));
        }
    }
    h.open("div", &[("class", "table-scroll")]).open("table", &[("class", "data")]).open("thead", &[]).open("tr", &[]);
    for (k, num) in [("line", false), ("allowed", true), ("chargesLine", true), ("excess", true)] {
        h.el("th", &[("scope", "col"), ("class", if num { "num" } else { "" })], tr(l, k));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for c in &legal.lines {
        line_rows(l, &mut h, c);
    }
    h.close("tbody").close("table").close("div");
    h.el("p", &[("class", "small"), ("data-legal", "together")], tr(l, "chargesTogether"));
    if let Some(c) = legal.lines.first() {
        let meaning = if c.excess > Decimal::ZERO {
            format!("{} {} {}", tr(l, "excessMeaning1"), yuan(c.excess), tr(l, "excessMeaning2"))
        } else {
            tr(l, "withinLine").to_string()
        };
        h.el("p", &[("class", "meaning")], &meaning);
        if c.contract_rate_above {
            let lowest = c.line.segments.iter().map(|s| s.percent).min().unwrap_or(c.line.percent);
            let s =
                format!("{} {} > {}", tr(l, "contractAbove"), pct(legal.contract_annual_percent, 2), pct(lowest, 2));
            h.el("p", &[("class", "note warn")], &s);
        }
    }
    if let Some(s) = &r.statutory_overdue {
        let key = if s.kind == "lpr" { "statutoryLpr" } else { "statutoryTerm" };
        let text = format!("{} {}", tr(l, key), pct(s.annual_percent, 2));
        h.el("p", &[("class", "note"), ("data-legal", "statutory")], &text);
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
    if private {
        h.el("p", &[("class", "small"), ("data-legal", "reading")], tr(l, "readingPrivate"));
    }
    h.details("sources", "sources", open("sources"), tr(l, "sources"));
    if open("sources") {
        let mut keys: Vec<&str> = Vec::new();
        for k in legal.lines.iter().flat_map(|c| c.line.segments.iter().flat_map(|s| s.sources.iter())) {
            if !keys.contains(k) {
                keys.push(k);
            }
        }
        if r.statutory_overdue.is_some() {
            keys.push("mj2020-28");
        }
        h.open("ul", &[("class", "sources")]);
        for k in keys {
            if let Some(s) = sources::source(k) {
                h.el("li", &[("data-source", s.key)], &cite_line(l, s));
            }
        }
        h.close("ul");
    }
    h.close("details").close("div");
    h.finish()
}
