//! [`Glossary`]: the glossary's content loaded from its files, with the
//! term recognisers of each language built on first use.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use serde::Serialize;

use crate::error::Result;
use crate::formats::Warning;
use crate::glossary::matcher::{self, LangMatcher};
use crate::glossary::{merge, tsv};
use crate::lang::LangTag;
use crate::model::{Concept, GlossaryData, SourceRef, Span, Status, Term};
use crate::project::Project;

/// Where the project glossary is when `relais.toml` names none.
pub const DEFAULT_FILE: &str = "glossary/terms.tsv";

/// A term found in a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TermMatch {
    /// The concept.
    pub concept: String,
    /// The language of the glossary row.
    #[serde(serialize_with = "serialize_lang")]
    pub lang: LangTag,
    /// The term as the glossary writes it.
    pub term: String,
    /// Its status.
    pub status: Status,
    /// Where it is in the text (bytes).
    pub span: Span,
    /// The text as found ("paedophiles" for the term "paedophile").
    pub found: String,
    /// Index of the term in [`Glossary::terms`].
    #[serde(skip)]
    pub index: usize,
}

fn serialize_lang<S: serde::Serializer>(
    lang: &LangTag,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(lang.as_str())
}

/// A loaded glossary with its term recognisers (built per language on
/// first use, shared between threads).
pub struct Glossary {
    data: GlossaryData,
    concept_index: HashMap<String, usize>,
    files: Vec<PathBuf>,
    matchers: Mutex<HashMap<String, Arc<LangMatcher>>>,
}

impl Clone for Glossary {
    fn clone(&self) -> Self {
        Glossary::from_data(self.data.clone(), self.files.clone())
    }
}

impl std::fmt::Debug for Glossary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Glossary")
            .field("concepts", &self.data.concepts.len())
            .field("terms", &self.data.terms.len())
            .field("files", &self.files)
            .finish()
    }
}

impl Default for Glossary {
    fn default() -> Self {
        Glossary::new(GlossaryData::default())
    }
}

impl Glossary {
    /// A glossary over `data` (concepts that terms name but the data does
    /// not list are added).
    pub fn new(data: GlossaryData) -> Self {
        Glossary::from_data(data, Vec::new())
    }

    fn from_data(mut data: GlossaryData, files: Vec<PathBuf>) -> Self {
        data.add_implied_concepts();
        let concept_index = data
            .concepts
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        Glossary {
            data,
            concept_index,
            files,
            matchers: Mutex::new(HashMap::new()),
        }
    }

    /// Loads glossary files: TSV files in relais's format (`terms.tsv`,
    /// with `concepts.tsv` and `sources.tsv` beside it, see [`tsv`]) and
    /// TBX files (any version, see [`crate::formats::tbx`]). Files are
    /// merged in order.
    pub fn load(files: &[PathBuf]) -> Result<Glossary> {
        Ok(Self::load_with_warnings(files)?.0)
    }

    /// As [`Glossary::load`], also returning the recoverable problems
    /// found in TBX files.
    pub fn load_with_warnings(files: &[PathBuf]) -> Result<(Glossary, Vec<(PathBuf, Warning)>)> {
        let mut data = GlossaryData::default();
        let mut warnings = Vec::new();
        let mut loaded_sets: Vec<PathBuf> = Vec::new();
        for file in files {
            let part = if is_tbx(file) {
                let doc = crate::formats::tbx::read_tbx(file)?;
                warnings.extend(doc.warnings.into_iter().map(|w| (file.clone(), w)));
                doc.data
            } else {
                let terms_file = match tsv::detect_kind(file)? {
                    tsv::TsvKind::Terms => file.clone(),
                    kind => tsv::terms_file_of(file, kind),
                };
                if loaded_sets.contains(&terms_file) {
                    continue;
                }
                loaded_sets.push(terms_file.clone());
                if terms_file.exists() {
                    tsv::load_set(&terms_file)?
                } else {
                    tsv::load_siblings_only(&terms_file)?
                }
            };
            merge::merge(&mut data, part);
        }
        Ok((Glossary::from_data(data, files.to_vec()), warnings))
    }

    /// The project's glossary: the `[glossary] files` of `relais.toml`,
    /// else `glossary/terms.tsv` when it exists, else an empty glossary.
    pub fn for_project(project: &Project) -> Result<Glossary> {
        Ok(Self::for_project_with_warnings(project)?.0)
    }

    /// As [`Glossary::for_project`], with TBX warnings.
    pub fn for_project_with_warnings(
        project: &Project,
    ) -> Result<(Glossary, Vec<(PathBuf, Warning)>)> {
        let files = Self::project_files(project);
        Self::load_with_warnings(&files)
    }

    /// The project's glossary when it has glossary files, else `None`.
    pub fn for_project_if_any(project: &Project) -> Result<Option<Glossary>> {
        if Self::project_files(project).is_empty() {
            Ok(None)
        } else {
            Self::for_project(project).map(Some)
        }
    }

    /// The glossary files of a project (see [`Glossary::for_project`]).
    pub fn project_files(project: &Project) -> Vec<PathBuf> {
        let configured = project.glossary_files();
        if !configured.is_empty() {
            return configured;
        }
        let default = project.root.join(DEFAULT_FILE);
        if default.is_file() {
            vec![default]
        } else {
            Vec::new()
        }
    }

    /// The files the glossary was loaded from.
    pub fn files(&self) -> &[PathBuf] {
        &self.files
    }

    /// The content.
    pub fn data(&self) -> &GlossaryData {
        &self.data
    }

    /// The content, taken.
    pub fn into_data(self) -> GlossaryData {
        self.data
    }

