// Type declarations for window.OverdueCalc, the JS API of 逾期计算器 (overdue-calc).
// It is a wasm module of its own, fetched the first time a script reads
// window.OverdueCalc (undefined until then) or listens for `overdue-calc:ready`; once it
// has loaded it sets window.OverdueCalc and dispatches `overdue-calc:ready` on window.
// Every function is synchronous and throws an OverdueCalcError on bad input.
// Money and rates may be sent as strings ("12,345.67", "1.5万", "0.05%") or numbers; money
// comes back as strings with two decimals, percentages as strings with up to four.

/** A money amount or a rate: a number, or text such as "12,345.67", "1.5万", "0.05%". */
export type Num = number | string;
/** A date "YYYY-MM-DD" (also accepted: "YYYY/M/D", "YYYY年M月D日"). */
export type DateText = string;
/** Money as returned: two decimals, e.g. "10325.00". */
export type Money = string;
/** A percentage as returned, up to four decimals, e.g. "27.375". */
export type Percent = string;

export interface OverdueCalcError {
  /** empty | notANumber | notADate | tooSmall | tooLarge | tooPrecise | dateOrder |
   *  unknownChoice | tooMany | overflow | badRequest */
  code: string;
  /** Path of the bad input: "overduePrincipal", "terms.rate.value", "payments[2].date". */
  field: string;
  message: string;
}

export interface RateIn {
  /** Percent per unit. */
  value: Num;
  unit?: 'day' | 'month' | 'year';
  /** 365 by default for daily quotes, 360 for monthly and annual. */
  dayBasis?: 360 | 365;
}

export interface LoanIn {
  principal: Num;
  /** For flatFee: the fee per month. */
  rate: RateIn;
  months: Num;
  method?: 'annuity' | 'equalPrincipal' | 'interestOnly' | 'bullet' | 'flatFee';
  startDate: DateText;
  interestBasis?: 'monthly' | 'actualDays';
}

export interface LateFeeIn {
  percent?: Num;
  fixed?: Num;
  min?: Num;
  max?: Num;
  frequency?: 'once' | 'monthly' | 'daily';
  base?: 'installment' | 'minimum';
}

/** Contract terms; any field left out keeps the preset's typical value. */
export interface TermsIn {
  rate?: RateIn;
  /** Penalty daily rate = contract daily rate × this (default 1.5). */
  penaltyMultiplier?: Num;
  /** An explicit penalty rate instead of the multiplier. */
  penaltyRate?: RateIn;
  penaltyBase?: 'principal' | 'installment';
  compounding?: 'none' | 'monthly';
  lateFee?: LateFeeIn;
  graceDays?: Num;
  accelerateAfterDays?: Num;
  /** The lender refused payment from this date (民法典 art. 589). */
  channelClosedFrom?: DateText;
  allocation?: 'chargesFirst' | 'principalFirstAfter90' | 'byInstallment';
  roundDaily?: boolean;
  lenderType?: 'licensed' | 'private';
  /** 民间借贷 only: the contract sets an overdue rate or penalty (default false for the
   *  private preset: overdue interest then runs at the term rate, or with no interest agreed
   *  at all at the one-year LPR when the overdue period began, 法释〔2020〕17号 art. 28). */
  overdueRateAgreed?: boolean;
  /** Card billing (default true for creditCard): interest is paid only once it is on a
   *  statement; a payment between statements goes to billed charges, then principal. */
  statementBilling?: boolean;
}

export interface PaymentIn { date: DateText; amount: Num; }

export type Preset = 'jiebei' | 'weilidai' | 'huabei' | 'jdJintiao' | 'jdBaitiao' | 'creditCard' | 'bankLoan' | 'private' | 'custom';

/** An overdue case: quick mode (the overdue… fields) or detailed mode (`loan`).
 *  Every optional field also accepts `null` or `undefined` as absent. */
export interface CaseIn {
  /** Default: today in the browser's time zone. */
  asOf?: DateText;
  preset?: Preset;
  overduePrincipal?: Num;
  overdueInterest?: Num;
  firstOverdueDate?: DateText;
  notDuePrincipal?: Num;
  minimumPayment?: Num;
  loan?: LoanIn;
  payments?: PaymentIn[];
  /** Detailed mode: the first N installments were paid in full on their due dates (已还 N 期);
   *  added to `payments`. At most the term; the N-th due date must not be after asOf. */
  paidInstallments?: Num;
  terms?: TermsIn;
  /** For the 民间借贷 line; default: the loan's start or the first overdue date (then
   *  `legal.contractDateAssumed` is true). */
  contractDate?: DateText;
  /** The day a suit is (or would be) filed: fixes 4 × LPR at filing for private loans made
   *  before 2020-08-20 (法释〔2020〕17号 art. 31). Default: asOf. */
  filingDate?: DateText;
  /** Quick mode, a card bill's posting date (记账日): unpaid by its due date and grace,
   *  interest runs from this date. Must not be after firstOverdueDate. */
  postingDate?: DateText;
  lpr?: { date: DateText; oneYear: Num; fiveYear?: Num }[];
}

