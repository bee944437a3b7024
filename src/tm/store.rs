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
//!   (see [`super::postings`]): word tokens, an exact-text key per variant
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
//! # Locking
//! sled holds an exclusive file lock on an open database. [`Tm::open`]
//! retries for the `wait` duration, then fails with [`Error::Locked`].

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::lang::LangTag;
use crate::model::{HeaderInfo, Unit};
use crate::tm::postings::{self, Bucket, Posting};
use crate::tm::text;

/// Version of the on-disk layout. A store with another version is a cache
/// of tracked files and is rebuilt, never migrated.
pub const SCHEMA_VERSION: u32 = 2;
/// Units per chunk for bulk imports.
pub const DEFAULT_CHUNK_UNITS: usize = 131_072;
const BLOCK_UNITS: u32 = 64;
const DEDUP_BLOCK: u32 = u32::MAX;
const BUCKET_TARGET_BYTES: usize = 8 * 1024;

/// Token key of the per-language "units that have a variant" list.
pub fn langset_key() -> u64 {
    text::token_hash("\u{0}L")
}

/// A unit id: `chunk << 32 | local`.
pub type UnitId = u64;

/// Splits a unit id.
pub fn split_id(id: UnitId) -> (u32, u32) {
    ((id >> 32) as u32, id as u32)
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

/// How to open a TM.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// How long to wait for another process to release the TM.
    pub wait: Duration,
    /// sled page-cache size (64 MiB: lookups touch far less, and imports
    /// stay well under 500 MB at 1.86 M units).
    pub cache_bytes: u64,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            wait: Duration::from_secs(10),
            cache_bytes: 64 << 20,
        }
    }
}

/// An open translation memory.
pub struct Tm {
    db: sled::Db,
    path: PathBuf,
    meta: sled::Tree,
    units: sled::Tree,
    index: sled::Tree,
    state: State,
    rebuilt_from: Option<u32>,
    block_cache: Mutex<BlockCache>,
}

/// Recently read unit blocks, decompressed, up to [`BLOCK_CACHE_BYTES`].
#[derive(Default)]
struct BlockCache {
    order: VecDeque<(u32, u32)>,
    blocks: HashMap<(u32, u32), Arc<RawBlock>>,
    bytes: usize,
}

const BLOCK_CACHE_BYTES: usize = 32 << 20;

/// A decompressed unit block: an offset table, then each unit's postcard
/// bytes.
struct RawBlock {
    data: Vec<u8>,
    n: usize,
}

impl RawBlock {
    fn decompress(bytes: &[u8]) -> std::result::Result<Self, String> {
        let data = lz4_flex::decompress_size_prepended(bytes)
            .map_err(|e| format!("corrupt unit block: {e}"))?;
        let n = data
            .get(..4)
            .map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")) as usize)
            .ok_or("corrupt unit block: no header")?;
        let payload = 4 + n * 4;
        let mut prev = 0;
        for i in 0..n {
            let end = data
                .get(4 + i * 4..8 + i * 4)
                .map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")) as usize)
                .ok_or("corrupt unit block: short offset table")?;
            if end < prev || payload + end > data.len() {
                return Err("corrupt unit block: bad offset".into());
            }
            prev = end;
        }
        Ok(RawBlock { data, n })
    }

    fn len(&self) -> usize {
        self.n
    }

    fn offset(&self, i: usize) -> usize {
        if i == 0 {
            return 0;
        }
        u32::from_le_bytes(self.data[i * 4..i * 4 + 4].try_into().expect("4 bytes")) as usize
    }

    fn unit(&self, i: usize) -> Option<std::result::Result<StoredUnit, String>> {
        if i >= self.n {
            return None;
        }
        let payload = 4 + self.n * 4;
        let bytes = &self.data[payload + self.offset(i)..payload + self.offset(i + 1)];
        Some(postcard::from_bytes(bytes).map_err(|e| format!("corrupt unit block: {e}")))
    }
}

/// Builds unit blocks as units arrive: each unit is serialised at once
/// (so a chunk in the making holds compressed bytes, not unit structures)
/// and every [`BLOCK_UNITS`] units become one compressed block.
#[derive(Default)]
struct BlockWriter {
    payload: Vec<u8>,
    ends: Vec<u32>,
    blocks: Vec<Vec<u8>>,
}

impl BlockWriter {
    fn push(&mut self, unit: &StoredUnit) {
        let payload = std::mem::take(&mut self.payload);
        self.payload =
            postcard::to_extend(unit, payload).expect("in-memory serialisation cannot fail");
        self.ends.push(self.payload.len() as u32);
        if self.ends.len() == BLOCK_UNITS as usize {
            self.close_block();
        }
    }

