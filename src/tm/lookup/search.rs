//! Candidate search over the index, chunk by chunk (see the [module
//! documentation](super) for the bounds), and the brute-force reference.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::error::Result;
use crate::lang::LangTag;
use crate::num;
use crate::tm::lookup::query::{LookupStats, Match, Query};
use crate::tm::lookup::verify::{TopK, Verified, into_match, judge, prepare, verify};
use crate::tm::postings::{Bucket, PostingList};
use crate::tm::scoring::{self, Prepared};
use crate::tm::store::{ChunkInfo, Tm, UnitId, join_id, langset_key};

/// Candidates verified at most per query.
pub const MAX_VERIFY: usize = 5_000;

/// A non-prefix posting list longer than this many times the candidate
/// count (and than [`DENSE_MIN`]) is not decoded: its token is assumed
/// present in every candidate.
const DENSE_FACTOR: usize = 32;

/// Lists up to this long are always decoded.
const DENSE_MIN: usize = 4_096;

/// The target language's "has a variant" list is decoded when it is at
/// most this many times the candidate count (or [`DENSE_MIN`]).
const LANGSET_FACTOR: usize = 256;

/// Marks, in [`Searcher`]'s length array, a candidate known to have a
/// variant in the target language.
const HAS_TARGET: u32 = 1 << 31;

struct Candidate {
    id: UnitId,
    bound: f64,
}

/// The query-level numbers of the candidate search.
struct Plan {
    /// Distinct token hashes with their multiplicity in the query.
    distinct: Vec<(u64, u32)>,
    n: usize,
    /// Lowest score, as a fraction.
    s: f64,
    /// Weight of the prefix: tokens whose multiplicities add up to it.
    prefix_weight: u32,
    min_len: u32,
    max_len: u32,
}

impl Plan {
    fn new(prepared: &Prepared, min_score: u32) -> Self {
        let n = prepared.len();
        let s = f64::from(min_score.min(100)) / 100.0;
        // The smallest word weight a match can have: w is 0.8 from 5
        // tokens up, and the longer text has at least n.
        let w_min = scoring::word_weight(n);
        let sw_min = ((s - (1.0 - w_min)) / w_min).max(0.0);
        let need = num::ceil_u32((sw_min * num::f64_from_usize(n)) - 1e-9).max(1);
        let mut multiplicity: HashMap<u64, u32> = HashMap::new();
        for t in &prepared.tokens {
            *multiplicity.entry(*t).or_default() += 1;
        }
        let mut distinct: Vec<(u64, u32)> = multiplicity.into_iter().collect();
        distinct.sort_unstable();
        let min_len = num::ceil_u32(num::f64_from_usize(n) * sw_min - 1e-9);
        let max_len = if sw_min > 0.0 {
            num::floor_u32(num::f64_from_usize(n) / sw_min + 1e-9).min(u32::MAX >> 1)
        } else {
            u32::MAX
        };
        Plan {
            distinct,
            n,
            s,
            prefix_weight: num::u32_sat(n).saturating_sub(need) + 1,
            min_len,
            max_len,
        }
    }

    fn length_ok(&self, len: u32) -> bool {
        len == 0 || (self.min_len..=self.max_len).contains(&len)
    }

    /// Upper bound of the score of a unit of `len` tokens (0: unknown)
    /// sharing at most `overlap` tokens with the query: its word
    /// similarity is at most overlap / longer length, its character
    /// similarity at most 1, and a fuzzy score is at most 94.
    fn bound(&self, overlap: u32, len: u32) -> f64 {
        let longest = num::u32_sat(self.n).max(len).max(1);
        let sw = (f64::from(overlap) / f64::from(longest)).min(1.0);
        if sw >= 1.0 {
            return 1.0;
        }
        let w = scoring::word_weight(longest as usize);
        (w * sw + (1.0 - w)).min(0.9499)
    }
}

/// Looks up queries in a TM, reusing its work arrays from one query to the
/// next (`tm lookup --stdin` keeps one).
pub struct Searcher<'tm> {
    tm: &'tm Tm,
    /// Per unit of the chunk being searched: tokens shared with the query
    /// (0: not a candidate).
    overlap: Vec<u32>,
    /// Per unit: its token count, with [`HAS_TARGET`].
    lens: Vec<u32>,
    /// Units with a non-zero overlap.
    touched: Vec<u32>,
    stats: LookupStats,
}

struct TokenList {
    df: usize,
    mult: u32,
    token: u64,
    bucket: Option<sled::IVec>,
}