export interface Totals {
  principalOverdue: Money; principalNotDue: Money; interestDue: Money; interestAccrued: Money;
  penalty: Money; compound: Money; fees: Money; credit: Money;
  /** Everything owed on asOf, net of credit. */
  total: Money;
  charges: Money;
  /** Charges that apply if installments in grace are not paid in time. */
  pending: Money;
}

/** One piece of a legal line: the days it covers and its rate. */
export interface LegalSegment {
  /** The row of the engine's rules table (LEGAL.md): licensed24 | private2020 |
   *  private2015to0819 | private2015from0820 | private2015void36 | private2015voidFrom0820. */
  rule: string;
  /** First and last day covered; null: open-ended. */
  from: DateText | null; until: DateText | null;
  basis: 'fixed' | 'lpr4AtContract' | 'lpr4AtFiling';
  percent: Percent;
  lpr: Fixing | null;
  /** Keys of the sources table (LEGAL.md). */
  sources: string[];
}
/** A line: `supported` (above it a court does not support the charge) or `void` (drawn only
 *  where it differs: above it what was paid can be reclaimed). */
export interface LegalLine {
  key: 'supported' | 'void'; role: 'supported' | 'void';
  /** The last segment's rate. */
  percent: Percent;
  segments: LegalSegment[];
  /** "instrument article" for every source its segments cite. */
  sources: string[];
}
export interface SegmentCheck { segment: LegalSegment; allowed: Money; charges: Money; excess: Money; }

export interface OverdueResult {
  asOf: DateText;
  totals: Totals;
  installments: {
    /** `due` is the contract date; `calledDue` the day it was called due early, if it was. */
    k: number; due: DateText; calledDue: DateText | null;
    status: 'paid' | 'inGrace' | 'overdue' | 'accelerated' | 'notDue';
    daysOverdue: number; principal: Money; interest: Money; penalty: Money; compound: Money;
    fees: Money; total: Money; excess: Money;
  }[];
  nextDay: Growth; nextWeek: Growth; nextMonth: Growth;
  timeline: { date: DateText; total: Money; principal: Money; interest: Money; charges: Money; projected: boolean }[];
  chargesAnnualPercent: Percent | null;
  contractDailyPercent: Percent; contractAnnualPercent: Percent; penaltyDailyPercent: Percent;
  legal: {
    lender: 'licensed' | 'private';
    lpr: Fixing | null;
    contractDate: DateText; contractDateAssumed: boolean;
    filingDate: DateText; filingDateAssumed: boolean;
    contractAnnualPercent: Percent;
    /** All overdue charges (penalty, compound, fees) together against each line, per segment. */
    lines: { line: LegalLine; allowed: Money; charges: Money; excess: Money; contractRateAbove: boolean;
      segments: SegmentCheck[] }[];
    private: { excessPaid: Money; appliedToPrincipal: Money; principalAfter: Money; refundable: Money } | null;
  };
  closure: { from: DateText; totalClaimed: Money; totalLawful: Money; saved: Money } | null;
  payments: {
    date: DateText; amount: Money; owedDue: Money; owedTotal: Money; toFees: Money; toPenalty: Money;
    toCompound: Money; toInterest: Money; toPrincipal: Money; toNotDue: Money; toCredit: Money; allowedBefore: Money;
  }[];
  firstMissed: DateText | null;
  acceleratedOn: DateText | null;
  simplePenalty: { principal: Money; dailyPercent: Percent; days: number } | null;
  /** A card's minimum payment taken as 10 % of the balance because none was given. */
  minimumAssumed: Money | null;
  /** A private contract with no overdue rate: the rate the law supplies (art. 28 ¶2). */
  statutoryOverdue: { kind: 'termRate' | 'lpr'; annualPercent: Percent; lpr: Fixing | null } | null;
  /** Quick mode: the whole overdue amount counted overdue since the first overdue date. */
  upperEstimate: boolean;
  /** Typed `payments` (by index) dated on the due date of an installment that `paidInstallments`
   * already counts: each is likely counted twice. Empty when none. */
  paidTwice: { payment: number; installment: number }[];
}

export interface Growth { until: DateText; total: Money; added: Money; }
export interface Fixing { from: DateText; oneYear: Percent; fiveYear: Percent; benchmark: boolean; }

export interface Schedule {
  periods: { k: number; due: DateText; payment: Money; principal: Money; interest: Money; balance: Money }[];
  totalPayment: Money; totalInterest: Money;
  aprPercent: Percent | null; earPercent: Percent | null;
}

