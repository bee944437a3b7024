//! [`Importer`]: one all-or-nothing import — units added chunk by chunk,
//! duplicates merged, the import committed by one `meta` transaction (or
//! its chunks removed when it is dropped uncommitted).

use std::collections::HashSet;

use crate::error::{Error, Result};
use crate::model::{HeaderInfo, Unit};
use crate::tm::store::block::encode;
use crate::tm::store::chunk::{ChunkBuilder, release_freed_memory};
use crate::tm::store::db::Tm;
use crate::tm::store::layout::{
    ChunkInfo, DEDUP_BLOCK, DEFAULT_CHUNK_UNITS, ImportCounts, ImportRecord, StoredUnit, UnitId,
    join_id, key_units,
};

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
    pub(super) tm: &'a mut Tm,
    pub(super) record: ImportRecord,
    pub(super) known: HashSet<u64>,
    pub(super) builder: ChunkBuilder,
    /// The previous chunk, being encoded and written on another thread
    /// while this one fills (at most one: memory stays at two chunks).
    pub(super) writer: Option<std::thread::JoinHandle<Result<ChunkInfo>>>,
    pub(super) written: Vec<ChunkInfo>,
    pub(super) pending: Vec<u32>,
    pub(super) chunk_units: usize,
    pub(super) no_index: bool,
    pub(super) committed: bool,
    pub(super) flagger: Option<Flagger>,
}

/// What marks a unit's avoided glossary terms before it is stored: it
/// adds the unit's flags (props) and says whether it flagged it. The TM
/// does not know the glossary; the layer above hands it this.
#[derive(Clone)]
pub struct Flagger(pub std::sync::Arc<dyn Fn(&mut Unit) -> bool + Send + Sync>);

impl std::fmt::Debug for Flagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Flagger")
    }
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

    /// Flags units' avoided glossary terms as they are added.
    pub fn set_flagger(&mut self, flagger: Option<Flagger>) {
        self.flagger = flagger;
    }

    /// Offers one unit.
    pub fn add(&mut self, mut unit: Unit) -> Result<AddOutcome> {
        self.record.counts.units_read += 1;
        if unit.variants.is_empty() {
            self.record.counts.skipped += 1;
            return Ok(AddOutcome::Skipped);
        }
        let flagged = self.flagger.as_ref().is_some_and(|f| (f.0)(&mut unit));
        let hash = unit.content_hash();
        if !self.known.insert(hash) {
            self.record.counts.merged += 1;
            return Ok(AddOutcome::Merged);
        }
        let chunk = self.current_chunk_id();
        let local = crate::num::u32_sat(self.builder.len());
        self.builder.add(
            &StoredUnit {
                import: self.record.id,
                unit,
            },
            hash,
        );
        self.record.counts.added += 1;
        if flagged {
            self.record.counts.flagged += 1;
        }
        if self.builder.len() >= self.chunk_units {
            self.write_chunk()?;
        }
        Ok(AddOutcome::Added(join_id(chunk, local)))
    }

    pub(super) fn current_chunk_id(&self) -> u32 {
        self.tm.state.next_chunk + crate::num::u32_sat(self.pending.len())
    }

    /// Hands the chunk being filled to a writer thread (after the previous
    /// one is written): encoding, sorting postings and sled's batch writes
    /// run on the second core while the next chunk is read.
    pub(super) fn write_chunk(&mut self) -> Result<()> {
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
    pub(super) fn join_writer(&mut self) -> Result<()> {
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
        state.next_chunk += crate::num::u32_sat(self.pending.len());
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

impl Tm {
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
            flagger: None,
        })
    }
}
