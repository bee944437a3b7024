//! TM lookup: exact, near-exact and fuzzy matches from the index, never
//! from a scan of the whole TM.
//!
//! # How candidates are found
//! For a query of `n` tokens and a minimum score `s`, any match must share
//! at least `need = ceil(Sw_min × n)` tokens with the query, where `Sw_min`
//! is the lowest word similarity that can still reach `s` (the score
//! formula of [`crate::tm::scoring`] with a character similarity of 1). So it
//! must contain at least one of the query's rarest tokens whose
//! multiplicities add up to `n − need + 1` (the prefix filter). Per chunk:
//!
//! 1. read each query token's posting list (one bucket read per token);
//! 2. take the union of the rarest lists as candidates, keeping only
//!    lengths that could reach the score (length filter);
//! 3. keep units that have a variant in the target language (their
//!    "has a variant" list), unless that list is so long that checking the
//!    few candidates when they are read is cheaper;
//! 4. add the other tokens' multiplicities to the candidates that contain
//!    them (tokens in far more units than there are candidates are assumed
//!    present, which only loosens the bound), giving an upper bound of each
//!    candidate's score;
//!
//! then, over all chunks, verify candidates in order of that bound,
//! reading one unit each, until the bound falls below the k-th best real
//! score. Candidate counts live in arrays indexed by a unit's number in its
//! chunk and reused from query to query ([`Searcher`]), so a lookup
//! allocates little and keeps no map per candidate.
//!
//! The bound is exact, so no candidate that could reach the threshold is
//! lost, except when more than [`MAX_VERIFY`] candidates have a bound above
//! the k-th best score (then the best of the first [`MAX_VERIFY`] win).
//! [`lookup_brute_force`] scores every unit with the same code and is the
//! reference the index is tested against.

pub mod query;
pub mod search;
pub mod stdin;
pub mod verify;

#[cfg(test)]
mod tests;

pub use query::{LookupStats, Match, Query};
pub use search::{MAX_VERIFY, Searcher, lookup, lookup_brute_force, lookup_brute_force_many};
