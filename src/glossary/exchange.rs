//! `relais glossary import` and `export`: other glossaries (TBX, or
//! relais TSV) merged into the project's files, and the project's
//! glossary written as TBX-Basic or TSV.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, IoResultExt, Result};
use crate::formats::Warning;
use crate::formats::tbx::{TbxExportOptions, export_tbx, read_tbx, write_tbx};
use crate::glossary::merge::{MergeReport, merge};
use crate::glossary::termbase::{DEFAULT_FILE, is_tbx};
use crate::glossary::tsv::{self, TsvKind};
use crate::lang::LangTag;
use crate::model::GlossaryData;
use crate::project::Project;

/// The terms file an import writes to by default: the first TSV terms
/// file of `[glossary] files`, else `glossary/terms.tsv`.
pub fn default_target(project: &Project) -> PathBuf {
    project
        .glossary_files()
        .into_iter()
        .find(|f| !is_tbx(f) && (!f.exists() || matches!(tsv::detect_kind(f), Ok(TsvKind::Terms))))
        .unwrap_or_else(|| project.root.join(DEFAULT_FILE))
}

/// The glossary set (terms, concepts and sources files) of a terms file,
/// empty where the files do not exist yet.
pub fn load_target(into: &Path) -> Result<GlossaryData> {
    if into.exists() {
        tsv::load_set(into)
    } else {
        tsv::load_siblings_only(into)
    }
}

/// What merging one file did, as `glossary import --json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct FileImport {
    /// The file imported, as given.
    pub file: String,
    /// The terms file merged into.
    pub into: String,
    /// `tbx` or `tsv`.
    pub format: &'static str,
    /// Counts and conflicts.
    #[serde(flatten)]
    pub merge: MergeReport,
    /// TBX data categories left out, with their counts.
    pub dropped: BTreeMap<String, usize>,
    /// Recoverable problems of the file.
    pub warnings: Vec<Warning>,
    /// Nothing was written.
    pub dry_run: bool,
}

/// Merges the glossary file at `path` (shown as `shown`) into `data`, the
/// content of the terms file `into`, and writes the set atomically unless
/// `dry_run`. On error, `data` is unchanged.
pub fn import_file(
    data: &mut GlossaryData,
    into: &Path,
    path: &Path,
    shown: &Path,
    dry_run: bool,
) -> Result<FileImport> {
    let (incoming, format, warnings, dropped) = if is_tbx(path) {
        let doc = read_tbx(path)?;
        (doc.data, "tbx", doc.warnings, doc.dropped)
    } else {
        match tsv::detect_kind(path)? {
            TsvKind::Terms => (tsv::load_set(path)?, "tsv", Vec::new(), BTreeMap::new()),
            _ => {
                return Err(Error::invalid(
                    Some(path),
                    "import a terms file (header `concept lang term status …`); its concepts and sources files are read with it",
                ));
            }
        }
    };
    let mut next = data.clone();
    let report = merge(&mut next, incoming);
    if !dry_run {
        tsv::save_set(into, &next)?;
    }
    *data = next;
    Ok(FileImport {
        file: shown.display().to_string(),
        into: into.display().to_string(),
        format,
        merge: report,
        dropped,
        warnings,
        dry_run,
    })
}

/// The formats `glossary export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// TBX-Basic v3, DCA style.
    Tbx,
    /// relais TSV.
    Tsv,
}

impl ExportFormat {
    /// The format asked for, else the one the file's extension names.
    pub fn choose(asked: Option<ExportFormat>, out: &Path, stdout: bool) -> Result<Self> {
        match asked {
            Some(f) => Ok(f),
            None if stdout => Err(Error::Usage(
                "writing to standard output needs --format tbx or --format tsv".into(),
            )),
            None if is_tbx(out) => Ok(ExportFormat::Tbx),
            None if out
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("tsv")) =>
            {
                Ok(ExportFormat::Tsv)
            }
            None => Err(Error::Usage(format!(
                "{}: cannot tell the format from the extension; use --format tbx or --format tsv",
                out.display()
            ))),
        }
    }
}

/// What `glossary export --json` prints.
#[derive(Debug, Clone, Serialize)]
pub struct Exported {
    /// The file written, as given.
    pub file: String,
    /// `tbx` or `tsv`.
    pub format: &'static str,
    /// Concepts written.
    pub concepts: usize,
    /// Terms written.
    pub terms: usize,
    /// Sources written.
    pub sources: usize,
    /// Concepts left out of TBX because they have no term.
    pub empty_concepts: usize,
}

/// The glossary restricted to the terms of `langs` (all when empty), and
/// the concepts that keep a term.
pub fn filtered(data: &GlossaryData, langs: &[LangTag]) -> GlossaryData {
    if langs.is_empty() {
        return data.clone();
    }
    let terms: Vec<_> = data
        .terms
        .iter()
        .filter(|t| langs.iter().any(|l| l.same_language(&t.lang)))
        .cloned()
        .collect();
    let concepts = data
        .concepts
        .iter()
        .filter(|c| terms.iter().any(|t| t.concept == c.id))
        .cloned()
        .collect();
    GlossaryData {
        concepts,
        terms,
        sources: data.sources.clone(),
    }
}

/// Writes `data` as `format` to `path` (atomically), or to standard
/// output when `path` is `None` (TSV: the terms file only).
pub fn export(
    data: &GlossaryData,
    format: ExportFormat,
    path: Option<&Path>,
    options: &TbxExportOptions,
    shown: &Path,
) -> Result<Exported> {
    let mut report = Exported {
        file: shown.display().to_string(),
        format: match format {
            ExportFormat::Tbx => "tbx",
            ExportFormat::Tsv => "tsv",
        },
        concepts: data.concepts.len(),
        terms: data.terms.len(),
        sources: data.sources.len(),
        empty_concepts: 0,
    };
    match (format, path) {
        (ExportFormat::Tbx, _) => {
            let r = match path {
                Some(path) => export_tbx(path, data, options)?,
                None => write_tbx(&mut std::io::stdout().lock(), data, options)?,
            };
            report.concepts = r.concepts;
            report.terms = r.terms;
            report.sources = r.sources;
            report.empty_concepts = r.empty_concepts;
        }
        (ExportFormat::Tsv, Some(path)) => {
            tsv::save_set(path, data)?;
        }
        (ExportFormat::Tsv, None) => std::io::stdout()
            .lock()
            .write_all(tsv::format_terms(&data.terms).as_bytes())
            .with_path(Path::new("<stdout>"))?,
    }
    Ok(report)
}
