//! TM lookup: exact, near-exact and fuzzy matches from the index, never
//! from a scan of the whole TM.
//!
//! # How candidates are found
//! For a query of `n` tokens and a minimum score `s`, any match must share
//! at least `need = ceil(Sw_min × n)` tokens with the query, where `Sw_min`
//! is the lowest word similarity that can still reach `s` (the score
//! formula of [`super::scoring`] with a character similarity of 1). So it
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

use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashMap;

use serde::Serialize;

use crate::error::Result;
use crate::lang::LangTag;
use crate::model::{Segment, Unit};
use crate::tm::postings::{Bucket, PostingList};
use crate::tm::scoring::{self, Diff, Prepared, Score, Tier};
use crate::tm::store::{ChunkInfo, StoredUnit, Tm, UnitId, join_id, langset_key};

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

/// A lookup request.
#[derive(Debug, Clone)]
pub struct Query {
    /// Source text.
    pub segment: Segment,
    /// Source language.
    pub source: LangTag,
    /// Target language.
    pub target: LangTag,
    /// Document context (`DOC:ID`) for in-context matches.
    pub context: Option<String>,
    /// Previous source segment, for in-context matches.
    pub prev: Option<String>,
    /// Lowest score to return (0–101).
    pub min_score: u32,
    /// Most matches to return.
    pub limit: usize,
}

impl Query {
    /// A plain-text query with defaults (min score 75, 5 matches).
    pub fn new(text: &str, source: LangTag, target: LangTag) -> Self {
        Query {
            segment: Segment::text(text),
            source,
            target,
            context: None,
            prev: None,
            min_score: 75,
            limit: 5,
        }
    }
}

/// One match.
#[derive(Debug, Clone, Serialize)]
pub struct Match {
    /// 0–101.
    pub score: u32,
    /// Tier name.
    pub tier: Tier,
    /// The match's source text.
    pub source: String,
    /// Its translation.
    pub target: String,
    /// Language of the source variant, as written.
    pub source_lang: String,
    /// Language of the target variant, as written.
    pub target_lang: String,
    /// Unit id.
    pub unit: UnitId,
    /// What differs from the query.
    pub diff: Diff,
    /// Document context of the unit (`DOC:ID`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// Where the unit came from (import name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// Last change date of the unit (TMX format), if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changed: Option<String>,
    /// The source segment with its inline codes.
    #[serde(skip)]
    pub source_segment: Segment,
    /// The target segment with its inline codes.
    #[serde(skip)]
    pub target_segment: Segment,
}

/// What one lookup did, for benchmarks and tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct LookupStats {
    /// Chunks whose index was searched.
    pub chunks: u64,
    /// Posting lists found in the index.
    pub lists: u64,
    /// Postings decoded.
    pub postings: u64,
    /// Candidates whose score bound reached the threshold.
    pub candidates: u64,
    /// Candidates read and scored.
    pub verified: u64,
}

fn codes_of(seg: &Segment) -> Vec<String> {
    seg.codes().iter().map(|c| c.native_text()).collect()
}

fn prepare(seg: &Segment) -> Prepared {
    Prepared::new(&seg.matching_text(), codes_of(seg))
}

/// A unit scored against a query.
struct Verified {
    id: UnitId,
    stored: StoredUnit,
    source: usize,
    target: usize,
    score: Score,
    fit: u8,
}

impl Verified {
    fn changed(&self) -> Option<&str> {
        self.stored
            .unit
            .attr("changedate")
            .or_else(|| self.stored.unit.attr("creationdate"))
    }
}

/// Ranking: score, tier, character similarity, language fit (a query that
/// names a region ranks that region's variants first), most recent change,
/// then unit id, so that the order is total and deterministic.
fn rank(a: &Verified, b: &Verified) -> Ordering {
    b.score
        .score
        .cmp(&a.score.score)
        .then(b.score.tier.cmp(&a.score.tier))
        .then(
            b.score
                .char_similarity
                .partial_cmp(&a.score.char_similarity)
                .unwrap_or(Ordering::Equal),
        )
        .then(b.fit.cmp(&a.fit))
        .then(b.changed().cmp(&a.changed()))
        .then(a.id.cmp(&b.id))
}

