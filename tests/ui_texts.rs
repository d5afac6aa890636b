//! Every select option the page derives from an engine vocabulary has a Chinese and an
//! English text (`src/ui/text.rs`, compiled here natively: it is plain data), and no text
//! key is defined twice. A new enum value without its texts fails here, not on the page
//! (where a missing text would show its key).

#[path = "../src/ui/shared/text.rs"]
mod text;

use overdue_calc::engine::court::Procedure;
use overdue_calc::engine::rate::RateUnit;
use overdue_calc::engine::schedule::Method;
use overdue_calc::engine::terms::{Allocation, Compounding, FeeBase, FeeFrequency, LenderType, PenaltyBase};
use text::TEXT;

fn has_text(key: &str) -> bool {
    TEXT.iter().any(|(k, zh, en)| *k == key && !zh.trim().is_empty() && !en.trim().is_empty())
}

#[test]
fn every_vocabulary_option_has_both_texts() {
    let lists: [(&str, &[&str]); 9] = [
        ("unit", RateUnit::KEYS),
        ("m", Method::KEYS),
        ("base", PenaltyBase::KEYS),
        ("comp", Compounding::KEYS),
        ("freq", FeeFrequency::KEYS),
        ("feeBase", FeeBase::KEYS),
        ("alloc", Allocation::KEYS),
        ("lender", LenderType::KEYS),
        ("proc", Procedure::KEYS),
    ];
    for k in overdue_calc::engine::overdue::Status::KEYS {
        assert!(has_text(k), "no zh/en text for status {k}");
    }
    for (prefix, keys) in lists {
        for k in keys {
            assert!(has_text(&format!("{prefix}_{k}")), "no zh/en text for {prefix}_{k}");
        }
    }
}

#[test]
fn no_text_key_is_defined_twice() {
    for (n, (k, _, _)) in TEXT.iter().enumerate() {
        assert!(TEXT[..n].iter().all(|(j, _, _)| j != k), "{k} defined twice");
    }
}

/// Every field of the registry (and every list label) has a label with both texts.
#[test]
fn every_field_label_has_both_texts() {
    for f in overdue_calc::fields::FIELDS {
        assert!(has_text(f.label), "no zh/en text for the label of {} ({})", f.key, f.label);
    }
    for (path, label) in overdue_calc::fields::LIST_LABELS {
        assert!(has_text(label), "no zh/en text for {path} ({label})");
    }
}

/// Every way out of the registry has its name (`k_<key>`), and every parameter its label,
/// in both languages; so do the units the cards print beside them.
#[test]
fn every_way_out_and_its_parameters_have_both_texts() {
    use overdue_calc::engine::scenario::kinds::PLAN_KINDS;
    for kind in PLAN_KINDS {
        assert!(has_text(&format!("k_{}", kind.key)), "no zh/en text for k_{}", kind.key);
        for p in kind.params {
            assert!(has_text(p.label), "no zh/en text for {}.{} ({})", kind.key, p.key, p.label);
        }
    }
    for unit in ["monthsUnit", "daysUnit", "pct", "yuan", "rateUnit", "scenarioKind", "adjust"] {
        assert!(has_text(unit), "no zh/en text for {unit}");
    }
}
