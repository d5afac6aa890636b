//! 逾期计算器 (overdue-calc): what an overdue online loan or credit card costs today, whether
//! the charges pass the lines Chinese courts enforce, and what each way out costs.
//!
//! `engine` is pure Rust money maths (no browser, no clock); `api` is the JS API
//! (`window.OverdueCalc`); `ui` is the Leptos page. Only the last two touch web crates.
#![forbid(unsafe_code)]

pub mod calls;
pub mod engine;
pub mod fields;
pub mod fmt;
pub mod form;
pub mod letters;
pub mod next_steps;
pub mod plan_words;
mod wire;

#[cfg(target_arch = "wasm32")]
pub mod api;
#[cfg(all(target_arch = "wasm32", not(feature = "api-module")))]
mod ui;

/// Entry point of the page's module: installs the panic hook, then mounts the page. The JS
/// API is not in this module (it is the `api-module` build, fetched on first use).
#[cfg(all(target_arch = "wasm32", not(feature = "api-module")))]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    // With `panic = "abort"` a panic is a wasm trap that stops the page for good. Before it
    // does, show the fixed "internal error" banner (plain web-sys: Leptos may be mid-update).
    // `trap.js` shows the same banner for a trap that never reached this hook.
    std::panic::set_hook(Box::new(|_| ui::on_panic()));
    // The inputs are restored in a task of their own after instantiation, and the page is
    // mounted in the next (issue 16: no long task on a slow phone; `ui::App` builds the
    // rest in steps).
    let next = std::time::Duration::ZERO;
    leptos::prelude::set_timeout(
        move || {
            ui::prepare();
            leptos::prelude::set_timeout(|| leptos::mount::mount_to_body(ui::App), next);
        },
        next,
    );
}

/// Entry point of the API's module: installs `window.OverdueCalc` and dispatches
/// `overdue-calc:ready`.
#[cfg(all(target_arch = "wasm32", feature = "api-module"))]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    api::install();
}
