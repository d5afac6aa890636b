//! The contract terms that drive the overdue ledger (SPEC §4), and the platform presets
//! that fill them. Presets are typical values (典型值，请以合同为准): every field stays editable.

use super::rate::{Rate, RateUnit};
use super::vocab::vocabulary;
use rust_decimal::Decimal;

/// How the penalty (罚息) daily rate is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Penalty {
    /// Contract daily rate × m (bank norm: m = 1.5, 银发〔2003〕251号).
    Multiplier(Decimal),
    /// An explicit penalty rate (花呗, 白条: 0.05 %/day).
    Rate(Rate),
}

vocabulary! {
    /// What bears the penalty.
    pub enum PenaltyBase {
        /// Overdue principal only.
        Principal = "principal",
        /// Overdue principal and overdue interest; the part on interest is 复利.
        Installment = "installment",
    }
}

vocabulary! {
    /// Whether unpaid charges are capitalised monthly (credit-card style).
    pub enum Compounding {
        None = "none",
        Monthly = "monthly",
    }
}

vocabulary! {
    /// How often a late fee (违约金/滞纳金) is charged while an installment stays unpaid.
    pub enum FeeFrequency {
        /// Once per missed installment, when its grace ends.
        Once = "once",
        /// When its grace ends and again on each monthly anniversary of its due date.
        Monthly = "monthly",
        /// Every day past its due date; `max` caps the installment's total (paid included).
        Daily = "daily",
    }
}

vocabulary! {
    /// What a late fee's percentage is taken of.
    pub enum FeeBase {
        /// The unpaid installment (principal + interest).
        Installment = "installment",
        /// The unpaid part of a card's minimum payment.
        Minimum = "minimum",
    }
}

/// A late fee: `percent` of the base plus `fixed`, then at least `min` and at most `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LateFee {
    pub percent: Decimal,
    pub fixed: Decimal,
    pub min: Decimal,
    pub max: Option<Decimal>,
    pub frequency: FeeFrequency,
    pub base: FeeBase,
}

vocabulary! {
    /// The order payments are applied in (冲抵顺序).
    pub enum Allocation {
        /// Fees → penalty and compound interest → interest → principal across all overdue
        /// installments, oldest first in each. Fees first is the lenders' contract practice;
        /// 民法典 art. 561 puts interest before principal (its 费用 are the costs of enforcing
        /// the claim, not late fees) and art. 560 the oldest debt first.
        ChargesFirst = "chargesFirst",
        /// As `ChargesFirst`, but principal → interest → charges once the oldest installment
        /// is 90 days overdue (商业银行信用卡业务监督管理办法 art. 57, for cards).
        PrincipalFirstAfter90 = "principalFirstAfter90",
        /// The oldest installment in full (fees, charges, interest, principal) before the next.
        ByInstallment = "byInstallment",
    }
}

vocabulary! {
    /// Which legal lines apply (SPEC §6, `legal_rules`).
    pub enum LenderType {
        /// Banks, consumer finance companies, licensed microlenders, card issuers: 24 %.
        Licensed = "licensed",
        /// Individuals and unlicensed firms (民间借贷): see `legal_rules`.
        Private = "private",
    }
}

/// Every parameter of the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms {
    pub rate: Rate,
    pub penalty: Penalty,
    pub penalty_base: PenaltyBase,
    pub compounding: Compounding,
    pub late_fee: Option<LateFee>,
    pub grace_days: u32,
    pub accelerate_after_days: Option<u32>,
    pub channel_closed_from: Option<super::date::Date>,
    pub allocation: Allocation,
    pub round_daily: bool,
    pub lender: LenderType,
    /// For 民间借贷: the contract sets an overdue rate (or penalty). When it does not, the
    /// overdue rate is the term rate, or with no interest agreed at all the one-year LPR when
    /// the overdue period began (法释〔2020〕17号 art. 28 ¶2). Licensed lenders: always true.
    pub overdue_rate_agreed: bool,
    /// Card billing: interest is posted on statements (monthly from the first missed
    /// date), and a payment between statements reaches only what is billed, then principal.
    pub statement_billing: bool,
}

impl Terms {
    /// The penalty's daily rate as a fraction.
    pub fn penalty_daily(&self) -> Decimal {
        match self.penalty {
            Penalty::Multiplier(m) => self.rate.daily() * m,
            Penalty::Rate(r) => r.daily(),
        }
    }
}

