//! What a writer is given: files and units with their notes, TM matches
//! and glossary entries, and the state of each segment.

use crate::model::Segment;

/// Where a segment is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetState {
    /// Not translated (1.2 `new`, 2.0 `initial`).
    New,
    /// Translated and reviewed as far as relais knows (1.2 `translated`,
    /// 2.0 `translated`).
    Translated,
    /// Filled from a fuzzy TM match, to be reviewed (1.2
    /// `needs-review-translation`, 2.0 `translated` + `subState="relais:review"`).
    NeedsReview,
    /// Reviewed (1.2 `signed-off`, 2.0 `reviewed`).
    Reviewed,
    /// Final (`final` in both).
    Final,
}

impl TargetState {
    pub(super) fn v12(self) -> &'static str {
        match self {
            TargetState::New => "new",
            TargetState::Translated => "translated",
            TargetState::NeedsReview => "needs-review-translation",
            TargetState::Reviewed => "signed-off",
            TargetState::Final => "final",
        }
    }

    pub(super) fn v20(self) -> (&'static str, Option<&'static str>) {
        match self {
            TargetState::New => ("initial", None),
            TargetState::Translated => ("translated", None),
            TargetState::NeedsReview => ("translated", Some("relais:review")),
            TargetState::Reviewed => ("reviewed", None),
            TargetState::Final => ("final", None),
        }
    }
}

/// What a note is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteAbout {
    /// The source text.
    Source,
    /// The target text.
    Target,
    /// The unit in general.
    General,
}

/// A note for translators.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteNote {
    /// The text.
    pub text: String,
    /// Who or what wrote it (1.2 `from`, 2.0 `category`).
    pub from: Option<String>,
    /// What it is about.
    pub about: NoteAbout,
    /// 1 (most important) to 10.
    pub priority: Option<u8>,
}

impl WriteNote {
    /// A general note.
    pub fn new(text: impl Into<String>) -> Self {
        WriteNote {
            text: text.into(),
            from: None,
            about: NoteAbout::General,
            priority: None,
        }
    }
}

/// A translation-memory match offered to the translator.
#[derive(Debug, Clone, PartialEq)]
pub struct TmMatch {
    /// The source of the TM unit.
    pub source: Segment,
    /// Its translation.
    pub target: Segment,
    /// Score as relais shows it: 0–100, 101 for an in-context match.
    pub score: u8,
    /// Where it comes from (`DOC:ID`, a TMX file name).
    pub origin: Option<String>,
}

/// The status of a glossary term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GlossaryStatus {
    /// The term to use.
    Preferred,
    /// An acceptable alternative.
    Admitted,
    /// To avoid.
    Deprecated,
    /// Must never appear in a publication.
    Forbidden,
    /// A name kept as it is.
    DoNotTranslate,
}

impl GlossaryStatus {
    /// The status as relais writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            GlossaryStatus::Preferred => "preferred",
            GlossaryStatus::Admitted => "admitted",
            GlossaryStatus::Deprecated => "deprecated",
            GlossaryStatus::Forbidden => "forbidden",
            GlossaryStatus::DoNotTranslate => "do-not-translate",
        }
    }
}

/// A target-language term of a glossary entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossaryTerm {
    /// The term.
    pub text: String,
    /// Its status.
    pub status: GlossaryStatus,
    /// Why (required for forbidden and deprecated terms in relais's
    /// glossary).
    pub reason: Option<String>,
}

/// A glossary concept found in the unit's source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossaryEntry {
    /// The source term as it appears in the glossary.
    pub term: String,
    /// The concept's id or origin (`gls:term@source`).
    pub origin: Option<String>,
    /// Target-language terms.
    pub translations: Vec<GlossaryTerm>,
    /// Definition or note.
    pub definition: Option<String>,
}

impl GlossaryEntry {
    pub(super) fn has_forbidden(&self) -> bool {
        self.translations
            .iter()
            .any(|t| t.status == GlossaryStatus::Forbidden)
    }

    /// The entry as one line of text (1.2 notes).
    pub(super) fn describe(&self) -> String {
        let terms: Vec<String> = self
            .translations
            .iter()
            .map(|t| {
                let status = if t.status == GlossaryStatus::Forbidden {
                    "FORBIDDEN".to_string()
                } else {
                    t.status.as_str().to_string()
                };
                match &t.reason {
                    Some(r) => format!("{} ({status}: {r})", t.text),
                    None => format!("{} ({status})", t.text),
                }
            })
            .collect();
        let mut out = format!("Glossary: {} → {}", self.term, terms.join("; "));
        if let Some(d) = &self.definition {
            out.push_str(" — ");
            out.push_str(d);
        }
        out
    }
}

/// One unit to write.
#[derive(Debug, Clone, PartialEq)]
pub struct WriteUnit {
    /// The id (2.0: an XML NMTOKEN — letters, digits, `.`, `-`, `_`, `:`).
    pub id: String,
    /// A free-form name (1.2 `resname`, 2.0 `name`).
    pub name: Option<String>,
    /// Source.
    pub source: Segment,
    /// Target, when there is one.
    pub target: Option<Segment>,
    /// State of the target.
    pub state: TargetState,
    /// Notes.
    pub notes: Vec<WriteNote>,
    /// TM matches, best first.
    pub matches: Vec<TmMatch>,
    /// Glossary entries found in the source.
    pub glossary: Vec<GlossaryEntry>,
    /// False for a unit shown for context only (`translate="no"`).
    pub translate: bool,
    /// Metadata as (type, value); in 1.2 the type must start with `x-`
    /// (the schema's extension form for `context-type`).
    pub properties: Vec<(String, String)>,
}

/// One `<file>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteFile {
    /// The id (2.0; an NMTOKEN).
    pub id: String,
    /// The document it comes from (`original`).
    pub original: String,
    /// File-level notes.
    pub notes: Vec<WriteNote>,
}