    fn close_block(&mut self) {
        if self.ends.is_empty() {
            return;
        }
        let mut raw = Vec::with_capacity(4 + self.ends.len() * 4 + self.payload.len());
        raw.extend_from_slice(&(self.ends.len() as u32).to_le_bytes());
        for end in &self.ends {
            raw.extend_from_slice(&end.to_le_bytes());
        }
        raw.extend_from_slice(&self.payload);
        self.blocks.push(lz4_flex::compress_prepend_size(&raw));
        self.payload.clear();
        self.ends.clear();
    }

    /// The compressed blocks, in order.
    fn finish(mut self) -> Vec<Vec<u8>> {
        self.close_block();
        self.blocks
    }
}

fn decode_block(bytes: &[u8]) -> std::result::Result<Vec<StoredUnit>, String> {
    let block = RawBlock::decompress(bytes)?;
    (0..block.len())
        .map(|i| block.unit(i).expect("in range"))
        .collect()
}

fn is_lock_error(err: &sled::Error) -> bool {
    match err {
        sled::Error::Io(e) => {
            e.kind() == std::io::ErrorKind::WouldBlock
                || e.to_string().contains("could not acquire lock")
        }
        _ => false,
    }
}

fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    postcard::to_allocvec(value).expect("in-memory serialisation cannot fail")
}

