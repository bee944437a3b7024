//! Merging glossary content: what `relais glossary import` does to the
//! project's files, and how several glossary files combine on load.
//!
//! Rows already in the glossary are kept as they are; what an import
//! brings is added or fills gaps:
//! * a source key not yet listed is added; a known key gets a missing
//!   title or URL;
//! * a concept (same id) gets missing domain, definition and note, and
//!   new source keys; an unknown concept is added;
//! * a term (same concept, language and text) gets missing evidence,
//!   sources, review, match rules, part of speech and note; a different
//!   status is *not* changed but reported as a conflict; an unknown term
//!   is added after the last term of its concept, so rows stay grouped.

use std::collections::HashMap;

use serde::Serialize;

use crate::model::GlossaryData;
use crate::model::{Concept, SourceRef, Term};

/// What a merge did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MergeReport {
    /// Terms read from the incoming glossary.
    pub terms_read: usize,
    /// New terms.
    pub added: usize,
    /// Existing terms that gained information.
    pub merged: usize,
    /// Terms already present with nothing new.
    pub skipped: usize,
    /// New concepts.
    pub concepts_added: usize,
    /// Existing concepts that gained information.
    pub concepts_merged: usize,
    /// New sources.
    pub sources_added: usize,
    /// Terms whose incoming status differs from the glossary's (kept).
    pub conflicts: Vec<String>,
}

fn fill(target: &mut String, incoming: &str) -> bool {
    if target.trim().is_empty() && !incoming.trim().is_empty() {
        *target = incoming.to_string();
        true
    } else {
        false
    }
}

fn union(target: &mut Vec<String>, incoming: &[String]) -> bool {
    let mut changed = false;
    for k in incoming {
        if !target.contains(k) {
            target.push(k.clone());
            changed = true;
        }
    }
    changed
}

fn merge_source(existing: &mut SourceRef, incoming: &SourceRef) -> bool {
    let a = fill(&mut existing.title, &incoming.title);
    let b = fill(&mut existing.url, &incoming.url);
    a || b
}

fn merge_concept(existing: &mut Concept, incoming: &Concept) -> bool {
    let a = fill(&mut existing.domain, &incoming.domain);
    let b = fill(&mut existing.definition, &incoming.definition);
    let c = fill(&mut existing.note, &incoming.note);
    let d = union(&mut existing.sources, &incoming.sources);
    a || b || c || d
}

fn merge_term(existing: &mut Term, incoming: &Term) -> bool {
    let mut changed = false;
    for e in &incoming.evidence {
        if !existing.evidence.contains(e) {
            existing.evidence.push(*e);
            changed = true;
        }
    }
    changed |= union(&mut existing.sources, &incoming.sources);
    if existing.review.is_none() && incoming.review.is_some() {
        existing.review = incoming.review.clone();
        changed = true;
    }
    if existing.rules.is_default() && !incoming.rules.is_default() {
        existing.rules = incoming.rules.clone();
        changed = true;
    }
    if existing.pos.is_none() && incoming.pos.is_some() {
        existing.pos = incoming.pos;
        changed = true;
    }
    changed |= fill(&mut existing.note, &incoming.note);
    changed
}

/// Places new terms after the existing rows of their concept (terms of a
/// concept without rows go at the end, in order of first appearance).
fn place_new_terms(existing: &mut Vec<Term>, pending: Vec<Term>) {
    if pending.is_empty() {
        return;
    }
    let mut by_concept: HashMap<String, Vec<Term>> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for t in pending {
        if !by_concept.contains_key(&t.concept) {
            order.push(t.concept.clone());
        }
        by_concept.entry(t.concept.clone()).or_default().push(t);
    }
    let last: HashMap<String, usize> = existing
        .iter()
        .enumerate()
        .map(|(i, t)| (t.concept.clone(), i))
        .collect();
    let mut terms =
        Vec::with_capacity(existing.len() + by_concept.values().map(Vec::len).sum::<usize>());
    for (i, t) in std::mem::take(existing).into_iter().enumerate() {
        let concept = t.concept.clone();
        terms.push(t);
        if last.get(&concept) == Some(&i)
            && let Some(new) = by_concept.remove(&concept)
        {
            terms.extend(new);
        }
    }
    for concept in order {
        if let Some(new) = by_concept.remove(&concept) {
            terms.extend(new);
        }
    }
    *existing = terms;
}

