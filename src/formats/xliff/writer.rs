//! XLIFF 1.2 and 2.0 writers for exports to translators' CAT tools.
//!
//! Both stream a document file by file and unit by unit, and write only
//! what the OASIS schemas allow: the 1.2 output validates against
//! `xliff-core-1.2-strict.xsd` (so no extension attributes or elements at
//! all), the 2.0 output against the core schema and the module schemas.
//!
//! | relais | XLIFF 1.2 | XLIFF 2.0 |
//! |---|---|---|
//! | unit id / name | `trans-unit@id` / `@resname` | `unit@id` (must be an XML NMTOKEN) / `@name` |
//! | source, target | `source`, `target` with `xml:lang` | one `segment` (`id="s1"`) |
//! | state | `target@state` (see [`TargetState`]) | `segment@state` (+ `subState="relais:review"`) |
//! | code with native text (`ph`, a Fluent placeable) | `<ph id="1">{ $name }</ph>` | `<ph id="1" dataRef="d1"/>` + `<data id="d1">` |
//! | code without native text | `<x id="1"/>` | `<ph id="1"/>` |
//! | `bpt`/`ept` pair | `<bpt id="2">`/`<ept id="2">` | `<pc>` when well nested, else `<sc>`/`<ec>`, with `dataRefStart`/`dataRefEnd` |
//! | `it` | `<it pos="open"/"close">` | `<sc isolated="yes">` / `<ec isolated="yes">` |
//! | `hi` (highlight) | `<mrk mtype="x-relais-hi">` | `<mrk id="m1">` |
//! | notes | `<note from annotates priority>` | `<notes><note category appliesTo priority>` |
//! | TM matches | `<alt-trans match-quality origin>` | `<mtc:matches><mtc:match ref="#s1" matchQuality origin type="tm">` |
//! | glossary | `<note from="relais-glossary" annotates="source">`, priority 1 when a forbidden term is listed | `<gls:glossary><gls:glossEntry>` with `relais:status` on each `gls:translation` |
//! | not to translate | `trans-unit@translate="no"` | `unit@translate="no"` |
//! | unit metadata (type, value) | `<context-group purpose="information"><context context-type="x-…">` | `<mda:metadata><mda:metaGroup category="relais"><mda:meta type="…">` |
//!
//! In 2.0 the codes of a unit's source and target are written with
//! `canDelete="no"`: they stand for Fluent placeables and markup the
//! translation must keep, and editors that honour the attribute stop a
//! translator from deleting them.
//!
//! A code keeps its inline id between source and target: target codes get
//! the id of the source code with the same kind and native text, so a CAT
//! tool pairs `{ $name }` in both.

use std::io::{self, Write};

use crate::formats::xml::{escape_attr, escape_text};
use crate::model::{Inline, Segment, Tag};

/// Where a segment is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetState {
    /// Not translated (1.2 `new`, 2.0 `initial`).
    New,
    /// Translated and reviewed as far as relais knows (1.2 `translated`,
    /// 2.0 `translated`).
    Translated,
    /// Filled from a fuzzy TM match, to be reviewed (1.2
    /// `needs-review-translation`, 2.0 `translated` + `subState="relais:review"`).
    NeedsReview,
    /// Reviewed (1.2 `signed-off`, 2.0 `reviewed`).
    Reviewed,
    /// Final (`final` in both).
    Final,
}

impl TargetState {
    fn v12(self) -> &'static str {
        match self {
            TargetState::New => "new",
            TargetState::Translated => "translated",
            TargetState::NeedsReview => "needs-review-translation",
            TargetState::Reviewed => "signed-off",
            TargetState::Final => "final",
        }
    }

    fn v20(self) -> (&'static str, Option<&'static str>) {
        match self {
            TargetState::New => ("initial", None),
            TargetState::Translated => ("translated", None),
            TargetState::NeedsReview => ("translated", Some("relais:review")),
            TargetState::Reviewed => ("reviewed", None),
            TargetState::Final => ("final", None),
        }
    }
}

/// What a note is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteAbout {
    /// The source text.
    Source,
    /// The target text.
    Target,
    /// The unit in general.
    General,
}

/// A note for translators.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteNote {
    /// The text.
    pub text: String,
    /// Who or what wrote it (1.2 `from`, 2.0 `category`).
    pub from: Option<String>,
    /// What it is about.
    pub about: NoteAbout,
    /// 1 (most important) to 10.
    pub priority: Option<u8>,
}

impl WriteNote {
    /// A general note.
    pub fn new(text: impl Into<String>) -> Self {
        WriteNote {
            text: text.into(),
            from: None,
            about: NoteAbout::General,
            priority: None,
        }
    }
}

/// A translation-memory match offered to the translator.
#[derive(Debug, Clone, PartialEq)]
pub struct TmMatch {
    /// The source of the TM unit.
    pub source: Segment,
    /// Its translation.
    pub target: Segment,
    /// Score as relais shows it: 0–100, 101 for an in-context match.
    pub score: u8,
    /// Where it comes from (`DOC:ID`, a TMX file name).
    pub origin: Option<String>,
}

/// The status of a glossary term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GlossaryStatus {
    /// The term to use.
    Preferred,
    /// An acceptable alternative.
    Admitted,
    /// To avoid.
    Deprecated,
    /// Must never appear in a publication.
    Forbidden,
    /// A name kept as it is.
    DoNotTranslate,
}

impl GlossaryStatus {
    /// The status as relais writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            GlossaryStatus::Preferred => "preferred",
            GlossaryStatus::Admitted => "admitted",
            GlossaryStatus::Deprecated => "deprecated",
            GlossaryStatus::Forbidden => "forbidden",
            GlossaryStatus::DoNotTranslate => "do-not-translate",
        }
    }
}

/// A target-language term of a glossary entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossaryTerm {
    /// The term.
    pub text: String,
    /// Its status.
    pub status: GlossaryStatus,
    /// Why (required for forbidden and deprecated terms in relais's
    /// glossary).
    pub reason: Option<String>,
}

/// A glossary concept found in the unit's source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossaryEntry {
    /// The source term as it appears in the glossary.
    pub term: String,
    /// The concept's id or origin (`gls:term@source`).
    pub origin: Option<String>,
    /// Target-language terms.
    pub translations: Vec<GlossaryTerm>,
    /// Definition or note.
    pub definition: Option<String>,
}

