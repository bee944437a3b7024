//! The glossary's data: concepts, their terms per language, and the
//! bibliography the rows cite.
//!
//! These types are what the TSV files and TBX documents are read into and
//! written from; `crate::glossary::Glossary` adds the indexes and term
//! recognition.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::error::Location;
use crate::lang::LangTag;
use crate::model::finding::Severity;

/// How a term may be used in a publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The term to use.
    Preferred,
    /// Acceptable, second choice.
    Admitted,
    /// Avoid: a warning unless suppressed (legal quotations, say).
    Deprecated,
    /// Never in a publication: harmful or misleading wording.
    Forbidden,
    /// A proper name or acronym kept as it is in every language.
    DoNotTranslate,
}

impl Status {
    /// All statuses, in the order a term pane lists them.
    pub const ALL: [Status; 5] = [
        Status::Preferred,
        Status::Admitted,
        Status::DoNotTranslate,
        Status::Deprecated,
        Status::Forbidden,
    ];

    /// The name used in TSV files and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Preferred => "preferred",
            Status::Admitted => "admitted",
            Status::Deprecated => "deprecated",
            Status::Forbidden => "forbidden",
            Status::DoNotTranslate => "do-not-translate",
        }
    }

    /// Terms a translation should use (preferred, admitted, do-not-translate).
    pub fn is_usable(self) -> bool {
        matches!(
            self,
            Status::Preferred | Status::Admitted | Status::DoNotTranslate
        )
    }

    /// Terms a translation must avoid (deprecated, forbidden).
    pub fn is_avoided(self) -> bool {
        matches!(self, Status::Deprecated | Status::Forbidden)
    }

    /// Position in a term pane: preferred first, forbidden last.
    pub fn pane_rank(self) -> u8 {
        match self {
            Status::Preferred => 0,
            Status::DoNotTranslate => 1,
            Status::Admitted => 2,
            Status::Deprecated => 3,
            Status::Forbidden => 4,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s.trim() {
            "preferred" => Status::Preferred,
            "admitted" => Status::Admitted,
            "deprecated" => Status::Deprecated,
            "forbidden" => Status::Forbidden,
            "do-not-translate" => Status::DoNotTranslate,
            other => {
                return Err(format!(
                    "unknown status '{other}' (expected preferred, admitted, deprecated, forbidden or do-not-translate)"
                ));
            }
        })
    }
}

/// How well a row is attested (terminology.md §0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Evidence {
    /// Seen in the cited source.
    #[serde(rename = "A")]
    A,
    /// Seen in an official EU text.
    #[serde(rename = "A-EU")]
    AEu,
    /// A best guess; needs native review.
    #[serde(rename = "G")]
    G,
    /// Recalled, not checked against a source.
    #[serde(rename = "R")]
    R,
}

impl Evidence {
    /// The label as written in the files.
    pub fn as_str(self) -> &'static str {
        match self {
            Evidence::A => "A",
            Evidence::AEu => "A-EU",
            Evidence::G => "G",
            Evidence::R => "R",
        }
    }

    /// Parses a comma-separated list of labels (`A-EU,A`).
    pub fn parse_list(s: &str) -> Result<Vec<Evidence>, String> {
        let mut out = Vec::new();
        for label in s.split(',').map(str::trim).filter(|l| !l.is_empty()) {
            let e = match label.to_ascii_uppercase().as_str() {
                "A" => Evidence::A,
                "A-EU" => Evidence::AEu,
                "G" => Evidence::G,
                "R" => Evidence::R,
                _ => {
                    return Err(format!(
                        "unknown evidence label '{label}' (expected A, A-EU, G or R)"
                    ));
                }
            };
            if !out.contains(&e) {
                out.push(e);
            }
        }
        Ok(out)
    }

    /// Writes a list of labels as the files spell it.
    pub fn join(list: &[Evidence]) -> String {
        list.iter()
            .map(|e| e.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// True when a row rests only on guesses or recollection: labelled G
    /// or R and never A or A-EU.
    pub fn unverified(list: &[Evidence]) -> bool {
        list.iter().any(|e| matches!(e, Evidence::G | Evidence::R))
            && !list
                .iter()
                .any(|e| matches!(e, Evidence::A | Evidence::AEu))
    }
}

/// A reviewer's decision on a row's severity:
/// `promote=error by=NAME date=YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Review {
    /// The severity findings on this term get.
    pub promote: Severity,
    /// Who decided.
    pub by: String,
    /// When (YYYY-MM-DD).
    pub date: String,
}