/// Merges `incoming` into `into` (see the module documentation).
pub fn merge(into: &mut GlossaryData, incoming: GlossaryData) -> MergeReport {
    let mut report = MergeReport {
        terms_read: incoming.terms.len(),
        ..Default::default()
    };
    let mut source_index: HashMap<String, usize> = into
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.key.clone(), i))
        .collect();
    for s in incoming.sources {
        match source_index.get(&s.key) {
            Some(&i) => {
                merge_source(&mut into.sources[i], &s);
            }
            None => {
                source_index.insert(s.key.clone(), into.sources.len());
                into.sources.push(s);
                report.sources_added += 1;
            }
        }
    }
    let mut concept_index: HashMap<String, usize> = into
        .concepts
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.clone(), i))
        .collect();
    for c in incoming.concepts {
        match concept_index.get(&c.id) {
            Some(&i) => {
                if merge_concept(&mut into.concepts[i], &c) {
                    report.concepts_merged += 1;
                }
            }
            None => {
                concept_index.insert(c.id.clone(), into.concepts.len());
                into.concepts.push(c);
                report.concepts_added += 1;
            }
        }
    }
    let term_index: HashMap<(String, String, String), usize> = into
        .terms
        .iter()
        .enumerate()
        .map(|(i, t)| (t.key(), i))
        .collect();
    // New terms wait here, by concept, to be placed after their concept's
    // existing rows.
    let mut pending: Vec<Term> = Vec::new();
    let mut pending_index: HashMap<(String, String, String), usize> = HashMap::new();
    for t in incoming.terms {
        if !concept_index.contains_key(&t.concept) {
            concept_index.insert(t.concept.clone(), into.concepts.len());
            into.concepts.push(Concept::new(t.concept.clone()));
            report.concepts_added += 1;
        }
        let key = t.key();
        let existing = match (term_index.get(&key), pending_index.get(&key)) {
            (Some(&i), _) => &mut into.terms[i],
            (None, Some(&i)) => &mut pending[i],
            (None, None) => {
                pending_index.insert(key, pending.len());
                pending.push(t);
                report.added += 1;
                continue;
            }
        };
        if existing.status != t.status {
            report.conflicts.push(format!(
                "{} {} '{}': the glossary says {}, the import says {} (kept {})",
                t.concept, t.lang, t.text, existing.status, t.status, existing.status
            ));
        }
        if merge_term(existing, &t) {
            report.merged += 1;
        } else {
            report.skipped += 1;
        }
    }
    place_new_terms(&mut into.terms, pending);
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::LangTag;
    use crate::model::{Evidence, Status};

    fn t(concept: &str, lang: &str, text: &str, status: Status) -> Term {
        Term::new(concept, LangTag::parse(lang).unwrap(), text, status)
    }

    #[test]
    fn adds_fills_skips_and_reports_conflicts() {
        let mut base = GlossaryData {
            concepts: vec![Concept::new("C1"), Concept::new("C2")],
            terms: vec![
                t("C1", "en", "a", Status::Preferred),
                t("C2", "en", "b", Status::Preferred),
            ],
            sources: vec![],
        };
        let mut with_note = t("C1", "en", "a", Status::Preferred);
        with_note.note = "why".into();
        with_note.evidence = vec![Evidence::A];
        let mut concept = Concept::new("C1");
        concept.definition = "def".into();
        let incoming = GlossaryData {
            concepts: vec![concept, Concept::new("C3")],
            terms: vec![
                with_note,
                t("C2", "en", "b", Status::Forbidden),
                t("C1", "fr", "a-fr", Status::Preferred),
                t("C3", "en", "c", Status::Admitted),
            ],
            sources: vec![SourceRef {
                key: "K".into(),
                title: "T".into(),
                url: String::new(),
            }],
        };
        let r = merge(&mut base, incoming);
        assert_eq!((r.added, r.merged, r.skipped), (2, 1, 1));
        assert_eq!(
            (r.concepts_added, r.concepts_merged, r.sources_added),
            (1, 1, 1)
        );
        assert_eq!(r.conflicts.len(), 1);
        assert_eq!(base.terms[0].note, "why");
        assert_eq!(
            base.terms[1].text, "a-fr",
            "new terms go after their concept's rows"
        );
        assert_eq!(
            base.terms[2].status,
            Status::Preferred,
            "existing statuses are kept"
        );
        assert_eq!(base.concepts[0].definition, "def");
    }
}