impl GlossaryEntry {
    fn has_forbidden(&self) -> bool {
        self.translations
            .iter()
            .any(|t| t.status == GlossaryStatus::Forbidden)
    }

    /// The entry as one line of text (1.2 notes).
    fn describe(&self) -> String {
        let terms: Vec<String> = self
            .translations
            .iter()
            .map(|t| {
                let status = if t.status == GlossaryStatus::Forbidden {
                    "FORBIDDEN".to_string()
                } else {
                    t.status.as_str().to_string()
                };
                match &t.reason {
                    Some(r) => format!("{} ({status}: {r})", t.text),
                    None => format!("{} ({status})", t.text),
                }
            })
            .collect();
        let mut out = format!("Glossary: {} → {}", self.term, terms.join("; "));
        if let Some(d) = &self.definition {
            out.push_str(" — ");
            out.push_str(d);
        }
        out
    }
}

/// One unit to write.
#[derive(Debug, Clone, PartialEq)]
pub struct WriteUnit {
    /// The id (2.0: an XML NMTOKEN — letters, digits, `.`, `-`, `_`, `:`).
    pub id: String,
    /// A free-form name (1.2 `resname`, 2.0 `name`).
    pub name: Option<String>,
    /// Source.
    pub source: Segment,
    /// Target, when there is one.
    pub target: Option<Segment>,
    /// State of the target.
    pub state: TargetState,
    /// Notes.
    pub notes: Vec<WriteNote>,
    /// TM matches, best first.
    pub matches: Vec<TmMatch>,
    /// Glossary entries found in the source.
    pub glossary: Vec<GlossaryEntry>,
    /// False for a unit shown for context only (`translate="no"`).
    pub translate: bool,
    /// Metadata as (type, value); in 1.2 the type must start with `x-`
    /// (the schema's extension form for `context-type`).
    pub properties: Vec<(String, String)>,
}

/// One `<file>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteFile {
    /// The id (2.0; an NMTOKEN).
    pub id: String,
    /// The document it comes from (`original`).
    pub original: String,
    /// File-level notes.
    pub notes: Vec<WriteNote>,
}

fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, message)
}

/// True for an XML NMTOKEN (the type of XLIFF 2.0 ids).
pub fn is_nmtoken(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ':' | '\u{B7}') || is_combining(c)
        })
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

/// Assigns XLIFF inline ids so that a target code gets the id of the
/// source code with the same kind and native text.
#[derive(Default)]
struct CodeIds {
    next: usize,
    source: Vec<(String, String, String)>,
    used: Vec<bool>,
}

impl CodeIds {
    fn key(tag: &Tag) -> (String, String) {
        let kind = match tag.name.as_str() {
            "bpt" | "ept" | "it" => tag.name.clone(),
            _ => "ph".to_string(),
        };
        (kind, code_text(tag))
    }

    fn fresh(&mut self) -> String {
        self.next += 1;
        self.next.to_string()
    }

    fn source_id(&mut self, tag: &Tag) -> String {
        let id = self.fresh();
        let (kind, text) = Self::key(tag);
        self.source.push((kind, text, id.clone()));
        self.used.push(false);
        id
    }

    fn target_id(&mut self, tag: &Tag) -> String {
        let (kind, text) = Self::key(tag);
        if let Some(i) = (0..self.source.len())
            .find(|&i| !self.used[i] && self.source[i].0 == kind && self.source[i].1 == text)
        {
            self.used[i] = true;
            return self.source[i].2.clone();
        }
        self.fresh()
    }

    fn reset_target(&mut self) {
        self.used.iter_mut().for_each(|u| *u = false);
    }
}

/// The original data of a code: its text, `sub` flows included.
fn code_text(tag: &Tag) -> String {
    let mut out = String::new();
    for piece in &tag.content {
        match piece {
            Inline::Text(t) => out.push_str(t),
            Inline::Tag(t) => out.push_str(&code_text(t)),
        }
    }
    out
}

fn tag_attr<'a>(tag: &'a Tag, name: &str) -> Option<&'a str> {
    tag.attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// For each tag position in `pieces`, the index of its pair partner
/// (`bpt` ↔ `ept` by `i`), and whether the pair nests properly.
fn pair_up(pieces: &[Inline]) -> Vec<(Option<usize>, bool)> {
    let mut out = vec![(None, false); pieces.len()];
    let mut open: Vec<(usize, String)> = Vec::new();
    for (n, piece) in pieces.iter().enumerate() {
        let Inline::Tag(tag) = piece else { continue };
        let i = tag_attr(tag, "i").unwrap_or("").to_string();
        match tag.name.as_str() {
            "bpt" => open.push((n, i)),
            "ept" => {
                if let Some(pos) = open.iter().rposition(|(_, k)| *k == i) {
                    let (start, _) = open.remove(pos);
                    let nested = pos == open.len();
                    out[start] = (Some(n), nested);
                    out[n] = (Some(start), nested);
                }
            }
            _ => {}
        }
    }
    out
}

fn ctype_12(tag: &Tag, placeholder: bool) -> Option<String> {
    let t = tag_attr(tag, "type")?.trim();
    if t.is_empty() {
        return None;
    }
    let known: &[&str] = if placeholder {
        &["image", "pb", "lb"]
    } else {
        &["bold", "italic", "underlined", "link"]
    };
    Some(match t {
        t if t.starts_with("x-") => t.split_whitespace().collect::<Vec<_>>().join("-"),
        "ulined" if !placeholder => "underlined".to_string(),
        t if known.contains(&t) => t.to_string(),
        t => format!("x-{}", t.split_whitespace().collect::<Vec<_>>().join("-")),
    })
}

/// Streams an XLIFF 1.2 document (strict schema).
pub struct Xliff12Writer<W: Write> {
    out: W,
    source_lang: String,
    target_lang: String,
    in_file: bool,
    units: u64,
}

impl<W: Write> Xliff12Writer<W> {
    /// Writes the XML declaration and `<xliff>`.
    pub fn start(mut out: W, source_lang: &str, target_lang: &str) -> io::Result<Self> {
        writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(
            out,
            "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
        )?;
        Ok(Xliff12Writer {
            out,
            source_lang: source_lang.to_string(),
            target_lang: target_lang.to_string(),
            in_file: false,
            units: 0,
        })
    }

