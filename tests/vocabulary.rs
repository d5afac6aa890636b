//! Lists that must agree with the engine's tables: the `.d.ts` preset union and the legal
//! rule names it documents, and LEGAL.md's rows (every rule and every source listed there).

use overdue_calc::engine::legal_rules::RULES;
use overdue_calc::engine::sources::SOURCES;
use overdue_calc::engine::terms::PRESETS;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect("file")
}

#[test]
fn the_d_ts_preset_union_is_the_engine_table() {
    let dts = read("overdue-calc.d.ts");
    let line = dts.lines().find(|l| l.starts_with("export type Preset =")).expect("Preset union");
    let listed: Vec<&str> = line.split('\'').skip(1).step_by(2).collect();
    let keys: Vec<&str> = PRESETS.iter().map(|p| p.key).collect();
    assert_eq!(listed, keys);
}

#[test]
fn the_d_ts_names_every_rule() {
    let dts = read("overdue-calc.d.ts");
    for r in RULES {
        assert!(dts.contains(r.key), "{} missing from overdue-calc.d.ts", r.key);
    }
}

#[test]
fn legal_md_lists_every_rule_and_source() {
    let md = read("LEGAL.md");
    for r in RULES {
        assert!(md.contains(&format!("`{}`", r.key)), "rule {} missing from LEGAL.md", r.key);
    }
    for s in SOURCES {
        assert!(md.contains(&format!("`{}`", s.key)), "source {} missing from LEGAL.md", s.key);
        assert!(md.contains(s.instrument), "{}'s instrument missing from LEGAL.md", s.key);
    }
    for p in PRESETS {
        assert!(md.contains(&format!("`{}`", p.key)), "preset {} missing from LEGAL.md", p.key);
    }
}

/// The generated part of LEGAL.md: the rules, sources and presets tables, rendered from the
/// engine's own rows. `UPDATE_LEGAL_MD=1 cargo test --test vocabulary` rewrites it.
fn generated() -> String {
    use overdue_calc::engine::legal_rules::{Basis, Role};
    let ymd = |d: Option<(i32, u32, u32)>| d.map_or("—".to_string(), |(y, m, d)| format!("{y}-{m:02}-{d:02}"));
    let mut s =
        String::from("<!-- generated from src/engine/{legal_rules,sources,terms}.rs by tests/vocabulary.rs -->\n\n");
    s.push_str("### Legal lines (`src/engine/legal_rules.rs`)\n\n");
    s.push_str(
        "| rule | lender | contracts made | days covered | line | role | sources |\n|---|---|---|---|---|---|---|\n",
    );
    for r in RULES {
        let line = match r.basis {
            Basis::Fixed(p) => format!("{p} %"),
            Basis::Lpr4AtContract => "4 × one-year LPR on the contract date".into(),
            Basis::Lpr4AtFiling => "4 × one-year LPR on the filing date".into(),
        };
        let role = if r.role == Role::Supported { "supported" } else { "void (refundable above)" };
        s.push_str(&format!(
            "| `{}` | {:?} | from {} before {} | from {} before {} | {} | {} | {} |\n",
            r.key,
            r.lender,
            ymd(r.contracts_from),
            ymd(r.contracts_before),
            ymd(r.days_from),
            ymd(r.days_before),
            line,
            role,
            r.sources.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
        ));
    }
    s.push_str("\n### Sources (`src/engine/sources.rs`)\n\n| key | instrument | article | what the calculator takes from it |\n|---|---|---|---|\n");
    for x in SOURCES {
        s.push_str(&format!("| `{}` | {} | {} | {} |\n", x.key, x.instrument, x.article, x.en));
    }
    s.push_str("\n### Presets (`src/engine/terms.rs`)\n\n| preset | name | credit-report grace | term | source |\n|---|---|---|---|---|\n");
    for p in PRESETS {
        for (term, src) in p.sources {
            s.push_str(&format!("| `{}` | {} | {} days | {} | {} |\n", p.key, p.zh, p.credit_grace_days, term, src));
        }
    }
    s
}

#[test]
fn legal_md_tables_are_rendered_from_the_engine() {
    const START: &str = "<!-- BEGIN GENERATED -->\n";
    const END: &str = "<!-- END GENERATED -->";
    let path = format!("{}/LEGAL.md", env!("CARGO_MANIFEST_DIR"));
    let md = std::fs::read_to_string(&path).expect("LEGAL.md");
    let (head, rest) = md.split_once(START).expect("BEGIN marker");
    let (_, tail) = rest.split_once(END).expect("END marker");
    let want = format!("{head}{START}{}{END}{tail}", generated());
    if std::env::var_os("UPDATE_LEGAL_MD").is_some() {
        std::fs::write(&path, &want).expect("write");
    }
    assert!(md == want, "LEGAL.md's generated tables are stale: UPDATE_LEGAL_MD=1 cargo test --test vocabulary");
}

