//! Screen areas, one file each: the case and its terms, the results with the legal panel
//! and chart, the deduction audit, the ways out and their cards, several debts, the court
//! tools, the data tools, and the worked example's bar.

pub mod audit_section;
pub mod case_form;
pub mod chart;
pub mod court_section;
pub mod data_tools;
pub mod debts_section;
pub mod docs_section;
pub mod example_bar;
pub mod legal_panel;
pub mod next_steps_section;
pub mod results;
pub mod scenario_card;
pub mod terms_form;
pub mod ways_out;
