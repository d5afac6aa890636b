//! What the user typed, as signals of text (nothing derived is stored), and the one
//! function that turns it into an engine request.

use crate::engine::request::{CaseIn, RateIn, TermsIn, Text};
use leptos::prelude::*;

/// The quick-mode form.
#[derive(Clone, Copy)]
pub struct QuickState {
    pub overdue_principal: RwSignal<String>,
    pub overdue_interest: RwSignal<String>,
    pub rate_value: RwSignal<String>,
    pub rate_unit: RwSignal<String>,
    pub first_overdue_date: RwSignal<String>,
    pub as_of: RwSignal<String>,
    pub penalty_multiplier: RwSignal<String>,
}

impl QuickState {
    pub fn new(today: &str) -> QuickState {
        QuickState {
            overdue_principal: RwSignal::new(String::new()),
            overdue_interest: RwSignal::new(String::new()),
            rate_value: RwSignal::new("0.05".into()),
            rate_unit: RwSignal::new("day".into()),
            first_overdue_date: RwSignal::new(String::new()),
            as_of: RwSignal::new(today.into()),
            penalty_multiplier: RwSignal::new("1.5".into()),
        }
    }

    /// True while the user has not entered any amount or date of their own.
    pub fn is_blank(&self) -> bool {
        self.overdue_principal.with(|s| s.trim().is_empty()) && self.first_overdue_date.with(|s| s.trim().is_empty())
    }

    /// The engine request for what is typed now.
    pub fn request(&self) -> CaseIn {
        let text = |s: RwSignal<String>| Text(s.get());
        CaseIn {
            as_of: text(self.as_of),
            preset: "custom".into(),
            overdue_principal: text(self.overdue_principal),
            overdue_interest: text(self.overdue_interest),
            first_overdue_date: text(self.first_overdue_date),
            terms: TermsIn {
                rate: Some(RateIn { value: text(self.rate_value), unit: self.rate_unit.get(), day_basis: None }),
                penalty_multiplier: Some(text(self.penalty_multiplier)),
                grace_days: Some(Text::default()),
                ..TermsIn::default()
            },
            ..CaseIn::default()
        }
    }
}