    /// Opens a `<file>` (closing the previous one).
    pub fn begin_file(&mut self, file: &WriteFile) -> io::Result<()> {
        self.end_file()?;
        writeln!(
            self.out,
            "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"x-fluent\" tool-id=\"relais\">",
            escape_attr(&file.original),
            escape_attr(&self.source_lang),
            escape_attr(&self.target_lang)
        )?;
        writeln!(self.out, "    <header>")?;
        writeln!(
            self.out,
            "      <tool tool-id=\"relais\" tool-name=\"relais\" tool-version=\"{}\"/>",
            env!("CARGO_PKG_VERSION")
        )?;
        for note in &file.notes {
            self.note(note, 6)?;
        }
        writeln!(self.out, "    </header>")?;
        writeln!(self.out, "    <body>")?;
        self.in_file = true;
        Ok(())
    }

    /// Closes the open `<file>`, if any.
    pub fn end_file(&mut self) -> io::Result<()> {
        if self.in_file {
            writeln!(self.out, "    </body>")?;
            writeln!(self.out, "  </file>")?;
            self.in_file = false;
        }
        Ok(())
    }

    fn note(&mut self, note: &WriteNote, indent: usize) -> io::Result<()> {
        let mut attrs = String::new();
        if let Some(p) = note.priority {
            attrs.push_str(&format!(" priority=\"{}\"", p.clamp(1, 10)));
        }
        if let Some(from) = &note.from {
            attrs.push_str(&format!(" from=\"{}\"", escape_attr(from)));
        }
        let about = match note.about {
            NoteAbout::Source => "source",
            NoteAbout::Target => "target",
            NoteAbout::General => "general",
        };
        writeln!(
            self.out,
            "{}<note{attrs} annotates=\"{about}\">{}</note>",
            " ".repeat(indent),
            escape_text(&note.text)
        )
    }

    /// Writes one `trans-unit`.
    pub fn unit(&mut self, unit: &WriteUnit) -> io::Result<()> {
        if !self.in_file {
            return Err(invalid("XLIFF 1.2 writer: unit outside a <file>".into()));
        }
        let mut head = format!("      <trans-unit id=\"{}\"", escape_attr(&unit.id));
        if let Some(name) = &unit.name {
            head.push_str(&format!(" resname=\"{}\"", escape_attr(name)));
        }
        if !unit.translate {
            head.push_str(" translate=\"no\"");
        }
        head.push_str(" xml:space=\"preserve\">");
        writeln!(self.out, "{head}")?;
        let mut ids = CodeIds::default();
        let source = inline_12(&unit.source.0, &mut ids, true);
        writeln!(
            self.out,
            "        <source xml:lang=\"{}\">{source}</source>",
            escape_attr(&self.source_lang)
        )?;
        if let Some(target) = &unit.target {
            let text = inline_12(&target.0, &mut ids, false);
            writeln!(
                self.out,
                "        <target xml:lang=\"{}\" state=\"{}\">{text}</target>",
                escape_attr(&self.target_lang),
                unit.state.v12()
            )?;
        }
        if !unit.properties.is_empty() {
            writeln!(
                self.out,
                // No `name`: the schema wants group names unique in the file.
                "        <context-group purpose=\"information\">"
            )?;
            for (kind, value) in &unit.properties {
                if !kind.starts_with("x-") {
                    return Err(invalid(format!(
                        "XLIFF 1.2 context-type '{kind}' must start with x-"
                    )));
                }
                writeln!(
                    self.out,
                    "          <context context-type=\"{}\">{}</context>",
                    escape_attr(kind),
                    escape_text(value)
                )?;
            }
            writeln!(self.out, "        </context-group>")?;
        }
        for note in &unit.notes {
            self.note(note, 8)?;
        }
        for entry in &unit.glossary {
            let note = WriteNote {
                text: entry.describe(),
                from: Some("relais-glossary".into()),
                about: NoteAbout::Source,
                priority: Some(if entry.has_forbidden() { 1 } else { 3 }),
            };
            self.note(&note, 8)?;
        }
        for m in &unit.matches {
            let mut attrs = format!(" match-quality=\"{}\"", m.score);
            if let Some(origin) = &m.origin {
                attrs.push_str(&format!(" origin=\"{}\"", escape_attr(origin)));
            }
            writeln!(self.out, "        <alt-trans{attrs}>")?;
            let mut ids = CodeIds::default();
            let source = inline_12(&m.source.0, &mut ids, true);
            let target = inline_12(&m.target.0, &mut ids, false);
            writeln!(
                self.out,
                "          <source xml:lang=\"{}\">{source}</source>",
                escape_attr(&self.source_lang)
            )?;
            writeln!(
                self.out,
                "          <target xml:lang=\"{}\">{target}</target>",
                escape_attr(&self.target_lang)
            )?;
            writeln!(self.out, "        </alt-trans>")?;
        }
        writeln!(self.out, "      </trans-unit>")?;
        self.units += 1;
        Ok(())
    }

    /// Closes the document; returns the writer and the number of units.
    pub fn finish(mut self) -> io::Result<(W, u64)> {
        self.end_file()?;
        writeln!(self.out, "</xliff>")?;
        Ok((self.out, self.units))
    }
}

/// Code content for 1.2: text, with `sub` flows as `<sub>`.
fn code_content_12(tag: &Tag) -> String {
    let mut out = String::new();
    for piece in &tag.content {
        match piece {
            Inline::Text(t) => out.push_str(&escape_text(t)),
            Inline::Tag(sub) if sub.name == "sub" => {
                out.push_str("<sub>");
                out.push_str(&escape_text(&code_text(sub)));
                out.push_str("</sub>");
            }
            Inline::Tag(other) => out.push_str(&escape_text(&code_text(other))),
        }
    }
    out
}

/// Inline content of a source (`source` true) or of its target, whose
/// codes reuse the source's ids.
fn inline_12(pieces: &[Inline], ids: &mut CodeIds, source: bool) -> String {
    if !source {
        ids.reset_target();
    }
    inline_12_pieces(pieces, ids, source)
}

