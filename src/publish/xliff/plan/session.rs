//! The state of one import while it is planned, and the translations it
//! takes from the file.

use std::collections::{HashMap, HashSet};

use crate::formats::xliff::XliffUnit;
use crate::glossary::Glossary;
use crate::lang::LangTag;
use crate::model::Segment;
use crate::project::Project;
use crate::publish::xliff::plan::report::{ImportReport, UnitProblem};
use crate::publish::xliff::units::{DocumentUnits, UnitKey};

/// A translation taken from the file.
#[derive(Debug, Clone)]
pub(super) struct Imported {
    pub(super) key: UnitKey,
    pub(super) unit_id: String,
    pub(super) line: u64,
    pub(super) column: u64,
    /// Fluent form.
    pub(super) segment: Segment,
    pub(super) review: bool,
    /// Whether the text differs from the current translation.
    pub(super) changed: bool,
}

pub(super) struct Session<'a> {
    pub(super) project: &'a Project,
    pub(super) glossary: Option<&'a Glossary>,
    pub(super) source_lang: LangTag,
    pub(super) target_lang: LangTag,
    pub(super) report: ImportReport,
    /// The documents units name, loaded.
    pub(super) docs: HashMap<String, DocumentUnits>,
    /// Unit ids seen, as written.
    pub(super) seen: HashSet<String>,
    /// Pieces seen, whatever the id form.
    pub(super) seen_keys: HashSet<UnitKey>,
}

impl Session<'_> {
    pub(super) fn problem(
        &self,
        kind: &'static str,
        unit: &XliffUnit,
        key: Option<&UnitKey>,
        message: String,
        code: Option<String>,
    ) -> UnitProblem {
        UnitProblem {
            kind,
            unit_id: unit.id.clone(),
            document: key.map(|k| k.document.clone()),
            message_id: key.map(|k| k.message.clone()),
            line: unit.location.line,
            column: unit.location.column,
            message,
            code,
        }
    }
}
