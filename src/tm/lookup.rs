//! TM lookup: exact, near-exact and fuzzy matches from the index, never
//! from a scan of the whole TM.
//!
//! # How candidates are found
//! For a query of `n` tokens and a minimum score `s`, any match must share
//! at least `need = ceil(Sw_min × n)` tokens with the query, where `Sw_min`
//! is the lowest word similarity that can still reach `s` (see
//! [`super::scoring`]). So it must contain at least one of the query's
//! rarest tokens whose multiplicities add up to `n − need + 1` (the prefix
//! filter). Per chunk:
//!
//! 1. read each query token's posting list (one bucket read per token);
//! 2. take the union of the rarest lists as candidates, keeping only
//!    lengths that could reach the score (length filter) and units that
//!    have a variant in the target language;
//! 3. add the other tokens' multiplicities to the candidates that contain
//!    them (very frequent tokens are assumed present, which only loosens
//!    the bound), giving an upper bound of each candidate's score;
//! 4. verify candidates in order of that bound, reading the units, until
//!    the bound falls below the k-th best real score.
//!
//! The bound is exact, so no candidate that could reach the threshold is
//! lost except when more than [`MAX_VERIFY`] candidates tie above it.

use std::cmp::Ordering;
use std::collections::HashMap;

use serde::Serialize;

use crate::error::Result;
use crate::lang::LangTag;
use crate::tm::model::{Segment, Unit, Variant};
use crate::tm::postings::{Bucket, Posting};
use crate::tm::scoring::{self, Diff, Prepared, Tier};
use crate::tm::store::{ChunkInfo, Tm, UnitId, join_id, langset_key};

/// Candidates verified at most per query.
pub const MAX_VERIFY: usize = 5_000;
/// A posting list longer than this many times the candidate count is not
/// decoded: its token is assumed present in every candidate.
const DENSE_FACTOR: usize = 16;

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
    #[serde(skip)]
    char_similarity: f64,
    #[serde(skip)]
    fit: u8,
}

fn codes_of(seg: &Segment) -> Vec<String> {
    seg.codes().iter().map(|c| c.native_text()).collect()
}

fn prepare(seg: &Segment) -> Prepared {
    Prepared::new(&seg.matching_text(), codes_of(seg))
}

fn rank(a: &Match, b: &Match) -> Ordering {
    b.score
        .cmp(&a.score)
        .then(b.tier.cmp(&a.tier))
        .then(
            b.char_similarity
                .partial_cmp(&a.char_similarity)
                .unwrap_or(Ordering::Equal),
        )
        .then(b.fit.cmp(&a.fit))
        .then(b.changed.cmp(&a.changed))
        .then(a.unit.cmp(&b.unit))
}

/// Scores one unit against a prepared query; `None` when it has no
/// variant in one of the languages or scores below the threshold.
fn score_unit(
    tm: &Tm,
    id: UnitId,
    import: u32,
    unit: &Unit,
    q: &Query,
    prepared: &Prepared,
) -> Option<Match> {
    let target = unit.variant_for(&q.target)?;
    let mut best: Option<(scoring::Score, &Variant, Prepared)> = None;
    let same_context = match (&q.context, unit.context()) {
        (Some(a), Some(b)) if a == b => true,
        _ => matches!((&q.prev, unit.prev()), (Some(a), Some(b)) if a == b),
    };
    for source in unit.variants_for(&q.source) {
        if std::ptr::eq(source, target) {
            continue;
        }
        let cand = prepare(&source.seg);
        let sc = scoring::score(prepared, &cand, same_context);
        let better = match &best {
            None => true,
            Some((b, _, _)) => (sc.score, sc.char_similarity) > (b.score, b.char_similarity),
        };
        if better {
            best = Some((sc, source, cand));
        }
    }
    let (sc, source, cand) = best?;
    if sc.score < q.min_score {
        return None;
    }
    let origin = tm
        .state()
        .imports
        .iter()
        .find(|r| r.id == import)
        .map(|r| r.name.clone());
    Some(Match {
        score: sc.score,
        tier: sc.tier,
        source: source.seg.display_text(),
        target: target.seg.display_text(),
        source_lang: source.lang.clone(),
        target_lang: target.lang.clone(),
        unit: id,
        diff: scoring::diff(prepared, &cand),
        context: unit.context().map(str::to_string),
        origin,
        changed: unit
            .attr("changedate")
            .or_else(|| unit.attr("creationdate"))
            .map(str::to_string),
        source_segment: source.seg.clone(),
        target_segment: target.seg.clone(),
        char_similarity: sc.char_similarity,
        fit: q.source.fit(&source.tag()) + q.target.fit(&target.tag()),
    })
}

struct Candidate {
    id: UnitId,
    bound: f64,
}

