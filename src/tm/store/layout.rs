//! The on-disk layout: schema version, chunk and unit ids, the keys of
//! the `units` and `index` trees, and the records of `meta`.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::{HeaderInfo, Unit};
use crate::tm::text;

/// Version of the on-disk layout. A store with another version is a cache
/// of tracked files and is rebuilt, never migrated.
pub const SCHEMA_VERSION: u32 = 3;

/// Units per chunk for bulk imports.
pub const DEFAULT_CHUNK_UNITS: usize = 131_072;

pub(super) const BLOCK_UNITS: u32 = 64;

pub(super) const DEDUP_BLOCK: u32 = u32::MAX;

pub(super) const BUCKET_TARGET_BYTES: usize = 8 * 1024;

/// Token key of the per-language "units that have a variant" list.
pub fn langset_key() -> u64 {
    text::token_hash("\u{0}L")
}

/// A unit id: `chunk << 32 | local`.
pub type UnitId = u64;

/// Splits a unit id.
pub fn split_id(id: UnitId) -> (u32, u32) {
    let [a, b, c, d, e, f, g, h] = id.to_be_bytes();
    (
        u32::from_be_bytes([a, b, c, d]),
        u32::from_be_bytes([e, f, g, h]),
    )
}

/// Joins a unit id.
pub fn join_id(chunk: u32, local: u32) -> UnitId {
    (u64::from(chunk) << 32) | u64::from(local)
}

/// A unit as stored: the unit and the import it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredUnit {
    /// Id of the import record.
    pub import: u32,
    /// The unit.
    pub unit: Unit,
}

/// One import into the TM.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportRecord {
    /// Import id.
    pub id: u32,
    /// What was imported (file path, or `tm add`, `sync`).
    pub name: String,
    /// Format (`tmx`, `tsv`, `xliff`, `add`, `sync`).
    pub format: String,
    /// When, in TMX date format.
    pub date: String,
    /// The file's header, if it had one.
    pub header: Option<HeaderInfo>,
    /// Counts.
    pub counts: ImportCounts,
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportCounts {
    /// Units read from the input.
    pub units_read: u64,
    /// Units added to the TM.
    pub added: u64,
    /// Units equal to one already present (merged, not stored twice).
    pub merged: u64,
    /// Units skipped (no variant).
    pub skipped: u64,
    /// Units added with a glossary flag (an avoided term in a translation).
    pub flagged: u64,
}

/// Index information for one language of a chunk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChunkLang {
    /// Primary language subtag (`en`).
    pub lang: String,
    /// Number of index buckets.
    pub buckets: u32,
    /// Units with a variant in this language.
    pub units: u32,
}

/// Counts for a canonical tag.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TagCount {
    /// Variants with this canonical tag.
    pub variants: u64,
    /// The tags as written in files.
    pub raw_forms: BTreeSet<String>,
}

/// A committed chunk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChunkInfo {
    /// Chunk id.
    pub id: u32,
    /// Number of units.
    pub units: u32,
    /// Indexed languages.
    pub langs: Vec<ChunkLang>,
    /// Variants per canonical tag.
    pub tags: BTreeMap<String, TagCount>,
    /// Units per unordered pair of canonical tags.
    pub pairs: BTreeMap<(String, String), u64>,
    /// Whether the chunk's index was built (`tm import --no-index` skips
    /// it; `tm index` builds it later).
    pub indexed: bool,
}

impl ChunkInfo {
    /// Index info for a primary language.
    pub fn lang(&self, lang: &str) -> Option<&ChunkLang> {
        self.langs.iter().find(|l| l.lang == lang)
    }
}

/// Everything the store knows about itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// Next chunk id.
    pub next_chunk: u32,
    /// Next import id.
    pub next_import: u32,
    /// Committed chunks.
    pub chunks: Vec<ChunkInfo>,
    /// Import records.
    pub imports: Vec<ImportRecord>,
}

pub(super) fn key_units(chunk: u32, block: u32) -> [u8; 8] {
    let mut k = [0u8; 8];
    k[..4].copy_from_slice(&chunk.to_be_bytes());
    k[4..].copy_from_slice(&block.to_be_bytes());
    k
}

pub(super) fn parse_units_key(key: &[u8]) -> (u32, u32) {
    let chunk = key
        .get(..4)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u32::from_be_bytes);
    let block = key
        .get(4..8)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u32::from_be_bytes);
    (chunk, block)
}

pub(super) fn key_index(chunk: u32, lang: &str, bucket: u32) -> Vec<u8> {
    let mut k = Vec::with_capacity(4 + lang.len() + 5);
    k.extend_from_slice(&chunk.to_be_bytes());
    k.extend_from_slice(lang.as_bytes());
    k.push(0);
    k.extend_from_slice(&bucket.to_be_bytes());
    k
}