/** A way out. `court`: blank dates mean sued on the case date, judged 3 months later, paid when due (25 days after judgment). */
export interface ScenarioIn {
  kind: 'payNow' | 'wait' | 'settlement' | 'installments' | 'freeze' | 'extension' | 'minimumPayment' | 'refinance' | 'court';
  months?: Num; days?: Num;
  waiveInterest?: Num; waivePenalty?: Num; waiveFees?: Num; waivePrincipal?: Num; payOn?: DateText; waiveExcess?: boolean;
  method?: 'annuity' | 'equalPrincipal' | 'flatFee';
  rate?: RateIn;
  includeInterest?: boolean; includePenalty?: boolean; includeFees?: boolean;
  down?: Num; waiveRest?: boolean; feeMonthly?: Num; card?: boolean; capitalise?: boolean;
  percent?: Num; amount?: Num; fee?: Num; feePercent?: Num; deducted?: boolean;
  filingDate?: DateText; judgmentDate?: DateText; paidOn?: DateText; lawyerFee?: Num;
}

export interface BudgetIn {
  income: Num;
  expenses?: { label: string; amount: Num }[];
  otherDebts?: { label: string; amount: Num }[];
  savings?: Num;
}

export interface Metrics {
  firstPayment: { date: DateText; amount: Money } | null;
  upfront: Money; largestPayment: Money; payments: number; endDate: DateText | null;
  totalPaid: Money; costOverPrincipal: Money; costOverToday: Money;
  impliedAprPercent: Percent | null; planAprPercent: Percent | null;
  fitsBudget: boolean | null; exceedsLine: boolean; paysExcess: Money;
}

export interface Comparison {
  base: { date: DateText; principal: Money; interest: Money; penalty: Money; fees: Money; credit: Money; total: Money; excess: Money; linePercent: Percent };
  budget: (BudgetIn & { capacity: Money }) | null;
  results: {
    kind: ScenarioIn['kind'] | 'invalid';
    metrics: Metrics | null;
    flows: { date: DateText; amount: Money }[];
    error: OverdueCalcError | null;
    minimum: { monthsToClear: number | null; stopGrowthPayment: Money; clearIn36Payment: Money; firstMinimum: Money } | null;
    /** A `court` plan's dates and parts; the one payment (on `paidOn`) is `total`. */
    court: {
      filingDate: DateText; judgmentDate: DateText; dueDate: DateText; paidOn: DateText;
      claim: Money; supported: Money; cut: Money; linePercent: Percent;
      courtFee: Money; lawyerFee: Money; executionFee: Money; daysLate: number;
      delayBase: Money; delayInterest: Money; total: Money; sources: string[];
    } | null;
    /** A settlement's waiver of the charges above the line (`waiveExcess`); "0.00" otherwise. */
    excessWaived: Money;
    shortestFitMonths: number | null;
    breakEven: { against: number; kind: string; waiverPercentOfCharges: Percent | null; waiverPercentOfTotal: Percent | null }[];
  }[];
  cheapest: number | null;
  cheapestFitting: number | null;
}

export interface DebtsComparison {
  budget: Money; minimums: Money;
  plans: { order: 'avalanche' | 'snowball' | 'custom'; sequence: number[]; months: number | null; totalInterest: Money; totalPaid: Money; clearedInMonth: (number | null)[] }[];
  best: number | null;
  /** Minimums − budget when the budget falls short of them (else 0): then no order keeps every debt current. */
  shortfall: Money;
  /** Below the minimums: the debts (0-based) whose minimums the budget keeps, dearest first. */
  keepFirst: number[];
}

export interface OverdueCalc {
  overdue(c: CaseIn): OverdueResult;
  schedule(loan: LoanIn): Schedule;
  audit(c: CaseIn, deductions: PaymentIn[]): {
    deductions: { date: DateText; amount: Money; owedDue: Money; owedTotal: Money; beyondDue: Money; toReclaim: Money; chargesTaken: Money; aboveLegalLine: Money }[];
    totalTaken: Money; totalToReclaim: Money; totalAboveLegalLine: Money; case: OverdueResult;
  };
  compare(c: CaseIn, scenarios: ScenarioIn[], budget?: BudgetIn): Comparison;
  budget(b: BudgetIn): BudgetIn & { capacity: Money };
  /** `order`: 0-based indexes, or text of 1-based numbers ("2,1"). */
  debts(list: { name?: string; balance: Num; rate: Num; minimum?: Num }[], monthlyBudget: Num, order?: number[] | string): DebtsComparison;
  lpr(date?: DateText): Fixing;
  /** The lines for a contract; `filingDate` (default today) fixes a 4 × LPR-at-filing segment. */
  legalLine(lenderType: 'licensed' | 'private', contractDate?: DateText, filingDate?: DateText): { lines: LegalLine[]; lpr: Fixing | null };
  courtFee(amount: Num, procedure?: 'ordinary' | 'simple' | 'mediation' | 'withdrawal'): { full: Money; fee: Money; halved: boolean; source: string };
  delayInterest(amount: Num, days: Num): { interest: Money; dailyPercent: Percent; days: number; source: string };
  /** A figure as the page prints it: money `10,325.00` (default), delta `+7.50`, percent `21.9%`. */
  format(value: Num, style?: 'money' | 'delta' | 'percent'): string;
  version(): string;
}

declare global {
  interface Window { OverdueCalc?: OverdueCalc; }
  interface WindowEventMap { 'overdue-calc:ready': CustomEvent; }
}