/// Every document number the page's texts cite (法释〔2020〕17号, 银发〔2016〕111号, …) is
/// an instrument of the sources table.
#[test]
fn every_document_number_the_page_cites_is_in_the_sources_table() {
    let text = ["text", "text_plans", "text_docs"].map(|f| read(&format!("src/ui/shared/{f}.rs"))).concat();
    let mut cited = 0;
    for (at, _) in text.match_indices('〔') {
        // Back to the issuer's prefix (法释, 银发, 法发), forward to 号.
        let before: String = text[..at].chars().rev().take(2).collect::<Vec<_>>().into_iter().rev().collect();
        let Some(end) = text[at..].find('号') else { continue };
        let number = format!("{before}{}", &text[at..at + end + '号'.len_utf8()]);
        assert!(SOURCES.iter().any(|s| s.instrument.contains(&number)), "{number} is not in the sources table");
        cited += 1;
    }
    assert!(cited > 0);
}

/// Each engine vocabulary appears in `overdue-calc.d.ts` as the union of exactly its keys.
#[test]
fn the_d_ts_unions_are_the_engine_vocabularies() {
    use overdue_calc::engine::court::Procedure;
    use overdue_calc::engine::overdue::Status;
    use overdue_calc::engine::rate::RateUnit;
    use overdue_calc::engine::schedule::{InterestBasis, Method};
    use overdue_calc::engine::terms::{Allocation, Compounding, FeeBase, FeeFrequency, LenderType, PenaltyBase};
    let dts = read("overdue-calc.d.ts");
    let lists: [&[&str]; 11] = [
        RateUnit::KEYS,
        Method::KEYS,
        InterestBasis::KEYS,
        PenaltyBase::KEYS,
        Compounding::KEYS,
        FeeFrequency::KEYS,
        FeeBase::KEYS,
        Allocation::KEYS,
        LenderType::KEYS,
        Status::KEYS,
        Procedure::KEYS,
    ];
    for keys in lists {
        let union = keys.iter().map(|k| format!("'{k}'")).collect::<Vec<_>>().join(" | ");
        assert!(dts.contains(&union), "overdue-calc.d.ts has no union {union}");
    }
}

/// Every instrument named in 《》 by the page's texts or by the engine's citation strings is
/// an instrument of the sources table.
#[test]
fn every_instrument_cited_by_name_is_in_the_sources_table() {
    let mut cited = 0;
    for file in [
        "src/ui/shared/text.rs",
        "src/ui/shared/text_plans.rs",
        "src/ui/shared/text_docs.rs",
        "src/engine/court.rs",
        "src/engine/terms.rs",
    ] {
        let text = read(file);
        for (at, _) in text.match_indices('《') {
            let Some(end) = text[at..].find('》') else { continue };
            let name = &text[at..at + end + '》'.len_utf8()];
            assert!(SOURCES.iter().any(|s| s.instrument.contains(name)), "{file}: {name} is not in the sources table");
            cited += 1;
        }
    }
    assert!(cited > 0);
}

/// The `.d.ts` `ScenarioIn` names exactly the registry's kinds and parameters.
#[test]
fn the_d_ts_scenario_is_the_registry_of_ways_out() {
    use overdue_calc::engine::scenario::kinds::{param_keys, plan_kind_keys};
    let dts = read("overdue-calc.d.ts");
    let start = dts.find("export interface ScenarioIn {").expect("ScenarioIn in overdue-calc.d.ts");
    let body = &dts[start..start + dts[start..].find("\n}").expect("end of ScenarioIn")];
    let union = plan_kind_keys().map(|k| format!("'{k}'")).collect::<Vec<_>>().join(" | ");
    assert!(body.contains(&format!("kind: {union};")), "ScenarioIn.kind is not {union}");
    // Field names: `name?:` or `name:` at the start of a declaration.
    let mut fields: Vec<String> = body
        .lines()
        .skip(1)
        .flat_map(|l| l.split(';'))
        .filter_map(|d| d.trim().split(':').next().map(|n| n.trim().trim_end_matches('?').to_string()))
        .filter(|n| !n.is_empty())
        .collect();
    fields.sort();
    let mut want: Vec<String> = param_keys().into_iter().chain(["kind"]).map(String::from).collect();
    want.sort();
    assert_eq!(fields, want);
}

/// README's table of ways out has a row per kind naming each of its parameters.
#[test]
fn the_readme_lists_every_way_out_with_its_parameters() {
    use overdue_calc::engine::scenario::kinds::PLAN_KINDS;
    let readme = read("README.md");
    let table = &readme[readme.find("### `compare(").expect("README's compare section")..];
    for kind in PLAN_KINDS {
        let head = format!("| `{}` |", kind.key);
        let row = table.lines().find(|l| l.starts_with(&head)).unwrap_or_else(|| panic!("README has no row {head}"));
        for p in kind.params {
            let named =
                row.contains(&format!("`{}`", p.key)) || (p.key.starts_with("include") && row.contains("`include…`"));
            assert!(named, "README's row for {} does not name {}", kind.key, p.key);
        }
    }
}
