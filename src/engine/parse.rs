//! Parsing what people type (SPEC §7): `12,345.67`, full-width digits `１２３４５`, `1.5万`,
//! `3千`, `1万2千`, `0.05%`, surrounding spaces, a trailing `元`. Anything else is an
//! error that names the field. The page and the JS API use these same functions.

use super::error::{Error, Result};
use rust_decimal::Decimal;
use std::str::FromStr;

/// The largest amount accepted: 1 万亿 yuan. It keeps every product in the engine far
/// from `Decimal`'s limit (about 7.9e28) except under long compounding, which is checked.
pub const MAX_AMOUNT: i64 = 1_000_000_000_000;

/// Folds full-width forms to ASCII and removes white space (including U+3000).
fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
            '\u{FF0E}' | '。' => '.',
            '\u{FF0C}' | '、' => ',',
            '\u{FF05}' => '%',
            '\u{FF0D}' | '\u{2212}' => '-',
            '\u{FF0B}' => '+',
            _ => c,
        })
        .collect()
}

/// Parses one plain decimal: digits, optional thousands commas in groups of three, an
/// optional fraction. No sign, no exponent.
fn plain_number(s: &str, field: &str) -> Result<Decimal> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let int_ok = if int.contains(',') {
        let groups: Vec<&str> = int.split(',').collect();
        let first = groups[0];
        !first.is_empty()
            && first.len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3)
            && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
    } else {
        int.bytes().all(|b| b.is_ascii_digit())
    };
    let frac_ok = frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    if !int_ok || !frac_ok || (int.is_empty() && frac.is_none()) {
        return Err(Error::nan(field));
    }
    let digits: String = int.chars().filter(|c| *c != ',').collect();
    let digits = digits.trim_start_matches('0');
    let frac = frac.unwrap_or("");
    if digits.len() > 13 {
        return Err(Error::too_large(field, MAX_AMOUNT));
    }
    // Decimal holds 28 significant digits; beyond that the text is too precise to keep.
    if frac.len() > 14 {
        return Err(Error::TooPrecise { field: field.into(), decimals: 14 });
    }
    let text = format!("{}.{}", if digits.is_empty() { "0" } else { digits }, if frac.is_empty() { "0" } else { frac });
    Decimal::from_str(&text).map_err(|_| Error::nan(field))
}

/// Parses a number with optional Chinese units (亿, 万, 千) in descending order,
/// e.g. `1.5万`, `1万2千`, `3千`. Returns the value and whether a `%` followed it.
fn number_with_units(text: &str, field: &str) -> Result<(Decimal, bool)> {
    let s = normalize(text);
    if s.is_empty() {
        return Err(Error::empty(field));
    }
    let (s, negative) = match s.strip_prefix('-') {
        Some(rest) => (rest, true),
        None => (s.strip_prefix('+').unwrap_or(&s), false),
    };
    let s = s.strip_suffix('元').unwrap_or(s);
    let (s, percent) = match s.strip_suffix('%') {
        Some(rest) => (rest, true),
        None => (s, false),
    };
    const UNITS: [(char, i64); 3] = [('亿', 100_000_000), ('万', 10_000), ('千', 1_000)];
    let mut total = Decimal::ZERO;
    let mut rest = s;
    let mut last_unit = i64::MAX;
    let mut used_unit = false;
    while let Some(pos) = rest.find(|c| UNITS.iter().any(|(u, _)| *u == c)) {
        let unit_char = rest[pos..].chars().next().ok_or_else(|| Error::nan(field))?;
        let mult = UNITS.iter().find(|(u, _)| *u == unit_char).map(|(_, m)| *m).unwrap_or(1);
        if mult >= last_unit || percent {
            return Err(Error::nan(field));
        }
        let part = plain_number(&rest[..pos], field)?;
        total = total
            .checked_add(part.checked_mul(Decimal::from(mult)).ok_or_else(|| Error::too_large(field, MAX_AMOUNT))?)
            .ok_or_else(|| Error::too_large(field, MAX_AMOUNT))?;
        last_unit = mult;
        used_unit = true;
        rest = &rest[pos + unit_char.len_utf8()..];
    }
    if !rest.is_empty() {
        // "1万5" is ambiguous (15 000 or 10 005?): a bare number may not follow a unit.
        if used_unit {
            return Err(Error::nan(field));
        }
        total = plain_number(rest, field)?;
    }
    Ok((if negative { -total } else { total }, percent))
}