impl Tm {
    /// Opens (or creates) the TM at `path`, waiting for a lock held by
    /// another process up to `options.wait`.
    pub fn open(path: &Path, options: &OpenOptions) -> Result<Tm> {
        let started = Instant::now();
        std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
        let db = loop {
            match sled::Config::new()
                .path(path)
                .cache_capacity(options.cache_bytes)
                .mode(sled::Mode::LowSpace)
                .open()
            {
                Ok(db) => break db,
                Err(e) if is_lock_error(&e) => {
                    if started.elapsed() >= options.wait {
                        return Err(Error::Locked {
                            path: path.to_path_buf(),
                            waited_secs: started.elapsed().as_secs(),
                        });
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(e) => return Err(Error::storage(path, e)),
            }
        };
        let st = |e: sled::Error| Error::storage(path, e);
        let meta = db.open_tree("meta").map_err(st)?;
        let units = db.open_tree("units").map_err(st)?;
        let index = db.open_tree("index").map_err(st)?;
        let mut tm = Tm {
            db,
            path: path.to_path_buf(),
            meta,
            units,
            index,
            state: State::default(),
            rebuilt_from: None,
            block_cache: Mutex::new(BlockCache::default()),
        };
        tm.load()?;
        Ok(tm)
    }

    fn st(&self, e: impl std::fmt::Display) -> Error {
        Error::storage(&self.path, e)
    }

    fn load(&mut self) -> Result<()> {
        let schema = self.meta.get("schema").map_err(|e| self.st(e))?;
        match schema {
            None => {
                // A new store, or one that never committed anything.
                self.clear_all()?;
                self.meta
                    .insert("schema", &SCHEMA_VERSION.to_le_bytes())
                    .map_err(|e| self.st(e))?;
            }
            Some(v) => {
                let version = v.as_ref().try_into().map(u32::from_le_bytes).unwrap_or(0);
                if version != SCHEMA_VERSION {
                    self.clear_all()?;
                    self.meta
                        .insert("schema", &SCHEMA_VERSION.to_le_bytes())
                        .map_err(|e| self.st(e))?;
                    self.rebuilt_from = Some(version);
                    self.db.flush().map_err(|e| self.st(e))?;
                    return Ok(());
                }
            }
        }
        if let Some(bytes) = self.meta.get("state").map_err(|e| self.st(e))? {
            self.state = postcard::from_bytes(&bytes).map_err(|e| {
                self.st(format!(
                    "unreadable state record ({e}); delete the TM directory to rebuild it"
                ))
            })?;
        }
        self.remove_pending()?;
        Ok(())
    }

    fn clear_all(&mut self) -> Result<()> {
        for tree in [&self.meta, &self.units, &self.index] {
            tree.clear().map_err(|e| Error::storage(&self.path, e))?;
        }
        self.state = State::default();
        Ok(())
    }

    /// Deletes the data of chunks written by an import that never
    /// committed.
    fn remove_pending(&mut self) -> Result<()> {
        let Some(bytes) = self.meta.get("pending").map_err(|e| self.st(e))? else {
            return Ok(());
        };
        let pending: Vec<u32> = postcard::from_bytes(&bytes).unwrap_or_default();
        for chunk in pending {
            if self.state.chunks.iter().any(|c| c.id == chunk) {
                continue;
            }
            self.delete_chunk_data(chunk)?;
        }
        self.meta.remove("pending").map_err(|e| self.st(e))?;
        self.db.flush().map_err(|e| self.st(e))?;
        Ok(())
    }

    fn delete_chunk_data(&self, chunk: u32) -> Result<()> {
        for tree in [&self.units, &self.index] {
            let mut batch = sled::Batch::default();
            for key in tree.scan_prefix(chunk.to_be_bytes()).keys() {
                batch.remove(key.map_err(|e| self.st(e))?);
            }
            tree.apply_batch(batch).map_err(|e| self.st(e))?;
        }
        Ok(())
    }

    /// The TM directory.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// When the store had another schema version and was emptied on open,
    /// the version it had.
    pub fn rebuilt_from(&self) -> Option<u32> {
        self.rebuilt_from
    }

    /// The store's state.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// Number of units.
    pub fn unit_count(&self) -> u64 {
        self.state.chunks.iter().map(|c| u64::from(c.units)).sum()
    }

    /// True when the TM holds no unit.
    pub fn is_empty(&self) -> bool {
        self.unit_count() == 0
    }

    /// Writes everything to disk. Every command that writes ends with it.
    pub fn flush(&self) -> Result<()> {
        self.db.flush().map_err(|e| self.st(e))?;
        Ok(())
    }

    /// Size of the store on disk, in bytes.
    pub fn size_on_disk(&self) -> Result<u64> {
        let mut total = 0;
        for entry in walkdir::WalkDir::new(&self.path).into_iter().flatten() {
            if entry.file_type().is_file() {
                total += entry.metadata().map(|m| m.len()).unwrap_or(0);
            }
        }
        Ok(total)
    }

    /// Starts an import. Nothing is visible to readers until
    /// [`Importer::commit`]; dropping the importer undoes everything.
    pub fn begin_import(
        &mut self,
        name: &str,
        format: &str,
        header: Option<HeaderInfo>,
    ) -> Result<Importer<'_>> {
        let mut known = HashSet::new();
        for chunk in &self.state.chunks {
            if let Some(bytes) = self
                .units
                .get(key_units(chunk.id, DEDUP_BLOCK))
                .map_err(|e| self.st(e))?
            {
                for h in bytes.chunks_exact(8) {
                    known.insert(u64::from_le_bytes(h.try_into().expect("8 bytes")));
                }
            }
        }
        let import_id = self.state.next_import;
        Ok(Importer {
            record: ImportRecord {
                id: import_id,
                name: name.to_string(),
                format: format.to_string(),
                date: crate::model::tmx_now(),
                header,
                counts: ImportCounts::default(),
            },
            tm: self,
            known,
            builder: ChunkBuilder::default(),
            writer: None,
            written: Vec::new(),
            pending: Vec::new(),
            chunk_units: DEFAULT_CHUNK_UNITS,
            no_index: false,
            committed: false,
        })
    }

    /// Chunks stored without an index.
    pub fn unindexed_units(&self) -> u64 {
        self.state
            .chunks
            .iter()
            .filter(|c| !c.indexed)
            .map(|c| u64::from(c.units))
            .sum()
    }

    /// Builds the index of every chunk imported with `--no-index`.
    /// Returns the number of units indexed.
    pub fn build_missing_index(&mut self, progress: &indicatif::ProgressBar) -> Result<u64> {
        let todo: Vec<u32> = self
            .state
            .chunks
            .iter()
            .filter(|c| !c.indexed)
            .map(|c| c.id)
            .collect();
        progress.set_length(self.unindexed_units());
        let mut done = 0;
        for chunk in todo {
            let mut builder = ChunkBuilder {
                index_only: true,
                ..Default::default()
            };
            let mut blocks = Vec::new();
            for entry in self.units.scan_prefix(chunk.to_be_bytes()) {
                let (key, value) = entry.map_err(|e| self.st(e))?;
                let (_, block) = parse_units_key(&key);
                if block != DEDUP_BLOCK {
                    blocks.push((block, decode_block(&value).map_err(|e| self.st(e))?));
                }
            }
            blocks.sort_by_key(|(b, _)| *b);
            for (_, units) in blocks {
                for stored in units {
                    let hash = stored.unit.content_hash();
                    builder.add(stored, hash);
                    progress.inc(1);
                }
            }
            done += builder.len() as u64;
            let (info, _, index_batch) = builder.finish(chunk);
            self.index
                .apply_batch(index_batch)
                .map_err(|e| self.st(e))?;
            let mut state = self.state.clone();
            if let Some(c) = state.chunks.iter_mut().find(|c| c.id == chunk) {
                c.langs = info.langs;
                c.indexed = true;
            }
            self.meta
                .insert("state", encode(&state))
                .map_err(|e| self.st(e))?;
            self.state = state;
        }
        self.flush()?;
        Ok(done)
    }

    /// Reads one unit.
    pub fn get(&self, id: UnitId) -> Result<Option<StoredUnit>> {
        let (chunk, local) = split_id(id);
        let Some(block) = self.block(chunk, local / BLOCK_UNITS)? else {
            return Ok(None);
        };
        block
            .unit((local % BLOCK_UNITS) as usize)
            .transpose()
            .map_err(|e| self.st(e))
    }

    fn block(&self, chunk: u32, block: u32) -> Result<Option<Arc<RawBlock>>> {
        if let Ok(cache) = self.block_cache.lock()
            && let Some(found) = cache.blocks.get(&(chunk, block))
        {
            return Ok(Some(found.clone()));
        }
        let Some(bytes) = self
            .units
            .get(key_units(chunk, block))
            .map_err(|e| self.st(e))?
        else {
            return Ok(None);
        };
        let raw = Arc::new(RawBlock::decompress(&bytes).map_err(|e| self.st(e))?);
        if let Ok(mut cache) = self.block_cache.lock()
            && !cache.blocks.contains_key(&(chunk, block))
        {
            while cache.bytes + raw.data.len() > BLOCK_CACHE_BYTES
                && let Some(old) = cache.order.pop_front()
            {
                if let Some(gone) = cache.blocks.remove(&old) {
                    cache.bytes -= gone.data.len();
                }
            }
            cache.order.push_back((chunk, block));
            cache.bytes += raw.data.len();
            cache.blocks.insert((chunk, block), raw.clone());
        }
        Ok(Some(raw))
    }

    /// Iterates over every unit in id order.
    pub fn iter(&self) -> impl Iterator<Item = Result<(UnitId, StoredUnit)>> + '_ {
        self.units.iter().flat_map(move |entry| {
            let items: Vec<Result<(UnitId, StoredUnit)>> = match entry {
                Err(e) => vec![Err(self.st(e))],
                Ok((key, value)) => {
                    let (chunk, block) = parse_units_key(&key);
                    if block == DEDUP_BLOCK || !self.state.chunks.iter().any(|c| c.id == chunk) {
                        Vec::new()
                    } else {
                        match decode_block(&value) {
                            Err(e) => vec![Err(self.st(e))],
                            Ok(units) => units
                                .into_iter()
                                .enumerate()
                                .map(|(i, u)| {
                                    Ok((join_id(chunk, block * BLOCK_UNITS + i as u32), u))
                                })
                                .collect(),
                        }
                    }
                }
            };
            items
        })
    }

