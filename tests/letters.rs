//! The documents (`letters`): each built from the standard case and checked against figures
//! worked by hand, in both languages; the texts are the page's own (`src/ui/shared/text.rs`).

mod common;
#[path = "../src/ui/shared/text.rs"]
mod text;

use common::*;
use overdue_calc::engine::audit::audit;
use overdue_calc::engine::budget::{Budget, BudgetLine};
use overdue_calc::engine::overdue::{overdue, Case};
use overdue_calc::engine::scenario::{compare, Scenario};
use overdue_calc::letters::{self, parse_attempts, Block, Context, Doc, Personal};

/// 10 000 + 100 overdue since 2026-10-01, penalty 7.50 a day: on 2026-10-31 principal
/// 10 000.00, interest 100.00, penalty 225.00, total 10 325.00.
fn case() -> Case {
    quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"))
}

fn texts(zh: bool) -> impl Fn(&str) -> String {
    move |k: &str| {
        let (_, z, e) = text::entries().find(|(key, ..)| *key == k).unwrap_or_else(|| panic!("no text {k}"));
        (if zh { *z } else { *e }).to_string()
    }
}

fn budget() -> Budget {
    let line = |l: &str, a: &str| BudgetLine { label: l.into(), amount: d(a) };
    // 8 000 − (2 000 + 1 500) − 500 = 4 000 a month.
    Budget::new(d("8000"), vec![line("房租", "2000"), line("", "1500")], vec![line("信用卡", "500")], Some(d("1000")))
}

