//! The registry of ways out: one row per kind of plan, with its typed parameters (and what a
//! blank one means), the lenders that offer it and the values a fresh page starts it with.
//! Request resolution (`request_plans.rs`), the page's plan cards, list columns and default
//! plans, the fuzz pools and the `.d.ts` union all read this table; tests/vocabulary.rs and
//! tests/plan_kinds.rs check the rest against it.
//!
//! Adding a kind: a row here, a `Scenario` variant with its arm in `resolve` and `plan`, its
//! texts (`k_<key>` and any new parameter label) and the `.d.ts` union; the tests name
//! whatever is missing.

/// How a parameter is typed, parsed and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    /// Whole months, 0 to 600.
    Months,
    /// Whole days, 0 to 36 500.
    Days,
    /// A percentage.
    Percent,
    /// Yuan.
    Money,
    /// A rate with its unit: `rate.value` and `rate.unit` (the page's `rateUnit` column).
    Rate,
    /// A date, YYYY-MM-DD.
    Date,
    /// A repayment method, one of [`PLAN_METHODS`].
    Method,
    /// On or off (off when blank).
    Check,
}

impl ParamType {
    /// The largest count a `Months` or `Days` parameter takes.
    pub fn max_count(self) -> u32 {
        match self {
            ParamType::Days => 36_500,
            _ => 600,
        }
    }
}

/// One parameter of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// The request field (camelCase) and the page's column.
    pub key: &'static str,
    /// The page's text key for its label.
    pub label: &'static str,
    pub ty: ParamType,
    /// What a blank field means, as text ("" for none: no date, off). For a rate, its value.
    pub default: &'static str,
    /// A rate's default unit (`RateUnit` key); "" for other types.
    pub default_unit: &'static str,
}

const fn p(key: &'static str, label: &'static str, ty: ParamType, default: &'static str) -> Param {
    Param { key, label, ty, default, default_unit: "" }
}

const fn rate(value: &'static str, unit: &'static str) -> Param {
    Param { key: "rate", label: "planRate", ty: ParamType::Rate, default: value, default_unit: unit }
}

const fn check(key: &'static str, label: &'static str) -> Param {
    p(key, label, ParamType::Check, "")
}

use ParamType::*;

/// The repayment methods a plan may use (`schedule::Method` keys).
pub const PLAN_METHODS: &[&str] = &["annuity", "equalPrincipal", "flatFee"];

/// A kind of way out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanKind {
    /// The request's `kind`; the page's text key is `k_<key>`.
    pub key: &'static str,
    /// Its parameters in the order the card shows them (checkboxes after the rest).
    pub params: &'static [Param],
    /// The presets (`terms::PRESETS` keys) whose lenders offer it; `custom` offers every kind.
    pub offered_by: &'static [&'static str],
    /// Whether its figures rest on the lender agreeing (a waiver, a negotiated term): the
    /// page says so beside them and on any "cheapest" mark.
    pub needs_consent: bool,
    /// Whether it is a plan one chooses: it may be marked cheapest and proposed in a letter.
    /// Not so for being sued, which is an outcome to compare against, not a way to pick.
    pub choosable: bool,
    /// The values a fresh page starts it with, by column. `$rate` and `$rateUnit` stand for
    /// the case's own rate and unit, `$card` for "1" when the preset is a credit card.
    pub page_row: &'static [(&'static str, &'static str)],
}

const EVERY_LENDER: &[&str] =
    &["jiebei", "weilidai", "huabei", "jdJintiao", "jdBaitiao", "creditCard", "bankLoan", "private"];
const INCLUDES: [Param; 3] = [
    check("includeInterest", "includeInterest"),
    check("includePenalty", "includePenalty"),
    check("includeFees", "includeFees"),
];