    /// The raw index bucket holding `token` for a language of a chunk.
    pub fn bucket(&self, chunk: &ChunkInfo, lang: &str, token: u64) -> Result<Option<sled::IVec>> {
        let Some(info) = chunk.lang(lang) else {
            return Ok(None);
        };
        let bucket = postings::bucket_of(token, info.buckets);
        self.index
            .get(key_index(chunk.id, lang, bucket))
            .map_err(|e| self.st(e))
    }

    /// The postings of `token` in a language of a chunk.
    pub fn postings(&self, chunk: &ChunkInfo, lang: &str, token: u64) -> Result<Vec<Posting>> {
        Ok(match self.bucket(chunk, lang, token)? {
            Some(bytes) => Bucket::new(&bytes)
                .and_then(|b| b.get(token).map(|l| l.iter().collect()))
                .unwrap_or_default(),
            None => Vec::new(),
        })
    }

    /// Units whose variant in `lang` has exactly this text (by
    /// [`text::exact_key`]), as candidate ids; callers verify the text.
    pub fn exact_candidates(&self, lang: &LangTag, matching_text: &str) -> Result<Vec<UnitId>> {
        let key = text::exact_key(matching_text);
        let mut out = Vec::new();
        for chunk in &self.state.chunks {
            for p in self.postings(chunk, lang.language(), key)? {
                out.push(join_id(chunk.id, p.local));
            }
        }
        Ok(out)
    }

    /// Aggregated statistics.
    pub fn stats(&self) -> Stats {
        let mut stats = Stats {
            units: self.unit_count(),
            chunks: self.state.chunks.len(),
            imports: self.state.imports.len(),
            ..Default::default()
        };
        for chunk in &self.state.chunks {
            for (tag, count) in &chunk.tags {
                let entry = stats.tags.entry(tag.clone()).or_default();
                entry.variants += count.variants;
                entry.raw_forms.extend(count.raw_forms.iter().cloned());
            }
            for (pair, n) in &chunk.pairs {
                *stats.pairs.entry(pair.clone()).or_default() += n;
            }
        }
        stats
    }
}

/// Aggregated TM statistics.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stats {
    /// Units.
    pub units: u64,
    /// Chunks.
    pub chunks: usize,
    /// Import records.
    pub imports: usize,
    /// Variants per canonical tag, with raw forms.
    pub tags: BTreeMap<String, TagCount>,
    /// Units per unordered language pair.
    pub pairs: BTreeMap<(String, String), u64>,
}

fn key_units(chunk: u32, block: u32) -> [u8; 8] {
    let mut k = [0u8; 8];
    k[..4].copy_from_slice(&chunk.to_be_bytes());
    k[4..].copy_from_slice(&block.to_be_bytes());
    k
}