/// Parses a money amount in yuan, 0 ≤ amount ≤ [`MAX_AMOUNT`], at most two decimals.
pub fn amount(text: &str, field: &str) -> Result<Decimal> {
    // Money keeps 2 decimals, whatever the number parser's own limit.
    let (v, percent) = number_with_units(text, field).map_err(|e| match e {
        Error::TooPrecise { field, .. } => Error::TooPrecise { field, decimals: 2 },
        e => e,
    })?;
    if percent {
        return Err(Error::nan(field));
    }
    check_amount(v, field)
}

/// Range and precision checks shared by typed and JSON amounts.
pub fn check_amount(v: Decimal, field: &str) -> Result<Decimal> {
    if v.is_sign_negative() && !v.is_zero() {
        return Err(Error::too_small(field, 0));
    }
    if v > Decimal::from(MAX_AMOUNT) {
        return Err(Error::too_large(field, MAX_AMOUNT));
    }
    if v.normalize().scale() > 2 {
        return Err(Error::TooPrecise { field: field.into(), decimals: 2 });
    }
    Ok(v.normalize())
}

/// Parses a percentage (`0.05`, `0.05%`, `１８％`); the result is in percent units.
/// Range checks belong to the caller, which knows the unit (per day, month or year).
pub fn percent(text: &str, field: &str) -> Result<Decimal> {
    let (v, _) = number_with_units(text, field)?;
    if v.is_sign_negative() && !v.is_zero() {
        return Err(Error::too_small(field, 0));
    }
    Ok(v.normalize())
}

/// Parses a whole count (months, days, percent-free), `0 ≤ n ≤ max`.
pub fn count(text: &str, field: &str, max: u32) -> Result<u32> {
    let (v, percent) = number_with_units(text, field)?;
    if percent || !v.fract().is_zero() {
        return Err(Error::nan(field));
    }
    if v.is_sign_negative() && !v.is_zero() {
        return Err(Error::too_small(field, 0));
    }
    if v > Decimal::from(max) {
        return Err(Error::too_large(field, max));
    }
    u32::try_from(v.mantissa() / 10i128.pow(v.scale())).map_err(|_| Error::too_large(field, max))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> String {
        amount(s, "x").unwrap().to_string()
    }
    fn code(s: &str) -> &'static str {
        amount(s, "x").unwrap_err().code()
    }

    #[test]
    fn accepts_spec_forms() {
        assert_eq!(ok("12,345.67"), "12345.67");
        assert_eq!(ok("１２３４５"), "12345");
        assert_eq!(ok("1.5万"), "15000");
        assert_eq!(ok("3千"), "3000");
        assert_eq!(ok("  800 "), "800");
        assert_eq!(ok("1万2千"), "12000");
        assert_eq!(ok("２．５万元"), "25000");
        assert_eq!(ok(".5"), "0.5");
        assert_eq!(ok("0"), "0");
        assert_eq!(percent("0.05%", "r").unwrap().to_string(), "0.05");
        assert_eq!(percent("１８％", "r").unwrap().to_string(), "18");
        assert_eq!(count("36", "n", 600).unwrap(), 36);
    }

    #[test]
    fn rejects_everything_else() {
        for bad in ["abc", "1e30", "1,2", "12,34.5", "1.2.3", "1万5", "3千2万", "--1", "1..", "万", "0x10", "5%"] {
            assert_eq!(code(bad), "notANumber", "{bad}");
        }
        assert_eq!(code(""), "empty");
        assert_eq!(code("   "), "empty");
        assert_eq!(code("-5"), "tooSmall");
        assert_eq!(code("10000000000000"), "tooLarge");
        assert_eq!(code("20000亿"), "tooLarge");
        assert_eq!(code("1.005"), "tooPrecise");
        assert_eq!(code("0.123456789012345678901234567890"), "tooPrecise");
        assert_eq!(count("1.5", "n", 600).unwrap_err().code(), "notANumber");
        assert_eq!(count("601", "n", 600).unwrap_err().code(), "tooLarge");
    }

    #[test]
    fn errors_name_the_field() {
        assert_eq!(amount("x", "overduePrincipal").unwrap_err().field(), "overduePrincipal");
    }
}