impl fmt::Display for Review {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "promote={} by={} date={}",
            self.promote.as_str(),
            self.by,
            self.date
        )
    }
}

impl FromStr for Review {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        // Values run until the next ` key=`, so names may hold spaces.
        let mut fields: Vec<(String, String)> = Vec::new();
        for token in s.split_whitespace() {
            match token.split_once('=') {
                Some((k, v)) if matches!(k, "promote" | "by" | "date") => {
                    fields.push((k.to_string(), v.to_string()));
                }
                _ => match fields.last_mut() {
                    Some((_, v)) => {
                        v.push(' ');
                        v.push_str(token);
                    }
                    None => return Err(format!("review must start with promote=…, not '{token}'")),
                },
            }
        }
        let get = |key: &str| {
            fields
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.trim().to_string())
        };
        let promote = match get("promote").as_deref() {
            Some("error") => Severity::Error,
            Some("warning") => Severity::Warning,
            Some(other) => {
                return Err(format!(
                    "review promote={other}: expected promote=error or promote=warning"
                ));
            }
            None => return Err("review needs promote=error or promote=warning".into()),
        };
        let by = get("by")
            .filter(|b| !b.is_empty())
            .ok_or("review needs by=NAME")?;
        let date = get("date").ok_or("review needs date=YYYY-MM-DD")?;
        let valid_date = date.len() == 10
            && date.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            })
            && chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d").is_ok();
        if !valid_date {
            return Err(format!("review date '{date}' is not a date (YYYY-MM-DD)"));
        }
        if fields.len() != 3 {
            return Err(
                "review has a repeated key (expected promote=…, by=…, date=… once each)".into(),
            );
        }
        Ok(Review { promote, by, date })
    }
}

/// How a term is recognised in text (the `match` column).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MatchRules {
    /// `case`: case-sensitive.
    pub case_sensitive: bool,
    /// `exact`: no inflection and no diacritic folding (apostrophe and
    /// space variants are still alike; case is folded unless `case`).
    pub exact: bool,
    /// `compound`: also found inside longer words (German and Dutch
    /// compounds).
    pub compound: bool,
    /// `forms=a|b`: more forms recognised as this term.
    pub forms: Vec<String>,
}

impl MatchRules {
    /// True when no directive is set.
    pub fn is_default(&self) -> bool {
        *self == MatchRules::default()
    }
}

impl fmt::Display for MatchRules {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        if self.case_sensitive {
            parts.push("case".into());
        }
        if self.exact {
            parts.push("exact".into());
        }
        if self.compound {
            parts.push("compound".into());
        }
        if !self.forms.is_empty() {
            parts.push(format!("forms={}", self.forms.join("|")));
        }
        f.write_str(&parts.join("; "))
    }
}

impl FromStr for MatchRules {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let mut rules = MatchRules::default();
        for directive in s.split(';').map(str::trim).filter(|d| !d.is_empty()) {
            match directive {
                "case" => rules.case_sensitive = true,
                "exact" => rules.exact = true,
                "compound" => rules.compound = true,
                d => match d.split_once('=') {
                    Some(("forms", list)) => {
                        let forms: Vec<String> =
                            list.split('|').map(str::trim).map(str::to_string).collect();
                        if forms.iter().any(String::is_empty) {
                            return Err(format!("match directive '{d}' has an empty form"));
                        }
                        rules.forms.extend(forms);
                    }
                    _ => {
                        return Err(format!(
                            "unknown match directive '{d}' (expected case, exact, compound or forms=a|b)"
                        ));
                    }
                },
            }
        }
        Ok(rules)
    }
}

/// Part of speech (TBX-Basic's picklist).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PartOfSpeech {
    /// Noun (also noun phrases and proper names).
    Noun,
    /// Verb.
    Verb,
    /// Adjective.
    Adjective,
    /// Adverb.
    Adverb,
    /// Anything else.
    Other,
}