/// Scores one unit against a prepared query: its best source variant
/// (several variants of the source language compete) against the target
/// variant that fits the query's target tag best. `None` when it has no
/// variant in one of the languages or scores below the threshold.
fn verify(id: UnitId, stored: StoredUnit, q: &Query, prepared: &Prepared) -> Option<Verified> {
    let unit = &stored.unit;
    let tags: Vec<LangTag> = unit.variants.iter().map(|v| v.tag()).collect();
    let (score, source, target, fit) = judge(unit, &tags, q, prepared, |i| {
        Cow::Owned(prepare(&unit.variants[i].seg))
    })?;
    Some(Verified {
        id,
        stored,
        source,
        target,
        score,
        fit,
    })
}

/// [`verify`] with the unit's variants' language tags, and their texts
/// prepared by `prep` (index of the variant → prepared text): the best
/// score, the source and target variants and their language fit.
fn judge<'a>(
    unit: &Unit,
    tags: &[LangTag],
    q: &Query,
    prepared: &Prepared,
    mut prep: impl FnMut(usize) -> Cow<'a, Prepared>,
) -> Option<(Score, usize, usize, u8)> {
    let target = best_variant(tags, &q.target)?;
    let same_context = match (&q.context, unit.context()) {
        (Some(a), Some(b)) if a == b => true,
        _ => matches!((&q.prev, unit.prev()), (Some(a), Some(b)) if a == b),
    };
    let mut best: Option<(Score, usize, u8)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let fit = q.source.fit(tag);
        if fit == 0 || i == target {
            continue;
        }
        let sc = scoring::score(prepared, &prep(i), same_context);
        let better = match &best {
            None => true,
            Some((b, _, bfit)) => {
                (sc.score, sc.char_similarity, fit) > (b.score, b.char_similarity, *bfit)
            }
        };
        if better {
            best = Some((sc, i, fit));
        }
    }
    let (score, source, source_fit) = best?;
    if score.score < q.min_score {
        return None;
    }
    Some((
        score,
        source,
        target,
        source_fit + q.target.fit(&tags[target]),
    ))
}

/// Index of the variant that fits `lang` best (first in document order
/// among equals).
fn best_variant(tags: &[LangTag], lang: &LangTag) -> Option<usize> {
    let mut best: Option<(u8, usize)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let fit = lang.fit(tag);
        if fit > 0 && best.is_none_or(|(f, _)| fit > f) {
            best = Some((fit, i));
        }
    }
    best.map(|(_, i)| i)
}

fn into_match(tm: &Tm, v: Verified, prepared: &Prepared) -> Match {
    let unit = &v.stored.unit;
    let source = &unit.variants[v.source];
    let target = &unit.variants[v.target];
    let origin = tm
        .state()
        .imports
        .iter()
        .find(|r| r.id == v.stored.import)
        .map(|r| r.name.clone());
    Match {
        score: v.score.score,
        tier: v.score.tier,
        source: source.seg.display_text(),
        target: target.seg.display_text(),
        source_lang: source.lang.clone(),
        target_lang: target.lang.clone(),
        unit: v.id,
        diff: scoring::diff(prepared, &prepare(&source.seg)),
        context: unit.context().map(str::to_string),
        origin,
        changed: v.changed().map(str::to_string),
        source_segment: source.seg.clone(),
        target_segment: target.seg.clone(),
    }
}

/// The best `limit` verified units, in rank order.
struct TopK {
    limit: usize,
    best: Vec<Verified>,
}

impl TopK {
    fn new(limit: usize) -> Self {
        TopK {
            limit,
            best: Vec::with_capacity(limit.min(64) + 1),
        }
    }

