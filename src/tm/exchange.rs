//! Moving units between files and the TM: `tm import` for every supported
//! format (TMX, TSV, XLIFF — see [`crate::formats::xliff::tm_source`] for
//! which XLIFF segments count as translations), `tm export` to TMX.
//!
//! Each file is imported in its own all-or-nothing import: a file that
//! fails to parse leaves the TM exactly as it was (see [`super::store`]).

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use indicatif::ProgressBar;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::files::atomic_write;
use crate::formats::Warning;
use crate::formats::tmx::{TmxReader, TmxWriter};
use crate::formats::tsv::{TsvLayout, TsvReader};
use crate::formats::xliff::{XliffImportOptions, XliffReader, XliffUnitSource};
use crate::lang::LangTag;
use crate::model::{Annotation, HeaderInfo, PROP_CONTEXT, Unit, UnitSource, Variant, tmx_now};
use crate::tm::store::{AddOutcome, Tm};

/// Formats `tm import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportFormat {
    /// TMX 1.1–1.4b.
    Tmx,
    /// Tab-separated bilingual memory.
    Tsv,
    /// XLIFF 1.x / 2.0 (translated units).
    Xliff,
}

impl ImportFormat {
    /// Guesses a file's format from its name, then its first bytes.
    pub fn detect(path: &Path) -> Result<Self> {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit('.').next().unwrap_or("");
        match ext {
            "tmx" => return Ok(ImportFormat::Tmx),
            "tsv" | "tab" | "txt" => return Ok(ImportFormat::Tsv),
            "xlf" | "xliff" | "xliff2" | "sdlxliff" | "mqxliff" | "mxliff" => {
                return Ok(ImportFormat::Xliff);
            }
            _ => {}
        }
        let (mut reader, _) = crate::files::open_xml_utf8(path, None)?;
        let mut head = vec![0u8; 4096];
        let n = std::io::Read::read(&mut reader, &mut head).unwrap_or(0);
        let head = String::from_utf8_lossy(&head[..n]).to_ascii_lowercase();
        if head.contains("<tmx") {
            Ok(ImportFormat::Tmx)
        } else if head.contains("<xliff") {
            Ok(ImportFormat::Xliff)
        } else {
            Err(Error::invalid(
                Some(path),
                "cannot tell the format of this file (expected .tmx, .tsv or .xlf); name it accordingly",
            ))
        }
    }
}

/// The outcome of importing one file, as `tm import --json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct ImportReport {
    /// The file.
    pub file: String,
    /// Its format.
    pub format: ImportFormat,
    /// Units read (same as `units_read`; the name the TMX issue uses).
    pub units: u64,
    /// Units read from the file.
    pub units_read: u64,
    /// Units added.
    pub added: u64,
    /// Units equal to one already in the TM.
    pub merged: u64,
    /// Units not stored (no variant).
    pub skipped: u64,
    /// Recoverable problems, with line and column.
    pub warnings: Vec<Warning>,
    /// Encoding the file was read in (XML formats).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Wall-clock seconds.
    pub seconds: f64,
}

/// Options for one import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Force a format instead of detecting it.
    pub format: Option<ImportFormat>,
    /// Layout for TSV files.
    pub tsv: Option<TsvLayout>,
    /// Units per chunk (tests).
    pub chunk_units: Option<usize>,
    /// Store without indexing (`--no-index`).
    pub no_index: bool,
    /// Source language of XLIFF files that do not name one.
    pub source: Option<LangTag>,
    /// Target language of XLIFF files that do not name one.
    pub target: Option<LangTag>,
    /// Flags units' avoided glossary terms as they are stored.
    pub flagger: Option<crate::tm::store::Flagger>,
}