impl PartOfSpeech {
    /// The name in files.
    pub fn as_str(self) -> &'static str {
        match self {
            PartOfSpeech::Noun => "noun",
            PartOfSpeech::Verb => "verb",
            PartOfSpeech::Adjective => "adjective",
            PartOfSpeech::Adverb => "adverb",
            PartOfSpeech::Other => "other",
        }
    }

    /// Strict parsing, for relais's own files.
    pub fn parse(s: &str) -> Result<Option<Self>, String> {
        Ok(Some(match s.trim() {
            "" => return Ok(None),
            "noun" => PartOfSpeech::Noun,
            "verb" => PartOfSpeech::Verb,
            "adjective" => PartOfSpeech::Adjective,
            "adverb" => PartOfSpeech::Adverb,
            "other" => PartOfSpeech::Other,
            other => {
                return Err(format!(
                    "unknown part of speech '{other}' (expected noun, verb, adjective, adverb or other)"
                ));
            }
        }))
    }

    /// Lenient mapping of what other tools write (`Noun`, `nom`,
    /// `properNoun`, `adj`, …).
    pub fn lenient(s: &str) -> Option<Self> {
        let lower = s.trim().to_lowercase();
        Some(match lower.as_str() {
            "" => return None,
            "noun" | "nom" | "substantive" | "substantiv" | "propernoun" | "proper noun" | "n" => {
                PartOfSpeech::Noun
            }
            "verb" | "verbe" | "v" => PartOfSpeech::Verb,
            "adjective" | "adjectif" | "adj" | "adjektiv" => PartOfSpeech::Adjective,
            "adverb" | "adverbe" | "adv" => PartOfSpeech::Adverb,
            _ => PartOfSpeech::Other,
        })
    }
}

/// A concept: what the terms of every language name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Concept {
    /// Identifier (`C04-CSAM`): letters, digits, `-`, `_` and `.`,
    /// starting with a letter or `_`, so it is also a valid XML id.
    pub id: String,
    /// Subject field.
    pub domain: String,
    /// Definition.
    pub definition: String,
    /// Notes: open questions, age thresholds, legal references.
    pub note: String,
    /// Keys of `sources.tsv`.
    pub sources: Vec<String>,
    /// Where the row was read.
    #[serde(skip)]
    pub origin: Option<Location>,
}

impl Concept {
    /// A concept with only an id.
    pub fn new(id: impl Into<String>) -> Self {
        Concept {
            id: id.into(),
            domain: String::new(),
            definition: String::new(),
            note: String::new(),
            sources: Vec::new(),
            origin: None,
        }
    }
}

/// One term of a concept in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Term {
    /// The concept's id.
    pub concept: String,
    /// Language.
    #[serde(serialize_with = "serialize_lang")]
    pub lang: LangTag,
    /// The term as written.
    pub text: String,
    /// Status.
    pub status: Status,
    /// Evidence labels.
    pub evidence: Vec<Evidence>,
    /// Keys of `sources.tsv` (empty for `none`).
    pub sources: Vec<String>,
    /// A reviewer's promotion, if any.
    pub review: Option<Review>,
    /// Recognition directives.
    #[serde(rename = "match")]
    pub rules: MatchRules,
    /// Part of speech.
    pub pos: Option<PartOfSpeech>,
    /// The reason for the status (shown with findings).
    pub note: String,
    /// Where the row was read.
    #[serde(skip)]
    pub origin: Option<Location>,
}

fn serialize_lang<S: serde::Serializer>(lang: &LangTag, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(lang.as_str())
}

impl Term {
    /// A term with default metadata.
    pub fn new(
        concept: impl Into<String>,
        lang: LangTag,
        text: impl Into<String>,
        status: Status,
    ) -> Self {
        Term {
            concept: concept.into(),
            lang,
            text: text.into(),
            status,
            evidence: Vec::new(),
            sources: Vec::new(),
            review: None,
            rules: MatchRules::default(),
            pos: None,
            note: String::new(),
            origin: None,
        }
    }

    /// The key two rows must share to be the same term: concept, language
    /// and text.
    pub fn key(&self) -> (String, String, String) {
        (
            self.concept.clone(),
            self.lang.as_str().to_string(),
            self.text.clone(),
        )
    }
}

/// A bibliography entry (`sources.tsv`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceRef {
    /// Key cited by rows.
    pub key: String,
    /// Title or description.
    pub title: String,
    /// Address, if any.
    pub url: String,
}

