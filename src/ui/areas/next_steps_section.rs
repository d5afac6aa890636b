//! 下一步怎么做: the checklist `crate::next_steps` builds from the case, the audit and the ways
//! out, under the results; nothing when no situation calls for a step.

use crate::engine::audit::AuditResult;
use crate::engine::error::Error;
use crate::engine::overdue::OverdueResult;
use crate::engine::scenario::Comparison;
use crate::next_steps::next_steps;
use crate::ui::html::Html;
use crate::ui::i18n::{tr, use_lang};
use leptos::prelude::*;

#[component]
pub fn NextSteps(
    case: Memo<Option<OverdueResult>>,
    audit: Memo<Option<Result<AuditResult, Vec<Error>>>>,
    ways: Memo<Option<Result<Comparison, Vec<Error>>>>,
) -> impl IntoView {
    let lang = use_lang();
    let html = move || {
        let l = lang.get();
        case.with(|c| {
            let Some(c) = c else { return String::new() };
            let a = audit.with(|a| a.as_ref().and_then(|r| r.as_ref().ok().cloned()));
            let w = ways.with(|w| w.as_ref().and_then(|r| r.as_ref().ok().cloned()));
            let steps = next_steps(&|k| tr(l, k).to_string(), c, a.as_ref(), w.as_ref());
            if steps.is_empty() {
                return String::new();
            }
            let mut h = Html::new();
            h.open("section", &[("class", "card next-steps"), ("id", "next-steps")]).el("h2", &[], tr(l, "nextTitle"));
            h.open("ol", &[]);
            for s in &steps {
                h.el("li", &[("class", s.key)], &s.text);
            }
            h.close("ol").close("section");
            h.finish()
        })
    };
    view! { <div aria-live="polite" inner_html=html></div> }
}
