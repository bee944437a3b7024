//! `relais xliff import`: a translator's XLIFF file back into the
//! locale's Fluent files.
//!
//! [`plan`] reads and checks the whole file and computes every change
//! without writing anything; [`Plan::apply`] then writes the translation
//! files (each atomically) and stores the reviewed translations in the TM.
//!
//! What [`plan`] does, unit by unit (see the [module
//! documentation](super) for ids, states, selects and codes):
//! 1. the id must name a piece of the project (`unknown-id`), once
//!    (`duplicate-id`);
//! 2. a unit whose source changed since the export is `stale`: reported,
//!    not applied;
//! 3. a unit without a target, or with an empty one, is untranslated; a
//!    draft state, a Fluent-only unit with a changed target, and a plural
//!    message whose forms are not all translated are `skipped`;
//! 4. the target's codes are mapped onto the current source's codes: a
//!    code missing (`missing-code`), repeated (`duplicate-code`), not in
//!    the source (`unknown-code`), or markup closed before it is opened
//!    (`code-order`) is an error for the unit;
//! 5. each message with a changed unit is rebuilt — value and attributes,
//!    plural forms as one select — and written back as Fluent; a result
//!    that does not parse back to the same text is an error (`not-fluent`);
//! 6. the translation files as they would be written are checked with
//!    `relais check` (parity, plurals, numbers, typography, glossary, with
//!    the project's severities and suppressions); its findings on the
//!    changed messages are the import's, and a glossary finding of error
//!    severity leaves its message marked for review.
//!
//! Any unit error means nothing is written. Untouched entries keep their
//! exact bytes; changed messages keep their translator comments and
//! `relais-ignore` lines, and get `# relais: source-hash=…` (with `review
//! origin=xliff` when they wait for review). New messages go after the
//! message that precedes them in the source.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::check::inputs::{FileGroup, FileSet, Locale, Plan as CheckPlan, SetKind};
use crate::check::{Checker, Settings};
use crate::error::{Error, Result};
use crate::files::atomic_write_str;
use crate::fluent::FtlResource;
use crate::fluent::directives;
use crate::fluent::pattern::pattern_to_segment;
use crate::fluent::resource::{Edits, EntryKind};
use crate::fluent::writer::{MessageSpec, message_source};
use crate::formats::xliff::{XliffReader, XliffSegment, XliffUnit, has_text};
use crate::glossary::Glossary;
use crate::glossary::TermChecker;
use crate::lang::LangTag;
use crate::model::Finding as CheckFinding;
use crate::model::Severity;
use crate::model::{Inline, Segment, Tag, Unit};
use crate::project::Project;
use crate::publish::document::source_hash;
use crate::publish::markup::{Markup, Token, codes_to_tags, tags_to_codes, tokenize};
use crate::publish::sync::{MessagePair, message_units};
use crate::t;
use crate::tm::Tm;
use crate::tm::store::AddOutcome;

use super::export::relative;
use super::units::{DocumentUnits, MessageUnits, PROP_SOURCE_HASH, Part, UnitKey, UnitKind};

/// A problem with one unit: an error, a stale source or a skipped unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitProblem {
    /// What: `unknown-id`, `missing-code`, … (errors), `source-changed`
    /// (stale), `draft`, `fluent-only`, `incomplete-plural` (skipped).
    pub kind: &'static str,
    /// The unit id as written.
    pub unit_id: Option<String>,
    /// The document, when the id names one.
    pub document: Option<String>,
    /// The message, when the id names one.
    pub message_id: Option<String>,
    /// Line of the unit in the XLIFF file.
    pub line: u64,
    /// Column of the unit in the XLIFF file.
    pub column: u64,
    /// What is wrong, in the user's language.
    pub message: String,
    /// The inline code concerned (its original text).
    pub code: Option<String>,
}

/// A message the import adds or changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The document.
    pub document: String,
    /// The translation file, relative to the project.
    pub file: String,
    /// The message.
    pub message_id: String,
    /// `added`, `updated`, `accepted` (review mark removed) or
    /// `marked-for-review`.
    pub action: &'static str,
    /// Whether the message waits for review afterwards.
    pub review: bool,
    /// The entry before (comments included), if it existed.
    pub before: Option<String>,
    /// The entry after.
    pub after: String,
}

/// TM units stored.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TmReport {
    /// Units added.
    pub added: u64,
    /// Units already in the TM.
    pub merged: u64,
}

/// What an import found and did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    /// The XLIFF file.
    pub file: String,
    /// Its XLIFF version as declared.
    pub version: String,
    /// The project locale it translates into.
    pub locale: String,
    /// Whether nothing was to be written.
    pub dry_run: bool,
    /// Units read.
    pub units: usize,
    /// Units whose translation is taken (new or changed text, or a
    /// changed review state).
    pub applied: usize,
    /// Units whose translation is already in the locale.
    pub unchanged: usize,
    /// Units without translation.
    pub untranslated: usize,
    /// The messages added or changed.
    pub changes: Vec<Change>,
    /// Units not applied because their source changed since the export.
    pub stale: Vec<UnitProblem>,
    /// Units not applied for another reason (draft, Fluent-only,
    /// incomplete plural).
    pub skipped: Vec<UnitProblem>,
    /// Unit errors: when there is any, nothing is written.
    pub errors: Vec<UnitProblem>,
    /// What `relais check` finds on the messages the import changes
    /// (parity, plurals, numbers, typography, glossary), as `check
    /// --json` writes findings.
    pub findings: Vec<CheckFinding>,
    /// Recoverable problems of the XLIFF file.
    pub warnings: Vec<crate::formats::Warning>,
    /// Files written.
    pub written: Vec<String>,
    /// TM units stored.
    pub tm: TmReport,
}

