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

/// (key, 中文, English).
const TEXT: &[(&str, &str, &str)] = &[
    ("title", "逾期计算器", "Overdue Calculator"),
    ("tagline", "算清网贷、信用卡逾期欠多少、每天涨多少、是否超过法律保护上限。所有计算只在本机进行，不上传任何数据。", "What an overdue online loan or card costs today, how fast it grows, and whether it passes the legal lines. Everything is computed on this device; nothing is uploaded."),
    ("switchLang", "English", "中文"),
    ("quickForm", "逾期情况（快速模式）", "Your overdue debt (quick mode)"),
    ("overduePrincipal", "逾期本金", "Overdue principal"),
    ("overdueInterest", "逾期利息", "Overdue interest"),
    ("notDuePrincipal", "未到期本金", "Principal not yet due"),
    ("rate", "合同利率", "Contract rate"),
    ("rateUnit", "利率单位", "Rate unit"),
    ("perDay", "日利率 %", "% per day"),
    ("perMonth", "月利率 %", "% per month"),
    ("perYear", "年利率 %", "% per year"),
    ("firstOverdueDate", "首次逾期日", "First overdue date"),
    ("asOf", "计算日", "As of"),
    ("penaltyMultiplier", "罚息倍数", "Penalty multiplier"),
    ("yuan", "元", "yuan"),
    ("results", "今天欠款", "Owed today"),
    ("principal", "本金", "Principal"),
    ("interest", "利息", "Interest"),
    ("penalty", "罚息", "Penalty interest"),
    ("compound", "复利", "Compound interest"),
    ("fees", "违约金", "Late fees"),
    ("total", "合计", "Total"),
    ("part", "项目", "Item"),
    ("amount", "金额（元）", "Amount (yuan)"),
    ("howComputed", "计算过程", "How it is computed"),
    ("penaltyFormula", "罚息 = 逾期本金 × 日罚息率 × 逾期天数", "Penalty = overdue principal × daily penalty rate × days overdue"),
    ("days", "天", "days"),
    ("fixErrors", "请先修正上面标红的输入。下面显示的是上次有效输入的结果。", "Fix the fields marked above. Results below are from the last valid input."),
    ("noResult", "填写上面的金额和日期后，这里显示结果。", "Enter the amounts and dates above to see results here."),
    ("typical", "典型值，请以合同为准", "Typical value; your contract prevails"),
    ("perDayCost", "多逾期一天", "One more day"),
    ("perWeekCost", "多逾期一周", "One more week"),
    ("perMonthCost", "多逾期一个月", "One more month"),
    ("notAdvice", "本工具结果仅供参考，不构成法律意见。", "Estimates only; not legal advice."),
    ("privacy", "数据只保存在本机浏览器中，不会发送到任何服务器。", "Data stays in this browser; nothing is sent to any server."),
];

/// The text for `key` in `lang`; the key itself if missing (visible in review, never a panic).
pub fn tr(lang: Lang, key: &str) -> &str {
    TEXT.iter().find(|(k, _, _)| *k == key).map(|(_, zh, en)| if lang == Lang::Zh { *zh } else { *en }).unwrap_or(key)
}

/// The label of an input field named by an engine error path (`terms.rate.value` → rate).
pub fn field_label(lang: Lang, field: &str) -> String {
    let last = field.rsplit('.').find(|s| *s != "value").unwrap_or(field);
    tr(lang, last).to_string()
}

/// An engine error as a sentence naming the field and, where useful, the accepted forms.
pub fn error_text(lang: Lang, e: &Error) -> String {
    let label = field_label(lang, e.field());
    match (lang, e) {
        (Lang::Zh, Error::Empty { .. }) => format!("{label}：请填写。"),
        (Lang::Zh, Error::NotANumber { .. }) => {
            format!("{label}：不是有效数字。可以填写 12345.67、12,345.67、１２３４５、1.5万、3千、0.05%。")
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
            format!("{label}：不能早于「{}」。", field_label(lang, other))
        }
        (Lang::Zh, Error::UnknownChoice { value, .. }) => format!("{label}：不支持「{value}」。"),
        (Lang::Zh, Error::TooMany { max, .. }) => format!("{label}：最多 {max} 条。"),
        (Lang::Zh, Error::Overflow { .. }) => {
            format!("{label}：数值过大，无法精确计算，请缩短期限或降低利率。")
        }
        (Lang::En, Error::NotANumber { .. }) => {
            format!("{label}: not a number. Accepted: 12345.67, 12,345.67, １２３４５, 1.5万, 3千, 0.05%.")
        }
        (Lang::En, Error::DateOrder { other, .. }) => {
            format!("{label}: must not be before {}.", field_label(lang, other))
        }
        (Lang::En, _) => {
            let s = e.to_string();
            let rest = s.split_once(": ").map_or(s.as_str(), |(_, r)| r).to_string();
            format!("{label}: {rest}.")
        }
    }
}
