//! What `relais build` did, as `build --json` prints it.

use serde::Serialize;

use crate::model::Finding;

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
    /// Whether some locale was not published or had errors.
    pub fn has_errors(&self) -> bool {
        self.locales.iter().any(|l| !l.published)
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