impl ImportReport {
    /// Glossary findings of error severity.
    pub fn finding_errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }
}

/// A translation file to write.
#[derive(Debug, Clone)]
struct PlannedFile {
    path: PathBuf,
    text: String,
}

/// An import, computed and checked, not yet written.
#[derive(Debug)]
pub struct Plan {
    /// The report so far.
    pub report: ImportReport,
    files: Vec<PlannedFile>,
    tm_units: Vec<Unit>,
}

impl Plan {
    /// Whether there is anything to write.
    pub fn has_writes(&self) -> bool {
        !self.files.is_empty()
    }

    /// Writes the translation files (each atomically) and stores the
    /// reviewed translations in the TM. Refuses when there are unit
    /// errors.
    pub fn apply(&mut self, project: &Project, tm: &mut Tm) -> Result<()> {
        if !self.report.errors.is_empty() {
            return Err(Error::invalid(
                None,
                t!("xliff-import-failed", "count" => self.report.errors.len()),
            ));
        }
        for f in &self.files {
            if let Some(dir) = f.path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
            }
            atomic_write_str(&f.path, &f.text)?;
            self.report.written.push(relative(project, &f.path));
        }
        if !self.tm_units.is_empty() {
            let name = Path::new(&self.report.file)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "xliff".into());
            let mut importer = tm.begin_import(&name, "xliff", None)?;
            for u in std::mem::take(&mut self.tm_units) {
                match importer.add(u)? {
                    AddOutcome::Added(_) => self.report.tm.added += 1,
                    AddOutcome::Merged => self.report.tm.merged += 1,
                    AddOutcome::Skipped => {}
                }
            }
            if self.report.tm.added > 0 {
                importer.commit()?;
            }
        }
        Ok(())
    }
}

/// How far a target is from a finished translation.
#[derive(Debug, Clone, PartialEq, Eq)]
enum State {
    Translated,
    Review,
    Draft(String),
}

const V1_DONE: [&str; 3] = ["translated", "signed-off", "final"];
const V1_DRAFT: [&str; 4] = ["new", "needs-translation", "needs-adaptation", "needs-l10n"];
const SDL_DONE: [&str; 3] = ["Translated", "ApprovedTranslation", "ApprovedSignOff"];
/// The 2.0 sub-state relais writes for translations to review.
const REVIEW_SUB_STATE: &str = "relais:review";

fn segment_state(v2: bool, unit: &XliffUnit, seg: &XliffSegment) -> State {
    if v2 {
        return match seg.state.as_deref() {
            _ if seg.sub_state.as_deref() == Some(REVIEW_SUB_STATE) => State::Review,
            None | Some("translated" | "reviewed" | "final") => State::Translated,
            Some(other) => State::Draft(other.to_string()),
        };
    }
    if unit.approved == Some(true) {
        return State::Translated;
    }
    if let Some(state) = seg.state.as_deref() {
        return if V1_DONE.contains(&state) {
            State::Translated
        } else if V1_DRAFT.contains(&state) {
            State::Draft(state.to_string())
        } else {
            // needs-review-*, and states of other tools: taken, to review.
            State::Review
        };
    }
    if let Some(conf) = seg.tool_status.as_deref() {
        return if SDL_DONE.contains(&conf) {
            State::Translated
        } else {
            State::Draft(conf.to_string())
        };
    }
    if let Some(status) = unit.tool_status.as_deref() {
        return if status.ends_with("Confirmed") {
            State::Translated
        } else {
            State::Draft(status.to_string())
        };
    }
    State::Translated
}

/// A unit's source, target and state, its segments joined.
struct Read {
    source: Segment,
    target: Option<Segment>,
    state: State,
}

fn append(into: &mut Segment, seg: &Segment) {
    for piece in &seg.0 {
        match piece {
            Inline::Text(t) => into.push_text(t),
            Inline::Tag(tag) => into.push_tag(tag.clone()),
        }
    }
}

fn read_unit(v2: bool, unit: &XliffUnit) -> Read {
    let mut source = Segment::default();
    let mut target = Some(Segment::default());
    let mut state = State::Translated;
    for seg in &unit.segments {
        append(&mut source, &seg.source);
        match (&mut target, &seg.target) {
            (Some(t), Some(s)) => append(t, s),
            _ => target = None,
        }
        let s = segment_state(v2, unit, seg);
        state = match (state, s) {
            (State::Draft(d), _) | (_, State::Draft(d)) => State::Draft(d),
            (State::Review, _) | (_, State::Review) => State::Review,
            _ => State::Translated,
        };
    }
    if unit.segments.is_empty() {
        target = None;
    }
    // A source of placeables only (`{ -brand }`) has a translation of
    // codes only; otherwise a target needs text.
    let source_text = has_text(&source);
    Read {
        source,
        target: target.filter(|t| has_text(t) || (!source_text && !t.is_empty())),
        state,
    }
}

/// Why a target's codes cannot be mapped back.
#[derive(Debug, Clone, PartialEq, Eq)]
struct CodeProblem {
    kind: &'static str,
    code: String,
}

/// Annotations tools add (`<mrk>`, Trados deleted text) are not codes of
/// the text: dropped, their content kept.
fn is_annotation(native: &str) -> bool {
    let n = native.trim_start();
    n.starts_with("<mrk") || n.starts_with("</mrk") || n.contains(":mrk")
}

/// The codes of a target, in order, with annotations removed.
fn flatten(pieces: &[Inline], out: &mut Vec<Inline>) {
    for p in pieces {
        match p {
            Inline::Tag(t) if t.is_highlight() => flatten(&t.content, out),
            Inline::Tag(t) if is_annotation(&t.native_text()) => {}
            other => out.push(other.clone()),
        }
    }
}

