//! Steps 1–4 for each unit: the file's languages, the unit's id, whether
//! its source is stale, the state of its target, and its codes mapped
//! back (see [`super::codes`]).

use std::path::Path;

use crate::error::{Error, Result};
use crate::formats::Warning;
use crate::formats::xliff::{XliffReader, XliffSegment, XliffUnit, XliffVersion, has_text};
use crate::lang::LangTag;
use crate::model::{Inline, Segment};
use crate::project::Project;
use crate::publish::markup::tags_to_codes;
use crate::publish::xliff::export::relative;
use crate::publish::xliff::plan::codes::{code_message, rebuild};
use crate::publish::xliff::plan::session::{Imported, Session};
use crate::publish::xliff::units::{DocumentUnits, PROP_SOURCE_HASH, UnitKey, UnitKind};
use crate::t;

/// How far a target is from a finished translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum State {
    Translated,
    Review,
    Draft(String),
}

pub(super) const V1_DONE: [&str; 3] = ["translated", "signed-off", "final"];

pub(super) const V1_DRAFT: [&str; 4] =
    ["new", "needs-translation", "needs-adaptation", "needs-l10n"];

pub(super) const SDL_DONE: [&str; 3] = ["Translated", "ApprovedTranslation", "ApprovedSignOff"];

/// The 2.0 sub-state relais writes for translations to review.
pub(super) const REVIEW_SUB_STATE: &str = "relais:review";

