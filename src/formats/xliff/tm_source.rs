//! Which XLIFF segments are translations, and the TM units they become.
//!
//! `relais tm import FILE.xlf` stores one TM unit per segment (a Trados
//! `trans-unit` segmented into three `<mrk mtype="seg">` gives three
//! units). A segment is imported when all of these hold:
//!
//! 1. its unit is translatable (no `translate="no"` on it or an enclosing
//!    group or file);
//! 2. its source has text (segments of codes and whitespace only, such as
//!    Trados's structure units, carry nothing to reuse);
//! 3. it has a target with text;
//! 4. the file names a target language different from the source language
//!    (when it names none, `--target` supplies it; Xcode-style files with
//!    `en` → `en` are skipped with a warning);
//! 5. its state says it is translated:
//!
//! | file says | imported? |
//! |---|---|
//! | 1.x `approved="yes"` on the unit | yes, whatever the state (the spec: "final or has passed its final review") |
//! | 1.x `state="translated"`, `"signed-off"`, `"final"` | yes |
//! | 1.x `state="new"`, `"needs-translation"`, `"needs-adaptation"`, `"needs-l10n"` | no: the target is a placeholder or a copy of the source |
//! | 1.x `state="needs-review-translation"`, `"needs-review-adaptation"`, `"needs-review-l10n"` | no: translated but not reviewed (relais itself exports unreviewed fuzzy matches this way) |
//! | 1.x any other `state` (`x-…`, tool-specific values) | no, with a warning |
//! | no `state`, Trados `sdl:seg conf` | `Translated`, `ApprovedTranslation`, `ApprovedSignOff`: yes; `Draft`, `RejectedTranslation`, `RejectedSignOff`, none: no |
//! | no `state`, memoQ `mq:status` | a `…Confirmed` status (`ManuallyConfirmed`, `Reviewer1Confirmed`, …): yes; others (`NotStarted`, `PartiallyEdited`, `Pretranslated`, …): no |
//! | 2.0 `state="translated"`, `"reviewed"`, `"final"` | yes |
//! | 2.0 `state="initial"` written out | no |
//! | no state and no tool status (1.x or 2.0) | yes: the target is the translation |
//!
//! This follows what the tools that feed TMs from XLIFF do: Weblate counts
//! a target without `state` as translated and the `new`/`needs-*` states
//! (before review) as needing edit; Okapi's TMX conversion keeps every
//! non-empty target unless told to keep approved entries only; Translate
//! Toolkit treats `approved="yes"` as final; Trados and memoQ update their
//! TMs with confirmed segments only. relais is stricter than Weblate with
//! `needs-review-*`, because a TM for sensitive content should hold reviewed
//! translations only, and reads 2.0's missing `state` (whose default is
//! `initial`) like 1.2's, because Weblate, Phrase and Angular write targets
//! without a state.
//!
//! Each TM unit has the source and target variants with the languages as
//! the file writes them (file-level attributes first, then the elements'
//! `xml:lang`, then `--source`/`--target`), `srclang`, the context prop
//! `x-relais-context` = `ORIGINAL#ID` (the file's `original`, or its `id`,
//! and the unit id), the unit's notes (text and `xml:lang`), and the
//! creation and change dates and authors that Trados and memoQ record
//! (`creationdate`, `creationid`, `changedate`, `changeid`). Segments that
//! are not imported are offered as empty units, which the TM counts as
//! skipped. `alt-trans` proposals and 2.0 `mtc:matches` are suggestions,
//! not translations, and are not imported.

use std::collections::{HashSet, VecDeque};

use crate::error::Result;
use crate::formats::Warning;
use crate::formats::xliff::document::{XliffSegment, XliffUnit, XliffVersion};
use crate::formats::xliff::inline::has_text;
use crate::formats::xliff::reader::XliffReader;
use crate::lang::LangTag;
use crate::model::{Annotation, PROP_CONTEXT, Unit, UnitSource, Variant};

/// Why a segment is not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// `translate="no"`.
    NotTranslatable,
    /// The source has no text.
    NoSourceText,
    /// No target, or a target without text.
    NoTarget,
    /// The state (or the tool's status) says it is not a finished
    /// translation; the value as written.
    State(String),
    /// The file names no target language.
    NoTargetLanguage,
    /// Source and target language are the same.
    SameLanguage,
}

/// Whether a segment goes into the TM.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// A translation.
    Import,
    /// Not a translation.
    Skip(SkipReason),
}