fn markup_kind(native: &str) -> Option<(Markup, bool)> {
    match tokenize(native).first() {
        Some(Token::Open(kind, _, _)) => Some((*kind, true)),
        Some(Token::Close(kind, _)) => Some((*kind, false)),
        _ => None,
    }
}

/// Maps the codes of a translation read from XLIFF onto the codes of the
/// current source (`source`, Fluent form) and returns the translation in
/// Fluent form. `optional` placeables may appear at most once or not at
/// all (plural forms); every other source code exactly once.
fn rebuild(
    target: &Segment,
    file_source: &Segment,
    source: &Segment,
    optional: &[String],
) -> std::result::Result<Segment, Vec<CodeProblem>> {
    let coded = tags_to_codes(source);
    let mut entries: Vec<(Tag, bool)> = coded
        .codes()
        .into_iter()
        .map(|t| (t.clone(), !optional.contains(&t.native_text())))
        .collect();
    for o in optional {
        if !entries.iter().any(|(t, _)| t.native_text() == *o) {
            entries.push((Tag::fluent_placeable(o), false));
        }
    }
    let natives: Vec<String> = entries.iter().map(|(t, _)| t.native_text()).collect();
    // A tool may have rewritten a code (`<x id="1"/>` for a `ph`): its id
    // in the file's own source says which code it stands for.
    let by_id: HashMap<String, String> = file_source
        .codes()
        .into_iter()
        .filter_map(|t| {
            let x = t.attrs.iter().find(|(k, _)| k == "x")?;
            Some((x.1.clone(), t.native_text()))
        })
        .collect();
    let mut pieces = Vec::new();
    flatten(&target.0, &mut pieces);
    let mut used = vec![0usize; entries.len()];
    let mut problems = Vec::new();
    let mut mapped: Vec<Option<usize>> = Vec::with_capacity(pieces.len());
    for piece in &pieces {
        let Inline::Tag(tag) = piece else {
            mapped.push(None);
            continue;
        };
        let mut native = tag.native_text();
        if !natives.contains(&native)
            && let Some(x) = tag.attrs.iter().find(|(k, _)| k == "x")
            && let Some(n) = by_id.get(&x.1)
        {
            native = n.clone();
        }
        let candidates: Vec<usize> = (0..entries.len())
            .filter(|&i| natives[i] == native)
            .collect();
        match candidates.iter().find(|&&i| used[i] == 0) {
            Some(&i) => {
                used[i] += 1;
                mapped.push(Some(i));
            }
            None if !candidates.is_empty() => {
                problems.push(CodeProblem {
                    kind: "duplicate-code",
                    code: native,
                });
                mapped.push(None);
            }
            None => {
                problems.push(CodeProblem {
                    kind: "unknown-code",
                    code: native,
                });
                mapped.push(None);
            }
        }
    }
    for (i, (_, required)) in entries.iter().enumerate() {
        if *required && used[i] == 0 {
            problems.push(CodeProblem {
                kind: "missing-code",
                code: natives[i].clone(),
            });
        }
    }
    // Markup must open before it closes.
    let mut depth: Vec<(Markup, i32)> = Vec::new();
    for i in mapped.iter().flatten() {
        let Some((kind, open)) = markup_kind(&natives[*i]) else {
            continue;
        };
        let d = match depth.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, d)) => d,
            None => {
                depth.push((kind, 0));
                &mut depth.last_mut().expect("just pushed").1
            }
        };
        *d += if open { 1 } else { -1 };
        if *d < 0 {
            problems.push(CodeProblem {
                kind: "code-order",
                code: natives[*i].clone(),
            });
            *d = 0;
        }
    }
    if !problems.is_empty() {
        problems.dedup();
        return Err(problems);
    }
    let mut out = Segment::default();
    for (piece, m) in pieces.iter().zip(&mapped) {
        match (piece, m) {
            (Inline::Text(t), _) => out.push_text(t),
            (Inline::Tag(_), Some(i)) => out.push_tag(entries[*i].0.clone()),
            (Inline::Tag(_), None) => {}
        }
    }
    Ok(codes_to_tags(&out))
}

/// A translation taken from the file.
#[derive(Debug, Clone)]
struct Imported {
    key: UnitKey,
    unit_id: String,
    line: u64,
    column: u64,
    /// Fluent form.
    segment: Segment,
    review: bool,
    /// Whether the text differs from the current translation.
    changed: bool,
}

struct Session<'a> {
    project: &'a Project,
    glossary: Option<&'a Glossary>,
    source_lang: LangTag,
    target_lang: LangTag,
    report: ImportReport,
}

