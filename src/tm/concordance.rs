//! Concordance: find words and phrases anywhere in the TM.
//!
//! The index gives the units whose variant contains every word of the
//! phrase; each is then read and the phrase located in its text
//! (case-insensitive, any punctuation or spacing between the words), so
//! every hit comes with its byte span.

use std::collections::HashSet;

use regex::Regex;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::lang::LangTag;
use crate::model::{Unit, Variant};
use crate::tm::postings::Bucket;
use crate::tm::store::{ChunkInfo, Tm, UnitId, join_id};
use crate::tm::text::{self, TokenKind};

/// Which side of the units to search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// Variants in the unit's source language.
    Source,
    /// The other variants.
    Target,
    /// All variants.
    Both,
}

/// A concordance request.
#[derive(Debug, Clone)]
pub struct ConcordanceQuery {
    /// The words or phrase.
    pub phrase: String,
    /// Only variants of this language.
    pub lang: Option<LangTag>,
    /// Which side.
    pub side: Side,
    /// Most hits.
    pub limit: usize,
}

/// A byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
}

/// A translation shown next to a hit.
#[derive(Debug, Clone, Serialize)]
pub struct Translation {
    /// Language as written.
    pub lang: String,
    /// Text.
    pub text: String,
}

/// One hit.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Unit id.
    pub unit: UnitId,
    /// Language of the variant hit, as written.
    pub lang: String,
    /// The variant's text.
    pub text: String,
    /// Where the phrase is in `text` (bytes).
    pub span: Span,
    /// The unit's other variants.
    pub translations: Vec<Translation>,
    /// Avoided glossary terms recorded on the unit.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<crate::model::TermFlag>,
}

fn is_ideographic(s: &str) -> bool {
    s.chars().all(|c| {
        matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
    })
}

/// Builds the regex that finds the phrase in a text.
fn phrase_regex(words: &[&str]) -> Result<Regex> {
    let mut pattern = String::from("(?i)");
    for (i, word) in words.iter().enumerate() {
        let ideographic = is_ideographic(word);
        if i > 0 {
            let prev_ideo = is_ideographic(words[i - 1]);
            pattern.push_str(if ideographic || prev_ideo {
                r"[^\p{L}\p{N}]*"
            } else {
                r"[^\p{L}\p{N}]+"
            });
        } else if !ideographic {
            pattern.push_str(r"\b");
        }
        // Any apostrophe matches any other (l’IA, l'IA).
        let escaped: Vec<String> = word.split(text::is_apostrophe).map(regex::escape).collect();
        pattern.push_str(&escaped.join("['\u{2019}\u{02BC}\u{2018}\u{2032}]"));
        if i + 1 == words.len() && !ideographic {
            pattern.push_str(r"\b");
        }
    }
    Regex::new(&pattern).map_err(|e| Error::Usage(format!("cannot search for this phrase: {e}")))
}

fn source_lang(unit: &Unit) -> Option<LangTag> {
    unit.attr("srclang")
        .filter(|s| !s.eq_ignore_ascii_case("*all*"))
        .map(LangTag::lenient)
}

fn on_side(unit: &Unit, index: usize, side: Side, header_src: Option<&LangTag>) -> bool {
    if side == Side::Both {
        return true;
    }
    let variant = &unit.variants[index];
    let is_source = match source_lang(unit).as_ref().or(header_src) {
        Some(src) => variant.tag().same_language(src),
        None => index == 0,
    };
    is_source == (side == Side::Source)
}

/// The units of `chunk` whose `lang` variants contain every token hash
/// (posting lists intersected, shortest first), or `None` when one token
/// is absent.
fn units_with_every_word(
    tm: &Tm,
    chunk: &ChunkInfo,
    lang: &str,
    hashes: &[u64],
) -> Result<Option<Vec<u32>>> {
    let mut lists = Vec::new();
    for h in hashes {
        let Some(bucket) = tm.bucket(chunk, lang, *h)? else {
            return Ok(None);
        };
        let ids: Vec<u32> = Bucket::new(&bucket)
            .and_then(|b| b.get(*h).map(|l| l.iter().map(|p| p.local).collect()))
            .unwrap_or_default();
        if ids.is_empty() {
            return Ok(None);
        }
        lists.push(ids);
    }
    lists.sort_by_key(Vec::len);
    let Some((first, others)) = lists.split_first() else {
        return Ok(None);
    };
    let mut ids = first.clone();
    for other in others {
        let set: HashSet<u32> = other.iter().copied().collect();
        ids.retain(|id| set.contains(id));
    }
    Ok(Some(ids))
}

