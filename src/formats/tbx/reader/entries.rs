//! Reading the XML of TBX entries: concept entries with their data
//! categories, language sections, terms, and the back matter where relais
//! writes its bibliography.

use crate::error::{Location, Result};
use crate::formats::tbx::conventions::split_note_prefixes;
use crate::formats::xml::{XmlEvent, attr, attr_ci, local_name};
use crate::lang::LangTag;
use crate::model::{PartOfSpeech, SourceRef, is_source_key};

use crate::formats::tbx::reader::{GROUPS, Reader, SKIPPED};

#[derive(Default)]
pub(super) struct TermAcc {
    pub(super) texts: Vec<String>,
    pub(super) admin: Option<String>,
    pub(super) normative: Option<String>,
    pub(super) pos: Option<PartOfSpeech>,
    pub(super) notes: Vec<String>,
    pub(super) sources: Vec<String>,
    pub(super) location: Option<Location>,
}

pub(super) struct LangAcc {
    pub(super) lang: LangTag,
    pub(super) terms: Vec<TermAcc>,
}

#[derive(Default)]
pub(super) struct EntryAcc {
    pub(super) id: Option<String>,
    pub(super) domain: Vec<String>,
    pub(super) definition: Vec<(Option<String>, String)>,
    pub(super) notes: Vec<String>,
    pub(super) sources: Vec<String>,
    pub(super) dnt: bool,
    pub(super) langs: Vec<LangAcc>,
}

impl Reader {
    pub(super) fn read_entry(&mut self, attrs: &[(String, String)], empty: bool) -> Result<()> {
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

    pub(super) fn entry_category(&mut self, entry: &mut EntryAcc, category: &str, value: String) {
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

    pub(super) fn read_lang(
        &mut self,
        attrs: &[(String, String)],
        empty: bool,
        entry: &mut EntryAcc,
    ) -> Result<()> {
        let raw = attr_ci(attrs, "xml:lang")
            .or_else(|| attr_ci(attrs, "lang"))
            .map(str::to_string);
        let Some(raw) = raw.or_else(|| self.root_lang.clone()) else {
            self.warn("language section without xml:lang skipped");
            return self.xml.skip_element("langSet", empty);
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
                                    entry.notes.push(format!("({tag}) {value}"));
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

    pub(super) fn read_term(&mut self, empty: bool) -> Result<TermAcc> {
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
                                acc.notes.push(value);
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

    pub(super) fn read_back(&mut self, empty: bool) -> Result<()> {
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
    pub(super) fn read_source_objects(&mut self) -> Result<()> {
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
}