pub(super) fn segment_state(v2: bool, unit: &XliffUnit, seg: &XliffSegment) -> State {
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
pub(super) struct Read {
    pub(super) source: Segment,
    pub(super) target: Option<Segment>,
    pub(super) state: State,
}

pub(super) fn append(into: &mut Segment, seg: &Segment) {
    for piece in &seg.0 {
        match piece {
            Inline::Text(t) => into.push_text(t),
            Inline::Tag(tag) => into.push_tag(tag.clone()),
        }
    }
}

pub(super) fn read_unit(v2: bool, unit: &XliffUnit) -> Read {
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

/// The project locale a file's target language names.
pub(super) fn project_locale(project: &Project, lang: &str, file: &Path) -> Result<String> {
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

/// An XLIFF file read whole, with the project locale it translates into.
pub(super) struct ReadFile {
    pub(super) units: Vec<XliffUnit>,
    pub(super) warnings: Vec<Warning>,
    pub(super) version: String,
    pub(super) v2: bool,
    pub(super) locale: String,
}

/// Reads every unit of `file` and checks its languages: one target locale
/// of the project, and the project's source language.
pub(super) fn read_file(project: &Project, file: &Path) -> Result<ReadFile> {
    let mut reader = XliffReader::open(file)?;
    let v2 = reader.version().is_v2();
    let version = match reader.version() {
        XliffVersion::V1(v) | XliffVersion::V2(v) => v.clone(),
    };
    let mut units = Vec::new();
    while let Some(u) = reader.next_unit()? {
        units.push(u);
    }
    let warnings = reader.take_warnings();
    if units.is_empty() {
        return Err(Error::invalid(Some(file), t!("xliff-error-no-units")));
    }
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
    let Some(locale) = locale else {
        // Every unit names a target language, and there is one unit.
        return Err(Error::invalid(Some(file), t!("xliff-error-no-units")));
    };
    Ok(ReadFile {
        units,
        warnings,
        version,
        v2,
        locale,
    })
}

impl Session<'_> {
    /// Steps 1–4 for one unit: its id, staleness, state and codes. The
    /// translation to take, or `None` (a problem is recorded, or there is
    /// nothing to take).
    pub(super) fn take_unit(&mut self, unit: &XliffUnit, v2: bool) -> Result<Option<Imported>> {
        let Some(key) = self.unit_key(unit)? else {
            return Ok(None);
        };
        let id = unit.id.clone().unwrap_or_default();
        let doc = &self.docs[&key.document];
        let Some((_, part, su)) = doc.unit(&key) else {
            let p = self.problem(
                "unknown-id",
                unit,
                None,
                t!("xliff-error-unknown-id", "id" => id.as_str()),
                None,
            );
            self.report.errors.push(p);
            return Ok(None);
        };
        let read = read_unit(v2, unit);
        let current_display = su.target.as_ref().map(|t| tags_to_codes(t).display_text());
        if su.kind == UnitKind::FluentOnly || !unit.translate {
            if read.target.as_ref().map(Segment::display_text) != current_display
                && read.target.is_some()
            {
                let file = relative(self.project, &doc.target.path);
                let p = self.problem(
                    "fluent-only",
                    unit,
                    Some(&key),
                    t!("xliff-skip-fluent-only", "id" => id.as_str(), "file" => file),
                    None,
                );
                self.report.skipped.push(p);
            }
            return Ok(None);
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
            let p = self.problem(
                "source-changed",
                unit,
                Some(&key),
                t!("xliff-stale", "id" => id.as_str()),
                None,
            );
            self.report.stale.push(p);
            return Ok(None);
        }
        let Some(target) = read.target else {
            self.report.untranslated += 1;
            return Ok(None);
        };
        let review = match &read.state {
            State::Draft(state) => {
                let message =
                    t!("xliff-skip-draft", "id" => id.as_str(), "state" => state.as_str());
                let p = self.problem("draft", unit, Some(&key), message, None);
                self.report.skipped.push(p);
                return Ok(None);
            }
            State::Review => true,
            State::Translated => false,
        };
        // The current translation, as exported: taken as it is.
        let (segment, changed) = match &su.target {
            Some(current) if Some(target.display_text()) == current_display => {
                (current.clone(), false)
            }
            _ => match rebuild(&target, &read.source, &su.source, &part.optional_codes) {
                Ok(segment) => {
                    let changed = su.target.as_ref() != Some(&segment);
                    (segment, changed)
                }
                Err(problems) => {
                    for p in problems {
                        let message = code_message(&p, &id);
                        let up = self.problem(p.kind, unit, Some(&key), message, Some(p.code));
                        self.report.errors.push(up);
                    }
                    return Ok(None);
                }
            },
        };
        Ok(Some(Imported {
            key,
            unit_id: id,
            line: unit.location.line,
            column: unit.location.column,
            segment,
            review,
            changed,
        }))
    }

    /// Step 1: the piece of the project a unit's id names, once; its
    /// document loaded. `None` with a problem recorded otherwise.
    pub(super) fn unit_key(&mut self, unit: &XliffUnit) -> Result<Option<UnitKey>> {
        let Some(id) = unit.id.clone() else {
            let p = self.problem("missing-id", unit, None, t!("xliff-error-missing-id"), None);
            self.report.errors.push(p);
            return Ok(None);
        };
        let duplicate = |ctx: &Self, key: Option<&UnitKey>| {
            ctx.problem(
                "duplicate-id",
                unit,
                key,
                t!("xliff-error-duplicate-id", "id" => id.as_str()),
                None,
            )
        };
        if !self.seen.insert(id.clone()) {
            let p = duplicate(self, None);
            self.report.errors.push(p);
            return Ok(None);
        }
        let unknown = |ctx: &Self| {
            ctx.problem(
                "unknown-id",
                unit,
                None,
                t!("xliff-error-unknown-id", "id" => id.as_str()),
                None,
            )
        };
        let Some(key) = UnitKey::parse(&id) else {
            let p = unknown(self);
            self.report.errors.push(p);
            return Ok(None);
        };
        // The same piece under its other id form (`d#m` and `d:m`).
        if !self.seen_keys.insert(key.clone()) {
            let p = duplicate(self, Some(&key));
            self.report.errors.push(p);
            return Ok(None);
        }
        if !self
            .project
            .config
            .documents
            .iter()
            .any(|d| d.name == key.document)
        {
            let p = unknown(self);
            self.report.errors.push(p);
            return Ok(None);
        }
        if !self.docs.contains_key(&key.document) {
            let d = DocumentUnits::load(self.project, &key.document, &self.report.locale)?;
            self.docs.insert(key.document.clone(), d);
        }
        Ok(Some(key))
    }
}
