//! The tracked memories of a project: what makes the TM rebuildable.
//!
//! The sled store is a cache (DESIGN: "the TM is rebuildable"). What goes
//! into it must therefore also be in a file the repository tracks, or a
//! colleague's rebuild (or `relais tm repair`) loses it:
//!
//! * reviewed translations are in `locales/` (`sync` stores them);
//! * `tm import FILE`, for a file inside the project, records FILE in
//!   `[tm] imports` of `relais.toml`, with the options it was read with
//!   (TSV columns, languages), so the rebuild reads it the same way. A
//!   file outside the project is imported but cannot be recorded: the
//!   command says how to keep it (copy it into `memories/`);
//! * `tm add` appends its unit to `memories/tm-add.tmx` (recorded in
//!   `[tm] imports` the first time) before storing it in the TM.
//!
//! Nothing is recorded when the command works on another TM than the
//! project's (`--tm` elsewhere): that TM is not the project's cache.

use std::path::{Path, PathBuf};

use indicatif::ProgressBar;

use crate::error::{Error, Result};
use crate::formats::tmx::TmxWriter;
use crate::formats::tsv::TsvLayout;
use crate::lang::LangTag;
use crate::model::{HeaderInfo, Unit};
use crate::project::{ImportDetails, ImportSpec, Project};
use crate::tm::Tm;
use crate::tm::exchange::{ImportFormat, ImportOptions, ImportReport, import_file};

/// Where `tm add` keeps the units it adds.
pub const ADDED_MEMORY: &str = "memories/tm-add.tmx";

/// What happened to a memory's entry in `[tm] imports`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Recording {
    /// Added to `[tm] imports`.
    Recorded,
    /// Already listed.
    AlreadyListed,
    /// The file is outside the project: a rebuilt TM will not have it.
    Outside,
    /// Not the project's TM, or no `relais.toml`: nothing to record.
    NotRecorded,
}

/// The import options an `[tm] imports` entry stands for.
pub fn import_options(project: &Project, details: &ImportDetails) -> Result<ImportOptions> {
    let lang = |tag: &Option<String>| tag.as_deref().map(LangTag::parse).transpose();
    let source = lang(&details.source)?;
    let target = lang(&details.target)?;
    let format = match details.format.as_deref() {
        None => None,
        Some("tmx") => Some(ImportFormat::Tmx),
        Some("tsv") => Some(ImportFormat::Tsv),
        Some("xliff") => Some(ImportFormat::Xliff),
        Some(other) => {
            return Err(Error::invalid(
                None,
                format!("unknown memory format '{other}' (tmx, tsv or xliff)"),
            ));
        }
    };
    let tsv = match &details.columns {
        Some(cols) => Some(TsvLayout::new(
            cols,
            details.source.as_deref(),
            details.target.as_deref(),
            details.header,
        )?),
        None => None,
    };
    Ok(ImportOptions {
        format,
        tsv,
        chunk_units: None,
        no_index: false,
        source,
        target,
        flagger: crate::publish::term_flags::project_flagger(project)?,
    })
}

/// Records an imported file in `[tm] imports` (see the module
/// documentation). `details.path` is the file as the user named it;
/// `project_tm` says whether the import went into the project's TM.
pub fn record_import(
    project: &Project,
    details: ImportDetails,
    project_tm: bool,
) -> Result<Recording> {
    if !project_tm || project.config_path.is_none() {
        return Ok(Recording::NotRecorded);
    }
    let absolute = absolute(&details.path)?;
    let Some(relative) = inside(project, &absolute) else {
        return Ok(Recording::Outside);
    };
    let listed = project
        .config
        .tm
        .imports
        .iter()
        .any(|spec| project.resolve(spec.path()) == project.root.join(&relative));
    if listed {
        return Ok(Recording::AlreadyListed);
    }
    let spec = ImportSpec::from_details(ImportDetails {
        path: relative,
        ..details
    });
    project.add_tm_import(&spec)?;
    Ok(Recording::Recorded)
}

/// `relais tm import` of one memory file: read with the options its
/// details stand for, imported all or nothing, then recorded in
/// `[tm] imports` (see the module documentation).
pub fn import_and_record(
    project: &Project,
    tm: &mut Tm,
    details: ImportDetails,
    no_index: bool,
    progress: &ProgressBar,
    project_tm: bool,
) -> Result<(ImportReport, Recording)> {
    let options = ImportOptions {
        no_index,
        ..import_options(project, &details)?
    };
    let report = import_file(tm, &details.path, &options, progress)?;
    let recording = record_import(project, details, project_tm)?;
    Ok((report, recording))
}

