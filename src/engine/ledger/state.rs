//! The ledger's buckets: one [`Inst`] per installment, plus the quick mode's principal
//! not yet due. Accruals are kept at full precision; `post` rounds them (SPEC §2).

use crate::engine::date::Date;
use crate::engine::error::Result;
use crate::engine::money::{checked, round2};
use rust_decimal::Decimal;

/// An installment as the ledger receives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Installment {
    pub due: Date,
    pub principal: Decimal,
    pub interest: Decimal,
    /// A card's minimum payment, the base of a `Minimum` late fee.
    pub minimum: Option<Decimal>,
    /// A card bill's posting date (记账日): if the bill is not paid in full by its due date
    /// (and grace), interest runs from this date, not from the due date.
    pub interest_from: Option<Date>,
}

/// One installment's buckets and history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inst {
    /// The contract due date (kept when the installment is called due early).
    pub due: Date,
    /// The day it was called due by acceleration (提前到期), before its contract date.
    pub called_due: Option<Date>,
    /// Became due (on its date, or by acceleration).
    pub fell_due: bool,
    /// Fell due by acceleration rather than on its own date.
    pub accelerated: bool,
    pub principal: Decimal,
    pub interest: Decimal,
    /// 罚息: accrued on principal.
    pub penalty: Decimal,
    /// 复利: accrued on unpaid interest and on capitalised charges.
    pub compound: Decimal,
    /// 违约金/滞纳金.
    pub fees: Decimal,
    /// Charges accrued inside the grace period; dropped if paid within grace.
    pub pending_penalty: Decimal,
    pub pending_compound: Decimal,
    pub pending_fees: Decimal,
    /// The non-principal amount that bears the penalty rate (复利 base).
    pub cap_base: Decimal,
    pub past_grace: bool,
    /// Monthly late fees charged so far (the first at grace end).
    pub fees_charged: u32,
    pub minimum_unpaid: Option<Decimal>,
    /// See [`Installment::interest_from`].
    pub interest_from: Option<Date>,
    /// With statement billing: fees, penalty and compound interest posted on a statement
    /// and not yet paid, the only part of them a payment can reach (`None`: no billing).
    pub billed: Option<Decimal>,
    pub original_principal: Decimal,
    pub original_interest: Decimal,
    pub principal_paid: Decimal,
    pub interest_paid: Decimal,
    /// Fees, penalty and compound interest paid.
    pub charges_paid: Decimal,
    /// Of which fees: a daily fee's cap counts what was paid too.
    pub fees_paid: Decimal,
    /// Overdue charges a court would allow, `allowed[line][period]` (SPEC §6), full precision.
    pub allowed: Vec<Vec<Decimal>>,
    /// Charges incurred in each legal period (`legal::Periods`), full precision; with the
    /// charges paid they add up to what the installment incurred.
    pub incurred_by: Vec<Decimal>,
    /// Charges accrued in each period inside the grace period, not yet confirmed.
    pub pending_by: Vec<Decimal>,
    /// Σ principal × days overdue, for the charges' annual rate.
    pub principal_days: Decimal,
    /// The day its principal and interest were fully paid.
    pub settled_on: Option<Date>,
}

impl Inst {
    pub fn new(i: &Installment, lines: usize, periods: usize) -> Inst {
        Inst {
            due: i.due,
            called_due: None,
            fell_due: false,
            accelerated: false,
            principal: i.principal,
            interest: i.interest,
            penalty: Decimal::ZERO,
            compound: Decimal::ZERO,
            fees: Decimal::ZERO,
            pending_penalty: Decimal::ZERO,
            pending_compound: Decimal::ZERO,
            pending_fees: Decimal::ZERO,
            cap_base: Decimal::ZERO,
            past_grace: false,
            fees_charged: 0,
            minimum_unpaid: i.minimum,
            interest_from: i.interest_from.filter(|d| *d < i.due),
            billed: None,
            original_principal: i.principal,
            original_interest: i.interest,
            principal_paid: Decimal::ZERO,
            interest_paid: Decimal::ZERO,
            charges_paid: Decimal::ZERO,
            fees_paid: Decimal::ZERO,
            allowed: vec![vec![Decimal::ZERO; periods]; lines],
            incurred_by: vec![Decimal::ZERO; periods],
            pending_by: vec![Decimal::ZERO; periods],
            principal_days: Decimal::ZERO,
            settled_on: None,
        }
    }

    /// Principal and interest still unpaid: what "the installment is unpaid" means.
    pub fn unpaid(&self) -> Decimal {
        self.principal + self.interest
    }

    /// Overdue charges (罚息 + 复利 + 违约金), as accrued.
    pub fn charges(&self) -> Decimal {
        self.penalty + self.compound + self.fees
    }

    /// Rounds the accrued charges (a posting point).
    pub fn post(&mut self) {
        self.penalty = round2(self.penalty);
        self.compound = round2(self.compound);
        self.fees = round2(self.fees);
    }

    /// The day it fell due: its contract date, or the day it was called due.
    pub fn fell_due_on(&self) -> Date {
        self.called_due.unwrap_or(self.due)
    }

    /// Days past due as of `on`, counting to the day it was settled if it was.
    pub fn days_overdue(&self, on: Date) -> i64 {
        let end = self.settled_on.unwrap_or(on).min(on);
        self.fell_due_on().days_until(end).max(0)
    }

    /// Adds charges accrued in period `p` (pending inside the grace period).
    pub fn incur(&mut self, p: usize, x: Decimal) -> Result<()> {
        let slot = if self.past_grace { self.incurred_by.get_mut(p) } else { self.pending_by.get_mut(p) };
        if let Some(v) = slot {
            *v = checked::add(*v, x, "ledger")?;
        }
        Ok(())
    }

    /// Grace ended unpaid: pending charges are confirmed.
    pub fn confirm_pending(&mut self) -> Result<()> {
        for (a, b) in self.incurred_by.iter_mut().zip(self.pending_by.iter_mut()) {
            *a = checked::add(*a, std::mem::take(b), "ledger")?;
        }
        Ok(())
    }

    /// Paid within grace: pending charges are dropped.
    pub fn drop_pending(&mut self) {
        self.pending_by.iter_mut().for_each(|v| *v = Decimal::ZERO);
    }
}

/// Quick mode: principal not yet due with no schedule. It bears contract interest from
/// `since` until paid or accelerated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenPrincipal {
    pub principal: Decimal,
    pub accrued: Decimal,
    pub since: Date,
}

/// What the whole debt looks like on one date; money posted to 0.01.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub principal_overdue: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub principal_not_due: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub interest_due: Decimal,
    /// Contract interest accrued on principal not yet due (owed if paid off today).
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub interest_accrued: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub penalty: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub compound: Decimal,
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub fees: Decimal,
    /// Paid beyond everything owed: to be refunded or set against later installments.
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub credit: Decimal,
    /// Everything owed today, net of credit.
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub total: Decimal,
    /// Overdue charges only (penalty + compound + fees).
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub charges: Decimal,
    /// Charges that apply if installments still in grace are not paid in time.
    #[serde(serialize_with = "crate::engine::money::ser_cents")]
    pub pending: Decimal,
}
