//! Turning the entries read into relais's glossary model: concept ids,
//! statuses, evidence and notes, and the bibliography keys.

use std::collections::{HashMap, HashSet};

use crate::error::Location;
use crate::formats::Warning;
use crate::formats::tbx::conventions::{concept_id_from, split_note_prefixes, unique};
use crate::formats::tbx::reader::values::{map_status, slug};
use crate::lang::LangTag;
use crate::model::{
    Concept, Evidence, GlossaryData, MatchRules, Review, SourceRef, Status, Term, is_concept_id,
    is_source_key,
};

use crate::formats::tbx::reader::Reader;
use crate::formats::tbx::reader::entries::{EntryAcc, TermAcc};

impl Reader {
    pub(super) fn finish_entry(&mut self, entry: EntryAcc, location: Location) {
        let id = match &entry.id {
            Some(raw) if is_concept_id(raw) => raw.clone(),
            Some(raw) => concept_id_from(raw),
            None => format!("{}-{}", self.stem, self.entries),
        };
        let id = unique(id, &mut self.ids);
        let mut notes = entry.notes;
        // The concept's definition: its own, else the one in the file's
        // language, else the first; the others become notes.
        let chosen = entry
            .definition
            .iter()
            .position(|(l, _)| l.is_none())
            .or_else(|| {
                let root = self
                    .root_lang
                    .as_deref()
                    .and_then(|r| LangTag::parse(r).ok());
                entry.definition.iter().position(|(l, _)| {
                    l.as_deref()
                        .and_then(|l| LangTag::parse(l).ok())
                        .zip(root.as_ref())
                        .is_some_and(|(l, r)| l.same_language(r))
                })
            })
            .or(if entry.definition.is_empty() {
                None
            } else {
                Some(0)
            });
        let mut definition = String::new();
        for (i, (lang, text)) in entry.definition.into_iter().enumerate() {
            if Some(i) == chosen {
                definition = text;
            } else {
                match lang {
                    Some(l) => notes.push(format!("definition ({l}): {text}")),
                    None => notes.push(format!("definition: {text}")),
                }
            }
        }
        let mut concept = Concept::new(id.clone());
        concept.domain = entry.domain.join("; ");
        concept.definition = definition;
        concept.note = notes.join(" | ");
        concept.sources = entry.sources;
        concept.origin = Some(location);
        let mut seen: HashSet<(String, String)> = HashSet::new();
        let mut made = 0;
        for lang in entry.langs {
            for acc in lang.terms {
                for text in &acc.texts {
                    if text.is_empty() {
                        self.warnings.push(Warning {
                            line: acc.location.as_ref().map_or(0, |l| l.line),
                            column: acc.location.as_ref().map_or(0, |l| l.column),
                            message: "empty <term> skipped".into(),
                        });
                        continue;
                    }
                    if !seen.insert((lang.lang.as_str().to_string(), text.clone())) {
                        self.warnings.push(Warning {
                            line: acc.location.as_ref().map_or(0, |l| l.line),
                            column: acc.location.as_ref().map_or(0, |l| l.column),
                            message: format!(
                                "term '{text}' ({}) repeated in entry {id}: kept once",
                                lang.lang
                            ),
                        });
                        continue;
                    }
                    let term = self.make_term(&id, &lang.lang, text, &acc, entry.dnt);
                    self.terms.push(term);
                    made += 1;
                }
            }
        }
        if made == 0 {
            self.warnings.push(Warning::at(
                &concept.origin.clone().expect("set above"),
                format!("entry {id} has no term"),
            ));
        }
        self.concepts.push(concept);
    }