/// Appends a unit added by `tm add` to [`ADDED_MEMORY`] and records that
/// file in `[tm] imports`, before the unit goes into the TM (so a kill in
/// between leaves the unit in the file, where a rebuild finds it).
pub fn record_added(project: &Project, unit: &Unit, project_tm: bool) -> Result<Recording> {
    if !project_tm || project.config_path.is_none() {
        return Ok(Recording::NotRecorded);
    }
    let path = project.root.join(ADDED_MEMORY);
    let (header, mut units) = if path.exists() {
        let (header, units, _) = crate::formats::tmx::read_all(&path)?;
        (Some(header), units)
    } else {
        (None, Vec::new())
    };
    // The same pair with the same context is kept once, whenever added.
    let same = |u: &Unit| u.variants == unit.variants && u.props == unit.props;
    if !units.iter().any(same) {
        units.push(unit.clone());
        write_memory(project, &path, header.as_ref(), unit, &units)?;
    }
    let details = ImportDetails {
        path,
        ..ImportDetails::default()
    };
    record_import(project, details, project_tm)
}

fn write_memory(
    project: &Project,
    path: &Path,
    header: Option<&HeaderInfo>,
    unit: &Unit,
    units: &[Unit],
) -> Result<()> {
    let srclang = unit
        .variants
        .first()
        .map_or_else(|| "*all*".to_string(), |v| v.lang.clone());
    let mut out = Vec::new();
    let mut writer =
        TmxWriter::start(&mut out, header, &srclang).map_err(|e| Error::io(path, e))?;
    for u in units {
        writer.unit(u).map_err(|e| Error::io(path, e))?;
    }
    writer.finish().map_err(|e| Error::io(path, e))?;
    let text = String::from_utf8(out).map_err(|e| Error::invalid(Some(path), e.to_string()))?;
    project.write_file(path, &text)
}

fn absolute(path: &Path) -> Result<PathBuf> {
    std::path::absolute(path).map_err(|e| Error::io(path, e))
}

/// `path` relative to the project root, when it lies inside the project
/// (symbolic links resolved, so a link out of the project is outside).
fn inside(project: &Project, path: &Path) -> Option<PathBuf> {
    let root = project.root.canonicalize().ok()?;
    let real = path.canonicalize().ok()?;
    real.strip_prefix(&root).ok().map(Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Variant;

    fn project(dir: &Path) -> Project {
        std::fs::write(
            dir.join("relais.toml"),
            "# my project\nsource_locale = \"fr\"\n\n[tm]\npath = \".relais/tm\"\n",
        )
        .unwrap();
        Project::discover(dir, None).unwrap()
    }

    #[test]
    fn an_import_inside_the_project_is_recorded_once_with_its_options() {
        let dir = tempfile::tempdir().unwrap();
        let p = project(dir.path());
        std::fs::create_dir_all(dir.path().join("memories")).unwrap();
        let file = dir.path().join("memories/g.tsv");
        std::fs::write(&file, "a\tb\n").unwrap();
        let details = ImportDetails {
            path: file.clone(),
            columns: Some("source,target".into()),
            source: Some("fr".into()),
            target: Some("en".into()),
            ..ImportDetails::default()
        };
        assert_eq!(
            record_import(&p, details.clone(), true).unwrap(),
            Recording::Recorded
        );
        let text = std::fs::read_to_string(dir.path().join("relais.toml")).unwrap();
        assert!(text.starts_with("# my project\n"), "{text}");
        let p = Project::discover(dir.path(), None).unwrap();
        assert_eq!(p.config.tm.imports.len(), 1);
        let read = p.config.tm.imports[0].details();
        assert_eq!(read.path, PathBuf::from("memories/g.tsv"));
        assert_eq!(read.columns.as_deref(), Some("source,target"));
        assert!(import_options(&p, &read).unwrap().tsv.is_some());
        assert_eq!(
            record_import(&p, details, true).unwrap(),
            Recording::AlreadyListed
        );

        let outside = tempfile::tempdir().unwrap();
        let far = outside.path().join("x.tmx");
        std::fs::write(&far, "<tmx/>").unwrap();
        let far = ImportDetails {
            path: far,
            ..ImportDetails::default()
        };
        assert_eq!(
            record_import(&p, far.clone(), true).unwrap(),
            Recording::Outside
        );
        assert_eq!(
            record_import(&p, far, false).unwrap(),
            Recording::NotRecorded
        );
    }

    #[test]
    fn units_added_by_hand_are_kept_in_a_tracked_memory() {
        let dir = tempfile::tempdir().unwrap();
        let p = project(dir.path());
        let unit = |s: &str, t: &str| Unit {
            variants: vec![Variant::new("fr", s), Variant::new("en", t)],
            ..Unit::default()
        };
        record_added(&p, &unit("Lire le rapport", "Read the report"), true).unwrap();
        let p = Project::discover(dir.path(), None).unwrap();
        record_added(&p, &unit("Lire la synthèse", "Read the summary"), true).unwrap();
        record_added(&p, &unit("Lire la synthèse", "Read the summary"), true).unwrap();
        let (_, units, _) = crate::formats::tmx::read_all(&dir.path().join(ADDED_MEMORY)).unwrap();
        assert_eq!(units.len(), 2);
        let p = Project::discover(dir.path(), None).unwrap();
        assert_eq!(
            p.config.tm.imports,
            [ImportSpec::Path(PathBuf::from(ADDED_MEMORY))]
        );
    }
}
