//! Saving and restoring what was typed: localStorage on every change, and a share link
//! that carries the same text in the URL fragment (never sent to a server). The format is
//! `v=1&key=value&…` with URI-encoded values; list cells are `list.row.column`.
//!
//! Reading is forgiving, pair by pair: every value comes back as the text it was (the engine
//! validates it and the field shows its own error), while a pair that cannot be read (bad
//! percent-encoding, a key this version does not write, a value far longer than anything
//! typed) is skipped and reported. A copy of another version or format is not read at all
//! and is kept under `<key>:unread`, so nothing is destroyed.

use crate::ui::browser;
use crate::ui::state::{AppState, FIELDS};
use leptos::prelude::*;

pub const STORAGE_KEY: &str = "overdue-calc:v1";
/// The fragment prefix of a share link.
pub const SHARE_PREFIX: &str = "#s=";
/// Where a saved copy this version could not fully read is kept.
pub const UNREAD_SUFFIX: &str = ":unread";
const VERSION: &str = "v=1";
/// Longer values (in bytes) were not typed into a field (the longest text fields are names).
const MAX_VALUE: usize = 1000;
/// Rows restored per list (more cannot have been entered by hand).
const MAX_ROWS: usize = 500;

fn enc(s: &str) -> String {
    String::from(js_sys::encode_uri_component(s))
}

fn dec(s: &str) -> Option<String> {
    js_sys::decode_uri_component(s).ok().map(String::from)
}

/// Everything typed, as one string.
pub fn encode(state: &AppState) -> String {
    encode_for(state, false)
}

/// Everything typed; for a share link, without the documents' personal fields unless the
/// user opted in (`docShareAll`).
fn encode_for(state: &AppState, link: bool) -> String {
    use crate::letters::{PERSONAL_FIELDS, PERSONAL_LISTS, SHARE_OPT_IN};
    let private = link && state.field(SHARE_OPT_IN).get_untracked() != "1";
    let mut parts = vec![VERSION.to_string()];
    for (k, sig) in state.scalar_keys() {
        if (private && PERSONAL_FIELDS.contains(&k)) || (link && k == SHARE_OPT_IN) {
            continue;
        }
        let v = sig.get_untracked();
        if !v.is_empty() {
            parts.push(format!("{k}={}", enc(&v)));
        }
    }
    for list in state.lists() {
        if private && PERSONAL_LISTS.contains(&list.name) {
            continue;
        }
        list.rows.with_untracked(|rows| {
            for (i, row) in rows.iter().enumerate() {
                parts.push(format!("{}.{i}", list.name));
                for c in list.cols {
                    let v = row.cell(c).get_untracked();
                    if !v.is_empty() {
                        parts.push(format!("{}.{i}.{c}={}", list.name, enc(&v)));
                    }
                }
            }
        });
    }
    parts.join("&")
}

/// How much of a saved copy or a link could be read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Read {
    All,
    Part,
    Nothing,
}

/// Splits a saved copy at `&`; a link also at `%26` (it is URI-encoded once more as a
/// whole), before the link's outer decoding, so one broken escape (a link cut short by a
/// chat app) costs only its own pair.
fn segments(text: &str, link: bool) -> Vec<&str> {
    let b = text.as_bytes();
    let (mut out, mut start, mut i) = (vec![], 0, 0);
    while i < b.len() {
        let sep = match b[i] {
            b'&' => 1,
            b'%' if link && b[i..].starts_with(b"%26") => 3,
            _ => 0,
        };
        if sep == 0 {
            i += 1;
        } else {
            out.push(text.get(start..i).unwrap_or_default());
            start = i + sep;
            i = start;
        }
    }
    out.push(text.get(start..).unwrap_or_default());
    out
}

