//! Presentation of engine figures: money with thousands separators, percentages trimmed.
//! Formatting only; every number comes from the engine already posted. Shared by the page,
//! the plan words (`plan_words.rs`) and the JS API's formatted figures.

use crate::engine::money::{round_dp, Money};
use rust_decimal::Decimal;

/// `10325.5` → `10,325.50`.
pub fn yuan(x: Decimal) -> String {
    let s = Money(x).to_string();
    let (sign, s) = s.strip_prefix('-').map_or(("", s.as_str()), |r| ("-", r));
    let (int, frac) = s.split_once('.').unwrap_or((s, "00"));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}.{frac}")
}

/// A signed change: `+7.50`, `-212.50`.
pub fn delta(x: Decimal) -> String {
    if x.is_sign_negative() && !x.is_zero() {
        yuan(x)
    } else {
        format!("+{}", yuan(x))
    }
}

/// A percentage with up to `dp` decimals: `27.375%`.
pub fn pct(x: Decimal, dp: u32) -> String {
    format!("{}%", round_dp(x, dp).normalize())
}

/// Plain money for CSV (no separators): `10325.50`.
pub fn plain(x: Decimal) -> String {
    Money(x).to_string()
}

/// Fills the `{name}` slots of a text template (`("amount", "1,825.00")` for `{amount}`).
pub fn fill(template: &str, slots: &[(&str, String)]) -> String {
    slots.iter().fold(template.to_string(), |s, (k, v)| s.replace(&format!("{{{k}}}"), v))
}
