//! What to do next (issue 15.3): the checklist for each situation, with the figures it
//! carries worked by hand and the sources it cites. Templates are the page's own texts.

mod common;
#[path = "../src/ui/shared/text.rs"]
mod text;

use common::*;
use overdue_calc::engine::audit::audit;
use overdue_calc::engine::budget::Budget;
use overdue_calc::engine::overdue::overdue;
use overdue_calc::engine::scenario::{compare, Included, Scenario};
use overdue_calc::engine::schedule::Method;
use overdue_calc::engine::sources::source;
use overdue_calc::engine::terms::{LenderType, Terms};
use overdue_calc::next_steps::{next_steps, Step};

fn t(k: &str) -> String {
    text::entries().find(|(key, ..)| *key == k).unwrap_or_else(|| panic!("no text {k}")).1.to_string()
}

fn keys(steps: &[Step]) -> Vec<&str> {
    steps.iter().map(|s| s.key).collect()
}

/// 10 000 + 100 from 2026-10-01 to 2026-10-31 at 0.05 %/day × 1.5: 罚息 225.00; the 24 %
/// line allows 10 000 × 24 % × 30 / 365 = 197.26, so 27.74 is above it.
fn standard(terms: Terms) -> overdue_calc::engine::overdue::Case {
    quick("10000", "100", "2026-10-01", "2026-10-31", terms)
}

#[test]
fn every_step_cites_sources_of_the_table() {
    let c = standard(daily_terms("0.05"));
    let a = audit(&c, &[(day("2026-10-11"), d("12000"))]).unwrap();
    for s in next_steps(&t, &overdue(&c).unwrap(), Some(&a), None) {
        for k in &s.sources {
            assert!(source(k).is_some(), "{}: unknown source {k}", s.key);
        }
    }
}

#[test]
fn an_over_deduction_asks_for_it_back_then_the_regulator() {
    // Day 10: 10 000 + 100 + 75 owed; 12 000 taken: 1 825.00 beyond.
    let c = standard(daily_terms("0.05"));
    let a = audit(&c, &[(day("2026-10-11"), d("12000"))]).unwrap();
    let steps = next_steps(&t, &overdue(&c).unwrap(), Some(&a), None);
    assert_eq!(keys(&steps), ["overDeducted", "aboveLine", "complain"]);
    assert!(steps[0].text.starts_with("自动划扣多扣了 1,825.00 元"), "{}", steps[0].text);
    assert_eq!(steps[0].sources, ["civil-122"]);
    assert!(steps[2].text.contains("12378"));
}

#[test]
fn charges_above_the_line_say_how_much_and_where_to_raise_it() {
    let steps = next_steps(&t, &overdue(&standard(daily_terms("0.05"))).unwrap(), None, None);
    assert_eq!(keys(&steps), ["aboveLine", "complain"]);
    assert!(steps[0].text.starts_with("有 27.74 元罚息、违约金等超过年化 24%"), "{}", steps[0].text);
    assert_eq!(steps[0].sources, ["ff2017-22-2", "bankcard2021-2"]);
    // A private loan made after 2020-08-20 cites art. 29 and gets no regulator line; one
    // made before is judged in segments, so art. 31 too.
    let private = Terms { lender: LenderType::Private, ..daily_terms("0.05") };
    let mut c = standard(private);
    c.contract_date = Some(day("2026-01-01"));
    let steps = next_steps(&t, &overdue(&c).unwrap(), None, None);
    assert_eq!(keys(&steps), ["aboveLine"]);
    assert_eq!(steps[0].sources, ["mj2020-29"]);
    // Made 2019-01-01: its line has two segments (24 % to 2020-08-19, then 4 × LPR at
    // filing), so art. 31 is cited too.
    let private = Terms { lender: LenderType::Private, ..daily_terms("0.05") };
    let mut old = standard(private);
    old.contract_date = Some(day("2019-01-01"));
    let steps = next_steps(&t, &overdue(&old).unwrap(), None, None);
    assert_eq!(steps[0].sources, ["mj2020-29", "mj2020-31"]);
}

#[test]
fn a_closed_channel_says_to_keep_records_and_what_the_refusal_saves() {
    // Closed from 2026-10-21: no charges for the last 10 days, 10 000 × 0.075 % × 10 = 75.00.
    let terms = Terms { channel_closed_from: Some(day("2026-10-21")), ..daily_terms("0.05") };
    let steps = next_steps(&t, &overdue(&standard(terms)).unwrap(), None, None);
    assert_eq!(steps[0].key, "channelClosed");
    assert!(steps[0].text.contains("从 2026-10-21 起") && steps[0].text.contains("少算 75.00 元"), "{}", steps[0].text);
    assert_eq!(steps[0].sources, ["civil-589", "civil-570"]);
}

#[test]
fn a_budget_no_plan_fits_names_the_smallest_payments() {
    // 300 a month: paying now (10 325) and 12 instalments of 860.42 both exceed it.
    let c = standard(daily_terms("0.05"));
    let plans = [
        Ok(Scenario::PayNow),
        Ok(Scenario::Installments {
            months: 12,
            method: Method::Annuity,
            rate: overdue_calc::engine::rate::Rate {
                percent: d("0"),
                unit: overdue_calc::engine::rate::RateUnit::Year,
                day_basis: 360,
            },
            include: Included::ALL,
            down: d("0"),
            waive_rest: false,
        }),
    ];
    let budget = Budget::new(d("300"), vec![], vec![], None);
    let w = compare(&c, &plans, Some(&budget)).unwrap();
    let steps = next_steps(&t, &overdue(&c).unwrap(), None, Some(&w));
    let fit = steps.iter().find(|s| s.key == "noPlanFits").expect("no plan fits");
    // A budget that fits nothing is not a complaint to the regulator by itself; here the
    // charges above the line are.
    assert_eq!(keys(&steps), ["aboveLine", "noPlanFits", "complain"]);
    // 10 325 / 12 = 860.416… → 860.42, the largest of the 12.
    assert!(
        fit.text.contains("每月 300.00 元") && fit.text.contains("「协商分期」，最多一期 860.42 元"),
        "{}",
        fit.text
    );
    // With 1 000 a month the instalments fit: no such step.
    let budget = Budget::new(d("1000"), vec![], vec![], None);
    let w = compare(&c, &plans, Some(&budget)).unwrap();
    assert!(next_steps(&t, &overdue(&c).unwrap(), None, Some(&w)).iter().all(|s| s.key != "noPlanFits"));
}

#[test]
fn a_case_within_the_line_with_nothing_else_has_no_steps() {
    // 0.04 %/day × 1.5 = 21.9 %/yr, under 24 %.
    assert!(next_steps(&t, &overdue(&standard(daily_terms("0.04"))).unwrap(), None, None).is_empty());
}
