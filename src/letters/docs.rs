//! The four documents. Each starts with who writes to whom, states the figures by part,
//! and ends with lines to sign and the small print: the figures are the calculator's
//! estimates on the day of calculation, in quick or detailed mode, and not legal advice.

use super::{Attempt, Block, Doc, Personal};
use crate::engine::audit::AuditResult;
use crate::engine::budget::Budget;
use crate::engine::date::Date;
use crate::engine::overdue::OverdueResult;
use crate::engine::scenario::{Owed, Scenario, ScenarioResult};
use crate::fmt::{fill, yuan};
use crate::plan_words::{plan_words, Texts};
use rust_decimal::Decimal;

/// A blank to fill in by hand.
const BLANK: &str = "＿＿＿＿＿＿";

/// What every document is written from.
pub struct Context<'a> {
    pub t: Texts<'a>,
    /// The day of calculation (the case's date).
    pub today: Date,
    pub detailed: bool,
    /// The texts are a translation (English): the document says so above its title.
    pub translated: bool,
    /// The platform's name as the page shows it, for a named platform (借呗 …); empty for a
    /// generic preset, which leaves the addressee to be filled in.
    pub platform: String,
    pub personal: &'a Personal,
    pub case: &'a OverdueResult,
}

impl Context<'_> {
    fn tx(&self, key: &str) -> String {
        (self.t)(key)
    }

    fn fill(&self, key: &str, slots: &[(&str, String)]) -> String {
        fill(&self.tx(key), slots)
    }

    fn or_blank(s: &str) -> String {
        if s.trim().is_empty() {
            BLANK.to_string()
        } else {
            s.trim().to_string()
        }
    }

    /// Label (for a translation), title, addressee and the writer's lines.
    fn header(&self, title: &str, to_lender: bool, writer: &str) -> Vec<Block> {
        let p = self.personal;
        let mut b = Vec::new();
        if self.translated {
            b.push(Block::Label(self.tx("docTranslation")));
        }
        b.push(Block::Title(self.tx(title)));
        if to_lender {
            let lender = [p.lender.trim(), self.platform.as_str()]
                .into_iter()
                .find(|s| !s.is_empty())
                .map_or_else(|| BLANK.to_string(), str::to_string);
            b.push(Block::Para(self.fill("docTo", &[("lender", lender)])));
        }
        let mut who = vec![self.fill(writer, &[("name", Self::or_blank(&p.name))])];
        for (key, v) in [("docIdLine", &p.id_last4), ("docContactLine", &p.contact), ("docContractLine", &p.contract)] {
            if !v.trim().is_empty() {
                who.push(self.fill(key, &[("v", v.trim().to_string())]));
            }
        }
        b.push(Block::Para(who.join(self.tx("docSep").as_str())));
        b
    }

    /// Signature lines and the small print.
    fn footer(&self, sign_key: &str, extra: Vec<String>) -> Vec<Block> {
        let name = Self::or_blank(&self.personal.name);
        let mut b = vec![Block::Sign(vec![
            self.fill(sign_key, &[("name", name)]),
            self.fill("docDateLine", &[("date", BLANK.to_string())]),
        ])];
        let mode = self.tx(if self.detailed { "docModeDetailed" } else { "docModeQuick" });
        b.push(Block::Note(self.fill("docFooter", &[("date", self.today.to_string()), ("mode", mode)])));
        b.extend(extra.into_iter().map(Block::Note));
        b
    }

    /// "欠款合计 … 其中本金 …": the debt by part on the day of calculation.
    fn situation(&self) -> String {
        let t = &self.case.totals;
        let first = self.case.first_missed.map(|d| d.to_string()).unwrap_or_else(|| BLANK.to_string());
        let mut s = self.fill(
            "docSituation",
            &[
                ("first", first),
                ("today", self.today.to_string()),
                ("total", yuan(t.total)),
                ("principal", yuan(t.principal_overdue + t.principal_not_due)),
                ("interest", yuan(t.interest_due + t.interest_accrued)),
                ("penalty", yuan(t.penalty + t.compound)),
                ("fees", yuan(t.fees)),
            ],
        );
        if t.credit > Decimal::ZERO {
            s.push_str(&self.fill("docCredit", &[("credit", yuan(t.credit))]));
        }
        s.push_str(&self.tx("propEnd"));
        s
    }
}