impl TokenList {
    fn list(&self) -> Option<PostingList<'_>> {
        Bucket::new(self.bucket.as_ref()?)?.get(self.token)
    }
}

impl<'tm> Searcher<'tm> {
    /// A searcher over a TM.
    pub fn new(tm: &'tm Tm) -> Self {
        Searcher {
            tm,
            overlap: Vec::new(),
            lens: Vec::new(),
            touched: Vec::new(),
            stats: LookupStats::default(),
        }
    }

    /// What the last lookup did.
    pub fn stats(&self) -> LookupStats {
        self.stats
    }

    /// Looks up a query.
    pub fn lookup(&mut self, q: &Query) -> Result<Vec<Match>> {
        self.stats = LookupStats::default();
        let prepared = prepare(&q.segment);
        let mut top = TopK::new(q.limit);
        if prepared.is_empty() {
            // Punctuation or codes only: exact text lookup.
            for id in self.tm.exact_candidates(&q.source, &prepared.text)? {
                self.stats.verified += 1;
                if let Some(stored) = self.tm.get(id)?
                    && let Some(v) = verify(id, stored, q, &prepared)
                {
                    top.offer(v);
                }
            }
        } else {
            let plan = Plan::new(&prepared, q.min_score);
            let mut candidates: Vec<Candidate> = Vec::new();
            for chunk in &self.tm.state().chunks {
                if chunk.lang(q.source.language()).is_none()
                    || chunk.lang(q.target.language()).is_none()
                {
                    continue;
                }
                self.search_chunk(chunk, q, &plan, &mut candidates)?;
            }
            self.stats.candidates = candidates.len() as u64;
            candidates.sort_unstable_by(|a, b| b.bound.total_cmp(&a.bound).then(a.id.cmp(&b.id)));
            for cand in candidates.iter().take(MAX_VERIFY) {
                let bound_score = if cand.bound >= 1.0 {
                    101
                } else {
                    num::floor_u32(cand.bound * 100.0 + 1e-9)
                };
                if top.kth_score().is_some_and(|kth| bound_score < kth) {
                    break;
                }
                self.stats.verified += 1;
                if let Some(stored) = self.tm.get(cand.id)?
                    && let Some(v) = verify(cand.id, stored, q, &prepared)
                {
                    top.offer(v);
                }
            }
        }
        Ok(top
            .best
            .into_iter()
            .map(|v| into_match(self.tm, &v, &prepared))
            .collect())
    }

    /// The posting list of each distinct query token in `chunk`, with its
    /// document frequency, rarest first.
    fn token_lists(
        &mut self,
        chunk: &ChunkInfo,
        lang: &str,
        plan: &Plan,
    ) -> Result<Vec<TokenList>> {
        let mut lists: Vec<TokenList> = Vec::with_capacity(plan.distinct.len());
        for &(token, mult) in &plan.distinct {
            let bucket = self.tm.bucket(chunk, lang, token)?;
            let mut entry = TokenList {
                df: 0,
                mult,
                token,
                bucket,
            };
            entry.df = entry.list().map_or(0, |l| l.len());
            if entry.df > 0 {
                self.stats.lists += 1;
            }
            lists.push(entry);
        }
        lists.sort_unstable_by_key(|l| (l.df, l.token));
        Ok(lists)
    }

