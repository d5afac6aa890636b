//! 材料与信函 (issue 15.1): the letters and statements a user sends or keeps, built from the
//! figures already on the page. Plain functions, native-tested; the page renders a [`Doc`]
//! as HTML and copies [`Doc::to_text`]. Texts are keys of `ui/shared/text.rs` looked up by
//! `t` (as in `plan_words.rs`), so the English version is the same document translated.

mod docs;

pub use docs::{apply, blocked, budget_statement, refund, Context};

use crate::engine::date::Date;
use crate::engine::error::{Error, Result};
use crate::engine::parse;
use rust_decimal::Decimal;

/// The documents, in the page's order (text key `doc_<key>`).
pub const DOC_KINDS: &[&str] = &["apply", "budget", "refund", "blocked"];

/// Hardships a 协商还款申请书 may name (text key `cause_<key>`).
pub const CAUSES: &[&str] = &["unemployed", "incomeDown", "illness", "family", "other"];

/// The page's fields for the documents whose values identify the user: kept in this browser,
/// left out of share links unless the user opts in.
/// The cause counts: an illness is a health fact.
pub const PERSONAL_FIELDS: &[&str] =
    &["docName", "docIdLast4", "docContact", "docLender", "docContract", "docCause", "docCauseText"];

/// Lists kept out of share links in the same way (the channels often name a bank or card).
pub const PERSONAL_LISTS: &[&str] = &["attempts"];

/// The opt-in itself never travels: whoever opens a link decides for themselves.
pub const SHARE_OPT_IN: &str = "docShareAll";

/// One part of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Title(String),
    /// A line above the title (a translation's label).
    Label(String),
    Para(String),
    Head(String),
    /// Column heads, rows, and a last row of totals if any.
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
        total: Option<Vec<String>>,
    },
    List(Vec<String>),
    /// Lines to sign and date by hand.
    Sign(Vec<String>),
    /// Small print: estimates, assumptions, sources.
    Note(String),
}

/// A document ready to show, print or copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    pub kind: &'static str,
    pub blocks: Vec<Block>,
}

impl Doc {
    /// The document as plain text for the clipboard: blank lines between blocks, table
    /// cells joined by " | ", list items numbered.
    pub fn to_text(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        for b in &self.blocks {
            parts.push(match b {
                Block::Title(s) | Block::Label(s) | Block::Para(s) | Block::Head(s) | Block::Note(s) => s.clone(),
                Block::Table { head, rows, total } => {
                    let line = |r: &Vec<String>| r.join(" | ");
                    std::iter::once(head).chain(rows).chain(total).map(line).collect::<Vec<_>>().join("\n")
                }
                Block::List(items) => {
                    items.iter().enumerate().map(|(i, s)| format!("{}. {s}", i + 1)).collect::<Vec<_>>().join("\n")
                }
                Block::Sign(lines) => lines.join("\n"),
            });
        }
        parts.join("\n\n")
    }
}

/// Who writes, and to whom; every field optional.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Personal {
    pub name: String,
    pub id_last4: String,
    pub contact: String,
    pub lender: String,
    pub contract: String,
}

/// One attempt to repay through a channel that refused it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub date: Date,
    pub amount: Option<Decimal>,
    pub channel: String,
}

/// The attempts as typed (date, amount, channel); a blank row is skipped, a bad date or
/// amount is an error on `attempts[i].date` or `.amount`, `i` counting filled rows.
pub fn parse_attempts(rows: &[(String, String, String)]) -> Result<Vec<Attempt>> {
    let mut out = Vec::new();
    // Numbered as the page numbers errors: blank rows are left out.
    let filled = rows.iter().filter(|(d, a, c)| !(d.trim().is_empty() && a.trim().is_empty() && c.trim().is_empty()));
    for (i, (date, amount, channel)) in filled.enumerate() {
        let at = |e: Error, f: &str| e.at(&format!("attempts[{i}].{f}"));
        if date.trim().is_empty() {
            return Err(Error::empty(&format!("attempts[{i}].date")));
        }
        let date = Date::parse(date.trim(), "date").map_err(|e| at(e, "date"))?;
        let amount = if amount.trim().is_empty() {
            None
        } else {
            Some(parse::amount(amount, "amount").map_err(|e| at(e, "amount"))?)
        };
        out.push(Attempt { date, amount, channel: channel.trim().to_string() });
    }
    Ok(out)
}
