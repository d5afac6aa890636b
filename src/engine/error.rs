//! The engine's one error type. Every variant names the input field it is about (a
//! camelCase path such as `loan.principal` or `payments[2].date`) so the page can put
//! the message next to that field and the JS API can throw `{code, field, message}`.

use std::fmt;

/// What went wrong, and with which field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The field is required and was left empty.
    Empty { field: String },
    /// The text is not a number in any accepted form.
    NotANumber { field: String },
    /// The text is not a date `YYYY-MM-DD` (or `YYYY/M/D`) that exists.
    NotADate { field: String },
    /// The value is below the smallest allowed value.
    TooSmall { field: String, min: String },
    /// The value is above the largest allowed value.
    TooLarge { field: String, max: String },
    /// Two dates are in the wrong order (`field` must not be before `other`).
    DateOrder { field: String, other: String },
    /// Two dates are in the wrong order (`field` must not be after `other`).
    NotAfter { field: String, other: String },
    /// A value is not one of the allowed choices.
    UnknownChoice { field: String, value: String },
    /// More decimals than the field keeps (money: 2).
    TooPrecise { field: String, decimals: u32 },
    /// A list is longer than the engine accepts.
    TooMany { field: String, max: usize },
    /// The amounts grew past what can be computed exactly (about 7.9e28).
    Overflow { field: String },
}

impl Error {
    /// A stable machine code, used by the JS API and by the page's translations.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Empty { .. } => "empty",
            Error::NotANumber { .. } => "notANumber",
            Error::NotADate { .. } => "notADate",
            Error::TooSmall { .. } => "tooSmall",
            Error::TooLarge { .. } => "tooLarge",
            Error::DateOrder { .. } | Error::NotAfter { .. } => "dateOrder",
            Error::UnknownChoice { .. } => "unknownChoice",
            Error::TooPrecise { .. } => "tooPrecise",
            Error::TooMany { .. } => "tooMany",
            Error::Overflow { .. } => "overflow",
        }
    }

    /// The input field the error is about.
    pub fn field(&self) -> &str {
        match self {
            Error::Empty { field }
            | Error::NotANumber { field }
            | Error::NotADate { field }
            | Error::TooSmall { field, .. }
            | Error::TooLarge { field, .. }
            | Error::DateOrder { field, .. }
            | Error::NotAfter { field, .. }
            | Error::UnknownChoice { field, .. }
            | Error::TooPrecise { field, .. }
            | Error::TooMany { field, .. }
            | Error::Overflow { field } => field,
        }
    }

    /// The same error about another field (used when a value is parsed before its
    /// place in the request is known).
    pub fn at(mut self, path: &str) -> Error {
        match &mut self {
            Error::Empty { field }
            | Error::NotANumber { field }
            | Error::NotADate { field }
            | Error::TooSmall { field, .. }
            | Error::TooLarge { field, .. }
            | Error::DateOrder { field, .. }
            | Error::NotAfter { field, .. }
            | Error::UnknownChoice { field, .. }
            | Error::TooPrecise { field, .. }
            | Error::TooMany { field, .. }
            | Error::Overflow { field } => *field = path.to_string(),
        }
        self
    }

    pub(crate) fn empty(field: &str) -> Error {
        Error::Empty { field: field.into() }
    }
    pub(crate) fn nan(field: &str) -> Error {
        Error::NotANumber { field: field.into() }
    }
    pub(crate) fn too_small(field: &str, min: impl fmt::Display) -> Error {
        Error::TooSmall { field: field.into(), min: min.to_string() }
    }
    pub(crate) fn too_large(field: &str, max: impl fmt::Display) -> Error {
        Error::TooLarge { field: field.into(), max: max.to_string() }
    }
    pub(crate) fn overflow(field: &str) -> Error {
        Error::Overflow { field: field.into() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Empty { field } => write!(f, "{field}: please enter a value"),
            Error::NotANumber { field } => {
                write!(f, "{field}: not a number; accepted forms: 12345.67, 12,345.67, １２３４５, 1.5万, 3千")
            }
            Error::NotADate { field } => {
                write!(f, "{field}: not a date; use YYYY-MM-DD, for example 2026-03-15")
            }
            Error::TooSmall { field, min } => write!(f, "{field}: must be at least {min}"),
            Error::TooLarge { field, max } => write!(f, "{field}: must be at most {max}"),
            Error::DateOrder { field, other } => {
                write!(f, "{field}: must not be before {other}")
            }
            Error::NotAfter { field, other } => write!(f, "{field}: must not be after {other}"),
            Error::UnknownChoice { field, value } => {
                write!(f, "{field}: \"{value}\" is not one of the allowed choices")
            }
            Error::TooPrecise { field, decimals } => {
                write!(f, "{field}: at most {decimals} decimals")
            }
            Error::TooMany { field, max } => write!(f, "{field}: at most {max} entries"),
            Error::Overflow { field } => {
                write!(f, "{field}: the amounts grow too large to compute exactly")
            }
        }
    }
}

impl std::error::Error for Error {}

/// Errors cross the JS boundary as `{code, field, message}`.
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Error", 3)?;
        st.serialize_field("code", self.code())?;
        st.serialize_field("field", self.field())?;
        st.serialize_field("message", &self.to_string())?;
        st.end()
    }
}

/// The engine's result type.
pub type Result<T> = std::result::Result<T, Error>;
