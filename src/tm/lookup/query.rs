//! What a lookup asks ([`Query`]) and what it finds ([`Match`]).

use serde::Serialize;

use crate::style;
use crate::t;

use crate::lang::LangTag;
use crate::model::Segment;
use crate::tm::scoring::{Diff, Tier};
use crate::tm::store::UnitId;

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
    /// Alignment score (0–100) when the unit is a pair stored by `relais
    /// align`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aligned: Option<u32>,
    /// Last change date of the unit (TMX format), if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changed: Option<String>,
    /// Avoided glossary terms in the translation: those recorded on the
    /// unit when it was stored, and those the current glossary finds.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<crate::model::TermFlag>,
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

impl Match {
    /// The match as text lines: score and tier with the TM's source, the
    /// translation, the differences and the unit's metadata (`color`: on
    /// a terminal).
    pub fn lines(&self, color: bool) -> Vec<String> {
        let label = format!("{:>3} {:<10}", self.score, self.tier.as_str());
        let mut out = vec![
            format!("{}  {}", style::highlight(&label, color), self.source),
            format!("{:>14}  {}", "→", self.target),
        ];
        let notes: Vec<String> = self
            .diff
            .changes
            .iter()
            .map(|c| match c.op {
                "insert" => format!("+{}", c.tm),
                "delete" => format!("-{}", c.query),
                _ => format!("{} → {}", c.query, c.tm),
            })
            .collect();
        if !notes.is_empty() {
            let changes = t!("tm-lookup-changes", "changes" => notes.join("; "));
            out.push(format!("{:>14}  {}", "", style::dim(&changes, color)));
        }
        for n in &self.diff.numbers {
            out.push(format!(
                "{:>14}  {}",
                "",
                t!("tm-lookup-number", "query" => n.query.clone().unwrap_or_else(|| "–".into()), "tm" => n.tm.clone().unwrap_or_else(|| "–".into()))
            ));
        }
        // A flagged unit is never offered without saying why.
        for f in &self.glossary {
            let line = t!(
                "term-flag",
                "status" => f.status.as_str(),
                "found" => f.found.as_str(),
                "concept" => f.concept.as_str(),
                "preferred" => f.preferred.join(", ")
            );
            out.push(format!("{:>14}  {}", "⚠", style::warning(&line, color)));
        }
        let mut meta = vec![format!("#{}", self.unit)];
        meta.extend(self.context.iter().cloned());
        meta.extend(self.origin.iter().cloned());
        if let Some(score) = self.aligned {
            meta.push(t!("tm-lookup-aligned", "score" => score));
        }
        out.push(format!(
            "{:>14}  {}",
            "",
            style::dim(&meta.join("  "), color)
        ));
        out
    }
}
