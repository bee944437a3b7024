//! The XLIFF 2.0 writer: output valid against the core schema and the
//! module schemas (matches, glossary, metadata).

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::formats::xliff::document::{NS_GLS, NS_MDA, NS_MTC, NS_RELAIS, NS_XLIFF_20};
use crate::formats::xliff::writer::codes::{
    CodeIds, code_text, invalid, is_nmtoken, pair_up, tag_attr,
};
use crate::formats::xliff::writer::unit::{
    GlossaryEntry, GlossaryStatus, GlossaryTerm, NoteAbout, TargetState, TmMatch, WriteFile,
    WriteNote, WriteUnit,
};
use crate::formats::xml::{escape_attr, escape_text};
use crate::model::Inline;

/// The id of the one segment of each unit.
const SEGMENT: &str = "s1";

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
            NS_XLIFF_20,
            NS_MTC,
            NS_GLS,
            NS_MDA,
            NS_RELAIS,
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
                let _ = write!(attrs, " category=\"{}\"", escape_attr(from));
            }
            match note.about {
                NoteAbout::Source => attrs.push_str(" appliesTo=\"source\""),
                NoteAbout::Target => attrs.push_str(" appliesTo=\"target\""),
                NoteAbout::General => {}
            }
            if let Some(p) = note.priority {
                let _ = write!(attrs, " priority=\"{}\"", p.clamp(1, 10));
            }
            writeln!(
                self.out,
                "{pad}  <note{attrs}>{}</note>",
                escape_text(&note.text)
            )?;
        }
        writeln!(self.out, "{pad}</notes>")
    }

    /// `mda:metadata` with the unit's properties, if any.
    fn metadata(&mut self, properties: &[(String, String)]) -> io::Result<()> {
        if properties.is_empty() {
            return Ok(());
        }
        writeln!(self.out, "      <mda:metadata>")?;
        writeln!(self.out, "        <mda:metaGroup category=\"relais\">")?;
        for (kind, value) in properties {
            writeln!(
                self.out,
                "          <mda:meta type=\"{}\">{}</mda:meta>",
                escape_attr(kind),
                escape_text(value)
            )?;
        }
        writeln!(self.out, "        </mda:metaGroup>")?;
        writeln!(self.out, "      </mda:metadata>")?;
        Ok(())
    }

    /// `mtc:matches` with the unit's TM matches, if any.
    fn matches(&mut self, matches: &[TmMatch]) -> io::Result<()> {
        if matches.is_empty() {
            return Ok(());
        }
        writeln!(self.out, "      <mtc:matches>")?;
        for (n, m) in matches.iter().enumerate() {
            let mut attrs = format!(" id=\"tm{}\" ref=\"#{SEGMENT}\" type=\"tm\"", n + 1);
            let _ = write!(attrs, " matchQuality=\"{}\"", m.score.min(100));
            if m.score > 100 {
                attrs.push_str(" subType=\"relais:in-context\"");
            }
            if let Some(origin) = &m.origin {
                let _ = write!(attrs, " origin=\"{}\"", escape_attr(origin));
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
        Ok(())
    }

    /// `gls:glossary` with the unit's glossary entries, if any. Only the
    /// terms to use are `gls:translation`s (CAT tools offer those as
    /// translations); forbidden and deprecated terms are named in the
    /// definition, with their status and reason, never offered.
    fn glossary(&mut self, entries: &[GlossaryEntry]) -> io::Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        writeln!(self.out, "      <gls:glossary>")?;
        for entry in entries {
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
            let avoided = |t: &&GlossaryTerm| {
                matches!(
                    t.status,
                    GlossaryStatus::Forbidden | GlossaryStatus::Deprecated
                )
            };
            for t in entry.translations.iter().filter(|t| !avoided(t)) {
                let mut attrs = format!(" relais:status=\"{}\"", t.status.as_str());
                if let Some(r) = &t.reason {
                    let _ = write!(attrs, " relais:reason=\"{}\"", escape_attr(r));
                }
                writeln!(
                    self.out,
                    "          <gls:translation{attrs}>{}</gls:translation>",
                    escape_text(&t.text)
                )?;
            }
            let mut definition = entry.definition.clone().unwrap_or_default();
            for (status, label) in [
                (GlossaryStatus::Forbidden, "FORBIDDEN"),
                (GlossaryStatus::Deprecated, "DEPRECATED"),
            ] {
                let named: Vec<String> = entry
                    .translations
                    .iter()
                    .filter(|t| t.status == status)
                    .map(|t| match &t.reason {
                        Some(r) => format!("{} ({r})", t.text),
                        None => t.text.clone(),
                    })
                    .collect();
                if named.is_empty() {
                    continue;
                }
                if !definition.is_empty() {
                    definition.push_str(" — ");
                }
                let _ = write!(definition, "{label}: {}", named.join("; "));
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
        Ok(())
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
            let _ = write!(head, " name=\"{}\"", escape_attr(name));
        }
        if !unit.translate {
            head.push_str(" translate=\"no\"");
        }
        head.push_str(" xml:space=\"preserve\">");
        writeln!(self.out, "{head}")?;
        self.metadata(&unit.properties)?;
        self.matches(&unit.matches)?;
        self.glossary(&unit.glossary)?;
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
            let _ = write!(seg, " subState=\"{s}\"");
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
pub(super) struct Content20 {
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
    pub(super) fn inline(&mut self, pieces: &[Inline], source: bool) -> String {
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
                let _ = write!(out, "<mrk id=\"{id}\">{inner}</mrk>");
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
                    let _ = write!(out, "<pc id=\"{id}\"{start}{end_attr}{protect}>");
                }
                ("ept", (Some(_), true)) => out.push_str("</pc>"),
                ("bpt", (Some(_), false)) => {
                    let _ = write!(out, "<sc id=\"{id}\"{}/>", data_attr("dataRef"));
                }
                ("ept", (Some(_), false)) => {
                    let _ = write!(out, "<ec startRef=\"{id}\"{}/>", data_attr("dataRef"));
                }
                ("bpt" | "ept" | "it", (None, _)) => {
                    let element = if tag.name == "ept" || tag_attr(tag, "pos") == Some("end") {
                        "ec"
                    } else {
                        "sc"
                    };
                    let _ = write!(
                        out,
                        "<{element} id=\"{id}\" isolated=\"yes\"{}/>",
                        data_attr("dataRef")
                    );
                }
                _ => {
                    let _ = write!(out, "<ph id=\"{id}\"{}/>", data_attr("dataRef"));
                }
            }
        }
        out
    }
}
