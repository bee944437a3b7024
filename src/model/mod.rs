//! The shared types at the bottom of relais: what every other layer
//! reads, writes or reports, and nothing that does work on them.
//!
//! * [`segment`]: [`Segment`], text with inline codes ([`Inline`],
//!   [`Tag`]), and byte [`Span`]s.
//! * [`unit`](mod@unit): multilingual TM units ([`Unit`], [`Variant`],
//!   [`Annotation`]), the file header an import keeps ([`HeaderInfo`]),
//!   and [`UnitSource`], what a format reader offers an import.
//! * [`glossary`]: concepts, terms and their statuses, the bibliography
//!   ([`GlossaryData`]).
//! * [`document`]: the blocks of a document ([`SourceBlock`] as a reader
//!   gives them, [`Block`] as the renderer lays them out).
//! * [`finding`]: [`Finding`] and [`Severity`], what checks report.
//! * [`flag`]: [`TermFlag`], the avoided glossary terms a TM unit carries.
//!
//! The formats read into and write from these types; the TM, the glossary
//! and the checks work on them. This module uses only `lang` and `error`.

pub mod document;
pub mod finding;
pub mod flag;
pub mod glossary;
pub mod segment;
pub mod unit;

pub use document::{Block, BlockKind, SourceBlock};
pub use finding::{Finding, MinSeverity, Severity, sort_findings};
pub use flag::{PROP_GLOSSARY, TermFlag};
pub use glossary::{
    Concept, Evidence, GlossaryData, MatchRules, PartOfSpeech, Review, SourceRef, Status, Term,
    is_concept_id, is_source_key,
};
pub use segment::{CODE_MARK, CODE_TYPE_FLUENT, Inline, Segment, Span, Tag};
pub use unit::{
    Annotation, HeaderInfo, PROP_CONTEXT, PROP_PREV, Unit, UnitSource, Variant, attr, set_attr,
    tmx_now,
};