    pub(super) fn make_term(
        &mut self,
        concept: &str,
        lang: &LangTag,
        text: &str,
        acc: &TermAcc,
        concept_dnt: bool,
    ) -> Term {
        let mut term = Term::new(concept, lang.clone(), text, Status::Admitted);
        term.pos = acc.pos;
        term.sources = acc.sources.clone();
        term.origin = acc.location.clone();
        let mut status_prefix: Option<Status> = None;
        let mut tbx_status: Option<String> = None;
        let mut texts = Vec::new();
        let at = acc
            .location
            .clone()
            .unwrap_or_else(|| Location::new(Some(self.xml.path()), 0, 0));
        for note in &acc.notes {
            let (prefixes, rest) = split_note_prefixes(note);
            for (key, value) in prefixes {
                let problem = match key.as_str() {
                    "status" => value
                        .parse::<Status>()
                        .map(|s| status_prefix = Some(s))
                        .err(),
                    "tbx-status" => {
                        tbx_status = Some(value);
                        None
                    }
                    "evidence" => Evidence::parse_list(&value)
                        .map(|e| term.evidence = e)
                        .err(),
                    "match" => value.parse::<MatchRules>().map(|m| term.rules = m).err(),
                    "review" => value.parse::<Review>().map(|r| term.review = Some(r)).err(),
                    _ => None,
                };
                if let Some(problem) = problem {
                    self.warnings.push(Warning::at(
                        &at,
                        format!("note prefix [{key}=…] ignored: {problem}"),
                    ));
                }
            }
            if !rest.is_empty() {
                texts.push(rest);
            }
        }
        let raw = acc.admin.as_deref().or(acc.normative.as_deref());
        let mapped = match raw {
            Some(v) => match map_status(v) {
                Some((s, keep)) => {
                    if keep && tbx_status.is_none() {
                        tbx_status = Some(v.to_string());
                    }
                    Some(s)
                }
                None => {
                    self.warnings.push(Warning::at(
                        &at,
                        format!("unknown administrative status '{v}' read as admitted"),
                    ));
                    if tbx_status.is_none() {
                        tbx_status = Some(v.to_string());
                    }
                    Some(Status::Admitted)
                }
            },
            None => None,
        };
        term.status = match (status_prefix, mapped) {
            (Some(s), _) => s,
            (None, Some(Status::Preferred) | None) if concept_dnt => Status::DoNotTranslate,
            (None, Some(s)) => s,
            (None, None) => Status::Admitted,
        };
        let mut note = texts.join(" | ");
        if let Some(v) = tbx_status {
            note = if note.is_empty() {
                format!("[tbx-status={v}]")
            } else {
                format!("[tbx-status={v}] {note}")
            };
        }
        term.note = note;
        term
    }

    /// Turns source texts into keys of the bibliography.
    pub(super) fn finish(&mut self) -> GlossaryData {
        let mut sources: Vec<SourceRef> = std::mem::take(&mut self.back_sources);
        let mut keys: HashSet<String> = sources.iter().map(|s| s.key.clone()).collect();
        let mut by_text: HashMap<String, String> = sources
            .iter()
            .map(|s| (s.key.clone(), s.key.clone()))
            .collect();
        let mut resolve = |text: &str, sources: &mut Vec<SourceRef>| -> String {
            if let Some(k) = by_text.get(text) {
                return k.clone();
            }
            let is_url = text.starts_with("http://") || text.starts_with("https://");
            let key = if !is_url && is_source_key(text) && text.chars().count() <= 60 {
                text.to_string()
            } else {
                let bare = text
                    .trim_start_matches("https://")
                    .trim_start_matches("http://")
                    .trim_start_matches("www.");
                let s = slug(bare, 48);
                if s.is_empty() {
                    "source".to_string()
                } else {
                    s
                }
            };
            let key = unique(key, &mut keys);
            sources.push(SourceRef {
                key: key.clone(),
                title: if is_url {
                    String::new()
                } else {
                    text.to_string()
                },
                url: if is_url {
                    text.to_string()
                } else {
                    String::new()
                },
            });
            by_text.insert(text.to_string(), key.clone());
            key
        };
        for c in &mut self.concepts {
            let raw = std::mem::take(&mut c.sources);
            for r in raw {
                let k = resolve(&r, &mut sources);
                if !c.sources.contains(&k) {
                    c.sources.push(k);
                }
            }
        }
        for t in &mut self.terms {
            let raw = std::mem::take(&mut t.sources);
            for r in raw {
                let k = resolve(&r, &mut sources);
                if !t.sources.contains(&k) {
                    t.sources.push(k);
                }
            }
        }
        GlossaryData {
            concepts: std::mem::take(&mut self.concepts),
            terms: std::mem::take(&mut self.terms),
            sources,
        }
    }
}
