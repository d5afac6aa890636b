//! How values cross the JS boundary. Money and rates arrive as strings or JS numbers; a
//! number is turned into its shortest round-trip decimal text (0.1 → "0.1") and parsed
//! like typed text, so no float ever reaches the engine's arithmetic.

use crate::engine::request::Text;
use serde::de::{self, Deserialize, Deserializer, Visitor};
use std::fmt;

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number or a string such as \"12,345.67\" or \"1.5万\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
                Ok(Text(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text, E> {
                // NaN and infinities become text the parser rejects with a field-named error.
                Ok(Text(if v.is_finite() { shortest(v) } else { "NaN".into() }))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Text, E> {
                Ok(Text::default())
            }
            fn visit_none<E: de::Error>(self) -> Result<Text, E> {
                Ok(Text::default())
            }
        }
        d.deserialize_any(V)
    }
}

/// The shortest decimal text that round-trips `v`. In the browser JavaScript's own
/// `Number.prototype.toString` does this, which keeps Rust's float formatter (about 15 KB)
/// out of the wasm.
#[cfg(target_arch = "wasm32")]
fn shortest(v: f64) -> String {
    // JS writes 1e21 and up, and below 1e-6, in exponent form, which the parser rejects
    // with a field-named message like any other text it does not accept.
    js_sys::Number::from(v).to_string_with_radix(10).map(String::from).unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
fn shortest(v: f64) -> String {
    format!("{v}")
}
