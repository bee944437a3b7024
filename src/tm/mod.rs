//! The translation memory: a sled store of multilingual units with a
//! persistent word index, exact/near-exact/fuzzy lookup, concordance, and
//! exchange with TMX and TSV files.
//!
//! * [`store`]: the sled layout, all-or-nothing imports, locking.
//! * [`text`], [`postings`]: tokens and the index's on-disk format.
//! * [`scoring`], [`lookup`]: match tiers and scores, candidate search.
//! * [`concordance`]: phrase search with spans.
//! * [`exchange`]: `tm import` / `tm export`.

pub mod concordance;
pub mod exchange;
pub mod lookup;
pub mod postings;
pub mod scoring;
pub mod store;
pub mod text;

pub use store::{OpenOptions, Tm};