/// Looks up a query in the TM.
pub fn lookup(tm: &Tm, q: &Query) -> Result<Vec<Match>> {
    let prepared = prepare(&q.segment);
    let n = prepared.len();
    if n == 0 {
        return exact_only(tm, q, &prepared);
    }
    let s = f64::from(q.min_score.min(100)) / 100.0;
    let w_min = if n >= 5 { 0.8 } else { 0.5 };
    let sw_min = ((s - (1.0 - w_min)) / w_min).max(0.0);
    let need = ((sw_min * n as f64) - 1e-9).ceil().max(1.0) as u32;

    let mut multiplicity: HashMap<u64, u32> = HashMap::new();
    for t in &prepared.tokens {
        *multiplicity.entry(*t).or_default() += 1;
    }
    let mut distinct: Vec<(u64, u32)> = multiplicity.into_iter().collect();
    distinct.sort_unstable();

    let lang = q.source.language();
    let tlang = q.target.language();
    let mut candidates: Vec<Candidate> = Vec::new();
    for chunk in &tm.state().chunks {
        if chunk.lang(lang).is_none() || chunk.lang(tlang).is_none() {
            continue;
        }
        chunk_candidates(tm, chunk, q, &distinct, n, need, sw_min, &mut candidates)?;
    }
    candidates.sort_by(|a, b| {
        b.bound
            .partial_cmp(&a.bound)
            .unwrap_or(Ordering::Equal)
            .then(a.id.cmp(&b.id))
    });

    let mut results: Vec<Match> = Vec::new();
    for (verified, cand) in candidates.iter().enumerate() {
        if verified >= MAX_VERIFY {
            break;
        }
        let bound_score = if cand.bound >= 1.0 {
            101
        } else {
            (cand.bound * 100.0 + 1e-9).floor() as u32
        };
        if results.len() >= q.limit
            && let Some(kth) = results.get(q.limit - 1)
            && bound_score < kth.score
        {
            break;
        }
        let Some(stored) = tm.get(cand.id)? else {
            continue;
        };
        if let Some(m) = score_unit(tm, cand.id, stored.import, &stored.unit, q, &prepared) {
            results.push(m);
            results.sort_by(rank);
            results.truncate(q.limit.max(1));
        }
    }
    results.truncate(q.limit);
    Ok(results)
}

/// Queries with no token (punctuation only): exact text lookup.
fn exact_only(tm: &Tm, q: &Query, prepared: &Prepared) -> Result<Vec<Match>> {
    let mut results = Vec::new();
    for id in tm.exact_candidates(&q.source, &prepared.text)? {
        if let Some(stored) = tm.get(id)?
            && let Some(m) = score_unit(tm, id, stored.import, &stored.unit, q, prepared)
        {
            results.push(m);
        }
    }
    results.sort_by(rank);
    results.truncate(q.limit);
    Ok(results)
}

fn postings_of(
    tm: &Tm,
    chunk: &ChunkInfo,
    lang: &str,
    token: u64,
) -> Result<Option<(sled::IVec, u64)>> {
    Ok(tm.bucket(chunk, lang, token)?.map(|b| (b, token)))
}

fn decode(bucket: &(sled::IVec, u64)) -> Vec<Posting> {
    Bucket::new(&bucket.0)
        .and_then(|b| b.get(bucket.1).map(|l| l.iter().collect()))
        .unwrap_or_default()
}

fn list_len(bucket: &(sled::IVec, u64)) -> usize {
    Bucket::new(&bucket.0)
        .and_then(|b| b.get(bucket.1).map(|l| l.len()))
        .unwrap_or(0)
}

/// A query token's document frequency, multiplicity and posting bucket.
type TokenList = (usize, u32, Option<(sled::IVec, u64)>);

#[allow(clippy::too_many_arguments)]
fn chunk_candidates(
    tm: &Tm,
    chunk: &ChunkInfo,
    q: &Query,
    distinct: &[(u64, u32)],
    n: usize,
    need: u32,
    sw_min: f64,
    out: &mut Vec<Candidate>,
) -> Result<()> {
    let lang = q.source.language();
    // 1. Posting lists and document frequencies.
    let mut lists: Vec<TokenList> = Vec::with_capacity(distinct.len());
    for &(token, mult) in distinct {
        let found = postings_of(tm, chunk, lang, token)?;
        let df = found.as_ref().map(list_len).unwrap_or(0);
        lists.push((df, mult, found));
    }
    lists.sort_by_key(|(df, _, found)| (*df, found.as_ref().map(|f| f.1).unwrap_or(0)));

    // 2. Prefix filter: rarest tokens until any match must contain one.
    let prefix_weight = n as u32 - need + 1;
    let mut acc = 0;
    let mut prefix_end = 0;
    while prefix_end < lists.len() && acc < prefix_weight {
        acc += lists[prefix_end].1;
        prefix_end += 1;
    }
    let mut cands: HashMap<u32, (u32, u32)> = HashMap::new();
    let min_len = (n as f64 * sw_min - 1e-9).ceil().max(0.0) as u32;
    let max_len = if sw_min > 0.0 {
        (n as f64 / sw_min + 1e-9).floor() as u32
    } else {
        u32::MAX
    };
    for (_, mult, found) in &lists[..prefix_end] {
        let Some(found) = found else { continue };
        for p in decode(found) {
            if p.len < min_len || p.len > max_len {
                continue;
            }
            let entry = cands.entry(p.local).or_insert((0, p.len));
            entry.0 += mult;
        }
    }
    if cands.is_empty() {
        return Ok(());
    }
    // Units must have a variant in the target language.
    let tlang = q.target.language();
    if tlang != lang {
        let key = langset_key();
        match postings_of(tm, chunk, tlang, key)? {
            // Decoding a very long list costs more than checking the few
            // candidates when they are read.
            Some(found) if list_len(&found) <= cands.len().max(64) * DENSE_FACTOR * 4 => {
                let members: std::collections::HashSet<u32> =
                    decode(&found).iter().map(|p| p.local).collect();
                cands.retain(|local, _| members.contains(local));
            }
            Some(_) => {}
            None => return Ok(()),
        }
    }
    // 3. The other tokens: exact membership, or assumed present.
    for (df, mult, found) in &lists[prefix_end..] {
        let Some(found) = found else { continue };
        if *df > cands.len().max(64) * DENSE_FACTOR {
            for entry in cands.values_mut() {
                entry.0 += mult;
            }
        } else {
            for p in decode(found) {
                if let Some(entry) = cands.get_mut(&p.local) {
                    entry.0 += mult;
                }
            }
        }
    }
    // Upper bound of each candidate's score.
    let s = f64::from(q.min_score.min(100)) / 100.0;
    for (local, (overlap, len)) in cands {
        let longest = (n as u32).max(len).max(1);
        let sw = (f64::from(overlap) / f64::from(longest)).min(1.0);
        let w = scoring::word_weight(longest as usize);
        let bound = w * sw + (1.0 - w);
        if bound + 1e-9 >= s {
            out.push(Candidate {
                id: join_id(chunk.id, local),
                bound: if sw >= 1.0 { 1.0 } else { bound.min(0.9499) },
            });
        }
    }
    Ok(())
}

