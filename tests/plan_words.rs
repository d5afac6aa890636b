//! The words under a plan's figures (`plan_words.rs`): the assumption, the proposal to the
//! lender and the credit-report line, built from the standard case's results. Figures worked
//! by hand; the templates are the page's own texts (`src/ui/shared/text.rs`).

mod common;
#[path = "../src/ui/shared/text.rs"]
mod text;

use common::*;
use overdue_calc::engine::rate::{Rate, RateUnit};
use overdue_calc::engine::scenario::{compare, Comparison, Scenario};
use overdue_calc::engine::schedule::Method;
use overdue_calc::plan_words::{plan_words, PlanWords};

/// 10 000 + 100 overdue 30 days at 0.05 %/day (penalty × 1.5 = 225.00): 10 325.00 on
/// 2026-10-31; the 24 % line allows 10 000 × 24 % × 30 / 365 = 197.26, so 27.74 is above it.
fn run(s: Scenario) -> (Comparison, Scenario) {
    let case = quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"));
    (compare(&case, &[Ok(s.clone())], None).unwrap(), s)
}

fn words(lang_zh: bool, s: Scenario) -> PlanWords {
    let (c, s) = run(s);
    let t = |k: &str| {
        let (_, zh, en) = text::entries().find(|(key, ..)| *key == k).unwrap_or_else(|| panic!("no text {k}"));
        (if lang_zh { *zh } else { *en }).to_string()
    };
    plan_words(&t, &s, &c.results[0], &c.base, day("2026-10-31"))
}

fn settlement(penalty: &str, excess: bool) -> Scenario {
    Scenario::Settlement {
        waive_interest: d("0"),
        waive_penalty: d(penalty),
        waive_fees: d("0"),
        waive_principal: d("0"),
        pay_on: None,
        waive_excess: excess,
    }
}

#[test]
fn the_excess_waiver_pays_the_line_and_not_twice() {
    // 10 325.00 − 27.74 = 10 297.26, nothing above the line left.
    let (c, _) = run(settlement("0", true));
    let m = c.results[0].metrics.as_ref().unwrap();
    money(m.total_paid, "10297.26");
    money(m.pays_excess, "0.00");
    // With the penalty waived in full, the excess is gone already: 10 100.00, not 10 072.26.
    let (c, _) = run(settlement("100", true));
    money(c.results[0].metrics.as_ref().unwrap().total_paid, "10100.00");
    // Half the penalty waived: 112.50 kept, under the line's 197.26, so nothing is left above
    // it to waive: 10 212.50 (the waiver took the 27.74 first).
    let (c, _) = run(settlement("50", true));
    money(c.results[0].metrics.as_ref().unwrap().total_paid, "10212.50");
}

#[test]
fn a_settlement_says_its_assumption_and_its_proposal() {
    // Only the 27.74 above the line waived: 10 297.26, saving 27.74.
    let w = words(true, settlement("0", true));
    assert_eq!(
        w.assumption.as_deref(),
        Some("假设出借方同意减免超过法律保护上限的罚息和违约金；减免要协商，对方可以不同意。")
    );
    assert_eq!(
        w.proposal.as_deref(),
        Some("向出借方提出：于 2026-10-31 一次性还款 10,297.26 元结清全部欠款，减免超过法律保护上限的罚息和违约金（共减免 27.74 元）。")
    );
    let en = words(false, settlement("0", true));
    assert_eq!(
        en.proposal.as_deref(),
        Some("Propose to the lender: settle everything with one payment of 10,297.26 yuan on 2026-10-31, waiving the penalty and fees above the legal line (27.74 yuan waived in all).")
    );
    // Half the penalty waived leaves nothing above the line: only the 50 % is named.
    // Saved on the day: 10 325.00 − 10 212.50 = 112.50.
    let w = words(true, settlement("50", true));
    assert_eq!(w.assumption.as_deref(), Some("假设出借方同意减免罚息 50%；减免要协商，对方可以不同意。"));
    assert_eq!(
        w.proposal.as_deref(),
        Some("向出借方提出：于 2026-10-31 一次性还款 10,212.50 元结清全部欠款，减免罚息 50%（共减免 112.50 元）。")
    );
    // Below the line with nothing else waived there is nothing to propose.
    let (c, s) = {
        let case = quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.04"));
        let s = settlement("0", true);
        (compare(&case, &[Ok(s.clone())], None).unwrap(), s)
    };
    let t = |k: &str| text::entries().find(|(key, ..)| *key == k).unwrap().1.to_string();
    let w = plan_words(&t, &s, &c.results[0], &c.base, day("2026-10-31"));
    assert_eq!(w.proposal, None);
}

