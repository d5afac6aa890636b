//! The fuzz harness's generators, value pools and invariants (used by `tests/api_fuzz.rs`).
pub mod gen;
pub mod invariants;
pub mod pools;
