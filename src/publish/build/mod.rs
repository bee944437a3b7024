//! `relais build`: everything the command does, end to end.
//!
//! 1. [`fill`](crate::publish::fill): the TM gets the reviewed
//!    translations (and, when empty, the tracked memories), so a fresh
//!    clone builds with no set-up.
//! 2. [`Gate`]: `relais check` runs once on the project; a locale with an
//!    error-severity finding is not published.
//! 3. [`locale`]: each locale's messages are formatted with Fluent and
//!    rendered into `dist/<locale>/<document>.html` and `.md`
//!    (fallbacks to the source locale are warnings, or errors with
//!    `--strict`); [`index`] writes `dist/index.html`.
//! 4. The status page (`.relais/status.html` unless asked elsewhere) shows
//!    progress and findings per locale.
//!
//! The command exits 1 when a locale was not published, after building
//! the others.

pub mod bundle;
pub mod index;
pub mod locale;
pub mod office;
pub mod report;

use std::path::PathBuf;

use indicatif::ProgressBar;

use crate::error::{Error, Result};
use crate::project::Project;
use crate::publish::document::SourceDocument;
use crate::publish::fill::{FillReport, fill};
use crate::publish::gate::{Gate, Hold};
use crate::publish::status;
use crate::tm::Tm;

pub use bundle::texts_of;
pub use locale::Publication;
pub use report::{BuildReport, DocumentOutput, LocaleOutput};

/// Options of `relais build`.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Output directory.
    pub out: PathBuf,
    /// Fallbacks are errors.
    pub strict: bool,
    /// Where the status page goes.
    pub status_html: PathBuf,
}

/// What `relais build` did.
#[derive(Debug, Clone)]
pub struct Built {
    /// The publication (`build --json` prints it).
    pub report: BuildReport,
    /// What filling the TM did.
    pub fill: FillReport,
    /// Messages shown in the source locale, per document.
    pub warnings: Vec<String>,
}

/// Runs `relais build` on a project: fills the TM, checks, publishes
/// every locale that passes, writes the index and the status page.
pub fn build(
    project: &Project,
    tm: &mut Tm,
    options: &BuildOptions,
    progress: &ProgressBar,
) -> Result<Built> {
    project.require_config()?;
    let fill = fill(project, tm, progress)?;
    progress.finish_and_clear();
    let gate = Gate::for_project(project)?;
    // The status decides what is publishable, for the page and the build.
    let status = status::status(project, tm, &gate)?;
    let mut warnings = Vec::new();
    let report = publish(project, options, &gate, &status, &mut warnings)?;
    status::html::write(project, &status, &options.status_html)?;
    Ok(Built {
        report,
        fill,
        warnings,
    })
}

/// Publishes every locale that `status` finds publishable (no error in
/// `gate`, every document translated to `[build] min_translated`), and
/// the index.
pub fn publish(
    project: &Project,
    options: &BuildOptions,
    gate: &Gate,
    status: &status::StatusReport,
    warnings: &mut Vec<String>,
) -> Result<BuildReport> {
    let config = project.require_config()?;
    let source = config.source_locale.clone();
    let mut locales = vec![source.clone()];
    locales.extend(config.locales.iter().cloned());
    let docs: Vec<SourceDocument> = config
        .documents
        .iter()
        .map(|d| SourceDocument::load(project, &d.name))
        .collect::<Result<_>>()?;
    std::fs::create_dir_all(&options.out).map_err(|e| Error::io(&options.out, e))?;
    // Pages link only to the versions that will be published.
    let publishable: Vec<String> = locales
        .iter()
        .filter(|l| {
            **l == source
                || status
                    .locales
                    .iter()
                    .any(|s| &s.locale == *l && s.publishable)
        })
        .cloned()
        .collect();
    let publication = Publication {
        project,
        out: &options.out,
        strict: options.strict,
        source: &source,
        locales: &publishable,
        docs: &docs,
    };
    let mut report = BuildReport {
        out: options.out.display().to_string(),
        locales: Vec::new(),
        index: options.out.join("index.html").display().to_string(),
    };
    for locale in &locales {
        // Errors are reported as problems; the other holds (unfinished
        // documents) keep the locale back without being errors.
        let held: Vec<Hold> = status
            .locales
            .iter()
            .filter(|l| &l.locale == locale)
            .flat_map(|l| l.holds.iter())
            .filter(|h| !matches!(h, Hold::Errors { .. }))
            .cloned()
            .collect();
        report
            .locales
            .push(publication.build_locale(locale, gate, held, warnings)?);
    }
    index::write_index(project, &options.out, &report)?;
    Ok(report)
}
