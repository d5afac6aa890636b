//! The one-year / five-year LPR table (SPEC §6), shipped as data, and the benchmark rate
//! before the LPR reform. Users may add newer fixings; theirs win on the same date.

use super::date::Date;
use rust_decimal::Decimal;

/// The date of the latest fixing verified for the shipped table.
pub const TABLE_AS_OF: (i32, u32, u32) = (2025, 12, 22);

/// (date, one-year %, five-year+ %), as mantissa with 2 decimals.
const TABLE: [((i32, u32, u32), i64, i64); 15] = [
    ((2019, 8, 20), 425, 485),
    ((2019, 9, 20), 420, 485),
    ((2019, 11, 20), 415, 480),
    ((2020, 2, 20), 405, 475),
    ((2020, 4, 20), 385, 465),
    ((2021, 12, 20), 380, 465),
    ((2022, 1, 20), 370, 460),
    ((2022, 5, 20), 370, 445),
    ((2022, 8, 22), 365, 430),
    ((2023, 6, 20), 355, 420),
    ((2023, 8, 21), 345, 420),
    ((2024, 2, 20), 345, 395),
    ((2024, 7, 22), 335, 385),
    ((2024, 10, 21), 310, 360),
    ((2025, 5, 20), 300, 350),
];

/// One fixing: the rates in force from `from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Fixing {
    pub from: Date,
    /// One-year rate, percent.
    #[serde(serialize_with = "crate::engine::money::ser_pct")]
    pub one_year: Decimal,
    /// Five-year-and-over rate, percent.
    #[serde(serialize_with = "crate::engine::money::ser_pct")]
    pub five_year: Decimal,
    /// True for the pre-LPR one-year benchmark lending rate (4.35 % from 2015-10-24).
    pub benchmark: bool,
}

/// The shipped table, oldest first, starting with the 2015 benchmark rate.
pub fn table() -> Vec<Fixing> {
    let mut rows = Vec::with_capacity(TABLE.len() + 1);
    if let Some(from) = Date::ymd(2015, 10, 24) {
        rows.push(Fixing { from, one_year: Decimal::new(435, 2), five_year: Decimal::new(490, 2), benchmark: true });
    }
    for ((y, m, d), one, five) in TABLE {
        if let Some(from) = Date::ymd(y, m, d) {
            rows.push(Fixing {
                from,
                one_year: Decimal::new(one, 2),
                five_year: Decimal::new(five, 2),
                benchmark: false,
            });
        }
    }
    rows
}

/// The fixing in force on `on`, from the shipped table merged with `extra` rows. `None`
/// before 2015-10-24, where this table has no rate.
pub fn in_force(on: Date, extra: &[Fixing]) -> Option<Fixing> {
    let mut rows = table();
    for e in extra {
        rows.retain(|r| r.from != e.from);
        rows.push(*e);
    }
    rows.into_iter().filter(|r| r.from <= on).max_by_key(|r| r.from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_fixing_in_force() {
        let on = |y, m, d| in_force(Date::ymd(y, m, d).unwrap(), &[]).unwrap();
        assert_eq!(on(2019, 8, 19).one_year, Decimal::new(435, 2));
        assert!(on(2019, 8, 19).benchmark);
        assert_eq!(on(2019, 8, 20).one_year, Decimal::new(425, 2));
        assert_eq!(on(2024, 10, 20).one_year, Decimal::new(335, 2));
        assert_eq!(on(2026, 11, 24).one_year, Decimal::new(300, 2));
        assert!(in_force(Date::ymd(2010, 1, 1).unwrap(), &[]).is_none());
    }

    #[test]
    fn user_rows_extend_and_override() {
        let from = Date::ymd(2026, 6, 22).unwrap();
        let extra =
            [Fixing { from, one_year: Decimal::new(290, 2), five_year: Decimal::new(340, 2), benchmark: false }];
        assert_eq!(in_force(Date::ymd(2026, 7, 1).unwrap(), &extra).unwrap().one_year, Decimal::new(290, 2));
        assert_eq!(in_force(Date::ymd(2026, 6, 1).unwrap(), &extra).unwrap().one_year, Decimal::new(300, 2));
    }
}