impl Session<'_> {
    fn problem(
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

fn code_message(p: &CodeProblem, id: &str) -> String {
    let code = p.code.as_str();
    match p.kind {
        "missing-code" => t!("xliff-error-missing-code", "id" => id, "code" => code),
        "duplicate-code" => t!("xliff-error-duplicate-code", "id" => id, "code" => code),
        "code-order" => t!("xliff-error-code-order", "id" => id, "code" => code),
        _ => t!("xliff-error-unknown-code", "id" => id, "code" => code),
    }
}

/// The project locale a file's target language names.
fn project_locale(project: &Project, lang: &str, file: &Path) -> Result<String> {
    let tag = LangTag::parse(lang)?;
    let config = project.require_config()?;
    config
        .locales
        .iter()
        .find(|l| LangTag::parse(l).is_ok_and(|t| t == tag))
        .or_else(|| {
            config
                .locales
                .iter()
                .find(|l| LangTag::parse(l).is_ok_and(|t| t.same_language(&tag)))
        })
        .cloned()
        .ok_or_else(|| Error::invalid(Some(file), t!("xliff-error-locale", "lang" => lang)))
}

/// Reads, checks and plans an import, writing nothing.
pub fn plan(project: &Project, file: &Path, glossary: Option<&Glossary>) -> Result<Plan> {
    let config = project.require_config()?;
    let mut reader = XliffReader::open(file)?;
    let v2 = reader.version().is_v2();
    let version = match reader.version() {
        crate::formats::xliff::XliffVersion::V1(v) | crate::formats::xliff::XliffVersion::V2(v) => {
            v.clone()
        }
    };
    let mut units = Vec::new();
    while let Some(u) = reader.next_unit()? {
        units.push(u);
    }
    let warnings = reader.take_warnings();
    if units.is_empty() {
        return Err(Error::invalid(Some(file), t!("xliff-error-no-units")));
    }
    // Languages: one target locale of the project, the project's source.
    let mut locale: Option<String> = None;
    let source_lang = LangTag::parse(project.source_locale())?;
    for u in &units {
        let target = u
            .file
            .target_language
            .clone()
            .or_else(|| u.segments.iter().find_map(|s| s.target_lang.clone()))
            .ok_or_else(|| Error::invalid(Some(file), t!("xliff-error-no-target-language")))?;
        let l = project_locale(project, &target, file)?;
        match &locale {
            Some(prev) if *prev != l => {
                return Err(Error::invalid(
                    Some(file),
                    t!("xliff-error-mixed-locales", "langs" => format!("{prev}, {l}")),
                ));
            }
            _ => locale = Some(l),
        }
        if let Some(src) = &u.file.source_language
            && !LangTag::parse(src).is_ok_and(|t| t.same_language(&source_lang))
        {
            return Err(Error::invalid(
                Some(file),
                t!("xliff-error-source-language", "lang" => src.as_str(), "source" => project.source_locale()),
            ));
        }
    }
    let locale = locale.expect("at least one unit");
    let mut ctx = Session {
        project,
        glossary,
        target_lang: LangTag::parse(&locale)?,
        source_lang,
        report: ImportReport {
            file: file.display().to_string(),
            version,
            locale: locale.clone(),
            units: units.len(),
            warnings,
            ..Default::default()
        },
    };
    let mut docs: HashMap<String, DocumentUnits> = HashMap::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut seen_keys: HashSet<UnitKey> = HashSet::new();
    let mut imported: Vec<Imported> = Vec::new();
    for unit in &units {
        let Some(id) = unit.id.clone() else {
            let p = ctx.problem("missing-id", unit, None, t!("xliff-error-missing-id"), None);
            ctx.report.errors.push(p);
            continue;
        };
        if !seen.insert(id.clone()) {
            let p = ctx.problem(
                "duplicate-id",
                unit,
                None,
                t!("xliff-error-duplicate-id", "id" => id.as_str()),
                None,
            );
            ctx.report.errors.push(p);
            continue;
        }
        let unknown = |ctx: &Session<'_>| {
            ctx.problem(
                "unknown-id",
                unit,
                None,
                t!("xliff-error-unknown-id", "id" => id.as_str()),
                None,
            )
        };
        let Some(key) = UnitKey::parse(&id) else {
            let p = unknown(&ctx);
            ctx.report.errors.push(p);
            continue;
        };
        // The same piece under its other id form (`d#m` and `d:m`).
        if !seen_keys.insert(key.clone()) {
            let p = ctx.problem(
                "duplicate-id",
                unit,
                Some(&key),
                t!("xliff-error-duplicate-id", "id" => id.as_str()),
                None,
            );
            ctx.report.errors.push(p);
            continue;
        }
        if !config.documents.iter().any(|d| d.name == key.document) {
            let p = unknown(&ctx);
            ctx.report.errors.push(p);
            continue;
        }
        if !docs.contains_key(&key.document) {
            let d = DocumentUnits::load(project, &key.document, &locale)?;
            docs.insert(key.document.clone(), d);
        }
        let doc = &docs[&key.document];
        let Some((_, part, su)) = doc.unit(&key) else {
            let p = unknown(&ctx);
            ctx.report.errors.push(p);
            continue;
        };
        let read = read_unit(v2, unit);
        let current_display = su.target.as_ref().map(|t| tags_to_codes(t).display_text());
        if su.kind == UnitKind::FluentOnly || !unit.translate {
            if read.target.as_ref().map(Segment::display_text) != current_display
                && read.target.is_some()
            {
                let p = ctx.problem(
                    "fluent-only",
                    unit,
                    Some(&key),
                    t!("xliff-skip-fluent-only", "id" => id.as_str(), "file" => relative(project, &doc.target.path)),
                    None,
                );
                ctx.report.skipped.push(p);
            }
            continue;
        }
        let recorded = unit
            .properties
            .iter()
            .find(|(k, _)| k == PROP_SOURCE_HASH)
            .map(|(_, v)| v.trim());
        let stale = match recorded {
            Some(h) => h != su.hash,
            None => read.source.display_text() != tags_to_codes(&su.source).display_text(),
        };
        if stale {
            let p = ctx.problem(
                "source-changed",
                unit,
                Some(&key),
                t!("xliff-stale", "id" => id.as_str()),
                None,
            );
            ctx.report.stale.push(p);
            continue;
        }
        let Some(target) = read.target else {
            ctx.report.untranslated += 1;
            continue;
        };
        let review = match &read.state {
            State::Draft(state) => {
                let p = ctx.problem(
                    "draft",
                    unit,
                    Some(&key),
                    t!("xliff-skip-draft", "id" => id.as_str(), "state" => state.as_str()),
                    None,
                );
                ctx.report.skipped.push(p);
                continue;
            }
            State::Review => true,
            State::Translated => false,
        };
        // The current translation, as exported: taken as it is.
        if Some(target.display_text()) == current_display {
            imported.push(Imported {
                key,
                unit_id: id,
                line: unit.location.line,
                column: unit.location.column,
                segment: su.target.clone().expect("a current translation"),
                review,
                changed: false,
            });
            continue;
        }
        match rebuild(&target, &read.source, &su.source, &part.optional_codes) {
            Ok(segment) => {
                let changed = su.target.as_ref() != Some(&segment);
                imported.push(Imported {
                    key,
                    unit_id: id,
                    line: unit.location.line,
                    column: unit.location.column,
                    segment,
                    review,
                    changed,
                });
            }
            Err(problems) => {
                for p in problems {
                    let up = ctx.problem(
                        p.kind,
                        unit,
                        Some(&key),
                        code_message(&p, &id),
                        Some(p.code),
                    );
                    ctx.report.errors.push(up);
                }
            }
        }
    }
    // Rebuild the messages, then check the result as `relais check` would:
    // a message whose new text has a glossary error stays marked for review.
    let mut planned = plan_all(&ctx, &docs, &imported, &HashSet::new())?;
    if planned.errors.is_empty() && !planned.files.is_empty() {
        let mut check = check_planned(&ctx, &planned)?;
        let forced: HashSet<(String, String)> = check
            .iter()
            .filter(|f| f.severity == Severity::Error && f.check.starts_with("glossary-"))
            .filter_map(|f| {
                let c = planned
                    .changes
                    .iter()
                    .find(|c| Some(&c.message_id) == f.message_id.as_ref() && c.file == f.file)?;
                (!c.review).then(|| (c.document.clone(), c.message_id.clone()))
            })
            .collect();
        if !forced.is_empty() {
            planned = plan_all(&ctx, &docs, &imported, &forced)?;
            check = check_planned(&ctx, &planned)?;
        }
        ctx.report.findings = check;
    }
    let mut report = ctx.report;
    report.errors.extend(planned.errors);
    report.skipped.extend(planned.skipped);
    report.applied = planned.applied;
    report.unchanged = planned.unchanged;
    report.changes = planned.changes;
    if !report.errors.is_empty() {
        planned.files.clear();
        planned.tm_units.clear();
        report.changes.clear();
        report.findings.clear();
    }
    report.errors.sort_by_key(|p| (p.line, p.column));
    report.stale.sort_by_key(|p| (p.line, p.column));
    report.skipped.sort_by_key(|p| (p.line, p.column));
    Ok(Plan {
        report,
        files: planned.files,
        tm_units: planned.tm_units,
    })
}

