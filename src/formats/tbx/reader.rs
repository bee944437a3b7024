//! Streaming TBX reader (v2 `martif`, v3 `tbx`, pre-standard TBX-Min):
//! one entry at a time into relais's glossary model.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use crate::error::{Location, Result};
use crate::formats::Warning;
use crate::formats::tbx::conventions::{TBX_NAMESPACE, split_note_prefixes};
use crate::formats::xml::{XmlEvent, XmlInput, attr, attr_ci, local_name};
use crate::lang::LangTag;
use crate::model::GlossaryData;
use crate::model::{
    Concept, Evidence, MatchRules, PartOfSpeech, Review, SourceRef, Status, Term, is_concept_id,
    is_source_key,
};

/// A TBX file read into relais's model.
#[derive(Debug, Clone)]
pub struct TbxDocument {
    /// Concepts, terms and sources.
    pub data: GlossaryData,
    /// Recoverable problems, with line and column.
    pub warnings: Vec<Warning>,
    /// `2008` (martif), `2019` (tbx) or `TBX-Min 2013`.
    pub version: &'static str,
    /// The dialect (`type` of the root, or `dialect`), if declared.
    pub dialect: Option<String>,
    /// `dca` or `dct` (TBX v3).
    pub style: Option<String>,
    /// The root's `xml:lang`.
    pub source_lang: Option<String>,
    /// Entries (concepts) read.
    pub entries: usize,
    /// Data categories not kept, with how often they occurred.
    pub dropped: BTreeMap<String, usize>,
    /// The encoding the file was read in.
    pub encoding: String,
}

/// Reads a TBX file.
pub fn read_tbx(path: &Path) -> Result<TbxDocument> {
    Reader::new(XmlInput::open(path)?, path).read()
}

/// Reads TBX from a string (tests, ad-hoc input).
pub fn read_tbx_text(text: &str, name: &Path) -> Result<TbxDocument> {
    Reader::new(XmlInput::from_text(text, name), name).read()
}

/// Elements whose `type` attribute names the data category (DCA style).
const TYPED_ELEMENTS: [&str; 7] = [
    "descrip",
    "admin",
    "termNote",
    "adminNote",
    "descripNote",
    "transacNote",
    "transac",
];
/// Data categories written as elements in the pre-standard TBX-Min.
const MIN_2013_ELEMENTS: [&str; 8] = [
    "termStatus",
    "partOfSpeech",
    "subjectField",
    "definition",
    "customer",
    "source",
    "context",
    "administrativeStatus",
];
/// Containers whose children belong to the container's own level.
const GROUPS: [&str; 6] = [
    "descripGrp",
    "adminGrp",
    "termNoteGrp",
    "termGrp",
    "noteGrp",
    "refGrp",
];
/// Elements relais does not keep (counted).
const SKIPPED: [&str; 5] = ["transacGrp", "ref", "xref", "termCompList", "hi"];

#[derive(Default)]
struct TermAcc {
    texts: Vec<String>,
    admin: Option<String>,
    normative: Option<String>,
    pos: Option<PartOfSpeech>,
    notes: Vec<String>,
    sources: Vec<String>,
    location: Option<Location>,
}

struct LangAcc {
    lang: LangTag,
    terms: Vec<TermAcc>,
}

#[derive(Default)]
struct EntryAcc {
    id: Option<String>,
    domain: Vec<String>,
    definition: Vec<(Option<String>, String)>,
    notes: Vec<String>,
    sources: Vec<String>,
    dnt: bool,
    langs: Vec<LangAcc>,
}

struct Reader {
    xml: XmlInput,
    stem: String,
    warnings: Vec<Warning>,
    dropped: BTreeMap<String, usize>,
    root_lang: Option<String>,
    entries: usize,
    ids: HashSet<String>,
    concepts: Vec<Concept>,
    terms: Vec<Term>,
    back_sources: Vec<SourceRef>,
}