/// 1.2 states that mean the target is a translation.
const V1_DONE: [&str; 3] = ["translated", "signed-off", "final"];
/// 1.2 states that mean it is not (yet).
const V1_NOT_DONE: [&str; 7] = [
    "new",
    "needs-translation",
    "needs-adaptation",
    "needs-l10n",
    "needs-review-translation",
    "needs-review-adaptation",
    "needs-review-l10n",
];
/// Trados confirmation levels of finished translations.
const SDL_DONE: [&str; 3] = ["Translated", "ApprovedTranslation", "ApprovedSignOff"];

/// Decides whether a segment is a translation, from the unit's
/// translatability, the texts and the state (see the [module
/// documentation](self)). Languages are checked by [`XliffUnitSource`].
pub fn verdict(version: &XliffVersion, unit: &XliffUnit, seg: &XliffSegment) -> Verdict {
    if !unit.translate {
        return Verdict::Skip(SkipReason::NotTranslatable);
    }
    if !has_text(&seg.source) {
        return Verdict::Skip(SkipReason::NoSourceText);
    }
    if !seg.target.as_ref().is_some_and(has_text) {
        return Verdict::Skip(SkipReason::NoTarget);
    }
    let skip = |s: &str| Verdict::Skip(SkipReason::State(s.to_string()));
    if version.is_v2() {
        return match seg.state.as_deref() {
            None | Some("translated" | "reviewed" | "final") => Verdict::Import,
            Some(other) => skip(other),
        };
    }
    if unit.approved == Some(true) {
        return Verdict::Import;
    }
    if let Some(state) = seg.state.as_deref() {
        return if V1_DONE.contains(&state) {
            Verdict::Import
        } else {
            skip(state)
        };
    }
    if let Some(conf) = seg.tool_status.as_deref() {
        return if SDL_DONE.contains(&conf) {
            Verdict::Import
        } else {
            skip(conf)
        };
    }
    if let Some(status) = unit.tool_status.as_deref() {
        return if status.ends_with("Confirmed") {
            Verdict::Import
        } else {
            skip(status)
        };
    }
    Verdict::Import
}

/// Languages for files that do not declare them.
#[derive(Debug, Clone, Default)]
pub struct XliffImportOptions {
    /// Source language when the file names none.
    pub source_lang: Option<String>,
    /// Target language when the file names none.
    pub target_lang: Option<String>,
}

/// The TM units of an XLIFF file, one per segment (empty units for the
/// segments that are not imported, so that the TM counts them as skipped).
pub struct XliffUnitSource {
    reader: XliffReader,
    options: XliffImportOptions,
    pending: VecDeque<Unit>,
    warned: HashSet<(usize, &'static str)>,
    warned_states: HashSet<String>,
    warnings: Vec<Warning>,
}

impl XliffUnitSource {
    /// Wraps a reader.
    pub fn new(reader: XliffReader, options: XliffImportOptions) -> Self {
        XliffUnitSource {
            reader,
            options,
            pending: VecDeque::new(),
            warned: HashSet::new(),
            warned_states: HashSet::new(),
            warnings: Vec::new(),
        }
    }

    /// The reader.
    pub fn reader(&self) -> &XliffReader {
        &self.reader
    }

    /// The reader's warnings and this source's, in order of position.
    pub fn take_warnings(&mut self) -> Vec<Warning> {
        let mut all = self.reader.take_warnings();
        all.append(&mut self.warnings);
        all.sort_by_key(|w| (w.line, w.column));
        all
    }

    /// The next TM unit, or `None` at the end of the file.
    pub fn next_unit(&mut self) -> Result<Option<Unit>> {
        loop {
            if let Some(u) = self.pending.pop_front() {
                return Ok(Some(u));
            }
            let Some(unit) = self.reader.next_unit()? else {
                return Ok(None);
            };
            for seg in &unit.segments {
                let converted = self.convert(&unit, seg);
                self.pending.push_back(converted.unwrap_or_default());
            }
        }
    }

    fn warn_once(&mut self, unit: &XliffUnit, key: &'static str, message: String) {
        if self.warned.insert((unit.file.index, key)) {
            self.warnings.push(Warning::at(&unit.location, message));
        }
    }

