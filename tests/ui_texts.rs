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
use text::entries;

fn has_text(key: &str) -> bool {
    entries().any(|(k, zh, en)| *k == key && !zh.trim().is_empty() && !en.trim().is_empty())
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
    let all: Vec<_> = entries().collect();
    for (n, (k, _, _)) in all.iter().enumerate() {
        assert!(all[..n].iter().all(|(j, _, _)| j != k), "{k} defined twice");
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

/// Every text key the page's code names literally (`tr(l, "key")`, `t("key")`, `label="key"`,
/// `unit="key"`, `text_key: "key"`) has both texts: a missing one would show its key.
#[test]
fn every_literal_text_key_in_the_page_has_both_texts() {
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                rust_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = vec![];
    rust_files(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui")), &mut files);
    let is_key = |k: &str| !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let (mut checked, mut missing) = (0, vec![]);
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        // The literal after each opening; `tr(` takes its second argument.
        for open in ["t(\"", "label=\"", "unit=\"", ", \""] {
            for (at, _) in src.match_indices(open) {
                // `t(` alone, not the end of `get(` or `.set(`.
                let before = src[..at].chars().next_back().unwrap_or(' ');
                if open == "t(\"" && (before.is_ascii_alphanumeric() || before == '_' || before == '.') {
                    continue;
                }
                if open == ", \"" && !src[..at].rsplit('\n').next().unwrap_or("").contains("tr(") {
                    continue;
                }
                let rest = &src[at + open.len()..];
                let Some(end) = rest.find('"') else { continue };
                let key = &rest[..end];
                // `tr(l, "…")` must close right after the literal to be a key.
                if open == ", \"" && !rest[end + 1..].starts_with(')') {
                    continue;
                }
                if !is_key(key) || key == "noUnit" {
                    continue;
                }
                checked += 1;
                if !has_text(key) {
                    missing.push(format!("{}: {key}", f.display()));
                }
            }
        }
    }
    assert!(checked > 150, "only {checked} keys found: the scan is broken");
    assert!(missing.is_empty(), "text keys without both texts:\n{}", missing.join("\n"));
}

/// index.html's static header, tagline, section links and the case form's frame (the first
/// paint) say exactly the Chinese texts of their keys, so the page does not change under the
/// reader when the app starts; the app sets the same keys in the chosen language.
#[test]
fn the_static_first_paint_is_the_apps_own_text() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    let zh = |k: &str| entries().find(|(key, ..)| *key == k).map(|t| t.1).unwrap_or_else(|| panic!("no text {k}"));
    let mut seen = vec![];
    for (at, _) in html.match_indices(" data-t=\"") {
        let rest = &html[at + 9..];
        let key = &rest[..rest.find('"').unwrap()];
        let body = &rest[rest.find('>').unwrap() + 1..];
        let shown = &body[..body.find('<').unwrap()];
        assert_eq!(shown, zh(key), "index.html's {key}");
        seen.push(key.to_string());
    }
    for (at, _) in html.match_indices(" data-t-aria=\"") {
        let rest = &html[at + 14..];
        let key = &rest[..rest.find('"').unwrap()];
        let label = &html[..at];
        let label = &label[label.rfind("aria-label=\"").unwrap() + 12..];
        assert_eq!(&label[..label.find('"').unwrap()], zh(key), "index.html's aria-label {key}");
        seen.push(key.to_string());
    }
    for want in ["title", "switchLang", "tagline", "skipToResults", "sections", "navCase", "navDocs", "caseTitle"] {
        assert!(seen.iter().any(|k| k == want), "index.html has no static {want}");
    }
}