fn parse_units_key(key: &[u8]) -> (u32, u32) {
    let chunk = key
        .get(..4)
        .and_then(|b| b.try_into().ok())
        .map(u32::from_be_bytes)
        .unwrap_or(0);
    let block = key
        .get(4..8)
        .and_then(|b| b.try_into().ok())
        .map(u32::from_be_bytes)
        .unwrap_or(0);
    (chunk, block)
}

fn key_index(chunk: u32, lang: &str, bucket: u32) -> Vec<u8> {
    let mut k = Vec::with_capacity(4 + lang.len() + 5);
    k.extend_from_slice(&chunk.to_be_bytes());
    k.extend_from_slice(lang.as_bytes());
    k.push(0);
    k.extend_from_slice(&bucket.to_be_bytes());
    k
}

/// A posting while a chunk is built.
#[derive(Debug, Clone, Copy)]
struct RawPosting {
    token: u64,
    local: u32,
    lang: u16,
    len: u16,
}

/// Accumulates one chunk in memory: its units and its postings.
#[derive(Default)]
struct ChunkBuilder {
    no_index: bool,
    /// Index only (`tm index`): the units are already stored.
    index_only: bool,
    count: u32,
    blocks: BlockWriter,
    hashes: Vec<u64>,
    langs: Vec<String>,
    lang_ids: HashMap<String, u16>,
    lang_units: Vec<u32>,
    /// Every posting of the chunk, in the order the units came; sorted
    /// and grouped when the chunk is written (a flat vector costs far less
    /// memory and time than a map of growing lists).
    postings: Vec<RawPosting>,
    tags: BTreeMap<String, TagCount>,
    pairs: BTreeMap<(String, String), u64>,
    /// Language tags as written → (canonical tag, index language id):
    /// parsing a tag once per chunk, not once per variant.
    tag_cache: HashMap<String, (String, u16)>,
}

impl ChunkBuilder {
    fn tag_of(&mut self, raw: &str) -> (String, u16) {
        if let Some(found) = self.tag_cache.get(raw) {
            return found.clone();
        }
        let tag = LangTag::lenient(raw);
        let found = (tag.as_str().to_string(), self.lang_id(tag.language()));
        self.tag_cache.insert(raw.to_string(), found.clone());
        found
    }

    fn lang_id(&mut self, lang: &str) -> u16 {
        if let Some(id) = self.lang_ids.get(lang) {
            return *id;
        }
        let id = self.langs.len() as u16;
        self.langs.push(lang.to_string());
        self.lang_ids.insert(lang.to_string(), id);
        self.lang_units.push(0);
        id
    }

    fn post(&mut self, lang: u16, token: u64, local: u32, len: u32) {
        self.postings.push(RawPosting {
            token,
            local,
            lang,
            // Lengths that do not fit are stored as 0, "any length", which
            // only loosens a query's filter and bound.
            len: u16::try_from(len).unwrap_or(0),
        });
    }

    fn add(&mut self, stored: StoredUnit, hash: u64) {
        let local = self.count;
        let mut canon_tags: Vec<String> = Vec::new();
        // Per index language: each variant's NFC matching text.
        let mut texts: Vec<(u16, Vec<String>)> = Vec::new();
        for variant in &stored.unit.variants {
            let (canonical, lang) = self.tag_of(&variant.lang);
            let entry = match self.tags.get_mut(&canonical) {
                Some(entry) => entry,
                None => self.tags.entry(canonical.clone()).or_default(),
            };
            entry.variants += 1;
            if !entry.raw_forms.contains(&variant.lang) {
                entry.raw_forms.insert(variant.lang.clone());
            }
            if !canon_tags.contains(&canonical) {
                canon_tags.push(canonical);
            }
            let normalized = if self.no_index {
                String::new()
            } else {
                text::nfc(&variant.seg.matching_text()).into_owned()
            };
            match texts.iter_mut().find(|(l, _)| *l == lang) {
                Some((_, list)) => list.push(normalized),
                None => {
                    self.lang_units[lang as usize] += 1;
                    texts.push((lang, vec![normalized]));
                }
            }
        }
        if !self.no_index {
            let mut hashes: Vec<u64> = Vec::new();
            for (lang, variants) in &texts {
                hashes.clear();
                // The length a query's length filter and score bound see: the
                // variant's token count, or 0 ("any") when the unit has
                // several non-empty variants of this language, so that the
                // filter never drops a unit for its other variant's length.
                let mut with_tokens = 0;
                let mut len = 0;
                for normalized in variants {
                    let before = hashes.len();
                    text::token_hashes(normalized, &mut hashes);
                    let count = hashes.len() - before;
                    if count > 0 {
                        with_tokens += 1;
                        len = count.min(u32::MAX as usize) as u32;
                    }
                    if !normalized.trim().is_empty() {
                        hashes.push(text::exact_key(normalized));
                    }
                }
                if with_tokens > 1 {
                    len = 0;
                }
                self.post(*lang, langset_key(), local, len);
                hashes.sort_unstable();
                hashes.dedup();
                for &h in &hashes {
                    self.post(*lang, h, local, len);
                }
            }
        }
        canon_tags.sort();
        for (i, a) in canon_tags.iter().enumerate() {
            for b in &canon_tags[i + 1..] {
                *self.pairs.entry((a.clone(), b.clone())).or_default() += 1;
            }
        }
        if !self.index_only {
            self.blocks.push(&stored);
        }
        self.count += 1;
        self.hashes.push(hash);
    }