    /// The TM unit of a segment, or `None` when it is not imported.
    fn convert(&mut self, unit: &XliffUnit, seg: &XliffSegment) -> Option<Unit> {
        match verdict(self.reader.version(), unit, seg) {
            Verdict::Import => {}
            Verdict::Skip(SkipReason::State(state)) => {
                let known = V1_DONE.contains(&state.as_str())
                    || V1_NOT_DONE.contains(&state.as_str())
                    || state == "initial"
                    || seg.tool_status.as_deref() == Some(state.as_str())
                    || unit.tool_status.as_deref() == Some(state.as_str());
                if !known && self.warned_states.insert(state.clone()) {
                    self.warnings.push(Warning::at(
                        &unit.location,
                        format!("state \"{state}\" is not a standard XLIFF state; segments in it are not imported"),
                    ));
                }
                return None;
            }
            Verdict::Skip(_) => return None,
        }
        let file = &unit.file;
        let source_lang = file
            .source_language
            .clone()
            .or_else(|| seg.source_lang.clone())
            .or_else(|| self.options.source_lang.clone());
        let target_lang = file
            .target_language
            .clone()
            .or_else(|| seg.target_lang.clone())
            .or_else(|| self.options.target_lang.clone());
        let (Some(source_lang), Some(target_lang)) = (source_lang, target_lang) else {
            self.warn_once(
                unit,
                "language",
                "the file does not name its source or target language; its translations are skipped (name it with --source / --target)"
                    .to_string(),
            );
            return None;
        };
        if LangTag::lenient(&source_lang) == LangTag::lenient(&target_lang) {
            self.warn_once(
                unit,
                "same",
                format!("source and target language are both {source_lang}; the file's targets are not imported"),
            );
            return None;
        }
        let mut tm = Unit::default();
        let meta = seg.meta.or(&unit.meta);
        for (name, value) in [
            ("creationdate", &meta.created),
            ("creationid", &meta.created_by),
            ("changedate", &meta.changed),
            ("changeid", &meta.changed_by),
        ] {
            if let Some(v) = value {
                tm.attrs.push((name.to_string(), v.clone()));
            }
        }
        tm.attrs.push(("srclang".to_string(), source_lang.clone()));
        if let Some(context) = unit.context() {
            tm.props.push(Annotation::prop(PROP_CONTEXT, context));
        }
        for note in &unit.notes {
            let attrs = note
                .attrs
                .iter()
                .filter(|(k, _)| k == "xml:lang")
                .cloned()
                .collect();
            tm.notes.push(Annotation {
                attrs,
                text: note.text.clone(),
            });
        }
        let mut source = Variant::new(&source_lang, "");
        source.seg = seg.source.clone();
        let mut target = Variant::new(&target_lang, "");
        target.seg = seg.target.clone().unwrap_or_default();
        tm.variants = vec![source, target];
        Some(tm)
    }
}

impl UnitSource for XliffUnitSource {
    fn next_unit(&mut self) -> Result<Option<Unit>> {
        XliffUnitSource::next_unit(self)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use std::fmt::Write as _;

    use super::*;

    fn units(doc: &str, options: XliffImportOptions) -> (Vec<Unit>, Vec<Warning>) {
        let reader = XliffReader::from_text(doc, Path::new("t.xlf")).unwrap();
        let mut source = XliffUnitSource::new(reader, options);
        let mut out = Vec::new();
        while let Some(u) = source.next_unit().unwrap() {
            out.push(u);
        }
        (out, source.take_warnings())
    }

    fn imported(units: &[Unit]) -> Vec<String> {
        units
            .iter()
            .filter(|u| !u.variants.is_empty())
            .map(|u| u.variants[1].seg.display_text())
            .collect()
    }

    #[test]
    fn xliff12_states_decide() {
        let mut body = String::new();
        let cases = [
            ("", "none"),
            ("state=\"translated\"", "translated"),
            ("state=\"final\"", "final"),
            ("state=\"signed-off\"", "signed-off"),
            ("state=\"new\"", "new"),
            ("state=\"needs-translation\"", "needs-translation"),
            ("state=\"needs-review-translation\"", "needs-review"),
            ("state=\"x-custom\"", "custom"),
        ];
        for (i, (attr, text)) in cases.iter().enumerate() {
            let _ = write!(
                body,
                "<trans-unit id=\"{i}\"><source>Source {i}</source><target {attr}>{text}</target></trans-unit>"
            );
        }
        body.push_str("<trans-unit id=\"a\" approved=\"yes\"><source>S</source><target state=\"needs-review-translation\">approved</target></trans-unit>");
        body.push_str("<trans-unit id=\"n\" translate=\"no\"><source>S</source><target>locked</target></trans-unit>");
        body.push_str("<trans-unit id=\"c\"><source><x id=\"1\"/></source><target><x id=\"1\"/></target></trans-unit>");
        body.push_str("<trans-unit id=\"e\"><source>S</source><target> </target></trans-unit>");
        let doc = format!(
            "<xliff version=\"1.2\"><file original=\"o\" source-language=\"en\" target-language=\"fr\" datatype=\"x\"><body>{body}</body></file></xliff>"
        );
        let (units, warnings) = units(&doc, XliffImportOptions::default());
        assert_eq!(units.len(), 12);
        assert_eq!(
            imported(&units),
            ["none", "translated", "final", "signed-off", "approved"]
        );
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].message.contains("x-custom"));
        let u = units.iter().find(|u| !u.variants.is_empty()).unwrap();
        assert_eq!(u.context(), Some("o#0"));
        assert_eq!(u.attr("srclang"), Some("en"));
        assert_eq!(u.variants[0].lang, "en");
        assert_eq!(u.variants[1].lang, "fr");
    }