/// Imports one file, all or nothing.
pub fn import_file(
    tm: &mut Tm,
    path: &Path,
    options: &ImportOptions,
    progress: &ProgressBar,
) -> Result<ImportReport> {
    let started = Instant::now();
    let format = match options.format {
        Some(f) => f,
        None => ImportFormat::detect(path)?,
    };
    let total = std::fs::metadata(path).map_or(0, |m| m.len());
    progress.set_length(total);
    progress.set_position(0);
    let counter: Arc<AtomicU64> = Arc::default();
    let name = path.display().to_string();
    let (report_units, warnings, encoding) = match format {
        ImportFormat::Tmx => {
            let mut reader = TmxReader::open_counted(path, Some(counter.clone()))?;
            let header = reader.header.clone();
            let encoding = Some(reader.encoding().used.to_string());
            let counts = import_units(
                tm,
                &name,
                "tmx",
                Some(header),
                &mut reader,
                options,
                progress,
                &counter,
            )?;
            (counts, reader.take_warnings(), encoding)
        }
        ImportFormat::Tsv => {
            let layout = options.tsv.clone().ok_or_else(|| {
                Error::Usage(format!(
                    "{}: TSV import needs --columns (e.g. --columns source,target with --source and --target)",
                    path.display()
                ))
            })?;
            let mut reader = TsvReader::open(path, layout, Some(counter.clone()))?;
            let counts = import_units(
                tm,
                &name,
                "tsv",
                None,
                &mut reader,
                options,
                progress,
                &counter,
            )?;
            (counts, Vec::new(), None)
        }
        ImportFormat::Xliff => {
            let reader = XliffReader::open_counted(path, Some(counter.clone()))?;
            let encoding = Some(reader.encoding().used.to_string());
            let languages = XliffImportOptions {
                source_lang: options.source.as_ref().map(|l| l.as_str().to_string()),
                target_lang: options.target.as_ref().map(|l| l.as_str().to_string()),
            };
            let mut source = XliffUnitSource::new(reader, languages);
            let counts = import_units(
                tm,
                &name,
                "xliff",
                None,
                &mut source,
                options,
                progress,
                &counter,
            )?;
            (counts, source.take_warnings(), encoding)
        }
    };
    Ok(ImportReport {
        file: name,
        format,
        units: report_units.units_read,
        units_read: report_units.units_read,
        added: report_units.added,
        merged: report_units.merged,
        skipped: report_units.skipped,
        warnings,
        encoding,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// Feeds units from a source into one all-or-nothing import.
#[allow(clippy::too_many_arguments)]
pub fn import_units(
    tm: &mut Tm,
    name: &str,
    format: &str,
    header: Option<HeaderInfo>,
    source: &mut dyn UnitSource,
    options: &ImportOptions,
    progress: &ProgressBar,
    counter: &AtomicU64,
) -> Result<crate::tm::store::ImportCounts> {
    let mut importer = tm.begin_import(name, format, header)?;
    if let Some(n) = options.chunk_units {
        importer.set_chunk_units(n);
    }
    importer.set_no_index(options.no_index);
    importer.set_flagger(options.flagger.clone());
    let mut n = 0u64;
    while let Some(unit) = source.next_unit()? {
        importer.add(unit)?;
        n += 1;
        if n.is_multiple_of(4096) {
            progress.set_position(counter.load(Ordering::Relaxed));
        }
    }
    progress.set_position(counter.load(Ordering::Relaxed));
    let record = importer.commit()?;
    Ok(record.counts)
}

/// Which units and variants `tm export` writes.
#[derive(Debug, Clone, Default)]
pub struct ExportFilter {
    /// Source language: only units that have it; becomes `srclang`.
    pub source: Option<LangTag>,
    /// Target languages: only these variants (plus the source).
    pub targets: Vec<LangTag>,
}

/// What `tm export` wrote.
#[derive(Debug, Clone, Serialize)]
pub struct ExportReport {
    /// Output file.
    pub file: String,
    /// Units written.
    pub units: u64,
}

impl ExportFilter {
    /// Applies the filter to a unit: `None` when it is left out.
    pub fn apply(&self, unit: &Unit) -> Option<Unit> {
        if self.source.is_none() && self.targets.is_empty() {
            return Some(unit.clone());
        }
        if let Some(src) = &self.source
            && unit.variant_for(src).is_none()
        {
            return None;
        }
        let mut out = unit.clone();
        if !self.targets.is_empty() {
            out.variants.retain(|v| {
                let tag = v.tag();
                self.source.as_ref().is_some_and(|s| s.same_language(&tag))
                    || self.targets.iter().any(|t| t.fit(&tag) > 0)
            });
            let has_target = out
                .variants
                .iter()
                .any(|v| self.targets.iter().any(|t| t.fit(&v.tag()) > 0));
            if !has_target {
                return None;
            }
        }
        Some(out)
    }
}

/// The header an export starts from: the one header of the imports whose
/// units are in the TM when there is exactly one, else the notes and
/// props of all of them.
fn export_header(tm: &Tm) -> Option<HeaderInfo> {
    let headers: Vec<&HeaderInfo> = tm
        .state()
        .imports
        .iter()
        .filter(|r| r.counts.added > 0)
        .filter_map(|r| r.header.as_ref())
        .collect();
    match headers.as_slice() {
        [] => None,
        [one] => Some((*one).clone()),
        many => {
            let mut merged = HeaderInfo::default();
            for h in many {
                for n in &h.notes {
                    if !merged.notes.contains(n) {
                        merged.notes.push(n.clone());
                    }
                }
                for p in &h.props {
                    if !merged.props.contains(p) {
                        merged.props.push(p.clone());
                    }
                }
            }
            Some(merged)
        }
    }
}

/// Writes the TM (or part of it) as TMX 1.4b, atomically.
pub fn export_tmx(
    tm: &Tm,
    out: &Path,
    filter: &ExportFilter,
    progress: &ProgressBar,
) -> Result<ExportReport> {
    let header = export_header(tm);
    let srclang = match &filter.source {
        Some(s) => s.to_string(),
        None => header
            .as_ref()
            .and_then(|h| {
                h.attrs
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("srclang"))
            })
            .map_or_else(|| "*all*".to_string(), |(_, v)| v.clone()),
    };
    progress.set_length(tm.unit_count());
    let mut written = 0;
    let mut failure: Option<Error> = None;
    let result = atomic_write(out, |w| {
        let mut writer = TmxWriter::start(w, header.as_ref(), &srclang)?;
        for item in tm.iter() {
            let (_, stored) = match item {
                Ok(x) => x,
                Err(e) => {
                    failure = Some(e);
                    return Err(std::io::Error::other("TM read failed"));
                }
            };
            progress.inc(1);
            if let Some(unit) = filter.apply(&stored.unit) {
                writer.unit(&unit)?;
            }
        }
        let (_, n) = writer.finish()?;
        written = n;
        Ok(())
    });
    if let Some(e) = failure {
        return Err(e);
    }
    result?;
    Ok(ExportReport {
        file: out.display().to_string(),
        units: written,
    })
}
/// A translation added by hand (`relais tm add`).
#[derive(Debug, Clone, Copy)]
pub struct NewPair<'a> {
    /// Source language.
    pub source: &'a LangTag,
    /// Target language.
    pub target: &'a LangTag,
    /// Source text.
    pub source_text: &'a str,
    /// Target text.
    pub target_text: &'a str,
    /// Document context (`DOC:ID`), for in-context matches.
    pub context: Option<&'a str>,
    /// A note for translators.
    pub note: Option<&'a str>,
    /// Who made the translation (`creationid`).
    pub user: Option<&'a str>,
}

impl NewPair<'_> {
    /// The unit, dated now; text XML cannot hold is an error.
    pub fn unit(&self) -> Result<Unit> {
        for text in [self.source_text, self.target_text] {
            if let Some(c) = text.chars().find(|c| !crate::formats::xml::is_xml_char(*c)) {
                return Err(Error::Usage(format!(
                    "control character U+{:04X} in text",
                    u32::from(c)
                )));
            }
        }
        let mut unit = Unit {
            variants: vec![
                Variant::new(self.source.as_str(), self.source_text),
                Variant::new(self.target.as_str(), self.target_text),
            ],
            ..Default::default()
        };
        unit.set_attr("srclang", self.source.as_str());
        unit.set_attr("creationdate", tmx_now());
        if let Some(user) = self.user {
            unit.set_attr("creationid", user);
        }
        if let Some(context) = self.context {
            unit.props.push(Annotation::prop(PROP_CONTEXT, context));
        }
        if let Some(note) = self.note {
            unit.notes.push(Annotation::note(note));
        }
        Ok(unit)
    }
}

/// `relais tm add`: adds one unit to the TM (opened with `open_tm` once
/// the unit is valid), as an import of its own.
pub fn add_pair(open_tm: &dyn Fn() -> Result<Tm>, pair: &NewPair<'_>) -> Result<AddOutcome> {
    add_unit(open_tm, pair.unit()?, None)
}

/// Stores one unit in its own import (`tm add`), flagged by `flagger`.
pub fn add_unit(
    open_tm: &dyn Fn() -> Result<Tm>,
    unit: Unit,
    flagger: Option<crate::tm::store::Flagger>,
) -> Result<AddOutcome> {
    let mut tm = open_tm()?;
    let mut importer = tm.begin_import("tm add", "add", None)?;
    importer.set_flagger(flagger);
    let outcome = importer.add(unit)?;
    importer.commit()?;
    Ok(outcome)
}