    fn len(&self) -> usize {
        self.count as usize
    }

    /// Encodes the chunk into batches for the `units` and `index` trees.
    fn finish(self, chunk: u32) -> (ChunkInfo, sled::Batch, sled::Batch) {
        let mut units_batch = sled::Batch::default();
        for (block, bytes) in self.blocks.finish().into_iter().enumerate() {
            units_batch.insert(&key_units(chunk, block as u32), bytes);
        }
        let mut hashes = self.hashes;
        hashes.sort_unstable();
        hashes.dedup();
        let hash_bytes: Vec<u8> = hashes.iter().flat_map(|h| h.to_le_bytes()).collect();
        units_batch.insert(&key_units(chunk, DEDUP_BLOCK), hash_bytes);

        // Sort the postings by language and token (units are already in
        // order), then size each language's buckets and write them.
        let mut postings = self.postings;
        postings.sort_unstable_by_key(|p| (p.lang, p.token, p.local));
        let mut index_batch = sled::Batch::default();
        let mut langs = Vec::new();
        let mut start = 0;
        while start < postings.len() {
            let lang_id = postings[start].lang;
            let end = start + postings[start..].partition_point(|p| p.lang == lang_id);
            // One run per token: (bucket, token, range).
            let mut runs: Vec<(u32, u64, usize, usize)> = Vec::new();
            let mut i = start;
            while i < end {
                let token = postings[i].token;
                let j = i + postings[i..end].partition_point(|p| p.token == token);
                runs.push((0, token, i, j));
                i = j;
            }
            let size: usize = runs
                .iter()
                .map(|r| postings::estimated_size(r.3 - r.2))
                .sum();
            let buckets = size.div_ceil(BUCKET_TARGET_BYTES).max(1) as u32;
            for run in &mut runs {
                run.0 = postings::bucket_of(run.1, buckets);
            }
            runs.sort_unstable();
            let lang = &self.langs[lang_id as usize];
            let mut r = 0;
            while r < runs.len() {
                let bucket = runs[r].0;
                let s = r + runs[r..].partition_point(|run| run.0 == bucket);
                let entries = runs[r..s].iter().map(|&(_, token, a, b)| {
                    let list = postings[a..b].iter().map(|p| Posting {
                        local: p.local,
                        len: u32::from(p.len),
                    });
                    (token, b - a, list)
                });
                index_batch.insert(
                    key_index(chunk, lang, bucket),
                    postings::encode_bucket_from(s - r, entries),
                );
                r = s;
            }
            langs.push(ChunkLang {
                lang: lang.clone(),
                buckets,
                units: self.lang_units[lang_id as usize],
            });
            start = end;
        }
        // Languages of a chunk stored without its index.
        for (lang_id, lang) in self.langs.iter().enumerate() {
            if !langs.iter().any(|l: &ChunkLang| &l.lang == lang) {
                langs.push(ChunkLang {
                    lang: lang.clone(),
                    buckets: 1,
                    units: self.lang_units[lang_id],
                });
            }
        }
        let info = ChunkInfo {
            id: chunk,
            units: self.count,
            langs,
            tags: self.tags,
            pairs: self.pairs,
            indexed: !self.no_index,
        };
        (info, units_batch, index_batch)
    }
}

/// Gives memory freed by the previous chunk back to the system: glibc's
/// malloc keeps large freed buffers (a chunk's postings, sled's batches)
/// in its heaps, so without this an import's memory creeps up chunk after
/// chunk.
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory of the allocator's
    // own heaps; it takes no pointer and has no precondition.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// What happened to one unit offered to an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddOutcome {
    /// Stored as a new unit with this id.
    Added(UnitId),
    /// Equal to a unit already present.
    Merged,
    /// Not stored (no variant).
    Skipped,
}

/// An import in progress. Commit it with [`Importer::commit`]; dropping
/// it without committing removes everything it wrote.
pub struct Importer<'a> {
    tm: &'a mut Tm,
    record: ImportRecord,
    known: HashSet<u64>,
    builder: ChunkBuilder,
    /// The previous chunk, being encoded and written on another thread
    /// while this one fills (at most one: memory stays at two chunks).
    writer: Option<std::thread::JoinHandle<Result<ChunkInfo>>>,
    written: Vec<ChunkInfo>,
    pending: Vec<u32>,
    chunk_units: usize,
    no_index: bool,
    committed: bool,
}