    #[test]
    fn xliff20_states_decide() {
        let doc = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="u">
            <segment state="initial"><source>a</source><target>initial</target></segment>
            <segment state="translated"><source>b</source><target>translated</target></segment>
            <segment state="reviewed"><source>c</source><target>reviewed</target></segment>
            <segment state="final"><source>d</source><target>final</target></segment>
            <segment><source>e</source><target>none</target></segment>
            <segment state="final"><source>f</source><target></target></segment>
            </unit></file></xliff>"#;
        let (units, _) = units(doc, XliffImportOptions::default());
        assert_eq!(units.len(), 6);
        assert_eq!(
            imported(&units),
            ["translated", "reviewed", "final", "none"]
        );
        assert_eq!(units[1].context(), Some("f#u"));
    }

    #[test]
    fn tool_statuses_and_metadata() {
        let doc = r#"<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns:mq="MQXliff"><file original="o" source-language="en" target-language="de" datatype="x"><body>
            <trans-unit id="1"><source>A. B.</source><seg-source><mrk mtype="seg" mid="1">A.</mrk> <mrk mtype="seg" mid="2">B.</mrk></seg-source>
              <target><mrk mtype="seg" mid="1">Ah.</mrk> <mrk mtype="seg" mid="2">Be.</mrk></target>
              <note from="pm">Check</note>
              <sdl:seg-defs><sdl:seg id="1" conf="ApprovedSignOff"><sdl:value key="last_modified_by">rev</sdl:value><sdl:value key="modified_on">01/02/2024 03:04:05</sdl:value></sdl:seg><sdl:seg id="2" conf="Draft"/></sdl:seg-defs></trans-unit>
            <trans-unit id="2" mq:status="Reviewer1Confirmed" mq:lastchanginguser="ed"><source>C.</source><target>Ce.</target></trans-unit>
            <trans-unit id="3" mq:status="Pretranslated"><source>D.</source><target>De.</target></trans-unit>
            </body></file></xliff>"#;
        let (units, warnings) = units(doc, XliffImportOptions::default());
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(units.len(), 4);
        assert_eq!(imported(&units), ["Ah.", "Ce."]);
        let first = &units[0];
        assert_eq!(first.attr("changeid"), Some("rev"));
        assert_eq!(first.attr("changedate"), Some("20240102T030405Z"));
        assert_eq!(first.notes, [Annotation::note("Check")]);
        assert_eq!(units[2].attr("changeid"), Some("ed"));
    }

    #[test]
    fn languages_come_from_the_file_or_the_options() {
        let doc = r#"<xliff version="1.1"><file original="o" source-language="en-US" datatype="x"><body>
            <trans-unit id="1" approved="yes"><source>One</source><target>Un</target></trans-unit></body></file></xliff>"#;
        let (without, warnings) = units(doc, XliffImportOptions::default());
        assert!(imported(&without).is_empty());
        assert!(warnings[0].message.contains("--target"), "{warnings:?}");
        let (with, _) = units(
            doc,
            XliffImportOptions {
                source_lang: None,
                target_lang: Some("fr".into()),
            },
        );
        assert_eq!(imported(&with), ["Un"]);
        assert_eq!(with[0].variants[0].lang, "en-US");

        let same = r#"<xliff version="1.2"><file original="o" source-language="en" target-language="EN" datatype="x"><body>
            <trans-unit id="1"><source>d</source><target>d</target></trans-unit><trans-unit id="2"><source>e</source><target>e</target></trans-unit></body></file></xliff>"#;
        let (units, warnings) = units(same, XliffImportOptions::default());
        assert_eq!(units.len(), 2);
        assert!(imported(&units).is_empty());
        assert_eq!(warnings.len(), 1, "warned once per file: {warnings:?}");
    }
}
