//! UI text: Chinese first, English on request. Keys are short English words; every
//! visible string goes through [`tr`].

use crate::engine::error::Error;
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
    pub fn from_code(s: &str) -> Option<Lang> {
        match s {
            "zh" | "zh-CN" | "cn" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The current language, from context.
pub fn use_lang() -> ReadSignal<Lang> {
    use_context::<ReadSignal<Lang>>().unwrap_or_else(|| signal(Lang::Zh).0)
}

use crate::ui::text::entries;

/// The text for `key` in `lang`; the key itself if missing (visible in review, never a panic).
pub fn tr(lang: Lang, key: &str) -> &str {
    let pick = |zh: &'static str, en: &'static str| if lang == Lang::Zh { zh } else { en };
    if let Some(p) = key.strip_prefix("p_").and_then(crate::engine::terms::preset_row) {
        return pick(p.zh, p.en);
    }
    // The texts sorted by key once, then a binary search: a page build looks up a few
    // hundred keys, and a scan of the whole table each time was ~8 ms of a 4x-CPU start-up.
    static SORTED: std::sync::OnceLock<Vec<&'static crate::ui::text::Entry>> = std::sync::OnceLock::new();
    // Built by binary insertion, not `sort`: std's sort costs kilobytes of wasm per type.
    let sorted = SORTED.get_or_init(|| {
        let mut v: Vec<&'static crate::ui::text::Entry> = Vec::new();
        for e in entries() {
            let at = v.binary_search_by(|x| x.0.cmp(e.0)).unwrap_or_else(|i| i);
            v.insert(at, e);
        }
        v
    });
    match sorted.binary_search_by(|e| e.0.cmp(key)) {
        Ok(i) => pick(sorted[i].1, sorted[i].2),
        Err(_) => key,
    }
}

/// The label of an input field named by an engine error path (`terms.rate.value` → 合同利率).
pub fn field_label(lang: Lang, field: &str) -> String {
    // Drop list indexes: `payments[2].amount` → `payments.amount`.
    let mut path = String::new();
    let mut depth = 0;
    for c in field.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => path.push(c),
            _ => {}
        }
    }
    if let Some(k) = crate::fields::label_for_error(&path) {
        return tr(lang, k).to_string();
    }
    // A plan's parameter: its label in the registry (a court plan's 起诉日 is not the case's).
    if let Some(p) = path.strip_prefix("scenarios.").and_then(plan_param) {
        return tr(lang, p.label).to_string();
    }
    let last = path.rsplit('.').find(|s| *s != "value").unwrap_or(&path);
    let key = match last {
        "amount" => "amountYuan",
        "label" => "item",
        other => other,
    };
    tr(lang, key).to_string()
}

fn plan_param(key: &str) -> Option<&'static crate::engine::scenario::kinds::Param> {
    crate::engine::scenario::kinds::PLAN_KINDS.iter().flat_map(|k| k.params).find(|p| p.key == key)
}

/// The field an order error compares with: a plan's own parameter when the error is a plan's.
fn other_field(e: &Error, other: &str) -> String {
    if e.field().starts_with("scenarios") && plan_param(other).is_some() {
        format!("scenarios.{other}")
    } else {
        other.to_string()
    }
}

/// An engine error as a sentence naming the field and, where useful, the accepted forms.
pub fn error_text(lang: Lang, e: &Error) -> String {
    let label = field_label(lang, e.field());
    match (lang, e) {
        (Lang::Zh, Error::Empty { .. }) => format!("{label}：请填写。"),
        (Lang::Zh, Error::NotANumber { .. }) => {
            format!("{label}：不是有效数字。可以填写 12345.67、12,345.67、１２３４５、1.5万、3千。")
        }
        (Lang::Zh, Error::NotADate { .. }) => {
            format!("{label}：日期无效，请按 年-月-日 填写，例如 2026-03-15。")
        }
        (Lang::Zh, Error::TooSmall { min, .. }) => format!("{label}：不能小于 {min}。"),
        (Lang::Zh, Error::TooLarge { max, .. }) => format!("{label}：不能大于 {max}。"),
        (Lang::Zh, Error::TooPrecise { decimals, .. }) => {
            format!("{label}：最多 {decimals} 位小数。")
        }
        (Lang::Zh, Error::DateOrder { other, .. }) => {
            format!("{label}：不能早于「{}」。", field_label(lang, &other_field(e, other)))
        }
        (Lang::Zh, Error::NotAfter { other, .. }) => {
            format!("{label}：不能晚于「{}」。", field_label(lang, &other_field(e, other)))
        }
        (Lang::Zh, Error::UnknownChoice { value, .. }) => format!("{label}：不支持「{value}」。"),
        (Lang::Zh, Error::TooMany { max, .. }) => format!("{label}：最多 {max} 条。"),
        (Lang::Zh, Error::Overflow { .. }) => {
            format!("{label}：数值过大，无法精确计算，请缩短期限或降低利率。")
        }
        (Lang::En, Error::NotANumber { .. }) => {
            format!("{label}: not a number. Accepted: 12345.67, 12,345.67, １２３４５, 1.5万, 3千.")
        }
        (Lang::En, Error::DateOrder { other, .. }) => {
            format!("{label}: must not be before {}.", field_label(lang, &other_field(e, other)))
        }
        (Lang::En, Error::NotAfter { other, .. }) => {
            format!("{label}: must not be after {}.", field_label(lang, &other_field(e, other)))
        }
        (Lang::En, _) => {
            let s = e.to_string();
            let rest = s.split_once(": ").map_or(s.as_str(), |(_, r)| r).to_string();
            format!("{label}: {rest}.")
        }
    }
}
