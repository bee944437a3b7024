//! Blocks of stored units: lz4 of `u32 n ‖ n × u32 end offset ‖
//! postcard(unit)…`, so reading one unit decompresses its block but
//! decodes only that unit; a small cache of decompressed blocks.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

use crate::tm::store::layout::{BLOCK_UNITS, StoredUnit};
use serde::Serialize;

/// Recently read unit blocks, decompressed, up to [`BLOCK_CACHE_BYTES`].
#[derive(Default)]
pub(super) struct BlockCache {
    pub(super) order: VecDeque<(u32, u32)>,
    pub(super) blocks: HashMap<(u32, u32), Arc<RawBlock>>,
    pub(super) bytes: usize,
}

pub(super) const BLOCK_CACHE_BYTES: usize = 32 << 20;

/// A decompressed unit block: an offset table, then each unit's postcard
/// bytes.
pub(super) struct RawBlock {
    pub(super) data: Vec<u8>,
    pub(super) n: usize,
}

impl RawBlock {
    pub(super) fn decompress(bytes: &[u8]) -> std::result::Result<Self, String> {
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

    pub(super) fn len(&self) -> usize {
        self.n
    }

    pub(super) fn offset(&self, i: usize) -> usize {
        if i == 0 {
            return 0;
        }
        u32::from_le_bytes(self.data[i * 4..i * 4 + 4].try_into().expect("4 bytes")) as usize
    }

    pub(super) fn unit(&self, i: usize) -> Option<std::result::Result<StoredUnit, String>> {
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
pub(super) struct BlockWriter {
    pub(super) payload: Vec<u8>,
    pub(super) ends: Vec<u32>,
    pub(super) blocks: Vec<Vec<u8>>,
}

impl BlockWriter {
    pub(super) fn push(&mut self, unit: &StoredUnit) {
        let payload = std::mem::take(&mut self.payload);
        self.payload =
            postcard::to_extend(unit, payload).expect("in-memory serialisation cannot fail");
        self.ends.push(crate::num::u32_sat(self.payload.len()));
        if self.ends.len() == BLOCK_UNITS as usize {
            self.close_block();
        }
    }

    pub(super) fn close_block(&mut self) {
        if self.ends.is_empty() {
            return;
        }
        let mut raw = Vec::with_capacity(4 + self.ends.len() * 4 + self.payload.len());
        raw.extend_from_slice(&crate::num::u32_sat(self.ends.len()).to_le_bytes());
        for end in &self.ends {
            raw.extend_from_slice(&end.to_le_bytes());
        }
        raw.extend_from_slice(&self.payload);
        self.blocks.push(lz4_flex::compress_prepend_size(&raw));
        self.payload.clear();
        self.ends.clear();
    }

    /// The compressed blocks, in order.
    pub(super) fn finish(mut self) -> Vec<Vec<u8>> {
        self.close_block();
        self.blocks
    }
}

pub(super) fn decode_block(bytes: &[u8]) -> std::result::Result<Vec<StoredUnit>, String> {
    let block = RawBlock::decompress(bytes)?;
    (0..block.len())
        .map(|i| block.unit(i).expect("in range"))
        .collect()
}

pub(super) fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    postcard::to_allocvec(value).expect("in-memory serialisation cannot fail")
}
