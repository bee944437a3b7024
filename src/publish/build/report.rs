//! What `relais build` did, as `build --json` prints it.

use serde::Serialize;

use crate::model::Finding;
use crate::publish::gate::Hold;

/// One rendered document.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentOutput {
    /// Document name.
    pub document: String,
    /// Title in this locale.
    pub title: String,
    /// HTML file.
    pub html: String,
    /// Markdown file.
    pub markdown: String,
    /// Messages shown in the source locale instead.
    pub fallbacks: Vec<String>,
}

/// One locale's build.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleOutput {
    /// Locale.
    pub locale: String,
    /// Whether it was published.
    pub published: bool,
    /// Rendered documents.
    pub documents: Vec<DocumentOutput>,
    /// Problems: the blocking check findings and the formatting errors,
    /// all of error severity.
    pub problems: Vec<Finding>,
    /// Why the locale was not published (the status's definition): its
    /// errors, or a document translated below `[build] min_translated`.
    pub held: Vec<Hold>,
}

/// The whole build.
#[derive(Debug, Clone, Serialize)]
pub struct BuildReport {
    /// Output directory.
    pub out: String,
    /// Per locale.
    pub locales: Vec<LocaleOutput>,
    /// The index page.
    pub index: String,
}

impl BuildReport {
    /// Whether some locale had errors; with `strict`, also whether some
    /// locale was not published because it is unfinished (an unfinished
    /// language is a state, not an error).
    pub fn has_errors(&self, strict: bool) -> bool {
        self.locales
            .iter()
            .any(|l| !l.problems.is_empty() || (strict && !l.published))
    }

    /// The locales published, in build order.
    pub fn published(&self) -> Vec<&str> {
        self.locales_where(true)
    }

    /// The locales not published, in build order.
    pub fn blocked(&self) -> Vec<&str> {
        self.locales_where(false)
    }

    fn locales_where(&self, published: bool) -> Vec<&str> {
        self.locales
            .iter()
            .filter(|l| l.published == published)
            .map(|l| l.locale.as_str())
            .collect()
    }
}