/// The budget in one sentence, or `None` without one.
fn budget_line(c: &Context<'_>, b: &Budget) -> String {
    let sum = |l: &[crate::engine::budget::BudgetLine]| l.iter().map(|x| x.amount).sum::<Decimal>();
    c.fill(
        "docBudgetLine",
        &[
            ("income", yuan(b.income)),
            ("expenses", yuan(sum(&b.expenses))),
            ("other", yuan(sum(&b.other_debts))),
            ("capacity", yuan(b.capacity)),
        ],
    )
}

/// A plan chosen for the application: the plan, its result and the debt it started from.
pub type Chosen<'a> = (&'a Scenario, &'a ScenarioResult, &'a Owed);

/// 协商还款申请书: the situation, the cause, the plan proposed (payments, dates, total, what
/// it asks to waive), the budget behind it and the attachments.
#[allow(clippy::too_many_arguments)]
pub fn apply(
    c: &Context<'_>,
    cause: &str,
    cause_text: &str,
    plan: Option<Chosen<'_>>,
    budget: Option<&Budget>,
    refund_owed: bool,
    channel_closed: bool,
) -> Doc {
    let mut b = c.header("doc_apply", true, "docWriter");
    b.push(Block::Para(c.situation()));
    let cause_key = if super::CAUSES.contains(&cause) { cause } else { "other" };
    let mut why = c.fill("docCause", &[("cause", c.tx(&format!("cause_{cause_key}")))]);
    if !cause_text.trim().is_empty() {
        why.push_str(&c.tx("docSep"));
        why.push_str(cause_text.trim());
    }
    why.push_str(&c.tx("propEnd"));
    why.push_str(&c.tx("docNotWilful"));
    b.push(Block::Para(why));
    let mut notes = Vec::new();
    if let Some((s, r, base)) = plan {
        b.push(Block::Head(c.tx("docPlanHead")));
        let words = plan_words(c.t, s, r, base, c.today);
        let kind = c.tx(&format!("k_{}", s.kind()));
        let m = r.metrics.as_ref();
        let total = m.map(|m| m.total_paid).unwrap_or_default();
        let mut line = c.fill("docPlanKind", &[("kind", kind)]);
        if let Some(p) = &words.proposal {
            // The card's "向出借方提出：" becomes the writer's own "本人申请：".
            let own = p.strip_prefix(c.tx("proposeTo").trim_end()).unwrap_or(p).trim_start();
            line.push_str(&c.tx("docIPropose"));
            line.push_str(own);
        } else {
            line.push_str(&c.fill("docPlanTotal", &[("total", yuan(total)), ("n", r.flows.len().to_string())]));
        }
        b.push(Block::Para(line));
        let rows: Vec<Vec<String>> = r
            .flows
            .iter()
            .enumerate()
            .map(|(i, f)| vec![(i + 1).to_string(), f.date.to_string(), yuan(f.amount)])
            .collect();
        b.push(Block::Table {
            head: vec![c.tx("docNo"), c.tx("date"), c.tx("amountYuan")],
            rows,
            total: Some(vec![c.tx("docTotal"), String::new(), yuan(total)]),
        });
        if let Some(a) = words.assumption {
            notes.push(c.fill("docAssumption", &[("text", a)]));
        }
    }
    if let Some(bu) = budget {
        b.push(Block::Para(budget_line(c, bu)));
    }
    b.push(Block::Para(c.tx("docApplyRequest")));
    b.push(Block::Head(c.tx("docAttachHead")));
    let mut att = vec![c.tx("att_id")];
    if budget.is_some() {
        att.push(c.tx("doc_budget"));
    }
    att.push(c.tx(&format!("att_{cause_key}")));
    if refund_owed {
        att.push(c.tx("doc_refund"));
    }
    if channel_closed {
        att.push(c.tx("doc_blocked"));
    }
    b.push(Block::List(att));
    b.extend(c.footer("docSignApplicant", notes));
    Doc { kind: "apply", blocks: b }
}