impl Importer<'_> {
    /// Sets how many units go into one chunk (tests use small chunks).
    pub fn set_chunk_units(&mut self, n: usize) {
        self.chunk_units = n.max(1);
    }

    /// Stores units without indexing them (`tm import --no-index`).
    pub fn set_no_index(&mut self, no_index: bool) {
        self.no_index = no_index;
        self.builder.no_index = no_index;
    }

    /// Offers one unit.
    pub fn add(&mut self, unit: Unit) -> Result<AddOutcome> {
        self.record.counts.units_read += 1;
        if unit.variants.is_empty() {
            self.record.counts.skipped += 1;
            return Ok(AddOutcome::Skipped);
        }
        let hash = unit.content_hash();
        if !self.known.insert(hash) {
            self.record.counts.merged += 1;
            return Ok(AddOutcome::Merged);
        }
        let chunk = self.current_chunk_id();
        let local = self.builder.len() as u32;
        self.builder.add(
            StoredUnit {
                import: self.record.id,
                unit,
            },
            hash,
        );
        self.record.counts.added += 1;
        if self.builder.len() >= self.chunk_units {
            self.write_chunk()?;
        }
        Ok(AddOutcome::Added(join_id(chunk, local)))
    }

    fn current_chunk_id(&self) -> u32 {
        self.tm.state.next_chunk + self.pending.len() as u32
    }

    /// Hands the chunk being filled to a writer thread (after the previous
    /// one is written): encoding, sorting postings and sled's batch writes
    /// run on the second core while the next chunk is read.
    fn write_chunk(&mut self) -> Result<()> {
        if self.builder.len() == 0 {
            return Ok(());
        }
        let chunk = self.current_chunk_id();
        self.pending.push(chunk);
        self.tm
            .meta
            .insert("pending", encode(&self.pending))
            .map_err(|e| self.tm.st(e))?;
        let builder = std::mem::replace(
            &mut self.builder,
            ChunkBuilder {
                no_index: self.no_index,
                ..Default::default()
            },
        );
        self.join_writer()?;
        release_freed_memory();
        let (units, index, path) = (
            self.tm.units.clone(),
            self.tm.index.clone(),
            self.tm.path.clone(),
        );
        self.writer = Some(std::thread::spawn(move || {
            let (info, units_batch, index_batch) = builder.finish(chunk);
            units
                .apply_batch(units_batch)
                .map_err(|e| Error::storage(&path, e))?;
            index
                .apply_batch(index_batch)
                .map_err(|e| Error::storage(&path, e))?;
            Ok(info)
        }));
        Ok(())
    }

    /// Waits for the writer thread, if any.
    fn join_writer(&mut self) -> Result<()> {
        let Some(handle) = self.writer.take() else {
            return Ok(());
        };
        match handle.join() {
            Ok(Ok(info)) => {
                self.written.push(info);
                Ok(())
            }
            Ok(Err(e)) => Err(e),
            Err(_) => Err(self
                .tm
                .st("the import's writer thread stopped unexpectedly")),
        }
    }

    /// The counts so far.
    pub fn counts(&self) -> ImportCounts {
        self.record.counts
    }

    /// Makes the import visible, atomically, and flushes it to disk.
    pub fn commit(mut self) -> Result<ImportRecord> {
        self.write_chunk()?;
        self.join_writer()?;
        let mut state = self.tm.state.clone();
        state.next_chunk += self.pending.len() as u32;
        state.next_import += 1;
        state.chunks.extend(self.written.iter().cloned());
        state.imports.push(self.record.clone());
        let state_bytes = encode(&state);
        let tm = &*self.tm;
        tm.meta
            .transaction(|tx| {
                tx.insert("state", state_bytes.as_slice())?;
                tx.remove("pending")?;
                Ok::<(), sled::transaction::ConflictableTransactionError<()>>(())
            })
            .map_err(|e| tm.st(format!("{e:?}")))?;
        tm.db.flush().map_err(|e| tm.st(e))?;
        self.tm.state = state;
        self.committed = true;
        Ok(self.record.clone())
    }
}