/// The glossary's content, as read from or written to files.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlossaryData {
    /// Concepts, in file order.
    pub concepts: Vec<Concept>,
    /// Terms, in file order.
    pub terms: Vec<Term>,
    /// Bibliography.
    pub sources: Vec<SourceRef>,
}

impl GlossaryData {
    /// Adds a concept for every term whose concept is not listed.
    pub fn add_implied_concepts(&mut self) {
        let mut known: std::collections::HashSet<String> =
            self.concepts.iter().map(|c| c.id.clone()).collect();
        for t in &self.terms {
            if known.insert(t.concept.clone()) {
                self.concepts.push(Concept::new(t.concept.clone()));
            }
        }
    }
}

/// Whether `id` can name a concept (and serve as an XML `ID`).
pub fn is_concept_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Whether `key` can name a source (no separators or spaces).
pub fn is_source_key(key: &str) -> bool {
    !key.is_empty() && key != "none" && !key.contains(';') && !key.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_parse_and_print() {
        for s in Status::ALL {
            assert_eq!(s.as_str().parse::<Status>().unwrap(), s);
        }
        let err = "prefered".parse::<Status>().unwrap_err();
        assert!(err.contains("unknown status 'prefered'"), "{err}");
    }

    #[test]
    fn evidence_lists() {
        assert_eq!(
            Evidence::parse_list("A-EU,A").unwrap(),
            [Evidence::AEu, Evidence::A]
        );
        assert_eq!(
            Evidence::parse_list(" g , r ").unwrap(),
            [Evidence::G, Evidence::R]
        );
        assert!(Evidence::parse_list("B").is_err());
        assert!(Evidence::unverified(&[Evidence::G]));
        assert!(!Evidence::unverified(&[Evidence::G, Evidence::A]));
        assert!(!Evidence::unverified(&[]));
    }

    #[test]
    fn reviews_round_trip() {
        let r: Review = "promote=error by=Jane Doe date=2025-01-31".parse().unwrap();
        assert_eq!(r.promote, Severity::Error);
        assert_eq!(r.by, "Jane Doe");
        assert_eq!(r.to_string(), "promote=error by=Jane Doe date=2025-01-31");
        assert!(
            "promote=fatal by=x date=2025-01-31"
                .parse::<Review>()
                .is_err()
        );
        assert!(
            "promote=error by=x date=2025-13-01"
                .parse::<Review>()
                .is_err()
        );
        assert!("promote=error date=2025-01-01".parse::<Review>().is_err());
        assert!("by=x promote=error".parse::<Review>().is_err());
    }

    #[test]
    fn match_directives() {
        let m: MatchRules = "case; compound; forms=Kinderpornos|kinderpornografisch"
            .parse()
            .unwrap();
        assert!(m.case_sensitive && m.compound && !m.exact);
        assert_eq!(m.forms, ["Kinderpornos", "kinderpornografisch"]);
        assert_eq!(
            m.to_string(),
            "case; compound; forms=Kinderpornos|kinderpornografisch"
        );
        assert!("fuzzy".parse::<MatchRules>().is_err());
        assert!("forms=a||b".parse::<MatchRules>().is_err());
        assert!("".parse::<MatchRules>().unwrap().is_default());
    }

    #[test]
    fn ids_and_keys() {
        assert!(is_concept_id("C04-CSAM"));
        assert!(is_concept_id("C13-Fondation-pour-l-Enfance"));
        assert!(!is_concept_id("2_76365"));
        assert!(!is_concept_id("a b"));
        assert!(is_source_key("COM2024-60-EN"));
        assert!(!is_source_key("a; b"));
        assert!(!is_source_key("none"));
    }

    #[test]
    fn lenient_parts_of_speech() {
        assert_eq!(PartOfSpeech::lenient("Noun"), Some(PartOfSpeech::Noun));
        assert_eq!(PartOfSpeech::lenient("nom"), Some(PartOfSpeech::Noun));
        assert_eq!(
            PartOfSpeech::lenient("properNoun"),
            Some(PartOfSpeech::Noun)
        );
        assert_eq!(
            PartOfSpeech::lenient("conjunction"),
            Some(PartOfSpeech::Other)
        );
        assert_eq!(PartOfSpeech::lenient(""), None);
    }
}