/// The `srclang` of the file an import came from, unless `*all*`.
fn header_source_lang(tm: &Tm, import: u32) -> Option<LangTag> {
    tm.state()
        .imports
        .iter()
        .find(|r| r.id == import)
        .and_then(|r| r.header.as_ref())
        .and_then(|h| {
            h.attrs
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("srclang"))
        })
        .filter(|(_, v)| !v.eq_ignore_ascii_case("*all*"))
        .map(|(_, v)| LangTag::lenient(v))
}

/// Finds the phrase in the TM.
pub fn concordance(tm: &Tm, q: &ConcordanceQuery) -> Result<Vec<Hit>> {
    let normalized = text::nfc(&q.phrase).into_owned();
    let tokens: Vec<_> = text::tokenize(&normalized)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Code)
        .collect();
    if tokens.is_empty() {
        return Err(Error::Usage("concordance needs at least one word".into()));
    }
    let words: Vec<&str> = tokens.iter().map(|t| t.raw).collect();
    let regex = phrase_regex(&words)?;
    let mut hashes: Vec<u64> = tokens.iter().map(super::text::Token::hash).collect();
    hashes.sort_unstable();
    hashes.dedup();

    let mut hits = Vec::new();
    let mut seen: HashSet<(UnitId, usize)> = HashSet::new();
    for chunk in &tm.state().chunks {
        let langs: Vec<&str> = match &q.lang {
            Some(l) => vec![l.language()],
            None => chunk.langs.iter().map(|l| l.lang.as_str()).collect(),
        };
        for lang in langs {
            if chunk.lang(lang).is_none() {
                continue;
            }
            let Some(ids) = units_with_every_word(tm, chunk, lang, &hashes)? else {
                continue;
            };
            for local in ids {
                let id = join_id(chunk.id, local);
                let Some(stored) = tm.get(id)? else { continue };
                let header_src = header_source_lang(tm, stored.import);
                let unit = &stored.unit;
                for (i, variant) in unit.variants.iter().enumerate() {
                    if variant.tag().language() != lang
                        || !on_side(unit, i, q.side, header_src.as_ref())
                    {
                        continue;
                    }
                    if let Some(lang) = &q.lang
                        && lang.fit(&variant.tag()) == 0
                    {
                        continue;
                    }
                    let text = variant.seg.display_text();
                    let Some(found) = regex.find(&text) else {
                        continue;
                    };
                    if !seen.insert((id, i)) {
                        continue;
                    }
                    hits.push(Hit {
                        unit: id,
                        lang: variant.lang.clone(),
                        span: Span {
                            start: found.start(),
                            end: found.end(),
                        },
                        translations: translations(unit, i),
                        glossary: crate::model::TermFlag::of_unit(unit),
                        text,
                    });
                    if hits.len() >= q.limit {
                        return Ok(hits);
                    }
                }
            }
        }
    }
    Ok(hits)
}

fn translations(unit: &Unit, except: usize) -> Vec<Translation> {
    unit.variants
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != except)
        .map(|(_, v): (usize, &Variant)| Translation {
            lang: v.lang.clone(),
            text: v.seg.display_text(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tm::store::OpenOptions;

    #[test]
    fn finds_phrases_with_spans() {
        let dir = tempfile::tempdir().unwrap();
        let mut tm = Tm::open(&dir.path().join("tm"), &OpenOptions::default()).unwrap();
        let mut imp = tm.begin_import("t", "tsv", None).unwrap();
        for (fr, en) in [
            ("Lire le rapport entier", "Read the full report"),
            ("Le rapport, entier et complet", "The report, whole"),
            ("Un rapport", "A report"),
            ("Le rapport sur l’IA", "The report on AI"),
        ] {
            imp.add(Unit {
                variants: vec![Variant::new("fr", fr), Variant::new("en", en)],
                ..Default::default()
            })
            .unwrap();
        }
        imp.commit().unwrap();
        let q = ConcordanceQuery {
            phrase: "Rapport entier".into(),
            lang: Some(LangTag::parse("fr").unwrap()),
            side: Side::Both,
            limit: 10,
        };
        let hits = concordance(&tm, &q).unwrap();
        assert_eq!(hits.len(), 2);
        let apostrophe = ConcordanceQuery {
            phrase: "l'IA".into(),
            lang: None,
            side: Side::Both,
            limit: 10,
        };
        let found = concordance(&tm, &apostrophe).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(
            &found[0].text[found[0].span.start..found[0].span.end],
            "l’IA"
        );
        assert_eq!(
            &hits[0].text[hits[0].span.start..hits[0].span.end],
            "rapport entier"
        );
        assert_eq!(
            &hits[1].text[hits[1].span.start..hits[1].span.end],
            "rapport, entier"
        );
        assert_eq!(hits[0].translations[0].text, "Read the full report");
        let target_side = ConcordanceQuery {
            phrase: "report".into(),
            lang: None,
            side: Side::Target,
            limit: 10,
        };
        assert_eq!(concordance(&tm, &target_side).unwrap().len(), 4);
    }
}