#[test]
fn negotiated_plans_propose_their_payments() {
    // 协商分期, principal only (10 000) over 12 at a 0.6 % monthly fee; 325.00 paid today.
    // 10 000 / 12 = 833.33 (last 833.37) + 60.00 = 893.33 (893.37); 11 045.00 in all.
    let inst = principal_installments(12, Method::FlatFee, "0.6");
    let w = words(true, inst);
    assert_eq!(
        w.proposal.as_deref(),
        Some("向出借方提出：今天先还 325.00 元，其余分 12 期，每期 893.33 元（末期 893.37 元），共 11,045.00 元。")
    );
    assert_eq!(w.assumption.as_deref(), Some("假设出借方同意按以上条件办理；要协商，实际条件以对方答复为准。"));
    // Last payment 2027-10-31; five years on: 2032-10-31.
    let credit = w.credit.unwrap();
    assert!(credit.contains("最后一笔还款在 2027-10-31") && credit.contains("最早于 2032-10-31 后删除"), "{credit}");
    // 停息挂账 of everything over 12, no fee: 860.42 (last 860.38), 10 325.00, no interest.
    let freeze = freeze_all(12, true);
    assert_eq!(
        words(true, freeze).proposal.as_deref(),
        Some("向出借方提出：分 12 期，每期 860.42 元（末期 860.38 元），共 10,325.00 元，其间停止计息。")
    );
    // 展期 of the principal over 12 at 0 %: charges (325.00) today, 833.33 (last 833.37).
    let ext = Scenario::Extension {
        months: 12,
        rate: Rate { percent: d("0"), unit: RateUnit::Year, day_basis: 360 },
        capitalise: false,
    };
    assert_eq!(
        words(true, ext).proposal.as_deref(),
        Some("向出借方提出：今天先还 325.00 元，其余延期为 12 个月，每月还 833.33 元（末期 833.37 元），共 10,325.00 元。")
    );
}

#[test]
fn plans_without_the_lender_s_consent_propose_nothing() {
    let w = words(true, Scenario::PayNow);
    assert_eq!((w.assumption, w.proposal), (None, None));
    // Paid today: the record's five years run from today.
    assert!(w.credit.unwrap().contains("最早于 2031-10-31 后删除"));
    let w = words(true, Scenario::Wait { months: 3, days: 0 });
    assert_eq!((w.assumption, w.proposal), (None, None));
    assert!(w.credit.unwrap().contains("最后一笔还款在 2027-01-31"));
}

#[test]
fn payments_that_fall_are_proposed_first_and_last() {
    // 协商分期 of the principal (10 000) over 4 months at 1 %/month, equal principal: 2 500 a
    // month plus interest on the balance: 2 600.00, 2 575.00, 2 550.00, 2 525.00 (10 250.00),
    // with 325.00 paid today: 10 575.00 in all.
    let inst = principal_installments(4, Method::EqualPrincipal, "1");
    assert_eq!(
        words(true, inst).proposal.as_deref(),
        Some("向出借方提出：今天先还 325.00 元，其余分 4 期，首期 2,600.00 元，逐期减少，末期 2,525.00 元，共 10,575.00 元。")
    );
}