/// What rebuilding the messages gives.
#[derive(Debug, Default)]
struct Planned {
    files: Vec<PlannedFile>,
    tm_units: Vec<Unit>,
    changes: Vec<Change>,
    applied: usize,
    unchanged: usize,
    skipped: Vec<UnitProblem>,
    errors: Vec<UnitProblem>,
}

/// Rebuilds the messages of every document with translations in the
/// file, in project order; `forced` (document, message) pairs are marked
/// for review.
fn plan_all(
    ctx: &Session<'_>,
    docs: &HashMap<String, DocumentUnits>,
    imported: &[Imported],
    forced: &HashSet<(String, String)>,
) -> Result<Planned> {
    let mut out = Planned::default();
    for d in &ctx.project.config.documents {
        let Some(doc) = docs.get(&d.name) else {
            continue;
        };
        let mine: Vec<&Imported> = imported
            .iter()
            .filter(|i| i.key.document == d.name)
            .collect();
        if !mine.is_empty() {
            plan_document(ctx, doc, &mine, forced, &mut out)?;
        }
    }
    Ok(out)
}

/// Runs `relais check` on the planned translation files (written to a
/// temporary copy of their paths) and returns the findings on the
/// messages the import changes.
fn check_planned(ctx: &Session<'_>, planned: &Planned) -> Result<Vec<CheckFinding>> {
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

/// The translated plural forms of a part: (key, text) in order.
type Forms = Vec<(String, Segment)>;

/// A message rebuilt from the file.
struct NewMessage {
    value: Option<Segment>,
    attributes: Vec<(String, Segment)>,
    /// Whether its text changed.
    changed: bool,
    review: bool,
    hash: Option<String>,
    /// Per plural part: the forms written, to check the result.
    forms: Vec<(Option<String>, Forms)>,
}

/// The new text of a part, or `None` to keep the current one. Plural
/// parts need every form.
fn part_text(
    out: &mut Planned,
    part: &Part,
    imports: &[&Imported],
) -> Option<(Segment, Option<Forms>)> {
    let mine: Vec<&&Imported> = imports
        .iter()
        .filter(|i| i.key.attribute == part.attribute)
        .collect();
    if !mine.iter().any(|i| i.changed) {
        return None;
    }
    match part.kind {
        UnitKind::Text => mine.first().map(|i| (i.segment.clone(), None)),
        UnitKind::FluentOnly => None,
        UnitKind::Plural => {
            let mut forms = Vec::new();
            for u in &part.units {
                let key = u.key.variant.clone().unwrap_or_default();
                let seg = mine
                    .iter()
                    .find(|i| i.key == u.key)
                    .map(|i| i.segment.clone())
                    .or_else(|| u.target.clone());
                match seg {
                    Some(s) => forms.push((key, s)),
                    None => {
                        for i in &mine {
                            let message = t!(
                                "xliff-skip-incomplete-plural",
                                "id" => i.unit_id.as_str(),
                                "message" => i.key.reference()
                            );
                            out.skipped.push(UnitProblem {
                                kind: "incomplete-plural",
                                unit_id: Some(i.unit_id.clone()),
                                document: Some(i.key.document.clone()),
                                message_id: Some(i.key.message.clone()),
                                line: i.line,
                                column: i.column,
                                message,
                                code: None,
                            });
                        }
                        return None;
                    }
                }
            }
            // A language with one form needs no select.
            if forms.len() == 1 {
                return Some((forms[0].1.clone(), None));
            }
            let selector = part.selector.clone().unwrap_or_default();
            Some((super::units::plural_select(&selector, &forms), Some(forms)))
        }
    }
}

fn new_message(out: &mut Planned, m: &MessageUnits, imports: &[&Imported]) -> NewMessage {
    let mut value = m.target.as_ref().and_then(|t| t.value.clone());
    let current_attrs: Vec<(String, Segment)> = m
        .target
        .as_ref()
        .map(|t| t.attributes.clone())
        .unwrap_or_default();
    let mut attributes: Vec<(String, Segment)> = Vec::new();
    let mut changed = false;
    let mut forms = Vec::new();
    let mut taken: HashSet<&UnitKey> = HashSet::new();
    for part in &m.parts {
        let new = part_text(out, part, imports);
        if new.is_some() {
            for i in imports.iter().filter(|i| i.key.attribute == part.attribute) {
                taken.insert(&i.key);
            }
        }
        let text = match new {
            Some((seg, f)) => {
                changed = true;
                if let Some(f) = f {
                    forms.push((part.attribute.clone(), f));
                }
                Some(seg)
            }
            None => part.target.clone(),
        };
        match (&part.attribute, text) {
            (None, t) => value = t,
            (Some(a), Some(t)) => attributes.push((a.clone(), t)),
            (Some(_), None) => {}
        }
    }
    // Attributes the source does not have stay, after the others.
    for (name, seg) in &current_attrs {
        if !attributes.iter().any(|(n, _)| n == name)
            && m.extra_attributes.iter().any(|(n, _)| n == name)
        {
            attributes.push((name.clone(), seg.clone()));
        }
    }
    // Review: asked for by the file, or kept when the file did not confirm
    // every unit of a message that waited for review.
    let units: Vec<&UnitKey> = m
        .parts
        .iter()
        .filter(|p| p.kind != UnitKind::FluentOnly)
        .flat_map(|p| p.units.iter().map(|u| &u.key))
        .collect();
    // Units of a part left as it was (an incomplete plural) do not count.
    let any_review = imports
        .iter()
        .any(|i| i.review && (taken.contains(&i.key) || !i.changed));
    let confirmed_all = units
        .iter()
        .all(|k| imports.iter().any(|i| i.key == **k && !i.review));
    let review = any_review || (m.needs_review() && !confirmed_all);
    // The source hash, when every unit of the value is fresh in the file.
    let value_fresh = m
        .parts
        .iter()
        .filter(|p| p.attribute.is_none())
        .flat_map(|p| p.units.iter())
        .all(|u| imports.iter().any(|i| i.key == u.key));
    let hash = match &m.source_value {
        Some(v) if value_fresh => Some(source_hash(v)),
        _ => m
            .target
            .as_ref()
            .and_then(|t| t.source_hash().map(str::to_string)),
    };
    NewMessage {
        value,
        attributes,
        changed,
        review,
        hash,
        forms,
    }
}

fn entry_comments(m: &MessageUnits, nm: &NewMessage) -> Vec<String> {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if nm.review {
        pairs.push(("review", String::new()));
        pairs.push(("origin", "xliff".into()));
    }
    if let Some(h) = &nm.hash {
        pairs.push(("source-hash", h.clone()));
    }
    let mut out = Vec::new();
    if !pairs.is_empty() {
        out.push(directives::format(&pairs));
    }
    if let Some(t) = &m.target {
        out.extend(directives::notes(&t.comments));
        out.extend(
            t.comments
                .iter()
                .filter(|l| l.trim().starts_with(directives::IGNORE_PREFIX))
                .cloned(),
        );
    }
    out
}

/// Whether `text` (one message) parses back to the intended message.
fn parses_back(id: &str, text: &str, nm: &NewMessage, lang: &LangTag) -> bool {
    let r = FtlResource::parse(text.to_string(), Path::new("check.ftl"));
    if !r.errors.is_empty() {
        return false;
    }
    let Some((_, msg)) = r.message(id) else {
        return false;
    };
    let same = |p: Option<&fluent_syntax::ast::Pattern<String>>,
                want: Option<&Segment>,
                forms: Option<&Forms>| {
        match (p, want, forms) {
            (Some(p), _, Some(forms)) => forms
                .iter()
                .all(|(k, seg)| super::units::expand_plural(p, k, lang).is_some_and(|s| s == *seg)),
            (Some(p), Some(w), None) => pattern_to_segment(p) == *w,
            (None, None, _) => true,
            _ => false,
        }
    };
    let forms_of = |a: Option<&str>| {
        nm.forms
            .iter()
            .find(|(k, _)| k.as_deref() == a)
            .map(|(_, f)| f)
    };
    same(msg.value.as_ref(), nm.value.as_ref(), forms_of(None))
        && msg.attributes.len() == nm.attributes.len()
        && nm.attributes.iter().all(|(name, seg)| {
            msg.attributes
                .iter()
                .find(|a| a.id.name == *name)
                .is_some_and(|a| same(Some(&a.value), Some(seg), forms_of(Some(name))))
        })
}

fn plan_document(
    ctx: &Session<'_>,
    doc: &DocumentUnits,
    imports: &[&Imported],
    forced: &HashSet<(String, String)>,
    out: &mut Planned,
) -> Result<()> {
    let file = relative(ctx.project, &doc.target.path);
    let crlf = doc.target.resource.as_ref().is_some_and(|r| r.uses_crlf());
    let nl = if crlf { "\r\n" } else { "\n" };
    let eol = |s: String| if crlf { s.replace('\n', "\r\n") } else { s };
    let mut edits = Edits::default();
    let mut fresh = String::new();
    // Where a new message goes: after the last source message already in
    // the file (after the file's header comments at first).
    let mut anchor: Option<usize> = doc.target.resource.as_ref().and_then(|r| {
        r.entries
            .iter()
            .take_while(|e| matches!(e.kind, EntryKind::ResourceComment | EntryKind::GroupComment))
            .last()
            .map(|e| e.span.end)
    });
    let mut prev: Option<String> = None;
    let mut changed_ids: Vec<String> = Vec::new();
    for m in &doc.messages {
        let existing_entry = m.target.as_ref().and_then(|t| {
            doc.target
                .resource
                .as_ref()
                .map(|r| (r, &r.entries[t.entry]))
        });
        if let Some((_, e)) = existing_entry {
            anchor = Some(e.span.end);
        }
        let mine: Vec<&Imported> = imports
            .iter()
            .filter(|i| i.key.message == m.id)
            .copied()
            .collect();
        let this_prev = prev.take();
        prev = m.source_value.as_ref().map(Segment::display_text);
        if mine.is_empty() {
            continue;
        }
        let mut nm = new_message(out, m, &mine);
        if forced.contains(&(doc.document.clone(), m.id.clone())) {
            nm.review = true;
        }
        let review_changed = nm.review != m.needs_review();
        if (!nm.changed && !review_changed) || (nm.value.is_none() && nm.attributes.is_empty()) {
            out.unchanged += mine.len();
            continue;
        }
        let comments = entry_comments(m, &nm);
        let text = match existing_entry {
            Some((res, e)) if !nm.changed => {
                // Only the review mark changes: the message keeps its text.
                let mut t = String::new();
                for c in &comments {
                    if c.is_empty() {
                        t.push_str("#\n");
                    } else {
                        t.push_str(&format!("# {c}\n"));
                    }
                }
                t.push_str(&res.text[e.offset..e.content.end].replace("\r\n", "\n"));
                t
            }
            _ => message_source(&MessageSpec {
                id: m.id.clone(),
                comments,
                value: nm.value.clone(),
                attributes: nm.attributes.clone(),
            }),
        };
        if !parses_back(&m.id, &text, &nm, &ctx.target_lang) {
            for i in &mine {
                out.errors.push(UnitProblem {
                    kind: "not-fluent",
                    unit_id: Some(i.unit_id.clone()),
                    document: Some(doc.document.clone()),
                    message_id: Some(m.id.clone()),
                    line: i.line,
                    column: i.column,
                    message: t!("xliff-error-not-fluent", "id" => m.id.as_str()),
                    code: None,
                });
            }
            continue;
        }
        let applied = mine.iter().filter(|i| i.changed || review_changed).count();
        out.applied += applied;
        out.unchanged += mine.len() - applied;
        let action = match (existing_entry, nm.changed, nm.review) {
            (None, _, _) => "added",
            (Some(_), true, _) => "updated",
            (Some(_), false, false) => "accepted",
            (Some(_), false, true) => "marked-for-review",
        };
        out.changes.push(Change {
            document: doc.document.clone(),
            file: file.clone(),
            message_id: m.id.clone(),
            action,
            review: nm.review,
            before: existing_entry.map(|(r, e)| r.entry_text(e).replace("\r\n", "\n")),
            after: text.clone(),
        });
        changed_ids.push(m.id.clone());
        // Reviewed translations go into the TM as `sync` stores them.
        if !nm.review
            && let (Some(source), Some(value)) = (&m.source_value, &nm.value)
        {
            let pair = MessagePair {
                source_locale: ctx.project.source_locale(),
                locale: &doc.locale,
                document: &doc.document,
                id: &m.id,
                source,
                source_attributes: &m.source_attributes,
                value,
                attributes: &nm.attributes,
            };
            out.tm_units
                .extend(message_units(&pair, this_prev).into_iter().map(|(u, _)| u));
        }
        let text = eol(text);
        match (&doc.target.resource, existing_entry, anchor) {
            (_, Some((_, e)), _) => edits.replace(e.content.clone(), text),
            (Some(res), None, Some(pos)) if pos >= res.text.len() => {
                let sep = if res.text.ends_with(&format!("{nl}{nl}")) || res.text.is_empty() {
                    String::new()
                } else if res.text.ends_with(nl) {
                    nl.to_string()
                } else {
                    format!("{nl}{nl}")
                };
                edits.insert(pos, format!("{sep}{text}"));
            }
            (Some(_), None, Some(pos)) => edits.insert(pos, format!("{text}{nl}")),
            (Some(_), None, None) => edits.insert(0, format!("{text}{nl}")),
            (None, _, _) => {
                fresh.push('\n');
                fresh.push_str(&text);
            }
        }
    }
    if changed_ids.is_empty() {
        return Ok(());
    }
    let new_text = match &doc.target.resource {
        Some(res) => edits.apply(&res.text),
        None => format!("### relais: document={}\n{fresh}", doc.document),
    };
    // The file as a whole must not get new syntax errors.
    let parsed = FtlResource::parse(new_text.clone(), &doc.target.path);
    let before = doc.target.resource.as_ref().map_or(0, |r| r.errors.len());
    if parsed.errors.len() > before {
        return Err(Error::invalid(
            Some(&doc.target.path),
            t!("xliff-error-not-fluent", "id" => changed_ids.join(", ")),
        ));
    }
    let new_text = match &doc.target.resource {
        Some(res) if res.had_bom => format!("\u{feff}{new_text}"),
        _ => new_text,
    };
    out.files.push(PlannedFile {
        path: doc.target.path.clone(),
        text: new_text,
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ph(s: &str) -> Tag {
        Tag::fluent_placeable(s)
    }

    fn seg(pieces: &[&str]) -> Segment {
        // `{…}` pieces are placeables, the rest text.
        let mut s = Segment::default();
        for p in pieces {
            if p.starts_with('{') {
                s.push_tag(ph(p));
            } else {
                s.push_text(p);
            }
        }
        s
    }

    /// A target as a tool writes it back: placeables without their type,
    /// markup as bpt/ept pairs with their text.
    fn from_tool(fluent: &Segment) -> Segment {
        let coded = tags_to_codes(fluent);
        Segment(
            coded
                .0
                .into_iter()
                .map(|p| match p {
                    Inline::Tag(mut t) => {
                        t.attrs.retain(|(k, _)| k != "type");
                        Inline::Tag(t)
                    }
                    other => other,
                })
                .collect(),
        )
    }

    #[test]
    fn codes_come_back_from_the_source() {
        let source = seg(&[
            "Vous avez ",
            "{ $count }",
            " messages dans <em>",
            "{ $folder }",
            "</em>.",
        ]);
        let target = from_tool(&seg(&[
            "In <em>",
            "{ $folder }",
            "</em> haben Sie ",
            "{ $count }",
            " Nachrichten.",
        ]));
        let out = rebuild(&target, &tags_to_codes(&source), &source, &[]).unwrap();
        assert_eq!(
            out,
            seg(&[
                "In <em>",
                "{ $folder }",
                "</em> haben Sie ",
                "{ $count }",
                " Nachrichten."
            ])
        );
        assert!(out.codes()[0].is_fluent_code());
    }

    #[test]
    fn removed_repeated_unknown_and_misordered_codes_are_errors() {
        let source = seg(&[
            "Lire <a data-l10n-name=\"1\">le rapport</a> de ",
            "{ $name }",
        ]);
        let file_source = tags_to_codes(&source);
        let check = |target: Segment| {
            rebuild(&from_tool(&target), &file_source, &source, &[])
                .unwrap_err()
                .into_iter()
                .map(|p| format!("{} {}", p.kind, p.code))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            check(seg(&["Lesen Sie <a data-l10n-name=\"1\">den Bericht</a>"])),
            ["missing-code { $name }"]
        );
        assert_eq!(
            check(seg(&[
                "<a data-l10n-name=\"1\">Bericht</a> von ",
                "{ $name }",
                " und ",
                "{ $name }"
            ])),
            ["duplicate-code { $name }"]
        );
        assert_eq!(
            check(seg(&[
                "<a data-l10n-name=\"1\">Bericht</a> ",
                "{ $name }",
                "{ $other }"
            ])),
            ["unknown-code { $other }"]
        );
        // A tool that lets the closing code move before the opening one.
        let codes = file_source.codes();
        let (open, close) = (codes[0].clone(), codes[1].clone());
        let mut swapped = Segment::default();
        swapped.push_tag(close);
        swapped.push_text("Bericht");
        swapped.push_tag(open);
        swapped.push_tag(ph("{ $name }"));
        let problems = rebuild(&swapped, &file_source, &source, &[]).unwrap_err();
        assert_eq!(problems[0].kind, "code-order");
        assert_eq!(problems[0].code, "</a>");
    }

    #[test]
    fn optional_placeables_may_be_left_out_or_added() {
        let source = seg(&["un message"]);
        let optional = vec!["{ $count }".to_string()];
        let with = rebuild(
            &from_tool(&seg(&["{ $count }", " Nachricht"])),
            &Segment::default(),
            &source,
            &optional,
        )
        .unwrap();
        assert_eq!(with.display_text(), "{ $count } Nachricht");
        let without = rebuild(
            &seg(&["eine Nachricht"]),
            &Segment::default(),
            &source,
            &optional,
        )
        .unwrap();
        assert_eq!(without.display_text(), "eine Nachricht");
    }

    #[test]
    fn rewritten_codes_are_found_by_id_and_annotations_dropped() {
        let source = seg(&["Bonjour ", "{ $name }"]);
        // The file's source as a 1.2 reader sees it: ph with id 1.
        let mut file_source = Segment::text("Bonjour ");
        let mut code = ph("{ $name }");
        code.attrs.push(("x".into(), "1".into()));
        file_source.push_tag(code);
        // The tool wrote <x id="1"/> and a comment mark.
        let mut target = Segment::text("Hallo ");
        target.push_tag(Tag {
            name: "ph".into(),
            attrs: vec![("x".into(), "1".into())],
            content: vec![Inline::Text("<x id=\"1\"/>".into())],
        });
        target.push_tag(Tag {
            name: "bpt".into(),
            attrs: vec![("i".into(), "1".into())],
            content: vec![Inline::Text("<mrk mtype=\"x-comment\">".into())],
        });
        target.push_text("!");
        target.push_tag(Tag {
            name: "ept".into(),
            attrs: vec![("i".into(), "1".into())],
            content: vec![Inline::Text("</mrk>".into())],
        });
        let out = rebuild(&target, &file_source, &source, &[]).unwrap();
        assert_eq!(out, seg(&["Hallo ", "{ $name }", "!"]));
    }
}