    /// All terms.
    pub fn terms(&self) -> &[Term] {
        &self.data.terms
    }

    /// All concepts.
    pub fn concepts(&self) -> &[Concept] {
        &self.data.concepts
    }

    /// The bibliography.
    pub fn sources(&self) -> &[SourceRef] {
        &self.data.sources
    }

    /// A concept by id.
    pub fn concept(&self, id: &str) -> Option<&Concept> {
        self.concept_index.get(id).map(|&i| &self.data.concepts[i])
    }

    /// The terms of a concept in a language (same primary language), in
    /// term-pane order: preferred, do-not-translate, admitted, deprecated,
    /// forbidden; a row of the exact regional variant first within a
    /// status.
    pub fn terms_of(&self, concept: &str, lang: &LangTag) -> Vec<&Term> {
        let mut out: Vec<&Term> = self
            .data
            .terms
            .iter()
            .filter(|t| t.concept == concept && t.lang.same_language(lang))
            .collect();
        out.sort_by_key(|t| (t.status.pane_rank(), std::cmp::Reverse(lang.fit(&t.lang))));
        out
    }

    /// The languages that have terms, in order of first appearance.
    pub fn languages(&self) -> Vec<LangTag> {
        let mut out: Vec<LangTag> = Vec::new();
        for t in &self.data.terms {
            if !out.contains(&t.lang) {
                out.push(t.lang.clone());
            }
        }
        out
    }

    /// The recogniser for a language (built on first use).
    pub fn matcher(&self, lang: &LangTag) -> Arc<LangMatcher> {
        let key = lang.language().to_string();
        let mut cache = self
            .matchers
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        cache
            .entry(key)
            .or_insert_with(|| Arc::new(LangMatcher::build(&self.data.terms, lang)))
            .clone()
    }

    fn to_match(&self, text: &str, hit: matcher::Hit) -> TermMatch {
        let term = &self.data.terms[hit.term];
        TermMatch {
            concept: term.concept.clone(),
            lang: term.lang.clone(),
            term: term.text.clone(),
            status: term.status,
            span: Span {
                start: hit.start,
                end: hit.end,
            },
            found: text[hit.start..hit.end].to_string(),
            index: hit.term,
        }
    }

    /// The terms of language `lang` found in `text`: the longest match
    /// first, matches not overlapping, in text order. Spans are bytes of
    /// `text`.
    pub fn find(&self, lang: &LangTag, text: &str) -> Vec<TermMatch> {
        let matcher = self.matcher(lang);
        matcher::select_longest(matcher.hits(text), &self.data.terms)
            .into_iter()
            .map(|h| self.to_match(text, h))
            .collect()
    }

    /// Every term occurrence in `text`, overlapping ones included ("child
    /// sexual abuse material" also yields "child"), in text order. For
    /// presence tests.
    pub fn find_all(&self, lang: &LangTag, text: &str) -> Vec<TermMatch> {
        let matcher = self.matcher(lang);
        let mut hits = matcher.hits(text);
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end), h.term));
        hits.into_iter().map(|h| self.to_match(text, h)).collect()
    }
}

/// Whether a path names a TBX file (by extension).
pub fn is_tbx(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("tbx") || e.eq_ignore_ascii_case("xml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Glossary {
        let fr = LangTag::parse("fr").unwrap();
        let en = LangTag::parse("en").unwrap();
        let mut data = GlossaryData::default();
        data.terms.push(Term::new(
            "C04",
            fr.clone(),
            "contenus pédopornographiques",
            Status::Deprecated,
        ));
        data.terms.push(Term::new(
            "C04",
            en.clone(),
            "child sexual abuse material",
            Status::Preferred,
        ));
        data.terms.push(Term::new(
            "C04",
            en.clone(),
            "child porn",
            Status::Forbidden,
        ));
        data.terms
            .push(Term::new("C17", en.clone(), "child", Status::Preferred));
        data.terms
            .push(Term::new("C17", fr, "enfant", Status::Preferred));
        Glossary::new(data)
    }

    #[test]
    fn find_reports_spans_in_the_original_text() {
        let g = sample();
        let fr = LangTag::parse("fr").unwrap();
        let text = "Les « contenus\u{00A0}pédopornographiques » et l’enfant";
        let found = g.find(&fr, text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].concept, "C04");
        assert_eq!(
            &text[found[0].span.start..found[0].span.end],
            "contenus\u{00A0}pédopornographiques"
        );
        assert_eq!(found[1].found, "enfant");
        assert!(g.concept("C04").is_some(), "implied concepts are added");
    }

    #[test]
    fn find_all_includes_nested_terms() {
        let g = sample();
        let en = LangTag::parse("en").unwrap();
        let all = g.find_all(&en, "child sexual abuse material");
        assert!(all.iter().any(|m| m.concept == "C17"));
        assert_eq!(g.find(&en, "child sexual abuse material").len(), 1);
    }

    #[test]
    fn a_glossary_is_shared_between_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<Glossary>();
        let g = std::sync::Arc::new(sample());
        let en = LangTag::parse("en").unwrap();
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let (g, en) = (g.clone(), en.clone());
                std::thread::spawn(move || g.find(&en, "child porn").len())
            })
            .collect();
        assert!(handles.into_iter().all(|h| h.join().unwrap() == 1));
    }

    #[test]
    fn terms_of_sorts_like_a_term_pane() {
        let g = sample();
        let en = LangTag::parse("en-GB").unwrap();
        let t: Vec<&str> = g
            .terms_of("C04", &en)
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        assert_eq!(t, ["child sexual abuse material", "child porn"]);
    }
}
