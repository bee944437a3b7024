//! [`Tm`]: the open store — opening and locking, rebuilding on a schema
//! change, removing uncommitted chunks, reading units, statistics.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::lang::LangTag;
use crate::lock::{FileLock, LockKind};
use crate::tm::postings::{self, Bucket, Posting};
use crate::tm::store::block::{BLOCK_CACHE_BYTES, BlockCache, RawBlock, decode_block};
use crate::tm::store::layout::{
    BLOCK_UNITS, ChunkInfo, DEDUP_BLOCK, SCHEMA_VERSION, State, StoredUnit, TagCount, UnitId,
    join_id, key_index, key_units, parse_units_key, split_id,
};
use crate::tm::text;

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
    pub(super) db: sled::Db,
    pub(super) path: PathBuf,
    pub(super) meta: sled::Tree,
    pub(super) units: sled::Tree,
    pub(super) index: sled::Tree,
    pub(super) state: State,
    pub(super) rebuilt_from: Option<u32>,
    pub(super) block_cache: Mutex<BlockCache>,
    /// Held while the store is open (see [`crate::lock`]).
    pub(super) _lock: FileLock,
}

/// relais' own lock file inside the TM directory.
pub const LOCK_FILE: &str = "relais.lock";

/// Removes what a killed or failed run of the storage engine can leave
/// behind and that would make the next open fail: a snapshot being
/// generated (`snap.*.generating`, left empty by a full disk, is read back
/// as "corrupted data"). Called only under the TM lock.
fn remove_engine_leftovers(path: &Path) {
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name
            .to_str()
            .is_some_and(|n| n.starts_with("snap.") && n.ends_with(".generating"))
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

pub(super) fn is_lock_error(err: &sled::Error) -> bool {
    match err {
        sled::Error::Io(e) => {
            e.kind() == std::io::ErrorKind::WouldBlock
                || e.to_string().contains("could not acquire lock")
        }
        _ => false,
    }
}

impl Tm {
    /// Opens (or creates) the TM at `path`, waiting for a lock held by
    /// another process up to `options.wait`.
    pub fn open(path: &Path, options: &OpenOptions) -> Result<Tm> {
        let started = Instant::now();
        std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
        // Our own lock first: while it is held no other relais process has
        // the store open, so the storage engine's leftovers can go.
        let lock = FileLock::acquire(&path.join(LOCK_FILE), LockKind::Tm, options.wait, "tm")?;
        remove_engine_leftovers(path);
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
            _lock: lock,
        };
        tm.load()?;
        Ok(tm)
    }

    pub(super) fn st(&self, e: impl std::fmt::Display) -> Error {
        Error::storage(&self.path, e)
    }

    pub(super) fn load(&mut self) -> Result<()> {
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
                let version = v.as_ref().try_into().map_or(0, u32::from_le_bytes);
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
            self.state = postcard::from_bytes(&bytes)
                .map_err(|e| self.st(format!("unreadable state record ({e})")))?;
        }
        self.remove_pending()?;
        Ok(())
    }

    pub(super) fn clear_all(&mut self) -> Result<()> {
        for tree in [&self.meta, &self.units, &self.index] {
            tree.clear().map_err(|e| Error::storage(&self.path, e))?;
        }
        self.state = State::default();
        Ok(())
    }

    /// Deletes the data of chunks written by an import that never
    /// committed.
    pub(super) fn remove_pending(&mut self) -> Result<()> {
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

    pub(super) fn delete_chunk_data(&self, chunk: u32) -> Result<()> {
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
                total += entry.metadata().map_or(0, |m| m.len());
            }
        }
        Ok(total)
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

    pub(super) fn block(&self, chunk: u32, block: u32) -> Result<Option<Arc<RawBlock>>> {
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
                                    Ok((
                                        join_id(
                                            chunk,
                                            block * BLOCK_UNITS + crate::num::u32_sat(i),
                                        ),
                                        u,
                                    ))
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
            flagged: self.state.imports.iter().map(|r| r.counts.flagged).sum(),
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
    /// Units stored with a glossary flag.
    pub flagged: u64,
    /// Variants per canonical tag, with raw forms.
    pub tags: BTreeMap<String, TagCount>,
    /// Units per unordered language pair.
    pub pairs: BTreeMap<(String, String), u64>,
}