impl Drop for Importer<'_> {
    fn drop(&mut self) {
        // Whatever the writer thread was doing ends before the clean-up.
        let _ = self.join_writer();
        if self.committed || self.pending.is_empty() {
            return;
        }
        // Best effort: if this fails, the next open removes the chunks.
        for chunk in &self.pending {
            let _ = self.tm.delete_chunk_data(*chunk);
        }
        let _ = self.tm.meta.remove("pending");
        let _ = self.tm.db.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Variant;

    fn unit(fr: &str, en: &str) -> Unit {
        Unit {
            variants: vec![Variant::new("fr", fr), Variant::new("en", en)],
            ..Default::default()
        }
    }

    fn open(dir: &Path) -> Tm {
        Tm::open(&dir.join("tm"), &OpenOptions::default()).unwrap()
    }

    #[test]
    fn import_commit_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut tm = open(dir.path());
        let mut imp = tm.begin_import("t", "tmx", None).unwrap();
        imp.set_chunk_units(2);
        for i in 0..5 {
            imp.add(unit(&format!("Bonjour {i}"), &format!("Hello {i}")))
                .unwrap();
        }
        assert_eq!(
            imp.add(unit("Bonjour 1", "Hello 1")).unwrap(),
            AddOutcome::Merged
        );
        let rec = imp.commit().unwrap();
        assert_eq!(rec.counts.added, 5);
        assert_eq!(rec.counts.merged, 1);
        assert_eq!(tm.unit_count(), 5);
        assert_eq!(tm.state().chunks.len(), 3);
        let all: Vec<_> = tm.iter().map(|r| r.unwrap().1.unit).collect();
        assert_eq!(all.len(), 5);
        drop(tm);
        // Reopen: everything is still there.
        let tm = open(dir.path());
        assert_eq!(tm.unit_count(), 5);
        let fr = LangTag::parse("fr").unwrap();
        let ids = tm.exact_candidates(&fr, "Bonjour 3").unwrap();
        assert_eq!(ids.len(), 1);
        let found = tm.get(ids[0]).unwrap().unwrap();
        assert_eq!(found.unit.variants[1].seg.display_text(), "Hello 3");
    }

    #[test]
    fn a_dropped_import_leaves_the_tm_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let mut tm = open(dir.path());
        let mut imp = tm.begin_import("a", "tmx", None).unwrap();
        imp.add(unit("Un", "One")).unwrap();
        imp.commit().unwrap();
        let before: Vec<_> = tm.iter().map(|r| r.unwrap()).collect();
        {
            let mut imp = tm.begin_import("b", "tmx", None).unwrap();
            imp.set_chunk_units(1);
            imp.add(unit("Deux", "Two")).unwrap();
            imp.add(unit("Trois", "Three")).unwrap();
            // Dropped without commit.
        }
        let after: Vec<_> = tm.iter().map(|r| r.unwrap()).collect();
        assert_eq!(before, after);
        assert_eq!(tm.unit_count(), 1);
        let fr = LangTag::parse("fr").unwrap();
        assert!(tm.exact_candidates(&fr, "Deux").unwrap().is_empty());
    }

    #[test]
    fn pending_chunks_from_a_killed_import_are_removed_on_open() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut tm = open(dir.path());
            let mut imp = tm.begin_import("a", "tmx", None).unwrap();
            imp.set_chunk_units(1);
            imp.add(unit("Deux", "Two")).unwrap();
            imp.add(unit("Trois", "Three")).unwrap();
            // Simulate a kill: skip Drop's clean-up.
            std::mem::forget(imp);
            tm.flush().unwrap();
        }
        let tm = open(dir.path());
        assert_eq!(tm.unit_count(), 0);
        assert_eq!(tm.units.len(), 0);
        assert_eq!(tm.index.len(), 0);
    }

    #[test]
    fn a_store_of_another_schema_is_emptied_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut tm = open(dir.path());
            let mut imp = tm.begin_import("a", "tmx", None).unwrap();
            imp.add(unit("Un", "One")).unwrap();
            imp.commit().unwrap();
            tm.meta.insert("schema", &0u32.to_le_bytes()).unwrap();
            tm.flush().unwrap();
        }
        let tm = open(dir.path());
        assert_eq!(tm.rebuilt_from(), Some(0));
        assert!(tm.is_empty());
        assert_eq!(tm.iter().count(), 0);
        drop(tm);
        assert_eq!(open(dir.path()).rebuilt_from(), None);
    }

    #[test]
    fn second_open_reports_locked() {
        let dir = tempfile::tempdir().unwrap();
        let _tm = open(dir.path());
        let err = Tm::open(
            &dir.path().join("tm"),
            &OpenOptions {
                wait: Duration::from_millis(0),
                ..Default::default()
            },
        )
        .err()
        .expect("second open must fail");
        assert!(matches!(err, Error::Locked { .. }), "{err}");
    }

    #[test]
    fn stats_count_tags_and_pairs() {
        let dir = tempfile::tempdir().unwrap();
        let mut tm = open(dir.path());
        let mut imp = tm.begin_import("a", "tmx", None).unwrap();
        let mut u = unit("Un", "One");
        u.variants[0].lang = "FR_fr".into();
        imp.add(u).unwrap();
        imp.add(unit("Deux", "Two")).unwrap();
        imp.commit().unwrap();
        let stats = tm.stats();
        assert_eq!(stats.units, 2);
        assert_eq!(
            stats.tags["fr-FR"].raw_forms,
            BTreeSet::from(["FR_fr".to_string()])
        );
        assert_eq!(stats.pairs[&("en".to_string(), "fr".to_string())], 1);
        assert_eq!(stats.pairs[&("en".to_string(), "fr-FR".to_string())], 1);
    }
}