/// A platform preset: its key (URLs, the JS API), label, how the lender quotes the rate,
/// the credit-report grace, its typical terms and the public source for each term.
/// Presets are typical values (典型值，请以合同为准).
pub struct Preset {
    pub key: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    /// Whether the preset is one lender's product (借呗 …), whose name can head a letter to
    /// it; not so for a card, a bank loan, a private loan or a custom case.
    pub names_lender: bool,
    /// Days after the due date before the lender reports to the credit bureau (征信). This
    /// is not a grace for charges: `Terms::grace_days` is.
    pub credit_grace_days: u32,
    /// (term, where it comes from): public terms pages, regulations, or "典型值" where no
    /// public source states it.
    pub sources: &'static [(&'static str, &'static str)],
    pub terms: fn() -> Terms,
}

fn dec(mantissa: i64, scale: u32) -> Decimal {
    Decimal::new(mantissa, scale)
}

fn rate(percent: Decimal, unit: RateUnit, basis: u32) -> Rate {
    Rate { percent, unit, day_basis: basis }
}

/// The terms every preset starts from: a daily quote on 365 days, ×1.5 penalty on overdue
/// principal, no fee, no grace, charges before principal, a licensed lender.
fn base() -> Terms {
    Terms {
        rate: rate(dec(4, 2), RateUnit::Day, 365),
        penalty: Penalty::Multiplier(dec(15, 1)),
        penalty_base: PenaltyBase::Principal,
        compounding: Compounding::None,
        late_fee: None,
        grace_days: 0,
        accelerate_after_days: None,
        channel_closed_from: None,
        allocation: Allocation::ChargesFirst,
        round_daily: false,
        lender: LenderType::Licensed,
        overdue_rate_agreed: true,
        statement_billing: false,
    }
}

/// A card's minimum payment when the user leaves it blank: 10 % of the statement balance,
/// the usual rule of Chinese issuers (典型值).
pub const CARD_MINIMUM_PERCENT: i64 = 10;