/// Scores every unit of the TM: the reference the index is tested and
/// benchmarked against. Slow by design.
pub fn lookup_brute_force(tm: &Tm, q: &Query) -> Result<Vec<Match>> {
    let prepared = prepare(&q.segment);
    let mut results = Vec::new();
    for item in tm.iter() {
        let (id, stored) = item?;
        if let Some(m) = score_unit(tm, id, stored.import, &stored.unit, q, &prepared) {
            results.push(m);
        }
    }
    results.sort_by(rank);
    results.truncate(q.limit);
    Ok(results)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tm::store::OpenOptions;

    fn tm_with(pairs: &[(&str, &str)]) -> (tempfile::TempDir, Tm) {
        let dir = tempfile::tempdir().unwrap();
        let mut tm = Tm::open(&dir.path().join("tm"), &OpenOptions::default()).unwrap();
        let mut imp = tm.begin_import("t", "tsv", None).unwrap();
        imp.set_chunk_units(3);
        for (fr, en) in pairs {
            imp.add(Unit {
                variants: vec![Variant::new("fr", *fr), Variant::new("en", *en)],
                ..Default::default()
            })
            .unwrap();
        }
        imp.commit().unwrap();
        (dir, tm)
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
        let q = Query::new(
            "Lire le rapport entier",
            LangTag::parse("fr").unwrap(),
            LangTag::parse("en").unwrap(),
        );
        let m = lookup(&tm, &q).unwrap();
        assert_eq!(m[0].score, 100);
        assert_eq!(m[0].target, "Read the full report");
    }

    #[test]
    fn fuzzy_match_is_found_and_reversed_direction_works() {
        let (_d, tm) = tm_with(PAIRS);
        let fr = LangTag::parse("fr").unwrap();
        let en = LangTag::parse("en").unwrap();
        let q = Query::new(
            "Le rapport identifie quatre enjeux majeurs.",
            fr.clone(),
            en.clone(),
        );
        let m = lookup(&tm, &q).unwrap();
        assert_eq!(m[0].target, "The report identifies three major issues.");
        assert!((75..95).contains(&m[0].score), "{}", m[0].score);
        let back = Query::new("The report identifies three major issues.", en, fr);
        assert_eq!(
            lookup(&tm, &back).unwrap()[0].target,
            "Le rapport identifie trois enjeux majeurs."
        );
    }

    #[test]
    fn near_exact_tier() {
        let (_d, tm) = tm_with(PAIRS);
        let q = Query::new(
            "lire le rapport entier.",
            LangTag::parse("fr").unwrap(),
            LangTag::parse("en").unwrap(),
        );
        let m = lookup(&tm, &q).unwrap();
        assert_eq!(m[0].tier, Tier::NearExact);
    }

    #[test]
    fn index_agrees_with_brute_force() {
        let (_d, tm) = tm_with(PAIRS);
        let fr = LangTag::parse("fr").unwrap();
        let en = LangTag::parse("en").unwrap();
        for (text, _) in PAIRS {
            for variant in [
                text.to_string(),
                text.replace("rapport", "document"),
                format!("{text} Merci."),
            ] {
                let mut q = Query::new(&variant, fr.clone(), en.clone());
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
        let q = Query::new(
            "Lire le rapport entier",
            LangTag::parse("fr").unwrap(),
            LangTag::parse("de").unwrap(),
        );
        assert!(lookup(&tm, &q).unwrap().is_empty());
    }
}