/// The rows read so far: (list, row number, cells), in order.
type RowsRead = Vec<(usize, usize, Vec<(&'static str, String)>)>;

/// Restores one pair, as text whatever it says; false when this version does not write that
/// key. Scalars are set at once; list cells are collected in `rows`.
fn restore_pair(state: &AppState, rows: &mut RowsRead, count: &mut [usize], k: &str, v: String) -> bool {
    if k == "savedOn" {
        return true;
    }
    if let Some(key) = FIELDS.iter().find(|f| f.key == k).map(|f| f.key) {
        state.set(key, &v);
        return true;
    }
    let lists = state.lists();
    let mut parts = k.split('.');
    let (Some(name), Some(Ok(i)), col, None) = (parts.next(), parts.next().map(str::parse), parts.next(), parts.next())
    else {
        return false;
    };
    let Some((l, list)) = lists.iter().enumerate().find(|(_, x)| x.name == name) else { return false };
    let col = match col {
        Some(c) => match list.cols.iter().find(|x| **x == c) {
            Some(c) => Some(*c),
            None => return false,
        },
        None => None,
    };
    // Saved copies list rows in order, so the place is almost always at the end.
    let pos = rows.iter().rposition(|r| (r.0, r.1) <= (l, i)).map_or(0, |p| p + 1);
    let at = if pos > 0 && rows.get(pos - 1).is_some_and(|r| (r.0, r.1) == (l, i)) {
        pos - 1
    } else if let Some(n) = count.get_mut(l).filter(|n| **n < MAX_ROWS) {
        *n += 1;
        rows.insert(pos, (l, i, vec![]));
        pos
    } else {
        return false;
    };
    if let (Some(c), Some(r)) = (col, rows.get_mut(at)) {
        r.2.push((c, v));
    }
    true
}

/// Restores `text` into `state`, or leaves `state` alone when none of it is ours (not our
/// format, or another version).
fn decode(state: &AppState, text: &str, link: bool) -> Read {
    let segs = segments(text, link);
    let outer = |s: &str| if link { dec(s) } else { Some(s.to_string()) };
    if segs.first().and_then(|s| outer(s)).as_deref() != Some(VERSION) {
        return Read::Nothing;
    }
    // A missing or skipped key gets its fresh-page default.
    for (k, default) in FIELDS.iter().map(|f| (f.key, f.default)) {
        state.set(k, default);
    }
    let (mut rows, mut count, mut bad) = (RowsRead::new(), vec![0; state.lists().len()], false);
    for seg in segs.iter().skip(1) {
        let ok = outer(seg).is_some_and(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((&pair, ""));
            dec(v).filter(|v| v.len() <= MAX_VALUE).is_some_and(|v| restore_pair(state, &mut rows, &mut count, k, v))
        });
        bad |= !ok;
    }
    let lists = state.lists();
    for l in &lists {
        l.clear();
    }
    for (l, _, cells) in &rows {
        let values: Vec<(&str, &str)> = cells.iter().map(|(c, v)| (*c, v.as_str())).collect();
        if let Some(list) = lists.get(*l) {
            list.push(&values);
        }
    }
    if bad {
        Read::Part
    } else {
        Read::All
    }
}

/// The day a saved copy was written (`savedOn=YYYY-MM-DD`), if it says.
pub fn saved_on(text: &str) -> Option<String> {
    text.split('&').find_map(|p| p.strip_prefix("savedOn=")).and_then(dec)
}

/// What `restore` found.
pub struct Restored {
    /// `"link"`, `"storage"`, or `None` for a fresh page.
    pub from: Option<&'static str>,
    /// For localStorage, the day the copy was saved.
    pub saved_on: Option<String>,
    /// Text keys of the messages about what could not be read.
    pub faults: Vec<&'static str>,
}

/// Loads the saved state: a share link in the fragment first, then localStorage. A link
/// that cannot be read at all changes nothing, and the saved copy is shown instead.
pub fn restore(state: &AppState, key: &str) -> Restored {
    let mut faults = vec![];
    if let Some(link) = browser::hash().as_deref().and_then(|h| h.strip_prefix(SHARE_PREFIX)) {
        match decode(state, link, true) {
            Read::All => return Restored { from: Some("link"), saved_on: None, faults },
            Read::Part => return Restored { from: Some("link"), saved_on: None, faults: vec!["linkPartial"] },
            Read::Nothing => faults.push("linkUnreadable"),
        }
    }
    let Some(saved) = browser::load(key) else { return Restored { from: None, saved_on: None, faults } };
    let read = decode(state, &saved, false);
    if read != Read::All {
        // The page saves again only after an edit, but keep what it could not read anyway.
        browser::save(&format!("{key}{UNREAD_SUFFIX}"), &saved);
        faults.push(if read == Read::Part { "storePartial" } else { "storeUnreadable" });
    }
    let from = (read != Read::Nothing).then_some("storage");
    Restored { from, saved_on: from.and_then(|_| saved_on(&saved)), faults }
}

/// The share link for the current state.
pub fn share_link(state: &AppState) -> String {
    let base = browser::location_without_hash().unwrap_or_default();
    format!("{base}{SHARE_PREFIX}{}", enc(&encode_for(state, true)))
}