    fn offer(&mut self, v: Verified) {
        if self.limit == 0 {
            return;
        }
        if self.best.len() == self.limit
            && let Some(last) = self.best.last()
            && rank(&v, last) != Ordering::Less
        {
            return;
        }
        let at = self.best.partition_point(|b| rank(b, &v) == Ordering::Less);
        self.best.insert(at, v);
        self.best.truncate(self.limit);
    }

    /// The k-th best score once there are k results.
    fn kth_score(&self) -> Option<u32> {
        (self.best.len() >= self.limit)
            .then(|| self.best.last().map(|v| v.score.score))
            .flatten()
    }
}

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
        let need = ((sw_min * n as f64) - 1e-9).ceil().max(1.0) as u32;
        let mut multiplicity: HashMap<u64, u32> = HashMap::new();
        for t in &prepared.tokens {
            *multiplicity.entry(*t).or_default() += 1;
        }
        let mut distinct: Vec<(u64, u32)> = multiplicity.into_iter().collect();
        distinct.sort_unstable();
        let min_len = (n as f64 * sw_min - 1e-9).ceil().max(0.0) as u32;
        let max_len = if sw_min > 0.0 {
            (n as f64 / sw_min + 1e-9)
                .floor()
                .min(f64::from(u32::MAX >> 1)) as u32
        } else {
            u32::MAX
        };
        Plan {
            distinct,
            n,
            s,
            prefix_weight: (n as u32).saturating_sub(need) + 1,
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
        let longest = (self.n as u32).max(len).max(1);
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
                    (cand.bound * 100.0 + 1e-9).floor() as u32
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
            .map(|v| into_match(self.tm, v, &prepared))
            .collect())
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
        let tags: Vec<LangTag> = stored.unit.variants.iter().map(|v| v.tag()).collect();
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
        .map(|(top, p)| top.best.into_iter().map(|v| into_match(tm, v, p)).collect())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, PROP_CONTEXT, PROP_PREV, Variant};
    use crate::tm::store::OpenOptions;

    fn lang(tag: &str) -> LangTag {
        LangTag::parse(tag).unwrap()
    }

    fn unit(variants: &[(&str, &str)]) -> Unit {
        Unit {
            variants: variants.iter().map(|(l, t)| Variant::new(l, *t)).collect(),
            ..Default::default()
        }
    }

    fn tm_of(units: Vec<Unit>, chunk_units: usize) -> (tempfile::TempDir, Tm) {
        let dir = tempfile::tempdir().unwrap();
        let mut tm = Tm::open(&dir.path().join("tm"), &OpenOptions::default()).unwrap();
        let mut imp = tm.begin_import("t", "tsv", None).unwrap();
        imp.set_chunk_units(chunk_units);
        for u in units {
            imp.add(u).unwrap();
        }
        imp.commit().unwrap();
        (dir, tm)
    }

    fn tm_with(pairs: &[(&str, &str)]) -> (tempfile::TempDir, Tm) {
        tm_of(
            pairs
                .iter()
                .map(|(fr, en)| unit(&[("fr", fr), ("en", en)]))
                .collect(),
            3,
        )
    }

    const PAIRS: &[(&str, &str)] = &[
        (
            "La Fondation publie aujourd'hui un rapport préoccupant.",
            "The Foundation today publishes a worrying report.",
        ),
        (
            "Le rapport identifie trois enjeux majeurs.",
            "The report identifies three major issues.",
        ),
        ("Lire le rapport entier", "Read the full report"),
        ("Rejoignez-nous !", "Join us!"),
        ("Le chat dort.", "The cat sleeps."),
    ];

    #[test]
    fn exact_match_scores_100() {
        let (_d, tm) = tm_with(PAIRS);
        let q = Query::new("Lire le rapport entier", lang("fr"), lang("en"));
        let m = lookup(&tm, &q).unwrap();
        assert_eq!((m[0].score, m[0].tier), (100, Tier::Exact));
        assert_eq!(m[0].target, "Read the full report");
    }

    #[test]
    fn fuzzy_match_is_found_and_reversed_direction_works() {
        let (_d, tm) = tm_with(PAIRS);
        let q = Query::new(
            "Le rapport identifie quatre enjeux majeurs.",
            lang("fr"),
            lang("en"),
        );
        let m = lookup(&tm, &q).unwrap();
        assert_eq!(m[0].target, "The report identifies three major issues.");
        assert_eq!(m[0].tier, Tier::Fuzzy);
        assert!((75..95).contains(&m[0].score), "{}", m[0].score);
        let back = Query::new(
            "The report identifies three major issues.",
            lang("en"),
            lang("fr"),
        );
        assert_eq!(
            lookup(&tm, &back).unwrap()[0].target,
            "Le rapport identifie trois enjeux majeurs."
        );
    }

    #[test]
    fn near_exact_tier() {
        let (_d, tm) = tm_with(PAIRS);
        let q = Query::new("lire le rapport entier.", lang("fr"), lang("en"));
        let m = lookup(&tm, &q).unwrap();
        assert_eq!(m[0].tier, Tier::NearExact);
        // Case and punctuation: 1 + 1.
        assert_eq!(m[0].score, 98);
    }

    #[test]
    fn any_direction_between_the_languages_of_a_unit() {
        let (_d, tm) = tm_of(
            vec![
                unit(&[
                    ("fr", "Le chat dort sur le canapé."),
                    ("en", "The cat sleeps on the sofa."),
                    ("de", "Die Katze schläft auf dem Sofa."),
                ]),
                unit(&[("fr", "Le chien dort."), ("en", "The dog sleeps.")]),
            ],
            10,
        );
        let cases = [
            (
                "fr",
                "de",
                "Le chat dort sur le canapé.",
                "Die Katze schläft auf dem Sofa.",
            ),
            (
                "de",
                "fr",
                "Die Katze schläft auf dem Sofa.",
                "Le chat dort sur le canapé.",
            ),
            (
                "de",
                "en",
                "Die Katze schläft auf dem Sofa.",
                "The cat sleeps on the sofa.",
            ),
            (
                "en",
                "de",
                "The cat sleeps on the sofa.",
                "Die Katze schläft auf dem Sofa.",
            ),
        ];
        for (src, tgt, text, expected) in cases {
            let m = lookup(&tm, &Query::new(text, lang(src), lang(tgt))).unwrap();
            assert_eq!(m.len(), 1, "{src}→{tgt}");
            assert_eq!(
                (m[0].score, m[0].target.as_str()),
                (100, expected),
                "{src}→{tgt}"
            );
        }
        // The dog unit has no German variant.
        assert!(
            lookup(&tm, &Query::new("Le chien dort.", lang("fr"), lang("de")))
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn context_and_previous_segment_give_101() {
        let mut with_context = unit(&[("fr", "Oui"), ("en", "Yes")]);
        with_context
            .props
            .push(Annotation::prop(PROP_CONTEXT, "press:q1"));
        let mut with_prev = unit(&[("fr", "Oui"), ("en", "Yes indeed")]);
        with_prev
            .props
            .push(Annotation::prop(PROP_PREV, "Êtes-vous d'accord ?"));
        let plain = unit(&[("fr", "Oui"), ("en", "Yeah")]);
        let (_d, tm) = tm_of(vec![plain, with_context, with_prev], 10);

        let mut q = Query::new("Oui", lang("fr"), lang("en"));
        let m = lookup(&tm, &q).unwrap();
        assert!(m.iter().all(|m| m.score == 100 && m.tier == Tier::Exact));

        q.context = Some("press:q1".into());
        let m = lookup(&tm, &q).unwrap();
        assert_eq!(
            (m[0].score, m[0].tier, m[0].target.as_str()),
            (101, Tier::Context, "Yes")
        );
        assert_eq!(m[0].context.as_deref(), Some("press:q1"));
        assert_eq!(m[1].score, 100);

        q.context = None;
        q.prev = Some("Êtes-vous d'accord ?".into());
        let m = lookup(&tm, &q).unwrap();
        assert_eq!((m[0].score, m[0].target.as_str()), (101, "Yes indeed"));
        assert_eq!(m[1].score, 100);

        // Context alone never lifts a fuzzy match.
        let mut fuzzy = Query::new("Oui merci", lang("fr"), lang("en"));
        fuzzy.context = Some("press:q1".into());
        fuzzy.min_score = 0;
        assert!(lookup(&tm, &fuzzy).unwrap().iter().all(|m| m.score < 95));
    }

    #[test]
    fn differing_numbers_are_reported() {
        let (_d, tm) = tm_with(&[(
            "En 2023, 40 % des signalements concernaient des images générées.",
            "In 2023, 40% of reports involved generated images.",
        )]);
        let q = Query::new(
            "En 2024, 45 % des signalements concernaient des images générées.",
            lang("fr"),
            lang("en"),
        );
        let m = lookup(&tm, &q).unwrap();
        assert_eq!((m[0].score, m[0].tier), (98, Tier::NearExact));
        let numbers: Vec<_> = m[0]
            .diff
            .numbers
            .iter()
            .map(|n| (n.query.as_deref(), n.tm.as_deref()))
            .collect();
        assert_eq!(
            numbers,
            [(Some("2024"), Some("2023")), (Some("45"), Some("40"))]
        );
    }

    #[test]
    fn multi_variant_units_use_their_best_source_variant() {
        // One unit, two French variants of very different lengths: the
        // index must not drop it for the long variant's length.
        let long = "Ce texte beaucoup plus long ne ressemble en rien à la question posée ici même.";
        let u = unit(&[
            ("fr", long),
            ("fr", "Le chat dort."),
            ("en", "The cat sleeps."),
            ("en-GB", "The cat is asleep."),
        ]);
        let (_d, tm) = tm_of(
            vec![
                u,
                unit(&[("fr", "Le chien mange."), ("en", "The dog eats.")]),
            ],
            10,
        );
        let q = Query::new("Le chat dort.", lang("fr"), lang("en"));
        let m = lookup(&tm, &q).unwrap();
        assert_eq!(
            (m[0].score, m[0].source.as_str(), m[0].target.as_str()),
            (100, "Le chat dort.", "The cat sleeps.")
        );
        let gb = Query::new("Le chat dort.", lang("fr"), lang("en-GB"));
        assert_eq!(lookup(&tm, &gb).unwrap()[0].target, "The cat is asleep.");
        let mut fuzzy = Query::new("Le chat dort bien.", lang("fr"), lang("en"));
        fuzzy.min_score = 50;
        let a: Vec<_> = lookup(&tm, &fuzzy)
            .unwrap()
            .iter()
            .map(|m| (m.unit, m.score))
            .collect();
        let b: Vec<_> = lookup_brute_force(&tm, &fuzzy)
            .unwrap()
            .iter()
            .map(|m| (m.unit, m.score))
            .collect();
        assert_eq!(a, b);
        assert_eq!(a.len(), 1);
    }

    #[test]
    fn a_query_naming_a_region_ranks_that_region_first() {
        let (_d, tm) = tm_of(
            vec![
                unit(&[
                    ("fr", "Soixante-dix pour cent"),
                    ("en", "Seventy percent (fr)"),
                ]),
                unit(&[
                    ("fr-BE", "Soixante-dix pour cent"),
                    ("en", "Seventy percent (fr-BE)"),
                ]),
                unit(&[
                    ("fr-CA", "Soixante-dix pour cent"),
                    ("en", "Seventy percent (fr-CA)"),
                ]),
            ],
            10,
        );
        let m = lookup(
            &tm,
            &Query::new("Soixante-dix pour cent", lang("fr-BE"), lang("en")),
        )
        .unwrap();
        assert_eq!(m.len(), 3);
        assert_eq!(m[0].source_lang, "fr-BE");
        assert!(m.iter().all(|m| m.score == 100));
        // Without a region, document order (unit id) decides among equals.
        let m = lookup(
            &tm,
            &Query::new("Soixante-dix pour cent", lang("fr"), lang("en")),
        )
        .unwrap();
        assert_eq!(m[0].source_lang, "fr");
        // A target region picks the variant of that region.
        let (_d2, tm2) = tm_of(
            vec![unit(&[
                ("en", "Colour"),
                ("en-US", "Color"),
                ("fr", "Couleur"),
            ])],
            10,
        );
        let us = lookup(&tm2, &Query::new("Couleur", lang("fr"), lang("en-US"))).unwrap();
        assert_eq!(us[0].target, "Color");
        let plain = lookup(&tm2, &Query::new("Couleur", lang("fr"), lang("en"))).unwrap();
        assert_eq!(plain[0].target, "Colour");
    }

    #[test]
    fn limit_and_min_score_are_respected() {
        let (_d, tm) = tm_with(PAIRS);
        let mut q = Query::new("Le rapport", lang("fr"), lang("en"));
        q.min_score = 0;
        q.limit = 2;
        let m = lookup(&tm, &q).unwrap();
        assert_eq!(m.len(), 2);
        assert!(m[0].score >= m[1].score);
        q.limit = 0;
        assert!(lookup(&tm, &q).unwrap().is_empty());
        q.limit = 10;
        q.min_score = 90;
        assert!(lookup(&tm, &q).unwrap().is_empty());
    }

    #[test]
    fn punctuation_only_queries_use_the_exact_key() {
        let (_d, tm) = tm_with(&[("…", "..."), ("!", "!")]);
        let m = lookup(&tm, &Query::new("…", lang("fr"), lang("en"))).unwrap();
        assert_eq!((m.len(), m[0].score, m[0].target.as_str()), (1, 100, "..."));
    }

    #[test]
    fn index_agrees_with_brute_force() {
        let (_d, tm) = tm_with(PAIRS);
        for (text, _) in PAIRS {
            for variant in [
                text.to_string(),
                text.replace("rapport", "document"),
                format!("{text} Merci."),
            ] {
                let mut q = Query::new(&variant, lang("fr"), lang("en"));
                q.min_score = 50;
                let a: Vec<_> = lookup(&tm, &q)
                    .unwrap()
                    .iter()
                    .map(|m| (m.unit, m.score))
                    .collect();
                let b: Vec<_> = lookup_brute_force(&tm, &q)
                    .unwrap()
                    .iter()
                    .map(|m| (m.unit, m.score))
                    .collect();
                assert_eq!(a, b, "{variant}");
            }
        }
    }

    #[test]
    fn no_target_variant_no_match() {
        let (_d, tm) = tm_with(PAIRS);
        let q = Query::new("Lire le rapport entier", lang("fr"), lang("de"));
        assert!(lookup(&tm, &q).unwrap().is_empty());
    }

    /// A deterministic pseudo-random generator (no test dependency).
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0 >> 33
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        /// Zipf-like: small indices far more often.
        fn skewed(&mut self, n: usize) -> usize {
            let u = (self.next() % 10_000) as f64 / 10_000.0;
            ((u * u * u) * n as f64) as usize
        }
    }

    fn synthetic_words(rng: &mut Lcg, count: usize) -> Vec<String> {
        const SYLLABLES: [&str; 16] = [
            "ra", "po", "li", "té", "ma", "vo", "ché", "nu", "der", "ka", "si", "lo", "fu", "ré",
            "an", "to",
        ];
        (0..count)
            .map(|_| {
                (0..1 + rng.below(3))
                    .map(|_| SYLLABLES[rng.below(16)])
                    .collect()
            })
            .collect()
    }

    fn sentence(rng: &mut Lcg, words: &[String]) -> Vec<String> {
        let len = 2 + rng.below(14);
        let mut out: Vec<String> = (0..len)
            .map(|_| words[rng.skewed(words.len())].clone())
            .collect();
        if rng.below(5) == 0 {
            out.insert(rng.below(len), format!("{}", rng.below(500)));
        }
        out
    }

    fn render(words: &[String]) -> String {
        let mut s = words.join(" ");
        if let Some(first) = s.chars().next() {
            s.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
        }
        s.push('.');
        s
    }

    fn edited(rng: &mut Lcg, base: &[String], words: &[String]) -> Vec<String> {
        let mut out = base.to_vec();
        for _ in 0..1 + rng.below(3) {
            let at = rng.below(out.len());
            match rng.below(3) {
                0 => out[at] = words[rng.skewed(words.len())].clone(),
                1 => out.insert(at, words[rng.skewed(words.len())].clone()),
                _ if out.len() > 2 => {
                    out.remove(at);
                }
                _ => {}
            }
        }
        out
    }

    /// Recall of the index against the brute-force scorer on a synthetic
    /// TM of 3,000 units in several chunks: every match at or above the
    /// threshold that brute force finds must be found (at least 99 %).
    #[test]
    fn recall_against_brute_force_on_a_synthetic_tm() {
        let mut rng = Lcg(7);
        let words = synthetic_words(&mut rng, 600);
        let sentences: Vec<Vec<String>> = (0..3_000).map(|_| sentence(&mut rng, &words)).collect();
        let units = sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let target = if i % 7 == 0 { "de" } else { "en" };
                unit(&[("fr", &render(s)), (target, &format!("t{i}"))])
            })
            .collect();
        let (_d, tm) = tm_of(units, 700);
        let texts: Vec<String> = (0..160)
            .map(|i| match i % 4 {
                0 => render(&sentence(&mut rng, &words)),
                1 => render(&sentences[rng.below(sentences.len())]).to_lowercase(),
                _ => {
                    let base = &sentences[rng.below(sentences.len())];
                    render(&edited(&mut rng, base, &words))
                }
            })
            .collect();
        let queries: Vec<Query> = texts
            .iter()
            .map(|t| {
                let mut q = Query::new(t, lang("fr"), lang("en"));
                q.min_score = 50;
                q.limit = usize::MAX;
                q
            })
            .collect();
        let truths = lookup_brute_force_many(&tm, &queries).unwrap();
        let mut searcher = Searcher::new(&tm);
        let (mut expected, mut found, mut verified) = (0usize, 0usize, 0u64);
        for (q, truth) in queries.iter().zip(truths) {
            for min_score in [50, 75] {
                let mut q = q.clone();
                q.min_score = min_score;
                let truth: Vec<_> = truth
                    .iter()
                    .filter(|m| m.score >= min_score)
                    .map(|m| (m.unit, m.score))
                    .collect();
                let got: Vec<_> = searcher
                    .lookup(&q)
                    .unwrap()
                    .iter()
                    .map(|m| (m.unit, m.score))
                    .collect();
                verified += searcher.stats().verified;
                expected += truth.len();
                found += truth.iter().filter(|t| got.contains(t)).count();
                assert!(
                    got.iter().all(|g| truth.contains(g)),
                    "index invented a match for {:?}",
                    q.segment
                );
                // With a limit, the same top matches in the same order.
                q.limit = 5;
                let top: Vec<_> = searcher
                    .lookup(&q)
                    .unwrap()
                    .iter()
                    .map(|m| (m.unit, m.score))
                    .collect();
                assert_eq!(
                    top,
                    truth[..truth.len().min(5)],
                    "{:?} at {min_score}",
                    q.segment
                );
            }
        }
        eprintln!("recall {found}/{expected}, {verified} units verified");
        assert!(expected > 300, "the sample must have matches ({expected})");
        assert!(found * 100 >= expected * 99, "recall {found}/{expected}");
        // The index reads a small part of the TM, not all of it.
        assert!(verified < 320 * 3_000 / 10, "verified {verified}");
    }
}