fn inline_12_pieces(pieces: &[Inline], ids: &mut CodeIds, source: bool) -> String {
    let pairs = pair_up(pieces);
    let mut pair_ids: Vec<Option<String>> = vec![None; pieces.len()];
    let mut out = String::new();
    for (n, piece) in pieces.iter().enumerate() {
        let tag = match piece {
            Inline::Text(t) => {
                out.push_str(&escape_text(t));
                continue;
            }
            Inline::Tag(tag) => tag,
        };
        if tag.is_highlight() {
            out.push_str("<mrk mtype=\"x-relais-hi\">");
            out.push_str(&inline_12_pieces(&tag.content, ids, source));
            out.push_str("</mrk>");
            continue;
        }
        let id = match (tag.name.as_str(), pairs[n].0) {
            ("ept", Some(start)) => pair_ids[start].clone().unwrap_or_default(),
            _ => {
                let id = if source {
                    ids.source_id(tag)
                } else {
                    ids.target_id(tag)
                };
                pair_ids[n] = Some(id.clone());
                id
            }
        };
        let content = code_content_12(tag);
        match (tag.name.as_str(), pairs[n].0) {
            ("bpt", Some(_)) => {
                let ctype = ctype_12(tag, false)
                    .map(|c| format!(" ctype=\"{}\"", escape_attr(&c)))
                    .unwrap_or_default();
                out.push_str(&format!("<bpt id=\"{id}\"{ctype}>{content}</bpt>"));
            }
            ("ept", Some(_)) => out.push_str(&format!("<ept id=\"{id}\">{content}</ept>")),
            ("bpt" | "ept" | "it", _) => {
                let pos = if tag.name == "ept" || tag_attr(tag, "pos") == Some("end") {
                    "close"
                } else {
                    "open"
                };
                let ctype = ctype_12(tag, false)
                    .map(|c| format!(" ctype=\"{}\"", escape_attr(&c)))
                    .unwrap_or_default();
                out.push_str(&format!(
                    "<it id=\"{id}\" pos=\"{pos}\"{ctype}>{content}</it>"
                ));
            }
            _ => {
                let ctype = ctype_12(tag, true)
                    .map(|c| format!(" ctype=\"{}\"", escape_attr(&c)))
                    .unwrap_or_default();
                if content.is_empty() {
                    out.push_str(&format!("<x id=\"{id}\"{ctype}/>"));
                } else {
                    out.push_str(&format!("<ph id=\"{id}\"{ctype}>{content}</ph>"));
                }
            }
        }
    }
    out
}

/// Streams an XLIFF 2.0 document (core schema plus the matches and
/// glossary modules).
pub struct Xliff20Writer<W: Write> {
    out: W,
    in_file: bool,
    units: u64,
}

impl<W: Write> Xliff20Writer<W> {
    /// Writes the XML declaration and `<xliff>` with the languages.
    pub fn start(mut out: W, source_lang: &str, target_lang: &str) -> io::Result<Self> {
        writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(
            out,
            "<xliff xmlns=\"{}\" xmlns:mtc=\"{}\" xmlns:gls=\"{}\" xmlns:mda=\"{}\" xmlns:relais=\"{}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">",
            super::NS_XLIFF_20,
            super::NS_MTC,
            super::NS_GLS,
            super::NS_MDA,
            super::NS_RELAIS,
            escape_attr(source_lang),
            escape_attr(target_lang)
        )?;
        Ok(Xliff20Writer {
            out,
            in_file: false,
            units: 0,
        })
    }

    /// Opens a `<file>` (closing the previous one).
    pub fn begin_file(&mut self, file: &WriteFile) -> io::Result<()> {
        self.end_file()?;
        if !is_nmtoken(&file.id) {
            return Err(invalid(format!(
                "XLIFF 2.0 file id '{}' is not an XML NMTOKEN",
                file.id
            )));
        }
        writeln!(
            self.out,
            "  <file id=\"{}\" original=\"{}\">",
            escape_attr(&file.id),
            escape_attr(&file.original)
        )?;
        self.notes(&file.notes, 4)?;
        self.in_file = true;
        Ok(())
    }

    /// Closes the open `<file>`, if any.
    pub fn end_file(&mut self) -> io::Result<()> {
        if self.in_file {
            writeln!(self.out, "  </file>")?;
            self.in_file = false;
        }
        Ok(())
    }

    fn notes(&mut self, notes: &[WriteNote], indent: usize) -> io::Result<()> {
        if notes.is_empty() {
            return Ok(());
        }
        let pad = " ".repeat(indent);
        writeln!(self.out, "{pad}<notes>")?;
        for note in notes {
            let mut attrs = String::new();
            if let Some(from) = &note.from {
                attrs.push_str(&format!(" category=\"{}\"", escape_attr(from)));
            }
            match note.about {
                NoteAbout::Source => attrs.push_str(" appliesTo=\"source\""),
                NoteAbout::Target => attrs.push_str(" appliesTo=\"target\""),
                NoteAbout::General => {}
            }
            if let Some(p) = note.priority {
                attrs.push_str(&format!(" priority=\"{}\"", p.clamp(1, 10)));
            }
            writeln!(
                self.out,
                "{pad}  <note{attrs}>{}</note>",
                escape_text(&note.text)
            )?;
        }
        writeln!(self.out, "{pad}</notes>")
    }

