//! What to do next (issue 15.3): a short checklist driven by the case, each step with the
//! sources it rests on. Plain functions of the engine's results, native-tested; the texts
//! are keys of `ui/shared/text.rs`, looked up by `t` (as in `plan_words.rs`).

use crate::engine::audit::AuditResult;
use crate::engine::overdue::OverdueResult;
use crate::engine::scenario::kinds::plan_kind;
use crate::engine::scenario::Comparison;
use crate::engine::terms::LenderType;
use crate::fmt::{fill, pct, yuan};
use crate::plan_words::Texts;
use rust_decimal::Decimal;

/// One step: its text and the keys of `engine::sources` it cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Which situation it answers (a class for the page, a name for tests).
    pub key: &'static str,
    pub text: String,
    pub sources: Vec<&'static str>,
}

/// The steps for a case, its audit (if deductions were entered) and its ways out (if a
/// budget was entered), in the order to take them.
pub fn next_steps(
    t: Texts<'_>,
    case: &OverdueResult,
    audit: Option<&AuditResult>,
    ways: Option<&Comparison>,
) -> Vec<Step> {
    let mut out = Vec::new();
    // Taken beyond what was owed: ask for it back, then complain.
    if let Some(a) = audit.filter(|a| a.total_to_reclaim > Decimal::ZERO) {
        out.push(Step {
            key: "overDeducted",
            text: fill(&t("nsOverDeducted"), &[("amount", yuan(a.total_to_reclaim))]),
            sources: vec!["civil-122"],
        });
    }
    // A closed repayment channel: record the refusals; no interest while the lender refuses.
    if let Some(c) = &case.closure {
        out.push(Step {
            key: "channelClosed",
            text: fill(&t("nsChannelClosed"), &[("from", c.from.to_string()), ("saved", yuan(c.saved))]),
            sources: vec!["civil-589", "civil-570"],
        });
    }
    // Charges above the line a court would not support on request.
    if let Some(line) = case.legal.lines.first().filter(|l| l.excess > Decimal::ZERO) {
        let (key, sources) = match case.legal.lender {
            LenderType::Licensed => ("nsAboveLineLicensed", vec!["ff2017-22-2", "bankcard2021-2"]),
            // A loan made before 2020-08-20 is judged in segments (art. 31).
            LenderType::Private if line.segments.len() > 1 => ("nsAboveLinePrivate", vec!["mj2020-29", "mj2020-31"]),
            LenderType::Private => ("nsAboveLinePrivate", vec!["mj2020-29"]),
        };
        out.push(Step {
            key: "aboveLine",
            text: fill(&t(key), &[("amount", yuan(line.excess)), ("line", pct(line.line.percent, 2))]),
            sources,
        });
    }
    // A budget that no plan fits: say so, and name the plan whose largest payment is least.
    if let Some(c) = ways.filter(|c| c.budget.is_some()) {
        let computed: Vec<_> = c.results.iter().filter_map(|r| r.metrics.as_ref().map(|m| (r, m))).collect();
        let any_fits = computed.iter().any(|(_, m)| m.fits_budget == Some(true));
        // Not waiting (it pays nothing until it pays everything), not a new loan (the step
        // says not to borrow to repay), and only a plan one chooses (not being sued).
        let smallest = computed
            .iter()
            .filter(|(r, _)| {
                r.kind != "wait" && r.kind != "refinance" && plan_kind(r.kind).is_some_and(|k| k.choosable)
            })
            .min_by_key(|(_, m)| m.largest_payment);
        if let (false, Some((r, m))) = (any_fits, smallest) {
            let capacity = c.budget.as_ref().map_or(Decimal::ZERO, |b| b.capacity);
            out.push(Step {
                key: "noPlanFits",
                text: fill(
                    &t("nsNoPlanFits"),
                    &[
                        ("capacity", yuan(capacity)),
                        ("kind", t(&format!("k_{}", r.kind))),
                        ("largest", yuan(m.largest_payment)),
                    ],
                ),
                sources: vec![],
            });
        }
    }
    // A licensed lender that took too much, refused payment or charged above the line may be
    // reported to the regulator.
    let complaint = out.iter().any(|s| matches!(s.key, "overDeducted" | "channelClosed" | "aboveLine"));
    if complaint && case.legal.lender == LenderType::Licensed {
        out.push(Step { key: "complain", text: t("nsComplain"), sources: vec![] });
    }
    out
}