/// 收支明细表: income, each fixed expense and other debt's payment with totals, savings, and
/// what is left each month for this debt.
pub fn budget_statement(c: &Context<'_>, bu: &Budget) -> Doc {
    let mut b = c.header("doc_budget", false, "docFiller");
    let mut rows = vec![vec![c.tx("income"), yuan(bu.income)]];
    for (key, total_key, lines) in
        [("expenses", "docExpensesTotal", &bu.expenses), ("otherDebts", "docOtherTotal", &bu.other_debts)]
    {
        for l in lines.iter() {
            let label =
                if l.label.trim().is_empty() { c.tx(key) } else { format!("{}：{}", c.tx(key), l.label.trim()) };
            rows.push(vec![label, yuan(l.amount)]);
        }
        rows.push(vec![c.tx(total_key), yuan(lines.iter().map(|l| l.amount).sum())]);
    }
    b.push(Block::Table {
        head: vec![c.tx("docItem"), c.tx("docPerMonth")],
        rows,
        total: Some(vec![c.tx("docCapacity"), yuan(bu.capacity)]),
    });
    // Savings are not monthly: a line of their own.
    if let Some(s) = &bu.savings {
        b.push(Block::Para(c.fill("docSavings", &[("amount", yuan(s.0))])));
    }
    b.push(Block::Para(c.tx("docTrue")));
    b.extend(c.footer("docSignFiller", vec![]));
    Doc { kind: "budget", blocks: b }
}

/// 多扣款项退还申请: each deduction against what was owed that day, what it took beyond
/// everything owed, the charges above the legal line, and the total to return.
pub fn refund(c: &Context<'_>, a: &AuditResult) -> Doc {
    let mut b = c.header("doc_refund", true, "docWriter");
    b.push(Block::Para(c.tx("docRefundIntro")));
    let rows = a
        .deductions
        .iter()
        .map(|d| {
            vec![d.date.to_string(), yuan(d.amount), yuan(d.owed_total), yuan(d.to_reclaim), yuan(d.above_legal_line)]
        })
        .collect();
    b.push(Block::Table {
        head: ["date", "docTaken", "docOwedThatDay", "docBeyond", "docAboveLine"].iter().map(|k| c.tx(k)).collect(),
        rows,
        total: Some(vec![
            c.tx("docTotal"),
            yuan(a.total_taken),
            String::new(),
            yuan(a.total_to_reclaim),
            yuan(a.total_above_legal_line),
        ]),
    });
    b.push(Block::Para(c.fill("docRefundAsk", &[("amount", yuan(a.total_to_reclaim))])));
    if a.total_above_legal_line > Decimal::ZERO {
        let sources = c.case.legal.lines.first().map(|l| l.line.sources.join("；")).unwrap_or_default();
        b.push(Block::Para(
            c.fill("docRefundAbove", &[("amount", yuan(a.total_above_legal_line)), ("sources", sources)]),
        ));
    }
    b.push(Block::Head(c.tx("docAttachHead")));
    b.push(Block::List(vec![c.tx("att_deductions"), c.tx("att_contract")]));
    b.extend(c.footer("docSignApplicant", vec![]));
    Doc { kind: "refund", blocks: b }
}

/// 还款受阻情况记录: the dates tried, amounts offered and channels used; what 民法典 art. 589
/// says and on what condition; 提存 (art. 570); the evidence to keep.
pub fn blocked(c: &Context<'_>, attempts: &[Attempt], closed_from: Option<Date>) -> Doc {
    let mut b = c.header("doc_blocked", true, "docRecorder");
    let since = closed_from.map(|d| c.fill("docSince", &[("date", d.to_string())])).unwrap_or_default();
    b.push(Block::Para(c.fill("docBlockedIntro", &[("since", since)])));
    let rows: Vec<Vec<String>> = attempts
        .iter()
        .map(|a| {
            let amount = a.amount.map(yuan).unwrap_or_default();
            vec![a.date.to_string(), amount, a.channel.clone()]
        })
        .collect();
    let blank_rows =
        if rows.is_empty() { vec![vec![BLANK.to_string(), BLANK.to_string(), BLANK.to_string()]] } else { rows };
    b.push(Block::Table {
        head: ["date", "docOffered", "docChannel"].iter().map(|k| c.tx(k)).collect(),
        rows: blank_rows,
        total: None,
    });
    b.push(Block::Head(c.tx("docLawHead")));
    b.push(Block::Para(c.tx("docLaw589")));
    b.push(Block::Para(c.tx("docLaw570")));
    b.push(Block::Head(c.tx("docEvidenceHead")));
    b.push(Block::List(
        ["ev_screens", "ev_balance", "ev_service", "ev_notice", "ev_keep"].iter().map(|k| c.tx(k)).collect(),
    ));
    b.extend(c.footer("docSignRecorder", vec![]));
    Doc { kind: "blocked", blocks: b }
}
