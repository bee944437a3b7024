//! Scoring one candidate unit against a query, and keeping the best
//! `limit` of them.

use std::borrow::Cow;
use std::cmp::Ordering;

use crate::lang::LangTag;
use crate::model::{Segment, Unit};
use crate::tm::lookup::query::{Match, Query};
use crate::tm::scoring::{self, Prepared, Score};
use crate::tm::store::{StoredUnit, Tm, UnitId};

pub(super) fn codes_of(seg: &Segment) -> Vec<String> {
    seg.codes().iter().map(|c| c.native_text()).collect()
}

pub(super) fn prepare(seg: &Segment) -> Prepared {
    Prepared::new(&seg.matching_text(), codes_of(seg))
}

/// A unit scored against a query.
pub(super) struct Verified {
    pub(super) id: UnitId,
    pub(super) stored: StoredUnit,
    pub(super) source: usize,
    pub(super) target: usize,
    pub(super) score: Score,
    pub(super) fit: u8,
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
pub(super) fn rank(a: &Verified, b: &Verified) -> Ordering {
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
pub(super) fn verify(
    id: UnitId,
    stored: StoredUnit,
    q: &Query,
    prepared: &Prepared,
) -> Option<Verified> {
    let unit = &stored.unit;
    let tags: Vec<LangTag> = unit
        .variants
        .iter()
        .map(crate::model::unit::Variant::tag)
        .collect();
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
pub(super) fn judge<'a>(
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
pub(super) fn best_variant(tags: &[LangTag], lang: &LangTag) -> Option<usize> {
    let mut best: Option<(u8, usize)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let fit = lang.fit(tag);
        if fit > 0 && best.is_none_or(|(f, _)| fit > f) {
            best = Some((fit, i));
        }
    }
    best.map(|(_, i)| i)
}

pub(super) fn into_match(tm: &Tm, v: &Verified, prepared: &Prepared) -> Match {
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
        aligned: unit.aligned_score(),
        changed: v.changed().map(str::to_string),
        glossary: crate::model::TermFlag::of_unit(unit)
            .into_iter()
            .filter(|f| crate::lang::LangTag::lenient(&f.lang) == target.tag())
            .collect(),
        source_segment: source.seg.clone(),
        target_segment: target.seg.clone(),
    }
}

/// The best `limit` verified units, in rank order.
pub(super) struct TopK {
    pub(super) limit: usize,
    pub(super) best: Vec<Verified>,
}

impl TopK {
    pub(super) fn new(limit: usize) -> Self {
        TopK {
            limit,
            best: Vec::with_capacity(limit.min(64) + 1),
        }
    }

    pub(super) fn offer(&mut self, v: Verified) {
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
    pub(super) fn kth_score(&self) -> Option<u32> {
        (self.best.len() >= self.limit)
            .then(|| self.best.last().map(|v| v.score.score))
            .flatten()
    }
}