/// Every kind, in the page's order.
pub const PLAN_KINDS: &[PlanKind] = &[
    PlanKind {
        key: "payNow",
        params: &[],
        offered_by: EVERY_LENDER,
        needs_consent: false,
        choosable: true,
        page_row: &[],
    },
    PlanKind {
        key: "wait",
        params: &[p("months", "months", Months, "0"), p("days", "days", Days, "0")],
        offered_by: EVERY_LENDER,
        needs_consent: false,
        choosable: true,
        page_row: &[("months", "3")],
    },
    PlanKind {
        key: "settlement",
        params: &[
            p("waivePenalty", "waivePenalty", Percent, "0"),
            p("waiveFees", "waiveFees", Percent, "0"),
            p("waiveInterest", "waiveInterest", Percent, "0"),
            p("waivePrincipal", "waivePrincipal", Percent, "0"),
            p("payOn", "payOn", Date, ""),
            check("waiveExcess", "waiveExcess"),
        ],
        offered_by: EVERY_LENDER,
        needs_consent: true,
        choosable: true,
        // No published source gives a usual waiver share (DESIGN.md, "Settlement default"):
        // the page starts from what a court would not support, the charges above the line.
        page_row: &[("waiveExcess", "1")],
    },
    PlanKind {
        key: "installments",
        params: &[
            p("months", "months", Months, "12"),
            rate("0", "year"),
            p("down", "down", Money, "0"),
            p("method", "loanMethod", Method, "annuity"),
            INCLUDES[0],
            INCLUDES[1],
            INCLUDES[2],
            check("waiveRest", "waiveRest"),
        ],
        offered_by: EVERY_LENDER,
        needs_consent: true,
        choosable: true,
        page_row: &[
            ("months", "12"),
            ("method", "flatFee"),
            ("rate", "0.5"),
            ("rateUnit", "month"),
            ("includeInterest", "1"),
            ("includePenalty", "1"),
            ("includeFees", "1"),
        ],
    },
    PlanKind {
        key: "freeze",
        params: &[
            p("months", "months", Months, "60"),
            p("feeMonthly", "feeMonthly", Percent, "0"),
            p("down", "down", Money, "0"),
            INCLUDES[0],
            INCLUDES[1],
            INCLUDES[2],
            check("waiveRest", "waiveRest"),
            check("card", "cardLimit"),
        ],
        offered_by: &["creditCard"],
        needs_consent: true,
        choosable: true,
        page_row: &[
            ("months", "60"),
            ("includeInterest", "1"),
            ("includePenalty", "1"),
            ("includeFees", "1"),
            ("card", "$card"),
        ],
    },
    PlanKind {
        key: "extension",
        params: &[p("months", "months", Months, "12"), rate("0", "year"), check("capitalise", "capitalise")],
        offered_by: &["jiebei", "weilidai", "jdJintiao", "bankLoan", "private"],
        needs_consent: true,
        choosable: true,
        page_row: &[("months", "12"), ("rate", "$rate"), ("rateUnit", "$rateUnit")],
    },
    PlanKind {
        key: "minimumPayment",
        params: &[
            p("percent", "minPercent", Percent, "10"),
            p("amount", "minAmount", Money, "100"),
            rate("0.05", "day"),
        ],
        offered_by: &["creditCard", "huabei", "jdBaitiao"],
        needs_consent: false,
        choosable: true,
        page_row: &[("percent", "10"), ("amount", "100"), ("rate", "$rate"), ("rateUnit", "$rateUnit")],
    },
    PlanKind {
        key: "refinance",
        params: &[
            rate("18", "year"),
            p("months", "months", Months, "36"),
            p("fee", "fee", Money, "0"),
            p("feePercent", "refiFeePercent", Percent, "0"),
            p("method", "loanMethod", Method, "annuity"),
            check("deducted", "deducted"),
        ],
        offered_by: EVERY_LENDER,
        needs_consent: false,
        choosable: true,
        page_row: &[("months", "36"), ("rate", "18"), ("rateUnit", "year"), ("method", "annuity")],
    },
    PlanKind {
        key: "court",
        params: &[
            p("filingDate", "courtFiling", Date, ""),
            p("judgmentDate", "judgmentDate", Date, ""),
            p("paidOn", "paidOn", Date, ""),
            p("lawyerFee", "lawyerFee", Money, "0"),
        ],
        offered_by: EVERY_LENDER,
        needs_consent: false,
        choosable: false,
        page_row: &[],
    },
];

/// The kind with `key`.
pub fn plan_kind(key: &str) -> Option<&'static PlanKind> {
    PLAN_KINDS.iter().find(|k| k.key == key)
}

/// Every kind's key, in the page's order.
pub fn plan_kind_keys() -> impl Iterator<Item = &'static str> {
    PLAN_KINDS.iter().map(|k| k.key)
}

impl PlanKind {
    /// The parameter `key` of this kind.
    pub fn param(&self, key: &str) -> Option<&'static Param> {
        self.params.iter().find(|p| p.key == key)
    }

    /// Whether the lender of `preset` offers this kind (`custom` and unknown presets: yes).
    pub fn is_offered_by(&self, preset: &str) -> bool {
        !EVERY_LENDER.contains(&preset) || self.offered_by.contains(&preset)
    }
}

/// Every parameter key of every kind, once each, in table order: the request's fields
/// besides `kind`.
pub fn param_keys() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for p in PLAN_KINDS.iter().flat_map(|k| k.params) {
        if !out.contains(&p.key) {
            out.push(p.key);
        }
    }
    out
}