fn with_ctx<R>(zh: bool, personal: &Personal, f: impl FnOnce(&Context<'_>) -> R) -> R {
    with_result(zh, &overdue(&case()).unwrap(), "借呗", personal, f)
}

/// The documents' context for a computed case on 2026-10-31 (`platform` "" for a generic preset).
fn with_result<R>(
    zh: bool,
    r: &overdue_calc::engine::overdue::OverdueResult,
    platform: &str,
    personal: &Personal,
    f: impl FnOnce(&Context<'_>) -> R,
) -> R {
    let t = texts(zh);
    let c = Context {
        t: &t,
        today: day("2026-10-31"),
        detailed: false,
        translated: !zh,
        platform: platform.into(),
        personal,
        case: r,
    };
    f(&c)
}

#[track_caller]
fn assert_has(text: &str, wants: &[&str]) {
    for want in wants {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
}

fn waive_penalty() -> Scenario {
    Scenario::Settlement {
        waive_interest: d("0"),
        waive_penalty: d("100"),
        waive_fees: d("0"),
        waive_principal: d("0"),
        pay_on: None,
        waive_excess: false,
    }
}

fn apply_doc(zh: bool, personal: &Personal, cause: &str) -> Doc {
    let cmp = compare(&case(), &[Ok(waive_penalty())], None).unwrap();
    let b = budget();
    with_ctx(zh, personal, |c| {
        letters::apply(
            c,
            cause,
            "公司裁员",
            Some((&waive_penalty(), &cmp.results[0], &cmp.base)),
            Some(&b),
            true,
            false,
        )
    })
}

#[test]
fn the_application_states_the_debt_by_part_the_plan_and_the_budget() {
    let doc = apply_doc(true, &Personal::default(), "unemployed");
    let text = doc.to_text();
    assert_has(&text, &[
        "协商还款申请书",
        "致：借呗",
        // Nobody named: a blank to fill by hand.
        "申请人：＿＿＿＿＿＿",
        "自 2026-10-01 起逾期",
        "欠款合计 10,325.00 元，其中本金 10,000.00 元、利息 100.00 元、罚息及复利 225.00 元、违约金 0.00 元",
        "逾期原因：失业；公司裁员。",
        // The settlement: 10 325.00 − 225.00 = 10 100.00 on the day.
        "方案：一次性结清减免。",
        "一次性还款 10,100.00 元",
        "1 | 2026-10-31 | 10,100.00",
        "合计 |  | 10,100.00",
        "本人申请：于 2026-10-31 一次性还款 10,100.00 元结清全部欠款，减免罚息 100%（共减免 225.00 元）。",
        // 8 000 − 3 500 − 500.
        "每月收入 8,000.00 元，固定支出 3,500.00 元，其他债务月供 500.00 元，每月最多可用于偿还本笔欠款 4,000.00 元",
        "1. 身份证复印件\n2. 收支明细表\n3. 离职证明或失业登记证明\n4. 多扣款项退还申请",
        "计算日 2026-10-31",
        "快速估算模式",
        "不构成法律意见",
        "方案前提：假设出借方同意减免罚息 100%",
    ]);
    assert!(!text.contains("{"), "an unfilled slot:\n{text}");
}

#[test]
fn personal_details_appear_only_when_given() {
    let p = Personal {
        name: "张三".into(),
        id_last4: "1234".into(),
        contact: "138".into(),
        lender: "重庆蚂蚁消费金融有限公司".into(),
        contract: "HT-9".into(),
    };
    let text = apply_doc(true, &p, "illness").to_text();
    for want in [
        "致：重庆蚂蚁消费金融有限公司",
        "申请人：张三；身份证号后四位：1234；联系方式：138；借款合同编号：HT-9",
        "申请人（签名）：张三",
        "诊断证明",
    ] {
        assert!(text.contains(want), "missing {want:?}");
    }
    let bare = apply_doc(true, &Personal::default(), "illness").to_text();
    assert!(!bare.contains("身份证号后四位") && !bare.contains("合同编号"));
}

#[test]
fn the_english_version_says_it_is_a_translation_with_the_same_figures() {
    let doc = apply_doc(false, &Personal::default(), "family");
    assert!(matches!(&doc.blocks[0], Block::Label(s) if s.contains("translation")));
    let text = doc.to_text();
    for want in ["Negotiated repayment request", "10,325.00 yuan in all", "10,100.00", "a family crisis"] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
    assert!(!apply_doc(true, &Personal::default(), "family").blocks.iter().any(|b| matches!(b, Block::Label(_))));
}

#[test]
fn the_budget_statement_totals_each_part() {
    let b = budget();
    let text = with_ctx(true, &Personal::default(), |c| letters::budget_statement(c, &b)).to_text();
    assert_has(
        &text,
        &[
            "项目 | 金额（元/月）",
            "每月收入 | 8,000.00",
            "固定支出：房租 | 2,000.00",
            "固定支出 | 1,500.00",
            "固定支出合计 | 3,500.00",
            "其他债务月供：信用卡 | 500.00",
            "其他债务月供合计 | 500.00",
            "每月可用于偿还本笔欠款 | 4,000.00",
            "填表人：＿＿＿＿＿＿",
            "另有现有存款 1,000.00 元",
            "本人承诺以上内容真实。",
            "填表人（签名）：",
        ],
    );
}

#[test]
fn the_refund_request_lists_each_deduction_and_the_total() {
    // On 2026-10-15 (14 days): owed 10 000 + 100 + 7.50 × 14 = 10 205.00, so 12 000 takes
    // 1 795.00 too much; of the 105.00 penalty it paid, 105.00 − 2 400 × 14 / 365 (92.05) =
    // 12.95 is above the 24 % line.
    let a = audit(&case(), &[(day("2026-10-15"), d("12000"))]).unwrap();
    let text = with_ctx(true, &Personal::default(), |c| letters::refund(c, &a)).to_text();
    assert_has(
        &text,
        &[
            "多扣款项退还申请",
            "2026-10-15 | 12,000.00 | 10,205.00 | 1,795.00 | 12.95",
            "合计 | 12,000.00 |  | 1,795.00 | 12.95",
            "合计 1,795.00 元",
            "民法典第一百二十二条",
            "有 12.95 元是超过法律保护上限",
            "第二条",
        ],
    );
}

#[test]
fn the_record_of_refusals_lists_attempts_and_the_law_with_its_condition() {
    let rows = vec![
        ("2026-10-20".to_string(), "500".to_string(), "支付宝还款页".to_string()),
        (String::new(), String::new(), String::new()),
        ("2026-10-25".to_string(), "1万".to_string(), "银行转账".to_string()),
    ];
    let attempts = parse_attempts(&rows).unwrap();
    assert_eq!(attempts.len(), 2, "a blank row is skipped");
    let text =
        with_ctx(true, &Personal::default(), |c| letters::blocked(c, &attempts, Some(day("2026-10-18")))).to_text();
    assert_has(
        &text,
        &[
            "还款受阻情况记录",
            "本人自 2026-10-18 起无法通过约定的渠道还款",
            "2026-10-20 | 500.00 | 支付宝还款页",
            "2026-10-25 | 10,000.00 | 银行转账",
            "民法典第五百八十九条",
            "债务人无须支付利息",
            "适用的前提是",
            "第五百七十条",
            "提存",
            "1. 每次还款失败的页面截图",
        ],
    );
}

/// Principal due and not yet due, interest, penalty and compound interest are each summed
/// into their part, and money overpaid is named. 10 000 overdue + 5 000 not due; a payment
/// of 20 000 on 2026-10-15 clears the 10 205.00 then owed (10 000 + 100 + 7.50 × 14),
/// leaving 9 795.00 credit against the 5 000 not yet due.
#[test]
fn the_situation_sums_each_part_and_names_a_credit() {
    let mut case = quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.05"));
    if let overdue_calc::engine::overdue::Debt::Quick { not_due_principal, .. } = &mut case.debt {
        *not_due_principal = d("5000");
    }
    let before = overdue(&case).unwrap();
    let t = &before.totals;
    let s = application(&before, "借呗");
    assert!(s.contains("其中本金 15,000.00 元"), "{s}");
    let interest = t.interest_due + t.interest_accrued;
    assert!(
        t.interest_accrued > d("0") && s.contains(&format!("利息 {} 元", overdue_calc::fmt::yuan(interest))),
        "{s}"
    );
    assert!(!s.contains("多还"));
    case.payments = vec![(day("2026-10-15"), d("20000"))];
    let s = application(&overdue(&case).unwrap(), "借呗");
    assert!(s.contains("（已扣除多还的 "), "{s}");
}

/// The application with no plan and no budget, as text.
fn application(r: &overdue_calc::engine::overdue::OverdueResult, platform: &str) -> String {
    with_result(true, r, platform, &Personal::default(), |c| {
        letters::apply(c, "other", "", None, None, false, false).to_text()
    })
}

/// A bank loan compounds unpaid interest: its penalty part is 罚息 and 复利 together.
#[test]
fn penalty_and_compound_interest_are_one_part() {
    let terms = overdue_calc::engine::terms::Terms {
        grace_days: 0,
        ..overdue_calc::engine::terms::preset("bankLoan").unwrap()
    };
    let r = overdue(&quick("10000", "100", "2026-10-01", "2026-10-31", terms)).unwrap();
    assert!(r.totals.compound > d("0") && r.totals.penalty > d("0"));
    let text = application(&r, "银行");
    let part = overdue_calc::fmt::yuan(r.totals.penalty + r.totals.compound);
    assert!(text.contains(&format!("罚息及复利 {part} 元")), "{text}");
}

/// No deduction charge above the line: no paragraph about the line (0.01 %/day × 1.5 is
/// 1.50 a day, under the 24 % line's 6.58).
#[test]
fn no_line_paragraph_when_nothing_was_above_it() {
    let case = quick("10000", "100", "2026-10-01", "2026-10-31", daily_terms("0.01"));
    let a = audit(&case, &[(day("2026-10-15"), d("12000"))]).unwrap();
    assert_eq!(a.total_above_legal_line, d("0"));
    let r = overdue(&case).unwrap();
    let text = with_result(true, &r, "借呗", &Personal::default(), |c| letters::refund(c, &a).to_text());
    assert!(!text.contains("超过法律保护上限的罚息"), "{text}");
}

/// A generic preset (信用卡, 民间借贷, 自定义) names no addressee: a line to fill in.
#[test]
fn no_addressee_is_a_blank_line() {
    let text = application(&overdue(&case()).unwrap(), "");
    assert!(text.contains("致：＿＿＿＿＿＿"), "{text}");
}

#[test]
fn bad_attempts_are_errors_on_their_cells() {
    let row = |a: &str, b: &str| vec![(a.to_string(), b.to_string(), String::new())];
    assert_eq!(parse_attempts(&row("2026-13-01", "")).unwrap_err().field(), "attempts[0].date");
    assert_eq!(parse_attempts(&row("2026-10-01", "abc")).unwrap_err().field(), "attempts[0].amount");
    assert_eq!(parse_attempts(&row("", "500")).unwrap_err().field(), "attempts[0].date");
}

/// Prints the application for a look (`cargo test --test letters show -- --nocapture`).
#[test]
fn show() {
    println!("{}", apply_doc(true, &Personal::default(), "unemployed").to_text());
}
