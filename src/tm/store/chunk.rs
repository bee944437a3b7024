//! A chunk in the making: its units serialised and compressed in
//! blocks, its postings flat; when full, a writer thread sorts the
//! postings, encodes the index buckets and writes both batches.

use std::collections::{BTreeMap, HashMap};

use crate::error::Result;

use crate::lang::LangTag;
use crate::tm::postings::{self, Posting};
use crate::tm::store::block::{BlockWriter, decode_block, encode};
use crate::tm::store::db::Tm;
use crate::tm::store::layout::{
    BUCKET_TARGET_BYTES, ChunkInfo, ChunkLang, DEDUP_BLOCK, StoredUnit, TagCount, key_index,
    key_units, langset_key, parse_units_key,
};
use crate::tm::text;

/// A posting while a chunk is built.
#[derive(Debug, Clone, Copy)]
pub(super) struct RawPosting {
    pub(super) token: u64,
    pub(super) local: u32,
    pub(super) lang: u16,
    pub(super) len: u16,
}

/// Accumulates one chunk in memory: its units and its postings.
#[derive(Default)]
pub(super) struct ChunkBuilder {
    pub(super) no_index: bool,
    /// Index only (`tm index`): the units are already stored.
    pub(super) index_only: bool,
    pub(super) count: u32,
    pub(super) blocks: BlockWriter,
    pub(super) hashes: Vec<u64>,
    pub(super) langs: Vec<String>,
    pub(super) lang_ids: HashMap<String, u16>,
    pub(super) lang_units: Vec<u32>,
    /// Every posting of the chunk, in the order the units came; sorted
    /// and grouped when the chunk is written (a flat vector costs far less
    /// memory and time than a map of growing lists).
    pub(super) postings: Vec<RawPosting>,
    pub(super) tags: BTreeMap<String, TagCount>,
    pub(super) pairs: BTreeMap<(String, String), u64>,
    /// Language tags as written → (canonical tag, index language id):
    /// parsing a tag once per chunk, not once per variant.
    pub(super) tag_cache: HashMap<String, (String, u16)>,
}

impl ChunkBuilder {
    pub(super) fn tag_of(&mut self, raw: &str) -> (String, u16) {
        if let Some(found) = self.tag_cache.get(raw) {
            return found.clone();
        }
        let tag = LangTag::lenient(raw);
        let found = (tag.as_str().to_string(), self.lang_id(tag.language()));
        self.tag_cache.insert(raw.to_string(), found.clone());
        found
    }

    pub(super) fn lang_id(&mut self, lang: &str) -> u16 {
        if let Some(id) = self.lang_ids.get(lang) {
            return *id;
        }
        let id = crate::num::u16_sat(self.langs.len());
        self.langs.push(lang.to_string());
        self.lang_ids.insert(lang.to_string(), id);
        self.lang_units.push(0);
        id
    }

    pub(super) fn post(&mut self, lang: u16, token: u64, local: u32, len: u32) {
        self.postings.push(RawPosting {
            token,
            local,
            lang,
            // Lengths that do not fit are stored as 0, "any length", which
            // only loosens a query's filter and bound.
            len: u16::try_from(len).unwrap_or(0),
        });
    }

    pub(super) fn add(&mut self, stored: &StoredUnit, hash: u64) {
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
                        len = crate::num::u32_sat(count);
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
            self.blocks.push(stored);
        }
        self.count += 1;
        self.hashes.push(hash);
    }

    pub(super) fn len(&self) -> usize {
        self.count as usize
    }

    /// Encodes the chunk into batches for the `units` and `index` trees.
    pub(super) fn finish(self, chunk: u32) -> (ChunkInfo, sled::Batch, sled::Batch) {
        let mut units_batch = sled::Batch::default();
        for (block, bytes) in self.blocks.finish().into_iter().enumerate() {
            units_batch.insert(&key_units(chunk, crate::num::u32_sat(block)), bytes);
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
            let buckets = crate::num::u32_sat(size.div_ceil(BUCKET_TARGET_BYTES).max(1));
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

pub(super) use crate::sys::release_freed_memory;

impl Tm {
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
                    builder.add(&stored, hash);
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
}
