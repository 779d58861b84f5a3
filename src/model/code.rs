//! Field-less enums stored as short text codes ("fam", "in", "call"…).
//!
//! `#[derive(Deserialize)]` on such an enum compiles a visitor per enum; the
//! browser build is size-bound, so these enums go through a `String` instead
//! (`#[serde(try_from = "String", into = "&'static str")]`) and the
//! conversion is one `match` written by [`coded!`].

use thiserror::Error;

/// A stored code that names no known value, e.g. from a damaged key or a
/// newer version of Tend.
#[derive(Debug, Error, PartialEq, Eq)]
#[error("unknown value \"{0}\"")]
pub struct UnknownCode(pub String);

/// Writes the code table of an enum: `From<Enum> for &'static str`,
/// `TryFrom<String> for Enum`, and `Enum::ALL`, every value in the order
/// listed (the order forms and lists show them in).
macro_rules! coded {
    ($t:ident { $($v:ident = $code:literal),+ $(,)? }) => {
        impl $t {
            pub const ALL: [$t; [$($code),+].len()] = [$($t::$v),+];
        }

        impl From<$t> for &'static str {
            fn from(v: $t) -> Self {
                match v {
                    $($t::$v => $code,)+
                }
            }
        }

        impl TryFrom<String> for $t {
            type Error = $crate::model::code::UnknownCode;

            fn try_from(s: String) -> Result<Self, Self::Error> {
                match s.as_str() {
                    $($code => Ok($t::$v),)+
                    _ => Err($crate::model::code::UnknownCode(s)),
                }
            }
        }
    };
}
pub(crate) use coded;
