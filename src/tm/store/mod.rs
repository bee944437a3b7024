//! The sled-backed translation-memory store.
//!
//! # Layout
//! Units are written in *chunks* (up to [`DEFAULT_CHUNK_UNITS`] units, one
//! or more per import). A unit's id is `chunk << 32 | local`. Three trees:
//!
//! * `units`: `chunk ‖ block` → a block of 64 stored units: lz4 of
//!   `u32 n ‖ n × u32 end offset ‖ postcard(unit)…`, so that reading one
//!   unit (to verify a fuzzy candidate) decompresses the block but decodes
//!   only that unit; and `chunk ‖ FFFFFFFF` → the chunk's sorted content
//!   hashes (for merging duplicates on later imports).
//! * `index`: `chunk ‖ language ‖ 0 ‖ bucket` → a bucket of posting lists
//!   (see [`crate::tm::postings`]): word tokens, an exact-text key per variant
//!   and a per-language "has a variant" list.
//! * `meta`: `schema` (version), `state` (chunks, imports, counters) and
//!   `pending` (chunks written but not committed).
//!
//! Grouping units and postings into blobs keeps sled's key count (and its
//! per-key time and space overhead) small: a 581 k-unit TMX becomes a few
//! thousand keys.
//!
//! # All-or-nothing imports
//! A chunk's id goes into `pending` before any of its data is written; the
//! import commits by rewriting `state` (which lists the chunks) and
//! clearing `pending` in one transaction. Opening the store removes the
//! data of any pending chunk, so a failed or killed import leaves the TM
//! exactly as it was, and memory stays flat because chunks are written as
//! the import goes.
//!
//! A chunk in the making holds its units already serialised and
//! compressed, and its postings as a flat vector. When it is full, a
//! writer thread sorts the postings, encodes the index buckets and applies
//! both batches while the importer reads the next chunk; the importer
//! waits for that thread before handing over another chunk and before
//! committing, so at most two chunks are in memory.
//!
//! # Locking and recovery
//! An open store holds relais' own lock (`relais.lock` in the TM
//! directory, see [`crate::lock`]); [`Tm::open`] waits for it up to the
//! `wait` duration, then fails with
//! [`Error::Locked`](crate::error::Error::Locked). Under that lock it
//! removes the storage engine's half-written snapshots, which a full disk
//! leaves behind and which would otherwise make every later open fail.
//! `relais tm verify` reads everything back; `relais tm repair` rebuilds
//! a damaged store.
//!
//! # Files
//! `layout.rs` (ids, keys, `meta` records), `block.rs` (unit blocks),
//! `db.rs` ([`Tm`]: open, read, stats), `verify.rs` (the full integrity scan), `chunk.rs` (chunks in the making,
//! index building), `import.rs` ([`Importer`]).

mod block;
mod chunk;
mod db;
mod import;
mod layout;
mod verify;

#[cfg(test)]
mod tests;

pub use db::{OpenOptions, Stats, Tm};
pub use import::{AddOutcome, Flagger, Importer};
pub use layout::{
    ChunkInfo, ChunkLang, DEFAULT_CHUNK_UNITS, ImportCounts, ImportRecord, SCHEMA_VERSION,
    StoredUnit, TagCount, UnitId, join_id, langset_key, split_id,
};
pub use verify::VerifyReport;