/// The table. Every key list in the page, the tests and `overdue-calc.d.ts` is checked
/// against it.
pub const PRESETS: &[Preset] = &[
    Preset {
        key: "jiebei",
        zh: "借呗",
        en: "Jiebei (借呗)",
        names_lender: true,
        credit_grace_days: 3,
        sources: &[
            ("日利率（365天）", "借款合同所示日利率；典型值 0.04%"),
            (
                "罚息 = 日利率 × 1.5，按逾期本金、自逾期第一天起计",
                "公开示例：5 000 × 0.075% × 2 天 = 7.50（日利率 0.05%）",
            ),
            ("3 天宽限期只针对征信上报，不免罚息", "典型值，请以合同为准"),
        ],
        terms: || Terms { grace_days: 0, ..base() },
    },
    Preset {
        key: "weilidai",
        zh: "微粒贷",
        en: "Weilidai (微粒贷)",
        names_lender: true,
        credit_grace_days: 1,
        sources: &[
            ("日利率（365天）", "借款合同所示日利率；典型值 0.04%"),
            ("逾期本金按日利率 × 1.5 计罚息", "典型值，请以合同为准"),
            ("1 天宽限期只针对征信上报", "典型值，请以合同为准"),
        ],
        terms: || Terms { grace_days: 0, ..base() },
    },
    Preset {
        key: "huabei",
        zh: "花呗",
        en: "Huabei (花呗)",
        names_lender: true,
        credit_grace_days: 3,
        sources: &[
            ("账单免息；逾期按当期未还金额每日 0.05% 计逾期费", "花呗服务合同；典型值"),
            ("3 天宽限期内还清不计逾期费", "典型值，请以合同为准"),
            ("逾期费逐日计算到分", "典型值，请以合同为准"),
        ],
        terms: || Terms {
            rate: Rate::zero(),
            penalty: Penalty::Rate(rate(dec(5, 2), RateUnit::Day, 365)),
            penalty_base: PenaltyBase::Installment,
            round_daily: true,
            grace_days: 3,
            ..base()
        },
    },
    Preset {
        key: "jdJintiao",
        zh: "京东金条",
        en: "JD Jintiao (京东金条)",
        names_lender: true,
        credit_grace_days: 0,
        sources: &[
            ("日利率（365天）", "借款合同所示日利率；典型值 0.04%"),
            (
                "逾期的每一期按日利率 × 1.5 计违约金，各期累计；还上逾期的一期即止",
                "金条公开说明“各期的逾期违约金累计计算”",
            ),
            ("提前到期（全部未到期本金到期）", "仅在合同约定并由平台宣布时适用，可在条款中设置"),
        ],
        terms: base,
    },
    Preset {
        key: "jdBaitiao",
        zh: "京东白条",
        en: "JD Baitiao (京东白条)",
        names_lender: true,
        credit_grace_days: 0,
        sources: &[
            ("账单免息；逾期按应还未还金额每日 0.07% 计违约金", "公开示例：2 000 × 0.07% × 3 天 = 4.20"),
            ("部分账单制条款为日服务费 0.05% + 违约金 0.015%", "可在条款中改为两项"),
        ],
        terms: || Terms {
            rate: Rate::zero(),
            penalty: Penalty::Rate(rate(dec(7, 2), RateUnit::Day, 365)),
            penalty_base: PenaltyBase::Installment,
            ..base()
        },
    },
    Preset {
        key: "creditCard",
        zh: "信用卡",
        en: "Credit card (信用卡)",
        names_lender: false,
        credit_grace_days: 3,
        sources: &[
            ("透支利率日 0.05%，按月计收复利", "常见约定；2021 年起透支利率由双方协商（银发〔2020〕327号）"),
            (
                "违约金：最低还款额未还部分的 5%，最低 10 元，每个账单周期一次",
                "常见约定（如招商银行）；违约金不计利息（银发〔2016〕111号）",
            ),
            ("最低还款额：账单金额的 10%", "常见约定，请以账单为准"),
            ("逾期 91 天起还款先冲本金", "《商业银行信用卡业务监督管理办法》第五十七条"),
            ("3 天宽限期内还清视为按时还款", "常见约定，请以合同为准"),
        ],
        terms: || Terms {
            rate: rate(dec(5, 2), RateUnit::Day, 365),
            penalty: Penalty::Multiplier(Decimal::ONE),
            penalty_base: PenaltyBase::Installment,
            compounding: Compounding::Monthly,
            late_fee: Some(LateFee {
                percent: Decimal::from(5),
                fixed: Decimal::ZERO,
                min: Decimal::from(10),
                max: None,
                frequency: FeeFrequency::Monthly,
                base: FeeBase::Minimum,
            }),
            grace_days: 3,
            allocation: Allocation::PrincipalFirstAfter90,
            statement_billing: true,
            ..base()
        },
    },
    Preset {
        key: "bankLoan",
        zh: "银行消费贷",
        en: "Bank consumer loan (银行消费贷)",
        names_lender: false,
        credit_grace_days: 0,
        sources: &[
            ("年利率（360天）", "合同所示年利率；典型值 4.5%"),
            ("罚息 = 合同利率 × 1.5；未付利息按罚息利率计复利", "银发〔2003〕251号 第三条"),
        ],
        terms: || Terms {
            rate: rate(dec(45, 1), RateUnit::Year, 360),
            penalty_base: PenaltyBase::Installment,
            ..base()
        },
    },
    Preset {
        key: "private",
        zh: "民间借贷",
        en: "Private loan (民间借贷)",
        names_lender: false,
        credit_grace_days: 0,
        sources: &[
            ("年利率（365天）", "借条约定；典型值 12%"),
            ("未约定逾期利率：按借期内利率；未约定利息：参照逾期时一年期LPR", "法释〔2020〕17号 第二十八条"),
        ],
        terms: || Terms {
            rate: rate(Decimal::from(12), RateUnit::Year, 365),
            lender: LenderType::Private,
            overdue_rate_agreed: false,
            ..base()
        },
    },
    Preset {
        key: "custom",
        zh: "自定义",
        en: "Custom",
        names_lender: false,
        credit_grace_days: 0,
        sources: &[("全部条款由你填写", "—")],
        terms: || Terms { rate: rate(Decimal::from(18), RateUnit::Year, 360), ..base() },
    },
];

/// Every preset key, in table order.
pub fn preset_keys() -> impl Iterator<Item = &'static str> {
    PRESETS.iter().map(|p| p.key)
}

/// The preset row with `key`.
pub fn preset_row(key: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.key == key)
}

/// The typical terms of a platform. `None` for an unknown key.
pub fn preset(key: &str) -> Option<Terms> {
    preset_row(key).map(|p| (p.terms)())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_a_preset() {
        for k in preset_keys() {
            assert!(preset(k).is_some(), "{k}");
        }
        assert_eq!(preset_keys().count(), PRESETS.len());
        for (n, p) in PRESETS.iter().enumerate() {
            assert!(PRESETS[..n].iter().all(|q| q.key != p.key), "{}", p.key);
            assert!(!p.sources.is_empty(), "{}", p.key);
        }
        assert!(preset("nope").is_none());
    }

    #[test]
    fn penalty_daily_rate() {
        let t = preset("jiebei").unwrap();
        assert_eq!(t.penalty_daily(), dec(6, 4)); // 0.04 % × 1.5 = 0.06 %/day
        let h = preset("huabei").unwrap();
        assert_eq!(h.penalty_daily(), dec(5, 4));
    }
}
