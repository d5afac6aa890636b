//! Read-only output (tables, figures, charts) is written as HTML text and set as a
//! container's `innerHTML`. Leptos renders every distinct `view!` tree with its own
//! generic code; the results alone took about as much wasm as the rest of the app. A
//! string builder is one small function for all of them. Everything typed by the user is
//! escaped; buttons inside use `data-action` and one delegated click handler.

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// An HTML fragment under construction.
#[derive(Default)]
pub struct Html(pub String);

impl Html {
    pub fn new() -> Html {
        Html(String::new())
    }
    /// `<tag attrs>`; attribute values are escaped.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (k, v) in attrs {
            self.0.push(' ');
            self.0.push_str(k);
            self.0.push_str("=\"");
            self.0.push_str(&esc(v));
            self.0.push('"');
        }
        self.0.push('>');
        self
    }
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }
    /// Escaped text.
    pub fn text(&mut self, s: &str) -> &mut Self {
        self.0.push_str(&esc(s));
        self
    }
    /// `<tag attrs>text</tag>`.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }
    /// Opens `<details data-key=…>` with its summary, open when `open`. Callers leave out
    /// the content of a closed one; [`toggle_details`] redraws it when it is opened.
    pub fn details(&mut self, key: &str, class: &str, open: bool, summary: &str) -> &mut Self {
        let attrs: &[(&str, &str)] = if open {
            &[("class", class), ("data-key", key), ("open", "")]
        } else {
            &[("class", class), ("data-key", key)]
        };
        self.open("details", attrs).el("summary", &[], summary)
    }
    /// Markup produced by another builder (already escaped).
    pub fn raw(&mut self, s: &str) -> &mut Self {
        self.0.push_str(s);
        self
    }
    /// A table: caption (optional), header cells, rows of (class, cells); numeric
    /// columns (by index) are right-aligned.
    pub fn table(
        &mut self,
        attrs: &[(&str, &str)],
        head: &[&str],
        rows: &[(String, Vec<String>)],
        numeric: &[usize],
    ) -> &mut Self {
        self.open("div", &[("class", "table-scroll")]).open("table", attrs).open("thead", &[]).open("tr", &[]);
        for (i, h) in head.iter().enumerate() {
            let class = if numeric.contains(&i) { "num" } else { "" };
            self.el("th", &[("scope", "col"), ("class", class)], h);
        }
        self.close("tr").close("thead").open("tbody", &[]);
        for (class, cells) in rows {
            self.open("tr", &[("class", class)]);
            for (i, c) in cells.iter().enumerate() {
                if i == 0 {
                    self.el("th", &[("scope", "row")], c);
                } else {
                    self.el("td", &[("class", if numeric.contains(&i) { "num" } else { "" })], c);
                }
            }
            self.close("tr");
        }
        self.close("tbody").close("table").close("div")
    }
    pub fn button(&mut self, action: &str, label: &str) -> &mut Self {
        self.el("button", &[("type", "button"), ("data-action", action)], label)
    }
    pub fn finish(&mut self) -> String {
        std::mem::take(&mut self.0)
    }
}

/// The `data-action` of the button an event came from, if any.
/// A click on the summary of a keyed `<details>` in HTML text: records it as open or
/// closed (the section redraws it, with its content when open).
pub fn toggle_details(ev: &web_sys::MouseEvent, open: crate::ui::OpenDetails) {
    use wasm_bindgen::JsCast;
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let Some(details) = target.closest("summary").ok().flatten().and_then(|s| s.parent_element()) else { return };
    let Some(key) = details.get_attribute("data-key") else { return };
    ev.prevent_default();
    open.set(&key, !details.has_attribute("open"));
}

pub fn action_of(ev: &web_sys::MouseEvent) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let button = target.closest("[data-action]").ok()??;
    button.get_attribute("data-action")
}