    /// Writes one `unit` with one segment.
    pub fn unit(&mut self, unit: &WriteUnit) -> io::Result<()> {
        if !self.in_file {
            return Err(invalid("XLIFF 2.0 writer: unit outside a <file>".into()));
        }
        if !is_nmtoken(&unit.id) {
            return Err(invalid(format!(
                "XLIFF 2.0 unit id '{}' is not an XML NMTOKEN",
                unit.id
            )));
        }
        let mut head = format!("    <unit id=\"{}\"", escape_attr(&unit.id));
        if let Some(name) = &unit.name {
            head.push_str(&format!(" name=\"{}\"", escape_attr(name)));
        }
        if !unit.translate {
            head.push_str(" translate=\"no\"");
        }
        head.push_str(" xml:space=\"preserve\">");
        writeln!(self.out, "{head}")?;
        const SEGMENT: &str = "s1";
        if !unit.properties.is_empty() {
            writeln!(self.out, "      <mda:metadata>")?;
            writeln!(self.out, "        <mda:metaGroup category=\"relais\">")?;
            for (kind, value) in &unit.properties {
                writeln!(
                    self.out,
                    "          <mda:meta type=\"{}\">{}</mda:meta>",
                    escape_attr(kind),
                    escape_text(value)
                )?;
            }
            writeln!(self.out, "        </mda:metaGroup>")?;
            writeln!(self.out, "      </mda:metadata>")?;
        }
        if !unit.matches.is_empty() {
            writeln!(self.out, "      <mtc:matches>")?;
            for (n, m) in unit.matches.iter().enumerate() {
                let mut attrs = format!(" id=\"tm{}\" ref=\"#{SEGMENT}\" type=\"tm\"", n + 1);
                attrs.push_str(&format!(" matchQuality=\"{}\"", m.score.min(100)));
                if m.score > 100 {
                    attrs.push_str(" subType=\"relais:in-context\"");
                }
                if let Some(origin) = &m.origin {
                    attrs.push_str(&format!(" origin=\"{}\"", escape_attr(origin)));
                }
                writeln!(self.out, "        <mtc:match{attrs}>")?;
                let mut content = Content20::default();
                let source = content.inline(&m.source.0, true);
                let target = content.inline(&m.target.0, false);
                content.original_data(&mut self.out, 10)?;
                writeln!(self.out, "          <source>{source}</source>")?;
                writeln!(self.out, "          <target>{target}</target>")?;
                writeln!(self.out, "        </mtc:match>")?;
            }
            writeln!(self.out, "      </mtc:matches>")?;
        }
        if !unit.glossary.is_empty() {
            writeln!(self.out, "      <gls:glossary>")?;
            for entry in &unit.glossary {
                writeln!(self.out, "        <gls:glossEntry>")?;
                let origin = entry
                    .origin
                    .as_ref()
                    .map(|o| format!(" source=\"{}\"", escape_attr(o)))
                    .unwrap_or_default();
                writeln!(
                    self.out,
                    "          <gls:term{origin}>{}</gls:term>",
                    escape_text(&entry.term)
                )?;
                for t in &entry.translations {
                    let mut attrs = format!(" relais:status=\"{}\"", t.status.as_str());
                    if let Some(r) = &t.reason {
                        attrs.push_str(&format!(" relais:reason=\"{}\"", escape_attr(r)));
                    }
                    writeln!(
                        self.out,
                        "          <gls:translation{attrs}>{}</gls:translation>",
                        escape_text(&t.text)
                    )?;
                }
                let mut definition = entry.definition.clone().unwrap_or_default();
                let forbidden: Vec<&str> = entry
                    .translations
                    .iter()
                    .filter(|t| t.status == GlossaryStatus::Forbidden)
                    .map(|t| t.text.as_str())
                    .collect();
                if !forbidden.is_empty() {
                    if !definition.is_empty() {
                        definition.push_str(" — ");
                    }
                    definition.push_str(&format!("FORBIDDEN: {}", forbidden.join("; ")));
                }
                if !definition.is_empty() {
                    writeln!(
                        self.out,
                        "          <gls:definition>{}</gls:definition>",
                        escape_text(&definition)
                    )?;
                }
                writeln!(self.out, "        </gls:glossEntry>")?;
            }
            writeln!(self.out, "      </gls:glossary>")?;
        }
        self.notes(&unit.notes, 6)?;
        let mut content = Content20 {
            protect: true,
            ..Default::default()
        };
        let source = content.inline(&unit.source.0, true);
        let target = unit.target.as_ref().map(|t| content.inline(&t.0, false));
        content.original_data(&mut self.out, 6)?;
        // Without a target the segment can only be in its initial state.
        let state = if target.is_some() {
            unit.state
        } else {
            TargetState::New
        };
        let (state, sub_state) = state.v20();
        let mut seg = format!("      <segment id=\"{SEGMENT}\" state=\"{state}\"");
        if let Some(s) = sub_state {
            seg.push_str(&format!(" subState=\"{s}\""));
        }
        seg.push('>');
        writeln!(self.out, "{seg}")?;
        writeln!(self.out, "        <source>{source}</source>")?;
        if let Some(target) = target {
            writeln!(self.out, "        <target>{target}</target>")?;
        }
        writeln!(self.out, "      </segment>")?;
        writeln!(self.out, "    </unit>")?;
        self.units += 1;
        Ok(())
    }

    /// Closes the document; returns the writer and the number of units.
    pub fn finish(mut self) -> io::Result<(W, u64)> {
        self.end_file()?;
        writeln!(self.out, "</xliff>")?;
        Ok((self.out, self.units))
    }
}

/// Inline content of one 2.0 unit (or match) and the `originalData` it
/// needs.
#[derive(Default)]
struct Content20 {
    ids: CodeIds,
    data: Vec<String>,
    marks: usize,
    /// Write codes with `canDelete="no"`.
    protect: bool,
}

impl Content20 {
    /// The id of a `data` element holding `text` (shared when equal).
    fn data_ref(&mut self, text: &str) -> Option<String> {
        if text.is_empty() {
            return None;
        }
        let n = match self.data.iter().position(|d| d == text) {
            Some(n) => n,
            None => {
                self.data.push(text.to_string());
                self.data.len() - 1
            }
        };
        Some(format!("d{}", n + 1))
    }

    fn original_data<W: Write>(&self, out: &mut W, indent: usize) -> io::Result<()> {
        if self.data.is_empty() {
            return Ok(());
        }
        let pad = " ".repeat(indent);
        writeln!(out, "{pad}<originalData>")?;
        for (n, d) in self.data.iter().enumerate() {
            writeln!(
                out,
                "{pad}  <data id=\"d{}\">{}</data>",
                n + 1,
                escape_text(d)
            )?;
        }
        writeln!(out, "{pad}</originalData>")
    }

    /// Inline content of a source (`source` true) or of its target, whose
    /// codes reuse the source's ids.
    fn inline(&mut self, pieces: &[Inline], source: bool) -> String {
        if !source {
            self.ids.reset_target();
        }
        self.pieces(pieces, source)
    }

