//! Step 6: the translation files as they would be written, checked with
//! `relais check`; its findings on the changed messages are the
//! import's.

use crate::check::inputs::{FileGroup, FileSet, Locale, Plan as CheckPlan, SetKind};
use crate::check::{Checker, Settings};
use crate::error::{Error, Result};
use crate::glossary::TermChecker;
use crate::model::Finding;
use crate::publish::xliff::export::relative;
use crate::publish::xliff::plan::messages::Planned;
use crate::publish::xliff::plan::session::Session;

/// Runs `relais check` on the planned translation files (written to a
/// temporary copy of their paths) and returns the findings on the
/// messages the import changes.
pub(super) fn check_planned(ctx: &Session<'_>, planned: &Planned) -> Result<Vec<Finding>> {
    let dir = tempfile::tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let source = Locale {
        name: ctx.project.source_locale().to_string(),
        tag: ctx.source_lang.clone(),
    };
    let target = Locale {
        name: ctx.report.locale.clone(),
        tag: ctx.target_lang.clone(),
    };
    let mut groups = Vec::new();
    for f in &planned.files {
        let rel = relative(ctx.project, &f.path);
        let path = dir.path().join(&rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        std::fs::write(&path, &f.text).map_err(|e| Error::io(&path, e))?;
        let document = planned
            .changes
            .iter()
            .find(|c| c.file == rel)
            .map(|c| c.document.clone())
            .unwrap_or_default();
        let src = ctx
            .project
            .resource_path(ctx.project.source_locale(), &document);
        groups.push(FileGroup {
            source_exists: src.exists(),
            source: src,
            targets: vec![(path, true)],
        });
    }
    let plan = CheckPlan {
        root: dir.path().to_path_buf(),
        config_file: ctx.project.config_path.clone(),
        sets: vec![FileSet {
            kind: SetKind::Documents,
            source,
            targets: vec![target],
            groups,
        }],
        unlisted: Vec::new(),
    };
    let settings = Settings::new(ctx.project.config.clone());
    let checker = Checker {
        settings: &settings,
        glossary: ctx.glossary.map(|g| g as &dyn TermChecker),
        progress: indicatif::ProgressBar::hidden(),
    };
    let report = checker.run(&plan)?;
    Ok(report
        .findings
        .into_iter()
        .filter(|f| {
            f.locale == ctx.report.locale
                && planned
                    .changes
                    .iter()
                    .any(|c| c.file == f.file && Some(&c.message_id) == f.message_id.as_ref())
        })
        .collect())
}
