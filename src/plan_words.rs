//! The words that carry a plan's figures to the next step: the assumption its figures rest
//! on, the proposal to put to the lender, and when a credit-report record of the overdue
//! would end (征信业管理条例 art. 16). Plain functions of the plan and its result, so native
//! tests check them; the texts' templates are keys of `ui/shared/text.rs`, looked up by `t`.

use crate::engine::date::Date;
use crate::engine::scenario::kinds::plan_kind;
use crate::engine::scenario::{Owed, Scenario, ScenarioResult};
use crate::fmt::{fill, yuan};
use rust_decimal::Decimal;

/// A template lookup: text key → the template in the page's language.
pub type Texts<'a> = &'a dyn Fn(&str) -> String;

/// Years a credit bureau keeps negative information after the bad behaviour ends
/// (征信业管理条例 art. 16).
pub const CREDIT_RECORD_YEARS: u32 = 5;

/// What a plan card says under its figures.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlanWords {
    /// The assumption its figures rest on, for a plan that needs the lender's consent.
    pub assumption: Option<String>,
    /// One line to say or paste to the lender, for a negotiable plan.
    pub proposal: Option<String>,
    /// When a record of the overdue would end if the plan is kept.
    pub credit: Option<String>,
}

/// "罚息 100%、违约金 50%": the parts waived above zero, in the language's list style.
fn waived_parts(t: Texts<'_>, s: &Scenario, excess_waived: Decimal) -> Option<String> {
    let Scenario::Settlement { waive_interest, waive_penalty, waive_fees, waive_principal, waive_excess, .. } = s
    else {
        return None;
    };
    let mut parts: Vec<String> = [
        ("partPenalty", waive_penalty),
        ("partFees", waive_fees),
        ("partInterest", waive_interest),
        ("partPrincipal", waive_principal),
    ]
    .iter()
    .filter(|(_, v)| !v.is_zero())
    .map(|(k, v)| format!("{} {}%", t(k), v.normalize()))
    .collect();
    // Named only when something above the line was there to waive.
    if *waive_excess && excess_waived > Decimal::ZERO {
        parts.push(t("partExcess"));
    }
    (!parts.is_empty()).then(|| parts.join(&t("listSep")))
}

/// The plan's repayments after the case date: (count, the first amount, the last amount,
/// whether all but the last are equal).
fn repayments(r: &ScenarioResult, d: Date) -> Option<(usize, Decimal, Decimal, bool)> {
    let later: Vec<Decimal> = r.flows.iter().filter(|f| f.date > d).map(|f| f.amount).collect();
    let last = *later.last()?;
    let first = later[0];
    let level = later[..later.len() - 1].iter().all(|a| *a == first);
    Some((later.len(), if later.len() > 1 { first } else { last }, last, level))
}

/// The words of plan `s` with result `r`, for a debt `base` on the case date `d`.
pub fn plan_words(t: Texts<'_>, s: &Scenario, r: &ScenarioResult, base: &Owed, d: Date) -> PlanWords {
    let Some(m) = &r.metrics else { return PlanWords::default() };
    let consent = plan_kind(s.kind()).is_some_and(|k| k.needs_consent);
    let parts = waived_parts(t, s, r.excess_waived);
    let assumption = match (consent, &r.court) {
        (_, Some(c)) => Some(fill(
            &t("asmCourt"),
            &[
                ("filing", c.filing_date.to_string()),
                ("judgment", c.judgment_date.to_string()),
                ("due", c.due_date.to_string()),
            ],
        )),
        (true, _) => Some(match &parts {
            Some(p) => fill(&t("asmWaiver"), &[("parts", p.clone())]),
            None => t("asmAgree"),
        }),
        (false, None) => None,
    };
    let proposal = match s {
        Scenario::Settlement { .. } => parts.as_ref().map(|p| {
            let on = m.end_date.unwrap_or(d);
            let saved = if on == d { (base.total - m.total_paid).max(Decimal::ZERO) } else { Decimal::ZERO };
            let mut line = fill(
                &t("propSettle"),
                &[("date", on.to_string()), ("amount", yuan(m.total_paid)), ("parts", p.clone())],
            );
            if saved > Decimal::ZERO {
                line.push_str(&fill(&t("propSaved"), &[("saved", yuan(saved))]));
            }
            line.push_str(&t("propEnd"));
            line
        }),
        Scenario::Installments { .. } | Scenario::Freeze { .. } | Scenario::Extension { .. } => {
            repayments(r, d).map(|(n, first, last, level)| {
                let mut line = t("proposeTo");
                if m.upfront > Decimal::ZERO {
                    line.push_str(&fill(&t("propDown"), &[("amount", yuan(m.upfront))]));
                }
                if !level {
                    // Payments that fall month by month (equal principal): first and last.
                    let slots = [("n", n.to_string()), ("first", yuan(first)), ("last", yuan(last))];
                    line.push_str(&fill(&t("propDeclining"), &slots));
                } else {
                    let key = if matches!(s, Scenario::Extension { .. }) { "propExtend" } else { "propSplit" };
                    line.push_str(&fill(&t(key), &[("n", n.to_string()), ("amount", yuan(first))]));
                    if last != first {
                        line.push_str(&fill(&t("propLast"), &[("amount", yuan(last))]));
                    }
                }
                line.push_str(&fill(&t("propTotal"), &[("amount", yuan(m.total_paid))]));
                if matches!(s, Scenario::Freeze { .. }) {
                    line.push_str(&t("propNoInterest"));
                }
                if matches!(
                    s,
                    Scenario::Installments { waive_rest: true, .. } | Scenario::Freeze { waive_rest: true, .. }
                ) {
                    line.push_str(&t("propWaiveRest"));
                }
                line.push_str(&t("propEnd"));
                line
            })
        }
        _ => None,
    };
    let credit = m.end_date.and_then(|end| {
        let clear = end.add_months(12 * CREDIT_RECORD_YEARS).ok()?;
        Some(fill(&t("creditEnds"), &[("end", end.to_string()), ("clear", clear.to_string())]))
    });
    PlanWords { assumption, proposal, credit }
}
