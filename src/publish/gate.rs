//! What keeps a locale from being published: the findings of `relais
//! check` on the project's documents, run once for every locale.
//!
//! `build` publishes a locale only when it has no finding of error
//! severity; `status` shows every finding and whether the locale is
//! publishable. Findings about the CLI's own message catalogs (which
//! `check` also reads) are not about the publication and are left out.

use crate::check::Report;
use crate::check::inputs::CATALOG_PATTERN;
use crate::check::scope::{Scope, check};
use crate::error::Result;
use crate::lang::LangTag;
use crate::model::{Finding, Severity};
use crate::project::Project;

/// Checks a whole project (its documents and the CLI catalogs it ships),
/// with its glossary when it has one.
pub fn check_project(project: &Project) -> Result<Report> {
    let scope = Scope::Project(project.clone());
    Ok(check(&scope, &[], indicatif::ProgressBar::hidden())?.1)
}

/// Whether a finding is about the project's documents (not the CLI's own
/// message catalogs).
pub fn is_document_finding(project: &Project, f: &Finding) -> bool {
    let catalog_dir = CATALOG_PATTERN.split('/').next().unwrap_or("i18n");
    !project
        .root
        .join(&f.file)
        .starts_with(project.root.join(catalog_dir))
}

/// The check findings of the project's documents, by locale.
#[derive(Debug, Clone, Default)]
pub struct Gate {
    /// (canonical locale, finding), in report order.
    findings: Vec<(String, Finding)>,
}

impl Gate {
    /// Runs the checks once for every locale of the project.
    pub fn for_project(project: &Project) -> Result<Gate> {
        let report = check_project(project)?;
        let findings = report
            .findings
            .into_iter()
            .filter(|f| is_document_finding(project, f))
            .map(|f| (LangTag::lenient(&f.locale).to_string(), f))
            .collect();
        Ok(Gate { findings })
    }

    /// The findings of a locale (written in any case or form).
    pub fn findings(&self, locale: &str) -> Vec<Finding> {
        let wanted = LangTag::lenient(locale).to_string();
        self.findings
            .iter()
            .filter(|(l, _)| *l == wanted)
            .map(|(_, f)| f.clone())
            .collect()
    }

    /// The findings that keep a locale from being published: those of
    /// error severity.
    pub fn blocking(&self, locale: &str) -> Vec<Finding> {
        let mut found = self.findings(locale);
        found.retain(|f| f.severity == Severity::Error);
        found
    }
}

/// Why a locale is not published: the one definition `status`, its JSON,
/// the status page and `build` share.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Hold {
    /// Findings of error severity (`relais check` lists them).
    Errors {
        /// How many.
        count: usize,
    },
    /// A document is less translated than `[build] min_translated`.
    Incomplete {
        /// The document.
        document: String,
        /// Messages translated and reviewed.
        translated: usize,
        /// Messages in the source.
        messages: usize,
        /// `translated` as a percentage (rounded down).
        percent: u32,
        /// The percentage required.
        required: u8,
    },
}

impl Hold {
    /// What keeps the locale back, for people.
    pub fn describe(&self) -> String {
        match self {
            Hold::Errors { count } => crate::t!("hold-errors", "count" => *count),
            Hold::Incomplete {
                document,
                translated,
                messages,
                percent,
                required,
            } => crate::t!(
                "hold-incomplete",
                "document" => document.as_str(),
                "translated" => *translated,
                "messages" => *messages,
                "percent" => *percent,
                "required" => u32::from(*required)
            ),
        }
    }
}

/// The holds on a locale: its error findings (`errors`), and each
/// document (name, translated and reviewed, source messages) below
/// `required` percent.
pub fn holds(errors: usize, documents: &[(String, usize, usize)], required: u8) -> Vec<Hold> {
    let mut out = Vec::new();
    if errors > 0 {
        out.push(Hold::Errors { count: errors });
    }
    for (document, translated, messages) in documents {
        let percent = (translated * 100)
            .checked_div(*messages)
            .map_or(100, crate::num::u32_sat);
        // Exact comparison on counts, so 99.5 % is not "100 %".
        if translated * 100 < usize::from(required) * messages {
            out.push(Hold::Incomplete {
                document: document.clone(),
                translated: *translated,
                messages: *messages,
                percent,
                required,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_is_held_by_errors_or_by_an_unfinished_document() {
        assert!(holds(0, &[("a".into(), 5, 5)], 100).is_empty());
        assert_eq!(holds(2, &[], 100), [Hold::Errors { count: 2 }]);
        let h = holds(0, &[("a".into(), 0, 5), ("b".into(), 4, 4)], 100);
        assert_eq!(h.len(), 1);
        assert!(matches!(&h[0], Hold::Incomplete { document, percent: 0, .. } if document == "a"));
        // 199 of 200 is 99 %: below 100.
        assert_eq!(holds(0, &[("a".into(), 199, 200)], 100).len(), 1);
        assert!(holds(0, &[("a".into(), 4, 5)], 80).is_empty());
        assert!(holds(0, &[("a".into(), 0, 5)], 0).is_empty());
    }
}
