//! One spelling per enum value (issue 13): the key a request, a URL, saved data, the page's
//! selects, the fuzz pools and `overdue-calc.d.ts` use. `vocabulary!` declares the enum with
//! `ALL`, `KEYS`, `as_str`, `parse` and a `Serialize` that writes the key, so a value's
//! spelling lives in exactly one place.

/// Declares a field-named vocabulary enum: `Variant = "key"` per value.
macro_rules! vocabulary {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $key:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];
            /// Every key, in declaration order.
            pub const KEYS: &'static [&'static str] = &[$($key,)+];

            /// The key.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            /// The value with key `s`, or an `UnknownChoice` error on `field`.
            pub fn parse(s: &str, field: &str) -> $crate::engine::error::Result<$name> {
                match s {
                    $($key => Ok($name::$variant),)+
                    _ => Err($crate::engine::error::Error::UnknownChoice { field: field.into(), value: s.into() }),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

pub(crate) use vocabulary;

#[cfg(test)]
mod tests {
    use crate::engine::schedule::Method;
    use crate::engine::terms::Allocation;

    #[test]
    fn keys_parse_back_and_unknown_keys_are_named() {
        for (m, k) in Method::ALL.iter().zip(Method::KEYS) {
            assert_eq!(m.as_str(), *k);
            assert_eq!(Method::parse(k, "f").unwrap(), *m);
        }
        let e = Allocation::parse("nope", "terms.allocation").unwrap_err();
        assert_eq!((e.code(), e.field()), ("unknownChoice", "terms.allocation"));
    }
}