    fn pieces(&mut self, pieces: &[Inline], source: bool) -> String {
        let pairs = pair_up(pieces);
        let mut pair_ids: Vec<Option<String>> = vec![None; pieces.len()];
        let mut out = String::new();
        for (n, piece) in pieces.iter().enumerate() {
            let tag = match piece {
                Inline::Text(t) => {
                    out.push_str(&escape_text(t));
                    continue;
                }
                Inline::Tag(tag) => tag,
            };
            if tag.is_highlight() {
                self.marks += 1;
                let id = format!("m{}", self.marks);
                let inner = self.pieces(&tag.content, source);
                out.push_str(&format!("<mrk id=\"{id}\">{inner}</mrk>"));
                continue;
            }
            let id = match (tag.name.as_str(), pairs[n].0) {
                ("ept", Some(start)) => pair_ids[start].clone().unwrap_or_default(),
                _ => {
                    let id = if source {
                        self.ids.source_id(tag)
                    } else {
                        self.ids.target_id(tag)
                    };
                    pair_ids[n] = Some(id.clone());
                    id
                }
            };
            let data = self.data_ref(&code_text(tag));
            let protect = if self.protect {
                " canDelete=\"no\""
            } else {
                ""
            };
            let data_attr = |name: &str| {
                let mut a = data
                    .as_ref()
                    .map(|d| format!(" {name}=\"{d}\""))
                    .unwrap_or_default();
                a.push_str(protect);
                a
            };
            match (tag.name.as_str(), pairs[n]) {
                ("bpt", (Some(end), true)) => {
                    let Inline::Tag(end_tag) = &pieces[end] else {
                        unreachable!("pair_up pairs tags")
                    };
                    let end_data = self.data_ref(&code_text(end_tag));
                    let end_attr = end_data
                        .map(|d| format!(" dataRefEnd=\"{d}\""))
                        .unwrap_or_default();
                    // `canDelete` (in `data_attr`) after both data references.
                    let start = data
                        .as_ref()
                        .map(|d| format!(" dataRefStart=\"{d}\""))
                        .unwrap_or_default();
                    out.push_str(&format!("<pc id=\"{id}\"{start}{end_attr}{protect}>"));
                }
                ("ept", (Some(_), true)) => out.push_str("</pc>"),
                ("bpt", (Some(_), false)) => {
                    out.push_str(&format!("<sc id=\"{id}\"{}/>", data_attr("dataRef")))
                }
                ("ept", (Some(_), false)) => {
                    out.push_str(&format!("<ec startRef=\"{id}\"{}/>", data_attr("dataRef")))
                }
                ("bpt" | "ept" | "it", (None, _)) => {
                    let element = if tag.name == "ept" || tag_attr(tag, "pos") == Some("end") {
                        "ec"
                    } else {
                        "sc"
                    };
                    out.push_str(&format!(
                        "<{element} id=\"{id}\" isolated=\"yes\"{}/>",
                        data_attr("dataRef")
                    ));
                }
                _ => out.push_str(&format!("<ph id=\"{id}\"{}/>", data_attr("dataRef"))),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};
    use std::process::Command;

    use super::*;
    use crate::formats::xliff::XliffReader;
    use crate::model::Tag;

    fn placeable(s: &str) -> Tag {
        Tag::fluent_placeable(s)
    }

    fn sample_units() -> Vec<WriteUnit> {
        let mut source = Segment::text("Bonjour ");
        source.push_tag(placeable("{ $name }"));
        source.push_text(", lisez ");
        source.push_tag(Tag {
            name: "bpt".into(),
            attrs: vec![("i".into(), "1".into()), ("type".into(), "bold".into())],
            content: vec![Inline::Text("<b>".into())],
        });
        source.push_text("le rapport");
        source.push_tag(Tag {
            name: "ept".into(),
            attrs: vec![("i".into(), "1".into())],
            content: vec![Inline::Text("</b>".into())],
        });
        source.push_tag(Tag {
            name: "it".into(),
            attrs: vec![("pos".into(), "begin".into())],
            content: vec![Inline::Text("<span>".into())],
        });
        source.push_tag(Tag {
            name: "ph".into(),
            attrs: Vec::new(),
            content: Vec::new(),
        });
        source.push_tag(Tag {
            name: "hi".into(),
            attrs: Vec::new(),
            content: vec![Inline::Text("  & < >".into())],
        });
        let mut target = Segment::text("Hallo ");
        target.push_tag(placeable("{ $name }"));
        target.push_text(", lesen Sie den ");
        target.push_tag(Tag {
            name: "bpt".into(),
            attrs: vec![("i".into(), "1".into())],
            content: vec![Inline::Text("<b>".into())],
        });
        target.push_text("Bericht");
        target.push_tag(Tag {
            name: "ept".into(),
            attrs: vec![("i".into(), "1".into())],
            content: vec![Inline::Text("</b>".into())],
        });
        let glossary = vec![GlossaryEntry {
            term: "pédopornographie".into(),
            origin: Some("csam".into()),
            translations: vec![
                GlossaryTerm {
                    text: "Darstellungen sexualisierter Gewalt gegen Kinder".into(),
                    status: GlossaryStatus::Preferred,
                    reason: None,
                },
                GlossaryTerm {
                    text: "Kinderpornografie".into(),
                    status: GlossaryStatus::Forbidden,
                    reason: Some("minimises the abuse".into()),
                },
            ],
            definition: Some("Material depicting child sexual abuse".into()),
        }];
        vec![
            WriteUnit {
                id: "communique.intro".into(),
                name: Some("communique#intro".into()),
                source: source.clone(),
                target: Some(target.clone()),
                state: TargetState::NeedsReview,
                notes: vec![WriteNote {
                    text: "Headline".into(),
                    from: Some("relais".into()),
                    about: NoteAbout::Source,
                    priority: Some(2),
                }],
                matches: vec![
                    TmMatch {
                        source: source.clone(),
                        target: target.clone(),
                        score: 101,
                        origin: Some("communique:intro".into()),
                    },
                    TmMatch {
                        source: Segment::text("Lisez le rapport"),
                        target: Segment::text("Lesen Sie den Bericht"),
                        score: 87,
                        origin: None,
                    },
                ],
                glossary,
                translate: true,
                properties: vec![("x-relais-source-hash".into(), "00ff".into())],
            },
            WriteUnit {
                id: "communique.empty".into(),
                name: None,
                source: Segment::text("Rien \"à\" traduire"),
                target: None,
                state: TargetState::New,
                notes: Vec::new(),
                matches: Vec::new(),
                glossary: Vec::new(),
                translate: false,
                properties: vec![("x-relais-source-hash".into(), "0a0b".into())],
            },
        ]
    }

    fn file() -> WriteFile {
        WriteFile {
            id: "communique".into(),
            original: "locales/fr/communique.ftl".into(),
            notes: vec![WriteNote::new("Press release")],
        }
    }

    fn write12() -> String {
        let mut w = Xliff12Writer::start(Vec::new(), "fr", "de").unwrap();
        w.begin_file(&file()).unwrap();
        for u in sample_units() {
            w.unit(&u).unwrap();
        }
        let (out, n) = w.finish().unwrap();
        assert_eq!(n, 2);
        String::from_utf8(out).unwrap()
    }

    fn write20() -> String {
        let mut w = Xliff20Writer::start(Vec::new(), "fr", "de").unwrap();
        w.begin_file(&file()).unwrap();
        for u in sample_units() {
            w.unit(&u).unwrap();
        }
        let (out, n) = w.finish().unwrap();
        assert_eq!(n, 2);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn xliff12_output_maps_codes_states_matches_and_glossary() {
        let xml = write12();
        assert!(xml.contains(
            "<source xml:lang=\"fr\">Bonjour <ph id=\"1\" ctype=\"x-fluent\">{ $name }</ph>, lisez <bpt id=\"2\" ctype=\"bold\">&lt;b&gt;</bpt>le rapport<ept id=\"2\">&lt;/b&gt;</ept><it id=\"3\" pos=\"open\">&lt;span&gt;</it><x id=\"4\"/><mrk mtype=\"x-relais-hi\">  &amp; &lt; &gt;</mrk></source>"
        ), "{xml}");
        assert!(xml.contains("state=\"needs-review-translation\">Hallo <ph id=\"1\" ctype=\"x-fluent\">{ $name }</ph>, lesen Sie den <bpt id=\"2\">"), "{xml}");
        assert!(
            xml.contains("<alt-trans match-quality=\"101\" origin=\"communique:intro\">"),
            "{xml}"
        );
        assert!(
            xml.contains("<context context-type=\"x-relais-source-hash\">00ff</context>"),
            "{xml}"
        );
        assert!(
            xml.contains("<trans-unit id=\"communique.empty\" translate=\"no\""),
            "{xml}"
        );
        assert!(xml.contains("<note priority=\"1\" from=\"relais-glossary\" annotates=\"source\">Glossary: pédopornographie → Darstellungen sexualisierter Gewalt gegen Kinder (preferred); Kinderpornografie (FORBIDDEN: minimises the abuse)"), "{xml}");

        // Read back: same units, same texts and codes.
        let mut r = XliffReader::from_text(&xml, Path::new("out.xlf")).unwrap();
        let unit = r.next_unit().unwrap().unwrap();
        assert_eq!(
            unit.properties,
            [("x-relais-source-hash".to_string(), "00ff".to_string())]
        );
        let seg = &unit.segments[0];
        assert_eq!(seg.state.as_deref(), Some("needs-review-translation"));
        let units = sample_units();
        // The highlight comes back as a pair of codes around its text.
        assert_eq!(
            seg.source.matching_text(),
            format!(
                "{}\u{FFFC}",
                units[0]
                    .source
                    .matching_text()
                    .replace("  &", "\u{FFFC}  &")
            )
        );
        assert_eq!(
            seg.source.display_text(),
            "Bonjour { $name }, lisez <b>le rapport</b><span><x id=\"4\"/><mrk mtype=\"x-relais-hi\">  & < ></mrk>"
        );
        assert_eq!(
            seg.target.as_ref().unwrap().display_text(),
            units[0].target.as_ref().unwrap().display_text()
        );
        assert_eq!(unit.alt_trans.len(), 2);
        let empty = r.next_unit().unwrap().unwrap();
        assert_eq!(
            empty.segments[0].source.display_text(),
            "Rien \"à\" traduire"
        );
        assert!(empty.segments[0].target.is_none());
        assert!(r.next_unit().unwrap().is_none());
        assert!(r.take_warnings().is_empty());
    }

    #[test]
    fn xliff20_output_maps_codes_states_matches_and_glossary() {
        let xml = write20();
        assert!(
            xml.contains("<segment id=\"s1\" state=\"translated\" subState=\"relais:review\">"),
            "{xml}"
        );
        assert!(xml.contains(
            "<source>Bonjour <ph id=\"1\" dataRef=\"d1\" canDelete=\"no\"/>, lisez <pc id=\"2\" dataRefStart=\"d2\" dataRefEnd=\"d3\" canDelete=\"no\">le rapport</pc><sc id=\"3\" isolated=\"yes\" dataRef=\"d4\" canDelete=\"no\"/><ph id=\"4\" canDelete=\"no\"/><mrk id=\"m1\">  &amp; &lt; &gt;</mrk></source>"
        ), "{xml}");
        assert!(xml.contains("<target>Hallo <ph id=\"1\" dataRef=\"d1\" canDelete=\"no\"/>, lesen Sie den <pc id=\"2\" dataRefStart=\"d2\" dataRefEnd=\"d3\" canDelete=\"no\">Bericht</pc></target>"), "{xml}");
        assert!(
            xml.contains("<mda:meta type=\"x-relais-source-hash\">00ff</mda:meta>"),
            "{xml}"
        );
        assert!(
            xml.contains("<unit id=\"communique.empty\" translate=\"no\""),
            "{xml}"
        );
        // Proposals are not protected: they are only shown.
        assert!(xml.contains("<source>Lisez le rapport</source>"), "{xml}");
        assert!(xml.contains("<data id=\"d1\">{ $name }</data>"), "{xml}");
        assert!(xml.contains("<mtc:match id=\"tm1\" ref=\"#s1\" type=\"tm\" matchQuality=\"100\" subType=\"relais:in-context\" origin=\"communique:intro\">"), "{xml}");
        assert!(xml.contains("<gls:translation relais:status=\"forbidden\" relais:reason=\"minimises the abuse\">Kinderpornografie</gls:translation>"), "{xml}");
        assert!(
            xml.contains("<segment id=\"s1\" state=\"initial\">"),
            "{xml}"
        );

        let mut r = XliffReader::from_text(&xml, Path::new("out.xlf")).unwrap();
        let unit = r.next_unit().unwrap().unwrap();
        assert_eq!(unit.id.as_deref(), Some("communique.intro"));
        assert_eq!(
            unit.properties,
            [("x-relais-source-hash".to_string(), "00ff".to_string())]
        );
        assert_eq!(unit.name.as_deref(), Some("communique#intro"));
        assert_eq!(unit.notes[0].text, "Headline");
        let seg = &unit.segments[0];
        assert_eq!(seg.sub_state.as_deref(), Some("relais:review"));
        let units = sample_units();
        assert_eq!(
            seg.source.matching_text(),
            format!(
                "{}\u{FFFC}",
                units[0]
                    .source
                    .matching_text()
                    .replace("  &", "\u{FFFC}  &")
            )
        );
        assert_eq!(
            seg.target.as_ref().unwrap().display_text(),
            units[0].target.as_ref().unwrap().display_text()
        );
        assert_eq!(seg.source.codes()[0].native_text(), "{ $name }");
        assert_eq!(unit.alt_trans.len(), 2);
        assert_eq!(
            unit.alt_trans[1].target.display_text(),
            "Lesen Sie den Bericht"
        );
        assert_eq!(
            unit.alt_trans[0].target.display_text(),
            units[0].target.as_ref().unwrap().display_text()
        );
        assert!(r.next_unit().unwrap().is_some());
        assert!(r.next_unit().unwrap().is_none());
        assert!(r.take_warnings().is_empty());
    }

    #[test]
    fn crossing_pairs_use_sc_ec_and_unmatched_ept_is_isolated() {
        let tag = |name: &str, i: &str, text: &str| {
            Inline::Tag(Tag {
                name: name.into(),
                attrs: vec![("i".into(), i.into())],
                content: vec![Inline::Text(text.into())],
            })
        };
        let pieces = vec![
            tag("bpt", "1", "<b>"),
            Inline::Text("a".into()),
            tag("bpt", "2", "<i>"),
            Inline::Text("b".into()),
            tag("ept", "1", "</b>"),
            tag("ept", "2", "</i>"),
            tag("ept", "7", "</u>"),
        ];
        let mut content = Content20::default();
        let out = content.inline(&pieces, true);
        assert_eq!(
            out,
            "<sc id=\"1\" dataRef=\"d1\"/>a<pc id=\"2\" dataRefStart=\"d2\" dataRefEnd=\"d3\">b<ec startRef=\"1\" dataRef=\"d4\"/></pc><ec id=\"3\" isolated=\"yes\" dataRef=\"d5\"/>"
        );
        let mut ids = CodeIds::default();
        assert_eq!(
            inline_12(&pieces, &mut ids, true),
            "<bpt id=\"1\">&lt;b&gt;</bpt>a<bpt id=\"2\">&lt;i&gt;</bpt>b<ept id=\"1\">&lt;/b&gt;</ept><ept id=\"2\">&lt;/i&gt;</ept><it id=\"3\" pos=\"close\">&lt;/u&gt;</it>"
        );
    }

    #[test]
    fn moved_placeables_keep_their_ids_in_the_target() {
        let mut source = Segment::default();
        source.push_tag(placeable("{ $a }"));
        source.push_text(" et ");
        source.push_tag(placeable("{ $b }"));
        let mut target = Segment::default();
        target.push_tag(placeable("{ $b }"));
        target.push_text(" und ");
        target.push_tag(placeable("{ $a }"));
        target.push_tag(placeable("{ $c }"));
        let mut ids = CodeIds::default();
        inline_12(&source.0, &mut ids, true);
        assert_eq!(
            inline_12(&target.0, &mut ids, false),
            "<ph id=\"2\" ctype=\"x-fluent\">{ $b }</ph> und <ph id=\"1\" ctype=\"x-fluent\">{ $a }</ph><ph id=\"3\" ctype=\"x-fluent\">{ $c }</ph>"
        );
        let mut content = Content20::default();
        content.inline(&source.0, true);
        assert_eq!(
            content.inline(&target.0, false),
            "<ph id=\"2\" dataRef=\"d2\"/> und <ph id=\"1\" dataRef=\"d1\"/><ph id=\"3\" dataRef=\"d3\"/>"
        );
    }

    #[test]
    fn ids_must_be_nmtokens_in_xliff20() {
        let mut w = Xliff20Writer::start(Vec::new(), "fr", "de").unwrap();
        w.begin_file(&file()).unwrap();
        let mut unit = sample_units().remove(1);
        unit.id = "communique#intro".into();
        assert_eq!(
            w.unit(&unit).unwrap_err().kind(),
            io::ErrorKind::InvalidInput
        );
        assert!(is_nmtoken("communique.intro:few"));
        assert!(!is_nmtoken("a b"));
        assert!(!is_nmtoken(""));
    }

    /// The vendored OASIS schemas and their catalog.
    fn schemas() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/xliff-schemas")
    }

    /// Runs xmllint offline; `None` (with a notice) when it is missing.
    fn xmllint(schema: &Path, xml: &str, name: &str) -> Option<(bool, String)> {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(name);
        std::fs::write(&file, xml).unwrap();
        let output = match Command::new("xmllint")
            .env("XML_CATALOG_FILES", schemas().join("catalog.xml"))
            .arg("--noout")
            .arg("--nonet")
            .arg("--schema")
            .arg(schema)
            .arg(&file)
            .output()
        {
            Ok(o) => o,
            Err(_) => {
                eprintln!(
                    "notice: xmllint not found (Debian: libxml2-utils); XLIFF schema validation skipped"
                );
                return None;
            }
        };
        Some((
            output.status.success(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ))
    }

    #[test]
    fn xliff12_output_validates_against_the_strict_schema() {
        let schema = schemas().join("1.2/xliff-core-1.2-strict.xsd");
        let Some((ok, log)) = xmllint(&schema, &write12(), "out12.xlf") else {
            return;
        };
        assert!(ok, "{log}");
        // The check can fail: a unit without its required id does.
        let broken = write12().replace("<trans-unit id=\"communique.empty\"", "<trans-unit");
        let (ok, _) = xmllint(&schema, &broken, "broken12.xlf").unwrap();
        assert!(!ok, "validation must reject a trans-unit without id");
    }

    #[test]
    fn xliff20_output_validates_against_core_and_modules() {
        let xml = write20();
        for schema in ["2.0/xliff_core_2.0.xsd", "2.0/xliff-2.0-with-modules.xsd"] {
            let Some((ok, log)) = xmllint(&schemas().join(schema), &xml, "out20.xlf") else {
                return;
            };
            assert!(ok, "{schema}: {log}");
        }
        let broken = xml.replace(" ref=\"#s1\"", "");
        let (ok, _) = xmllint(
            &schemas().join("2.0/xliff-2.0-with-modules.xsd"),
            &broken,
            "broken20.xlf",
        )
        .unwrap();
        assert!(!ok, "the module schema must reject mtc:match without ref");
    }
}