    fn search_chunk(
        &mut self,
        chunk: &ChunkInfo,
        q: &Query,
        plan: &Plan,
        out: &mut Vec<Candidate>,
    ) -> Result<()> {
        self.stats.chunks += 1;
        let size = chunk.units as usize;
        if self.overlap.len() < size {
            self.overlap.resize(size, 0);
            self.lens.resize(size, 0);
        }
        let lang = q.source.language();
        // 1. Posting lists and document frequencies, rarest first.
        let lists = self.token_lists(chunk, lang, plan)?;

        // 2. Prefix filter: the rarest tokens until any match must contain
        //    one of them; the length filter.
        let mut acc = 0;
        let mut prefix_end = 0;
        while prefix_end < lists.len() && acc < plan.prefix_weight {
            acc += lists[prefix_end].mult;
            prefix_end += 1;
        }
        for entry in &lists[..prefix_end] {
            let Some(list) = entry.list() else { continue };
            self.stats.postings += list.len() as u64;
            for p in list.iter() {
                if !plan.length_ok(p.len) || p.local as usize >= size {
                    continue;
                }
                let slot = p.local as usize;
                if self.overlap[slot] == 0 {
                    self.touched.push(p.local);
                    self.lens[slot] = p.len;
                }
                self.overlap[slot] += entry.mult;
            }
        }
        if self.touched.is_empty() {
            return Ok(());
        }

        // 3. Units with a variant in the target language.
        let mut target_checked = false;
        let tlang = q.target.language();
        if tlang != lang {
            let key = langset_key();
            let bucket = self.tm.bucket(chunk, tlang, key)?;
            let list = bucket.as_ref().and_then(|b| Bucket::new(b)?.get(key));
            match list {
                None => {
                    self.reset();
                    return Ok(());
                }
                Some(list)
                    if list.len() <= (self.touched.len() * LANGSET_FACTOR).max(DENSE_MIN) =>
                {
                    self.stats.postings += list.len() as u64;
                    for p in list.iter() {
                        let slot = p.local as usize;
                        if slot < size && self.overlap[slot] > 0 {
                            self.lens[slot] |= HAS_TARGET;
                        }
                    }
                    target_checked = true;
                }
                Some(_) => {}
            }
        }

        // 4. The other tokens.
        let mut assumed = 0;
        let dense = (self.touched.len() * DENSE_FACTOR).max(DENSE_MIN);
        for entry in &lists[prefix_end..] {
            let Some(list) = entry.list() else { continue };
            if list.len() > dense {
                assumed += entry.mult;
                continue;
            }
            self.stats.postings += list.len() as u64;
            for p in list.iter() {
                let slot = p.local as usize;
                if slot < size && self.overlap[slot] > 0 {
                    self.overlap[slot] += entry.mult;
                }
            }
        }

        // Score bounds.
        for &local in &self.touched {
            let slot = local as usize;
            let overlap = self.overlap[slot] + assumed;
            let len = self.lens[slot];
            if target_checked && len & HAS_TARGET == 0 {
                continue;
            }
            let bound = plan.bound(overlap, len & !HAS_TARGET);
            if bound + 1e-9 >= plan.s {
                out.push(Candidate {
                    id: join_id(chunk.id, local),
                    bound,
                });
            }
        }
        self.reset();
        Ok(())
    }

    fn reset(&mut self) {
        for &local in &self.touched {
            self.overlap[local as usize] = 0;
            self.lens[local as usize] = 0;
        }
        self.touched.clear();
    }
}

/// Looks up a query in the TM.
pub fn lookup(tm: &Tm, q: &Query) -> Result<Vec<Match>> {
    Searcher::new(tm).lookup(q)
}

/// Scores every unit of the TM: the reference the index is tested and
/// benchmarked against. Slow by design.
pub fn lookup_brute_force(tm: &Tm, q: &Query) -> Result<Vec<Match>> {
    Ok(lookup_brute_force_many(tm, std::slice::from_ref(q))?
        .pop()
        .unwrap_or_default())
}

/// [`lookup_brute_force`] for several queries in one pass over the TM
/// (each unit is read and prepared once).
pub fn lookup_brute_force_many(tm: &Tm, queries: &[Query]) -> Result<Vec<Vec<Match>>> {
    let prepared: Vec<Prepared> = queries.iter().map(|q| prepare(&q.segment)).collect();
    let mut tops: Vec<TopK> = queries.iter().map(|q| TopK::new(q.limit)).collect();
    let mut sources: Vec<&LangTag> = Vec::new();
    for q in queries {
        if !sources.contains(&&q.source) {
            sources.push(&q.source);
        }
    }
    for item in tm.iter() {
        let (id, stored) = item?;
        let tags: Vec<LangTag> = stored
            .unit
            .variants
            .iter()
            .map(crate::model::unit::Variant::tag)
            .collect();
        // Prepared once per unit: the variants some query has as source.
        let variants: Vec<Option<Prepared>> = stored
            .unit
            .variants
            .iter()
            .zip(&tags)
            .map(|(v, tag)| {
                sources
                    .iter()
                    .any(|s| s.fit(tag) > 0)
                    .then(|| prepare(&v.seg))
            })
            .collect();
        for ((q, p), top) in queries.iter().zip(&prepared).zip(&mut tops) {
            let found = judge(&stored.unit, &tags, q, p, |i| {
                Cow::Borrowed(variants[i].as_ref().expect("source variants are prepared"))
            });
            if let Some((score, source, target, fit)) = found {
                top.offer(Verified {
                    id,
                    stored: stored.clone(),
                    source,
                    target,
                    score,
                    fit,
                });
            }
        }
    }
    Ok(tops
        .into_iter()
        .zip(&prepared)
        .map(|(top, p)| top.best.iter().map(|v| into_match(tm, v, p)).collect())
        .collect())
}