/// Whitespace runs (line breaks and indentation in notes) as one space.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A slug of letters, digits and single hyphens.
fn slug(s: &str, max: usize) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.chars().count() >= max {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A concept id from an entry id that is not one.
pub(super) fn concept_id_from(raw: &str) -> String {
    let mut s: String = raw
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    s = s.trim_matches('-').to_string();
    if !s
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
    {
        s.insert(0, 'c');
    }
    s
}

/// Makes `id` unique among `used` by appending `-2`, `-3`, ….
pub(super) fn unique(id: String, used: &mut HashSet<String>) -> String {
    if used.insert(id.clone()) {
        return id;
    }
    let mut n = 2;
    loop {
        let candidate = format!("{id}-{n}");
        if used.insert(candidate.clone()) {
            return candidate;
        }
        n += 1;
    }
}

/// The relais status of a TBX status value, and whether the value must
/// be kept as `[tbx-status=…]` to survive a round trip.
fn map_status(value: &str) -> Option<(Status, bool)> {
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    let name = lower.trim_end_matches("-admn-sts").trim_end_matches("term");
    Some(match name {
        "preferred" => (Status::Preferred, false),
        "admitted" => (Status::Admitted, false),
        "deprecated" | "notrecommended" | "obsolete" => (Status::Deprecated, false),
        "superseded" => (Status::Deprecated, true),
        "standardized" => (Status::Preferred, true),
        "legal" | "regulated" => (Status::Admitted, true),
        _ => return None,
    })
}

impl Reader {
    fn new(xml: XmlInput, path: &Path) -> Self {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("tbx");
        Reader {
            xml,
            stem: concept_id_from(&slug(stem, 32)),
            warnings: Vec::new(),
            dropped: BTreeMap::new(),
            root_lang: None,
            entries: 0,
            ids: HashSet::new(),
            concepts: Vec::new(),
            terms: Vec::new(),
            back_sources: Vec::new(),
        }
    }

    fn warn(&mut self, message: impl Into<String>) {
        let loc = self.xml.location();
        self.warnings.push(Warning::at(&loc, message));
    }

    fn drop_category(&mut self, name: &str) {
        *self.dropped.entry(name.to_string()).or_default() += 1;
    }

    fn read(mut self) -> Result<TbxDocument> {
        if let Some(w) = self.xml.encoding.warning.clone() {
            self.warnings
                .push(Warning::at(&Location::new(Some(self.xml.path()), 1, 1), w));
        }
        let (root, attrs, empty) = loop {
            match self.xml.next()? {
                XmlEvent::Start { name, attrs, empty } => break (name, attrs, empty),
                XmlEvent::Text(t) if t.trim().is_empty() => continue,
                XmlEvent::Text(_) => return Err(self.xml.error("text before the root element")),
                XmlEvent::End { .. } | XmlEvent::Eof => {
                    return Err(self.xml.error("not a TBX document: no root element"));
                }
            }
        };
        let version = match local_name(&root) {
            "martif" => "2008",
            "tbx" => "2019",
            "TBX" => "TBX-Min 2013",
            other => {
                return Err(self.xml.error(format!(
                    "not a TBX document: the root element is <{other}>, not <martif> or <tbx>"
                )));
            }
        };
        let namespace = attr(&attrs, "xmlns").map(str::to_string);
        if version == "2019" && namespace.as_deref() != Some(TBX_NAMESPACE) {
            self.warn(format!(
                "<tbx> is not in the TBX namespace {TBX_NAMESPACE} (found {}); read anyway",
                namespace.as_deref().unwrap_or("none")
            ));
        }
        let dialect = attr(&attrs, "type")
            .or_else(|| attr(&attrs, "dialect"))
            .map(str::to_string);
        let style = attr(&attrs, "style").map(str::to_string);
        self.root_lang = attr_ci(&attrs, "xml:lang").map(str::to_string);
        if !empty {
            self.read_root()?;
        }
        let encoding = self.xml.encoding.used.to_string();
        let data = self.finish();
        Ok(TbxDocument {
            data,
            warnings: self.warnings,
            version,
            dialect,
            style,
            source_lang: self.root_lang,
            entries: self.entries,
            dropped: self.dropped,
            encoding,
        })
    }

    /// Reads everything inside the root: headers are skipped, `text` and
    /// `body` are entered, entries and back matter read.
    fn read_root(&mut self) -> Result<()> {
        let mut depth = 0usize;
        loop {
            match self.xml.next()? {
                XmlEvent::Start { name, attrs, empty } => match local_name(&name) {
                    "text" | "body" => {
                        if !empty {
                            depth += 1;
                        }
                    }
                    "termEntry" | "conceptEntry" | "entry" => self.read_entry(&attrs, empty)?,
                    "back" => self.read_back(empty)?,
                    "martifHeader" | "tbxHeader" | "header" => {
                        self.xml.skip_element(&name, empty)?
                    }
                    other => {
                        let other = other.to_string();
                        self.warn(format!("unexpected <{other}> skipped"));
                        self.xml.skip_element(&name, empty)?;
                    }
                },
                XmlEvent::End { .. } => {
                    if depth == 0 {
                        return Ok(());
                    }
                    depth -= 1;
                }
                XmlEvent::Text(_) => {}
                XmlEvent::Eof => {
                    return Err(self
                        .xml
                        .error("unexpected end of file: the root element is not closed"));
                }
            }
        }
    }

    /// The data category an element carries, if it is one.
    fn category_of(&mut self, name: &str, attrs: &[(String, String)]) -> Option<String> {
        let local = local_name(name);
        if TYPED_ELEMENTS.contains(&local) {
            let kind = attr(attrs, "type").unwrap_or("").trim().to_string();
            if kind.is_empty() {
                self.warn(format!("<{local}> without a type (data category) ignored"));
                return Some(String::new());
            }
            return Some(kind);
        }
        if local == "note" {
            return Some("note".into());
        }
        if name.contains(':') || MIN_2013_ELEMENTS.contains(&local) {
            // DCT style: the element names the data category.
            return Some(local.to_string());
        }
        None
    }

    fn read_value(&mut self, name: &str, empty: bool) -> Result<String> {
        Ok(collapse(&self.xml.read_text_content(name, empty)?))
    }

    fn read_entry(&mut self, attrs: &[(String, String)], empty: bool) -> Result<()> {
        self.entries += 1;
        let mut entry = EntryAcc {
            id: attr(attrs, "id").map(str::to_string),
            ..Default::default()
        };
        let location = self.xml.location();
        if !empty {
            let mut depth = 0usize;
            loop {
                match self.xml.next()? {
                    XmlEvent::Start { name, attrs, empty } => {
                        let local = local_name(&name).to_string();
                        if matches!(local.as_str(), "langSet" | "langSec" | "langGroup") {
                            self.read_lang(&attrs, empty, &mut entry)?;
                        } else if GROUPS.contains(&local.as_str()) {
                            if !empty {
                                depth += 1;
                            }
                        } else if let Some(category) = self.category_of(&name, &attrs) {
                            let value = self.read_value(&name, empty)?;
                            self.entry_category(&mut entry, &category, value);
                        } else {
                            self.drop_category(if SKIPPED.contains(&local.as_str()) {
                                &local
                            } else {
                                "other elements"
                            });
                            self.xml.skip_element(&name, empty)?;
                        }
                    }
                    XmlEvent::End { .. } => {
                        if depth == 0 {
                            break;
                        }
                        depth -= 1;
                    }
                    XmlEvent::Text(_) => {}
                    XmlEvent::Eof => {
                        return Err(self.xml.error("unexpected end of file inside an entry"));
                    }
                }
            }
        }
        self.finish_entry(entry, location);
        Ok(())
    }

    fn entry_category(&mut self, entry: &mut EntryAcc, category: &str, value: String) {
        if value.is_empty() || category.is_empty() {
            return;
        }
        match category {
            "subjectField" => entry.domain.push(value),
            "definition" => entry.definition.push((None, value)),
            "note" | "Usage note" | "usageNote" | "comment" => {
                let (prefixes, rest) = split_note_prefixes(&value);
                if prefixes
                    .iter()
                    .any(|(k, v)| k == "status" && v == "do-not-translate")
                {
                    entry.dnt = true;
                }
                if !rest.is_empty() {
                    entry.notes.push(rest);
                }
            }
            "source" | "sourceIdentifier" => entry.sources.push(value),
            "Translation needed" | "translationNeeded" => {
                if value.eq_ignore_ascii_case("no") {
                    entry.dnt = true;
                }
            }
            other => self.drop_category(other),
        }
    }

    fn read_lang(
        &mut self,
        attrs: &[(String, String)],
        empty: bool,
        entry: &mut EntryAcc,
    ) -> Result<()> {
        let raw = attr_ci(attrs, "xml:lang")
            .or_else(|| attr_ci(attrs, "lang"))
            .map(str::to_string);
        let raw = match raw.or_else(|| self.root_lang.clone()) {
            Some(r) => r,
            None => {
                self.warn("language section without xml:lang skipped");
                return self.xml.skip_element("langSet", empty);
            }
        };
        let lang = match LangTag::parse(&raw) {
            Ok(l) => l,
            Err(e) => {
                self.warn(format!("language section skipped: {e}"));
                return self.xml.skip_element("langSet", empty);
            }
        };
        let mut acc = LangAcc {
            lang,
            terms: Vec::new(),
        };
        let mut lang_sources = Vec::new();
        if !empty {
            let mut depth = 0usize;
            loop {
                match self.xml.next()? {
                    XmlEvent::Start { name, attrs, empty } => {
                        let local = local_name(&name).to_string();
                        if matches!(local.as_str(), "tig" | "ntig" | "termSec" | "termGroup") {
                            let term = self.read_term(empty)?;
                            acc.terms.push(term);
                        } else if local == "term" {
                            // A term straight in the language section.
                            let location = self.xml.location();
                            let text = self.read_value(&name, empty)?;
                            acc.terms.push(TermAcc {
                                texts: vec![text],
                                location: Some(location),
                                ..Default::default()
                            });
                        } else if GROUPS.contains(&local.as_str()) {
                            if !empty {
                                depth += 1;
                            }
                        } else if let Some(category) = self.category_of(&name, &attrs) {
                            let value = self.read_value(&name, empty)?;
                            if value.is_empty() || category.is_empty() {
                                continue;
                            }
                            let tag = acc.lang.as_str().to_string();
                            match category.as_str() {
                                "definition" => entry.definition.push((Some(tag), value)),
                                "note" | "Usage note" | "usageNote" | "comment" => {
                                    entry.notes.push(format!("({tag}) {value}"))
                                }
                                "source" | "sourceIdentifier" => lang_sources.push(value),
                                "subjectField" => entry.domain.push(value),
                                other => self.drop_category(other),
                            }
                        } else {
                            self.drop_category(if SKIPPED.contains(&local.as_str()) {
                                &local
                            } else {
                                "other elements"
                            });
                            self.xml.skip_element(&name, empty)?;
                        }
                    }
                    XmlEvent::End { .. } => {
                        if depth == 0 {
                            break;
                        }
                        depth -= 1;
                    }
                    XmlEvent::Text(_) => {}
                    XmlEvent::Eof => {
                        return Err(self
                            .xml
                            .error("unexpected end of file inside a language section"));
                    }
                }
            }
        }
        for t in &mut acc.terms {
            t.sources.extend(lang_sources.iter().cloned());
        }
        entry.langs.push(acc);
        Ok(())
    }

    fn read_term(&mut self, empty: bool) -> Result<TermAcc> {
        let mut acc = TermAcc {
            location: Some(self.xml.location()),
            ..Default::default()
        };
        if empty {
            return Ok(acc);
        }
        let mut depth = 0usize;
        loop {
            match self.xml.next()? {
                XmlEvent::Start { name, attrs, empty } => {
                    let local = local_name(&name).to_string();
                    if local == "term" {
                        let text = self.read_value(&name, empty)?;
                        acc.texts.push(text);
                    } else if GROUPS.contains(&local.as_str()) {
                        if !empty {
                            depth += 1;
                        }
                    } else if let Some(category) = self.category_of(&name, &attrs) {
                        let value = self.read_value(&name, empty)?;
                        if value.is_empty() || category.is_empty() {
                            continue;
                        }
                        match category.as_str() {
                            "administrativeStatus" | "termStatus" => acc.admin = Some(value),
                            "normativeAuthorization" => acc.normative = Some(value),
                            "partOfSpeech" => acc.pos = PartOfSpeech::lenient(&value),
                            "note" | "Usage note" | "usageNote" | "comment" => {
                                acc.notes.push(value)
                            }
                            "source" | "sourceIdentifier" => acc.sources.push(value),
                            other => self.drop_category(other),
                        }
                    } else {
                        self.drop_category(if SKIPPED.contains(&local.as_str()) {
                            &local
                        } else {
                            "other elements"
                        });
                        self.xml.skip_element(&name, empty)?;
                    }
                }
                XmlEvent::End { .. } => {
                    if depth == 0 {
                        return Ok(acc);
                    }
                    depth -= 1;
                }
                XmlEvent::Text(_) => {}
                XmlEvent::Eof => {
                    return Err(self.xml.error("unexpected end of file inside a term"));
                }
            }
        }
    }

    fn read_back(&mut self, empty: bool) -> Result<()> {
        if empty {
            return Ok(());
        }
        loop {
            match self.xml.next()? {
                XmlEvent::Start { name, attrs, empty } => {
                    if local_name(&name) == "refObjectSec"
                        && attr(&attrs, "type") == Some("sources")
                        && !empty
                    {
                        self.read_source_objects()?;
                    } else {
                        self.xml.skip_element(&name, empty)?;
                    }
                }
                XmlEvent::End { .. } => return Ok(()),
                XmlEvent::Text(_) => {}
                XmlEvent::Eof => {
                    return Err(self.xml.error("unexpected end of file inside <back>"));
                }
            }
        }
    }

    /// `<refObject>`s with `key`, `title` and `url` items, as relais
    /// writes its bibliography.
    fn read_source_objects(&mut self) -> Result<()> {
        loop {
            match self.xml.next()? {
                XmlEvent::Start { name, empty, .. } if local_name(&name) == "refObject" => {
                    let mut item = SourceRef {
                        key: String::new(),
                        title: String::new(),
                        url: String::new(),
                    };
                    if !empty {
                        loop {
                            match self.xml.next()? {
                                XmlEvent::Start { name, attrs, empty } => {
                                    let kind = attr(&attrs, "type").unwrap_or("").to_string();
                                    let value = self.read_value(&name, empty)?;
                                    match kind.as_str() {
                                        "key" => item.key = value,
                                        "title" => item.title = value,
                                        "url" => item.url = value,
                                        _ => {}
                                    }
                                }
                                XmlEvent::End { .. } => break,
                                XmlEvent::Text(_) => {}
                                XmlEvent::Eof => {
                                    return Err(self
                                        .xml
                                        .error("unexpected end of file inside <refObject>"));
                                }
                            }
                        }
                    }
                    if is_source_key(&item.key) {
                        self.back_sources.push(item);
                    } else {
                        self.warn(format!(
                            "source without a usable key '{}' skipped",
                            item.key
                        ));
                    }
                }
                XmlEvent::Start { name, empty, .. } => self.xml.skip_element(&name, empty)?,
                XmlEvent::End { .. } => return Ok(()),
                XmlEvent::Text(_) => {}
                XmlEvent::Eof => {
                    return Err(self
                        .xml
                        .error("unexpected end of file inside <refObjectSec>"));
                }
            }
        }
    }

    fn finish_entry(&mut self, entry: EntryAcc, location: Location) {
        let id = match &entry.id {
            Some(raw) if is_concept_id(raw) => raw.clone(),
            Some(raw) => concept_id_from(raw),
            None => format!("{}-{}", self.stem, self.entries),
        };
        let id = unique(id, &mut self.ids);
        let mut notes = entry.notes;
        // The concept's definition: its own, else the one in the file's
        // language, else the first; the others become notes.
        let chosen = entry
            .definition
            .iter()
            .position(|(l, _)| l.is_none())
            .or_else(|| {
                let root = self
                    .root_lang
                    .as_deref()
                    .and_then(|r| LangTag::parse(r).ok());
                entry.definition.iter().position(|(l, _)| {
                    l.as_deref()
                        .and_then(|l| LangTag::parse(l).ok())
                        .zip(root.as_ref())
                        .is_some_and(|(l, r)| l.same_language(r))
                })
            })
            .or(if entry.definition.is_empty() {
                None
            } else {
                Some(0)
            });
        let mut definition = String::new();
        for (i, (lang, text)) in entry.definition.into_iter().enumerate() {
            if Some(i) == chosen {
                definition = text;
            } else {
                match lang {
                    Some(l) => notes.push(format!("definition ({l}): {text}")),
                    None => notes.push(format!("definition: {text}")),
                }
            }
        }
        let mut concept = Concept::new(id.clone());
        concept.domain = entry.domain.join("; ");
        concept.definition = definition;
        concept.note = notes.join(" | ");
        concept.sources = entry.sources;
        concept.origin = Some(location);
        let mut seen: HashSet<(String, String)> = HashSet::new();
        let mut made = 0;
        for lang in entry.langs {
            for acc in lang.terms {
                for text in &acc.texts {
                    if text.is_empty() {
                        self.warnings.push(Warning {
                            line: acc.location.as_ref().map_or(0, |l| l.line),
                            column: acc.location.as_ref().map_or(0, |l| l.column),
                            message: "empty <term> skipped".into(),
                        });
                        continue;
                    }
                    if !seen.insert((lang.lang.as_str().to_string(), text.clone())) {
                        self.warnings.push(Warning {
                            line: acc.location.as_ref().map_or(0, |l| l.line),
                            column: acc.location.as_ref().map_or(0, |l| l.column),
                            message: format!(
                                "term '{text}' ({}) repeated in entry {id}: kept once",
                                lang.lang
                            ),
                        });
                        continue;
                    }
                    let term = self.make_term(&id, &lang.lang, text, &acc, entry.dnt);
                    self.terms.push(term);
                    made += 1;
                }
            }
        }
        if made == 0 {
            self.warnings.push(Warning::at(
                &concept.origin.clone().expect("set above"),
                format!("entry {id} has no term"),
            ));
        }
        self.concepts.push(concept);
    }

    fn make_term(
        &mut self,
        concept: &str,
        lang: &LangTag,
        text: &str,
        acc: &TermAcc,
        concept_dnt: bool,
    ) -> Term {
        let mut term = Term::new(concept, lang.clone(), text, Status::Admitted);
        term.pos = acc.pos;
        term.sources = acc.sources.clone();
        term.origin = acc.location.clone();
        let mut status_prefix: Option<Status> = None;
        let mut tbx_status: Option<String> = None;
        let mut texts = Vec::new();
        let at = acc
            .location
            .clone()
            .unwrap_or_else(|| Location::new(Some(self.xml.path()), 0, 0));
        for note in &acc.notes {
            let (prefixes, rest) = split_note_prefixes(note);
            for (key, value) in prefixes {
                let problem = match key.as_str() {
                    "status" => value
                        .parse::<Status>()
                        .map(|s| status_prefix = Some(s))
                        .err(),
                    "tbx-status" => {
                        tbx_status = Some(value);
                        None
                    }
                    "evidence" => Evidence::parse_list(&value)
                        .map(|e| term.evidence = e)
                        .err(),
                    "match" => value.parse::<MatchRules>().map(|m| term.rules = m).err(),
                    "review" => value.parse::<Review>().map(|r| term.review = Some(r)).err(),
                    _ => None,
                };
                if let Some(problem) = problem {
                    self.warnings.push(Warning::at(
                        &at,
                        format!("note prefix [{key}=…] ignored: {problem}"),
                    ));
                }
            }
            if !rest.is_empty() {
                texts.push(rest);
            }
        }
        let raw = acc.admin.as_deref().or(acc.normative.as_deref());
        let mapped = match raw {
            Some(v) => match map_status(v) {
                Some((s, keep)) => {
                    if keep && tbx_status.is_none() {
                        tbx_status = Some(v.to_string());
                    }
                    Some(s)
                }
                None => {
                    self.warnings.push(Warning::at(
                        &at,
                        format!("unknown administrative status '{v}' read as admitted"),
                    ));
                    if tbx_status.is_none() {
                        tbx_status = Some(v.to_string());
                    }
                    Some(Status::Admitted)
                }
            },
            None => None,
        };
        term.status = match (status_prefix, mapped) {
            (Some(s), _) => s,
            (None, Some(Status::Preferred) | None) if concept_dnt => Status::DoNotTranslate,
            (None, Some(s)) => s,
            (None, None) => Status::Admitted,
        };
        let mut note = texts.join(" | ");
        if let Some(v) = tbx_status {
            note = if note.is_empty() {
                format!("[tbx-status={v}]")
            } else {
                format!("[tbx-status={v}] {note}")
            };
        }
        term.note = note;
        term
    }

    /// Turns source texts into keys of the bibliography.
    fn finish(&mut self) -> GlossaryData {
        let mut sources: Vec<SourceRef> = std::mem::take(&mut self.back_sources);
        let mut keys: HashSet<String> = sources.iter().map(|s| s.key.clone()).collect();
        let mut by_text: HashMap<String, String> = sources
            .iter()
            .map(|s| (s.key.clone(), s.key.clone()))
            .collect();
        let mut resolve = |text: &str, sources: &mut Vec<SourceRef>| -> String {
            if let Some(k) = by_text.get(text) {
                return k.clone();
            }
            let is_url = text.starts_with("http://") || text.starts_with("https://");
            let key = if !is_url && is_source_key(text) && text.chars().count() <= 60 {
                text.to_string()
            } else {
                let bare = text
                    .trim_start_matches("https://")
                    .trim_start_matches("http://")
                    .trim_start_matches("www.");
                let s = slug(bare, 48);
                if s.is_empty() {
                    "source".to_string()
                } else {
                    s
                }
            };
            let key = unique(key, &mut keys);
            sources.push(SourceRef {
                key: key.clone(),
                title: if is_url {
                    String::new()
                } else {
                    text.to_string()
                },
                url: if is_url {
                    text.to_string()
                } else {
                    String::new()
                },
            });
            by_text.insert(text.to_string(), key.clone());
            key
        };
        for c in &mut self.concepts {
            let raw = std::mem::take(&mut c.sources);
            for r in raw {
                let k = resolve(&r, &mut sources);
                if !c.sources.contains(&k) {
                    c.sources.push(k);
                }
            }
        }
        for t in &mut self.terms {
            let raw = std::mem::take(&mut t.sources);
            for r in raw {
                let k = resolve(&r, &mut sources);
                if !t.sources.contains(&k) {
                    t.sources.push(k);
                }
            }
        }
        GlossaryData {
            concepts: std::mem::take(&mut self.concepts),
            terms: std::mem::take(&mut self.terms),
            sources,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const V3: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="fr" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="C04">
      <descrip type="subjectField">child protection</descrip>
      <langSec xml:lang="en">
        <descripGrp><descrip type="definition">Material depicting abuse.</descrip><admin type="source">LG-2016</admin></descripGrp>
        <termSec>
          <term>child porn</term>
          <termNote type="partOfSpeech">noun</termNote>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
          <note>[status=forbidden] [evidence=A] Never use:
             trivialising.</note>
        </termSec>
        <termSec>
          <term>galactic cluster</term>
          <termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>
          <descripGrp><descrip type="context">ctx</descrip><admin type="source">http://example.org/a</admin></descripGrp>
        </termSec>
      </langSec>
    </conceptEntry>
    <conceptEntry id="C11">
      <note>[status=do-not-translate] Proper name.</note>
      <langSec xml:lang="fr"><termSec><term>OFMIN</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>"#;

    #[test]
    fn reads_statuses_prefixes_and_levels() {
        let doc = read_tbx_text(V3, Path::new("t.tbx")).unwrap();
        assert_eq!(doc.version, "2019");
        assert_eq!(doc.entries, 2);
        let d = &doc.data;
        assert_eq!(d.concepts[0].domain, "child protection");
        assert_eq!(d.concepts[0].definition, "Material depicting abuse.");
        let porn = &d.terms[0];
        assert_eq!(porn.status, Status::Forbidden);
        assert_eq!(porn.evidence, [Evidence::A]);
        assert_eq!(porn.note, "Never use: trivialising.");
        assert_eq!(porn.pos, Some(PartOfSpeech::Noun));
        let superseded = &d.terms[1];
        assert_eq!(superseded.status, Status::Deprecated);
        assert_eq!(superseded.note, "[tbx-status=supersededTerm-admn-sts]");
        // The context's source belongs to the term; the language
        // section's to every term of the language.
        assert_eq!(superseded.sources, ["example-org-a", "LG-2016"]);
        assert_eq!(
            d.sources
                .iter()
                .find(|s| s.key == "example-org-a")
                .unwrap()
                .url,
            "http://example.org/a"
        );
        assert_eq!(d.terms[2].status, Status::DoNotTranslate);
        assert_eq!(doc.dropped.get("context"), Some(&1));
    }

    #[test]
    fn entries_without_ids_and_odd_ids_get_concept_ids() {
        let xml = r#"<martif type="TBX" xml:lang="en"><text><body>
            <termEntry><langSet xml:lang="en"><tig><term>a</term></tig></langSet></termEntry>
            <termEntry id="2_76365"><langSet xml:lang="en"><ntig><termGrp><term>b</term><termNote type="partOfSpeech">Noun</termNote></termGrp></ntig></langSet></termEntry>
            <termEntry id="2_76365"><langSet xml:lang="en"><tig><term>c</term></tig></langSet></termEntry>
        </body></text></martif>"#;
        let doc = read_tbx_text(xml, Path::new("my file.tbx")).unwrap();
        let ids: Vec<&str> = doc.data.concepts.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["my-file-1", "c2_76365", "c2_76365-2"]);
        assert!(ids.iter().all(|i| is_concept_id(i)));
        assert_eq!(doc.data.terms[1].pos, Some(PartOfSpeech::Noun));
    }

    #[test]
    fn non_tbx_and_broken_xml_are_errors_with_position() {
        let e = read_tbx_text("<tmx version=\"1.4\"/>", Path::new("x.tbx")).unwrap_err();
        assert!(e.to_string().contains("not a TBX document"), "{e}");
        let e = read_tbx_text(
            "<martif>\n<text>\n<body></text></martif>",
            Path::new("x.tbx"),
        )
        .unwrap_err();
        assert_eq!(e.position().unwrap().0, 3, "{e}");
    }
}
