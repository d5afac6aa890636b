//! The registry of the page's scalar form fields (issue 13): for each, the key its text is
//! kept under (state, saved copies, share links), its default, the engine error path that
//! names it, the text key of its label, and the URL parameter an embed may set. The page's
//! state, its error placement and labels, and the embed's parameters all read this table;
//! `tests/ui_texts.rs` checks every label has a Chinese and an English text.

/// One scalar field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub key: &'static str,
    pub default: &'static str,
    /// The field path the engine's errors use for it.
    pub error: &'static str,
    /// The text key of its label.
    pub label: &'static str,
    /// The URL parameter of an embed that sets it (`?principal=1万`).
    pub url: Option<&'static str>,
}

const fn f(key: &'static str, default: &'static str, error: &'static str, label: &'static str) -> Field {
    Field { key, default, error, label, url: None }
}

const fn u(key: &'static str, error: &'static str, label: &'static str, url: &'static str) -> Field {
    Field { key, default: "", error, label, url: Some(url) }
}

/// Every scalar field, in page order. Term fields start empty and are filled from the preset.
pub const FIELDS: &[Field] = &[
    f("preset", "jiebei", "preset", "platform"),
    // "1" while the page shows the worked example (用示例试试), so it stays marked as one.
    f("example", "", "example", "exampleFlag"),
    f("mode", "quick", "mode", "mode"),
    u("asOf", "asOf", "asOf", "asOf"),
    u("overduePrincipal", "overduePrincipal", "overduePrincipal", "principal"),
    u("overdueInterest", "overdueInterest", "overdueInterest", "interest"),
    u("firstOverdueDate", "firstOverdueDate", "firstOverdueDate", "first"),
    u("notDuePrincipal", "notDuePrincipal", "notDuePrincipal", "notDue"),
    u("minimumPayment", "minimumPayment", "minimumPayment", "minimum"),
    u("rate", "terms.rate.value", "rate", "rate"),
    u("rateUnit", "terms.rate.unit", "rateUnit", "rateUnit"),
    f("rateBasis", "", "terms.rate.dayBasis", "dayBasis"),
    f("penaltyMultiplier", "", "terms.penaltyMultiplier", "penaltyMultiplier"),
    f("penaltyRate", "", "terms.penaltyRate.value", "penaltyRate"),
    f("penaltyBase", "", "terms.penaltyBase", "penaltyBase"),
    f("compounding", "", "terms.compounding", "compounding"),
    f("feePercent", "", "terms.lateFee.percent", "feePercent"),
    f("feeFixed", "", "terms.lateFee.fixed", "feeFixed"),
    f("feeMin", "", "terms.lateFee.min", "feeMin"),
    f("feeMax", "", "terms.lateFee.max", "feeMax"),
    f("feeFrequency", "", "terms.lateFee.frequency", "feeFrequency"),
    f("feeBase", "", "terms.lateFee.base", "feeBase"),
    f("graceDays", "", "terms.graceDays", "graceDays"),
    f("accelerateAfterDays", "", "terms.accelerateAfterDays", "accelerateAfterDays"),
    f("channelClosedFrom", "", "terms.channelClosedFrom", "channelClosedFrom"),
    f("allocation", "", "terms.allocation", "allocation"),
    f("roundDaily", "", "terms.roundDaily", "roundDaily"),
    f("lenderType", "", "terms.lenderType", "lenderType"),
    f("overdueRateAgreed", "", "terms.overdueRateAgreed", "overdueRateAgreed"),
    f("statementBilling", "", "terms.statementBilling", "statementBilling"),
    f("contractDate", "", "contractDate", "contractDate"),
    f("filingDate", "", "filingDate", "filingDate"),
    f("postingDate", "", "postingDate", "postingDate"),
    f("loanPrincipal", "", "loan.principal", "loanPrincipal"),
    f("loanRate", "", "loan.rate.value", "loanRate"),
    f("loanRateUnit", "year", "loan.rate.unit", "rateUnit"),
    f("loanMonths", "", "loan.months", "loanMonths"),
    f("loanMethod", "annuity", "loan.method", "loanMethod"),
    f("loanStart", "", "loan.startDate", "loanStart"),
    f("paidInstallments", "", "paidInstallments", "paidInstallments"),
    f("income", "", "budget.income", "income"),
    f("savings", "", "budget.savings", "savings"),
    f("debtsBudget", "", "monthlyBudget", "debtsBudget"),
    f("debtsOrder", "", "debtsOrder", "debtsOrder"),
    f("courtAmount", "", "court.amount", "claimAmount"),
    f("courtProcedure", "ordinary", "court.procedure", "procedure"),
    f("delayAmount", "", "delay.amount", "judgmentDebt"),
    f("delayDays", "", "delay.days", "daysLate"),
    // The documents (材料与信函); the personal ones are `letters::PERSONAL_FIELDS`.
    f("docKind", "apply", "docKind", "docKind"),
    f("docCause", "other", "docCause", "docCauseSel"),
    f("docCauseText", "", "docCauseText", "docCauseText"),
    f("docPlan", "", "docPlan", "docPlan"),
    f("docName", "", "docName", "docName"),
    f("docIdLast4", "", "docIdLast4", "docIdLast4"),
    f("docContact", "", "docContact", "docContact"),
    f("docLender", "", "docLender", "docLender"),
    f("docContract", "", "docContract", "docContract"),
    f("docShareAll", "", "docShareAll", "docShareAll"),
];

/// Error paths of list cells and whole lists (indexes dropped) → label text keys, where the
/// path's last part is not itself the label's key.
pub const LIST_LABELS: &[(&str, &str)] = &[
    ("terms.penaltyRate.unit", "rateUnit"),
    ("scenarios.rate.value", "planRate"),
    ("scenarios.rate.unit", "rateUnit"),
    ("debts.rate", "annualRate"),
    ("debts.name", "debtName"),
    ("debts", "debtsTitle"),
    ("deductions", "auditTitle"),
    ("scenarios", "waysTitle"),
    ("budget.expenses", "expenses"),
    ("budget.otherDebts", "otherDebts"),
];

/// The field with state key `key`.
pub fn field(key: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.key == key)
}

/// The engine error path of the field with state key `key` (the key itself if unknown).
pub fn error_path(key: &str) -> &str {
    field(key).map_or(key, |f| f.error)
}

/// The label text key for an error path with list indexes dropped (`payments.amount`).
pub fn label_for_error(path: &str) -> Option<&'static str> {
    FIELDS
        .iter()
        .find(|f| f.error == path)
        .map(|f| f.label)
        .or_else(|| LIST_LABELS.iter().find(|(p, _)| *p == path).map(|(_, l)| *l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_error_paths_and_url_parameters_are_unique() {
        for (n, a) in FIELDS.iter().enumerate() {
            for b in &FIELDS[..n] {
                assert_ne!(a.key, b.key);
                assert_ne!(a.error, b.error, "{} and {}", a.key, b.key);
                assert!(a.url.is_none() || a.url != b.url, "{} and {}", a.key, b.key);
            }
        }
    }
}
