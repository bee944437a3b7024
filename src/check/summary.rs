//! The result of a check run: the findings, sorted, and their counts per
//! locale and check.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::check::ids;
use crate::model::{Finding, Severity};

/// Counts for one locale.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LocaleSummary {
    /// Files read.
    pub files: usize,
    /// Messages and terms in them.
    pub messages: usize,
    /// Findings of error severity.
    pub errors: usize,
    /// Findings of warning severity.
    pub warnings: usize,
    /// Findings of info severity.
    pub infos: usize,
    /// Findings suppressed.
    pub suppressed: usize,
    /// Untranslated messages and terms as compare-locales counts them:
    /// `missing-message` findings plus the entries of missing files.
    pub missing: usize,
    /// `obsolete-message` findings (compare-locales' `obsolete`).
    pub obsolete: usize,
    /// Findings per check id.
    pub checks: BTreeMap<String, usize>,
}

/// Counts for the whole run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Files read.
    pub files: usize,
    /// Messages and terms in them.
    pub messages: usize,
    /// Findings of error severity.
    pub errors: usize,
    /// Findings of warning severity.
    pub warnings: usize,
    /// Findings of info severity.
    pub infos: usize,
    /// Findings suppressed.
    pub suppressed: usize,
    /// Per locale (the source locale included, for findings in source
    /// files).
    pub by_locale: BTreeMap<String, LocaleSummary>,
}

/// The result of a run.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    /// Findings, sorted.
    pub findings: Vec<Finding>,
    /// Counts.
    pub summary: Summary,
    /// Files checked (read, or reported missing) per locale.
    #[serde(skip)]
    pub files: BTreeMap<String, std::collections::BTreeSet<String>>,
}

impl Report {
    /// Fills in the counts of findings (files and messages are counted
    /// while reading).
    pub fn count(&mut self) {
        let s = &mut self.summary;
        s.errors = 0;
        s.warnings = 0;
        s.infos = 0;
        for l in s.by_locale.values_mut() {
            l.errors = 0;
            l.warnings = 0;
            l.infos = 0;
            l.missing = 0;
            l.obsolete = 0;
            l.checks.clear();
        }
        for f in &self.findings {
            let l = s.by_locale.entry(f.locale.clone()).or_default();
            match f.severity {
                Severity::Error => {
                    s.errors += 1;
                    l.errors += 1;
                }
                Severity::Warning => {
                    s.warnings += 1;
                    l.warnings += 1;
                }
                Severity::Info => {
                    s.infos += 1;
                    l.infos += 1;
                }
                Severity::Off => {}
            }
            *l.checks.entry(f.check.clone()).or_default() += 1;
            if f.check == ids::MISSING_MESSAGE {
                l.missing += 1;
            } else if f.check == ids::MISSING_FILE {
                l.missing += f.entries.unwrap_or(0);
            } else if f.check == ids::OBSOLETE_MESSAGE {
                l.obsolete += 1;
            }
        }
        s.suppressed = s.by_locale.values().map(|l| l.suppressed).sum();
    }

    /// Whether the run fails: errors, or warnings when they are denied.
    pub fn fails(&self, deny_warnings: bool) -> bool {
        self.summary.errors > 0 || (deny_warnings && self.summary.warnings > 0)
    }
}
