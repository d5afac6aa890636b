//! CSV for the page's downloads; the figures' formatting is `crate::fmt`.

pub use crate::fmt::{delta, fill, pct, plain, yuan};

/// One CSV line, quoting every cell.
pub fn csv_line(cells: &[String]) -> String {
    cells.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect::<Vec<_>>().join(",")
}

/// A CSV document: a header line of translated column keys, then the rows; UTF-8 with a
/// BOM so spreadsheet programs read the Chinese.
pub fn csv(lang: crate::ui::i18n::Lang, head: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = vec![csv_line(&head.iter().map(|k| crate::ui::i18n::tr(lang, k).to_string()).collect::<Vec<_>>())];
    out.extend(rows.into_iter().map(|r| csv_line(&r)));
    format!("\u{feff}{}", out.join("\n"))
}
