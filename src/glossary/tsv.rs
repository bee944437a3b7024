//! The glossary's TSV files: UTF-8, tab-separated, one header line, no
//! quoting (a field never holds a tab or a line break).
//!
//! * `terms.tsv`: `concept lang term status evidence source review match
//!   pos note`, one term per row.
//!   * `status`: `preferred`, `admitted`, `deprecated`, `forbidden` or
//!     `do-not-translate`.
//!   * `evidence`: comma-separated labels `A`, `A-EU`, `G`, `R` (may be
//!     empty for imported rows).
//!   * `source`: keys of `sources.tsv` separated by `; `, or `none`.
//!   * `review`: empty, or `promote=error by=NAME date=YYYY-MM-DD` (or
//!     `promote=warning …`).
//!   * `match`: directives separated by `; `: `case` (case-sensitive),
//!     `exact` (no inflection, diacritics as written), `compound` (also
//!     found inside longer words), `forms=a|b|c` (more forms recognised
//!     as the term).
//!   * `pos`: `noun`, `verb`, `adjective`, `adverb`, `other` or empty.
//!   * `note`: the reason for the status, shown with findings.
//! * `concepts.tsv`: `concept domain definition note source`.
//! * `sources.tsv`: `key title url`.
//!
//! A terms file `terms.tsv` has its concepts and sources in `concepts.tsv`
//! and `sources.tsv` beside it; any other terms file `NAME.tsv` in
//! `NAME.concepts.tsv` and `NAME.sources.tsv`. Both are optional: without
//! a concepts file, the concepts are those the terms name; without a
//! sources file, source keys are not checked. When they exist, every
//! concept and source key a row names must be listed in them.
//!
//! Every problem is an error naming the file, the line and the column
//! (the character column where the field starts), and the column's name.
//! Blank lines are ignored.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::error::{Error, Location, Result};
use crate::files::{atomic_write_str, read_text};
use crate::lang::LangTag;
use crate::model::GlossaryData;
use crate::model::{
    Concept, Evidence, MatchRules, PartOfSpeech, Review, SourceRef, Status, Term, is_concept_id,
    is_source_key,
};

/// Columns of `terms.tsv`.
pub const TERMS_HEADER: [&str; 10] = [
    "concept", "lang", "term", "status", "evidence", "source", "review", "match", "pos", "note",
];
/// Columns of `concepts.tsv`.
pub const CONCEPTS_HEADER: [&str; 5] = ["concept", "domain", "definition", "note", "source"];
/// Columns of `sources.tsv`.
pub const SOURCES_HEADER: [&str; 3] = ["key", "title", "url"];

/// What a glossary TSV file holds, from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TsvKind {
    /// `terms.tsv`.
    Terms,
    /// `concepts.tsv`.
    Concepts,
    /// `sources.tsv`.
    Sources,
}

impl TsvKind {
    fn header(self) -> &'static [&'static str] {
        match self {
            TsvKind::Terms => &TERMS_HEADER,
            TsvKind::Concepts => &CONCEPTS_HEADER,
            TsvKind::Sources => &SOURCES_HEADER,
        }
    }
}

/// The concepts and sources files that go with a terms file.
pub fn siblings(terms: &Path) -> (PathBuf, PathBuf) {
    let dir = terms.parent().unwrap_or(Path::new(""));
    let stem = terms
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("terms");
    if stem == "terms" {
        (dir.join("concepts.tsv"), dir.join("sources.tsv"))
    } else {
        (
            dir.join(format!("{stem}.concepts.tsv")),
            dir.join(format!("{stem}.sources.tsv")),
        )
    }
}

/// The terms file a concepts or sources file belongs to.
pub fn terms_file_of(file: &Path, kind: TsvKind) -> PathBuf {
    let dir = file.parent().unwrap_or(Path::new(""));
    let name = file.file_name().and_then(|s| s.to_str()).unwrap_or("");
    let suffix = match kind {
        TsvKind::Terms => return file.to_path_buf(),
        TsvKind::Concepts => ".concepts.tsv",
        TsvKind::Sources => ".sources.tsv",
    };
    match name.strip_suffix(suffix) {
        Some(stem) if !stem.is_empty() => dir.join(format!("{stem}.tsv")),
        _ => dir.join("terms.tsv"),
    }
}

/// Reads a file's header to tell what it holds.
pub fn detect_kind(path: &Path) -> Result<TsvKind> {
    let (text, _) = read_text(path)?;
    let first = text.lines().next().unwrap_or("").trim_end_matches('\r');
    let columns: Vec<&str> = first.split('\t').collect();
    for kind in [TsvKind::Terms, TsvKind::Concepts, TsvKind::Sources] {
        if columns == kind.header() {
            return Ok(kind);
        }
    }
    Err(Error::parse(
        Location::new(Some(path), 1, 1),
        format!(
            "not a glossary TSV file: the header must be `{}` (terms), `{}` (concepts) or `{}` (sources)",
            TERMS_HEADER.join(" "),
            CONCEPTS_HEADER.join(" "),
            SOURCES_HEADER.join(" ")
        ),
    ))
}

/// One data row: its line number and fields with their columns.
struct Row<'a> {
    line: u64,
    fields: Vec<(&'a str, u64)>,
}

impl Row<'_> {
    fn field(&self, i: usize) -> &str {
        self.fields[i].0
    }

    fn at(&self, path: &Path, i: usize) -> Location {
        Location::new(Some(path), self.line, self.fields[i].1)
    }
}

/// Splits a file into rows after checking its header.
fn rows<'a>(path: &Path, text: &'a str, kind: TsvKind) -> Result<Vec<Row<'a>>> {
    let header = kind.header();
    let mut lines = text.split('\n').enumerate();
    let first = lines.next().map_or("", |(_, l)| l.trim_end_matches('\r'));
    let got: Vec<&str> = first.split('\t').collect();
    if got != header {
        let mut column = 1u64;
        let mut found = String::new();
        for i in 0..got.len().max(header.len()) {
            if got.get(i) != header.get(i) {
                found = got
                    .get(i)
                    .map(std::string::ToString::to_string)
                    .unwrap_or_default();
                break;
            }
            column += got[i].chars().count() as u64 + 1;
        }
        return Err(Error::parse(
            Location::new(Some(path), 1, column),
            format!(
                "bad header (found `{found}`): the columns must be `{}`, tab-separated",
                header.join(" ")
            ),
        ));
    }
    let mut out = Vec::new();
    for (i, line) in lines {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::with_capacity(header.len());
        let mut column = 1u64;
        for f in line.split('\t') {
            fields.push((f, column));
            column += f.chars().count() as u64 + 1;
        }
        let line_no = i as u64 + 1;
        if fields.len() != header.len() {
            let col = if fields.len() > header.len() {
                fields[header.len()].1
            } else {
                column
            };
            return Err(Error::parse(
                Location::new(Some(path), line_no, col),
                format!(
                    "{} columns instead of {} (`{}`)",
                    fields.len(),
                    header.len(),
                    header.join(" ")
                ),
            ));
        }
        out.push(Row {
            line: line_no,
            fields,
        });
    }
    Ok(out)
}

fn bad(
    row: &Row<'_>,
    path: &Path,
    i: usize,
    column: &str,
    message: impl std::fmt::Display,
) -> Error {
    Error::parse(row.at(path, i), format!("{message} (column `{column}`)"))
}

/// Parses a `source` field: keys separated by `;`, or `none`/empty.
fn source_keys(
    row: &Row<'_>,
    path: &Path,
    i: usize,
    known: Option<&HashSet<String>>,
) -> Result<Vec<String>> {
    let raw = row.field(i).trim();
    if raw.is_empty() || raw == "none" {
        return Ok(Vec::new());
    }
    let mut keys = Vec::new();
    for key in raw.split(';').map(str::trim) {
        if !is_source_key(key) {
            return Err(bad(
                row,
                path,
                i,
                "source",
                format!("'{key}' is not a source key (keys are separated by `; `)"),
            ));
        }
        if let Some(known) = known
            && !known.contains(key)
        {
            return Err(bad(
                row,
                path,
                i,
                "source",
                format!("unknown source key '{key}' (not in the sources file)"),
            ));
        }
        if !keys.iter().any(|k| k == key) {
            keys.push(key.to_string());
        }
    }
    Ok(keys)
}

/// Reads `sources.tsv`.
pub fn read_sources(path: &Path) -> Result<Vec<SourceRef>> {
    let (text, _) = read_text(path)?;
    let mut out: Vec<SourceRef> = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for row in rows(path, &text, TsvKind::Sources)? {
        let key = row.field(0).trim();
        if !is_source_key(key) {
            return Err(bad(
                &row,
                path,
                0,
                "key",
                format!("'{key}' is not a valid key (no spaces or `;`)"),
            ));
        }
        if let Some(first) = seen.insert(key.to_string(), row.line) {
            return Err(bad(
                &row,
                path,
                0,
                "key",
                format!("duplicate key '{key}' (first on line {first})"),
            ));
        }
        out.push(SourceRef {
            key: key.to_string(),
            title: row.field(1).trim().to_string(),
            url: row.field(2).trim().to_string(),
        });
    }
    Ok(out)
}

/// Reads `concepts.tsv`, checking source keys against `sources` when
/// given.
pub fn read_concepts(path: &Path, sources: Option<&HashSet<String>>) -> Result<Vec<Concept>> {
    let (text, _) = read_text(path)?;
    let mut out = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for row in rows(path, &text, TsvKind::Concepts)? {
        let id = row.field(0).trim();
        if !is_concept_id(id) {
            return Err(bad(
                &row,
                path,
                0,
                "concept",
                format!(
                    "'{id}' is not a valid concept id (letters, digits, -, _ and ., starting with a letter)"
                ),
            ));
        }
        if let Some(first) = seen.insert(id.to_string(), row.line) {
            return Err(bad(
                &row,
                path,
                0,
                "concept",
                format!("duplicate concept '{id}' (first on line {first})"),
            ));
        }
        out.push(Concept {
            id: id.to_string(),
            domain: row.field(1).trim().to_string(),
            definition: row.field(2).trim().to_string(),
            note: row.field(3).trim().to_string(),
            sources: source_keys(&row, path, 4, sources)?,
            origin: Some(row.at(path, 0)),
        });
    }
    Ok(out)
}

/// Reads `terms.tsv`, checking concepts and source keys against the
/// given sets when present.
pub fn read_terms(
    path: &Path,
    concepts: Option<&HashSet<String>>,
    sources: Option<&HashSet<String>>,
) -> Result<Vec<Term>> {
    let (text, _) = read_text(path)?;
    parse_terms(path, &text, concepts, sources)
}

/// Parses the text of a terms file (see [`read_terms`]).
pub fn parse_terms(
    path: &Path,
    text: &str,
    concepts: Option<&HashSet<String>>,
    sources: Option<&HashSet<String>>,
) -> Result<Vec<Term>> {
    let mut out = Vec::new();
    let mut seen: HashMap<(String, String, String), u64> = HashMap::new();
    for row in rows(path, text, TsvKind::Terms)? {
        let concept = row.field(0).trim();
        if !is_concept_id(concept) {
            return Err(bad(
                &row,
                path,
                0,
                "concept",
                format!(
                    "'{concept}' is not a valid concept id (letters, digits, -, _ and ., starting with a letter)"
                ),
            ));
        }
        if let Some(known) = concepts
            && !known.contains(concept)
        {
            return Err(bad(
                &row,
                path,
                0,
                "concept",
                format!("unknown concept '{concept}' (not in the concepts file)"),
            ));
        }
        let lang = LangTag::parse(row.field(1)).map_err(|e| bad(&row, path, 1, "lang", e))?;
        let text = row.field(2).trim();
        if text.is_empty() {
            return Err(bad(&row, path, 2, "term", "empty term"));
        }
        let status: Status = row
            .field(3)
            .parse()
            .map_err(|e| bad(&row, path, 3, "status", e))?;
        let evidence =
            Evidence::parse_list(row.field(4)).map_err(|e| bad(&row, path, 4, "evidence", e))?;
        let sources = source_keys(&row, path, 5, sources)?;
        let review = match row.field(6).trim() {
            "" => None,
            r => Some(
                r.parse::<Review>()
                    .map_err(|e| bad(&row, path, 6, "review", e))?,
            ),
        };
        let rules: MatchRules = row
            .field(7)
            .parse()
            .map_err(|e| bad(&row, path, 7, "match", e))?;
        let pos = PartOfSpeech::parse(row.field(8)).map_err(|e| bad(&row, path, 8, "pos", e))?;
        let term = Term {
            concept: concept.to_string(),
            lang,
            text: text.to_string(),
            status,
            evidence,
            sources,
            review,
            rules,
            pos,
            note: row.field(9).trim().to_string(),
            origin: Some(row.at(path, 0)),
        };
        if let Some(first) = seen.insert(term.key(), row.line) {
            return Err(bad(
                &row,
                path,
                2,
                "term",
                format!(
                    "duplicate term '{text}' for {concept} in {} (first on line {first})",
                    term.lang
                ),
            ));
        }
        out.push(term);
    }
    Ok(out)
}

/// Loads a terms file with its concepts and sources files (when they
/// exist), checking every reference.
pub fn load_set(terms: &Path) -> Result<GlossaryData> {
    let (concepts_path, sources_path) = siblings(terms);
    let sources = if sources_path.is_file() {
        Some(read_sources(&sources_path)?)
    } else {
        None
    };
    let source_keys: Option<HashSet<String>> = sources
        .as_ref()
        .map(|s| s.iter().map(|s| s.key.clone()).collect());
    let concepts = if concepts_path.is_file() {
        Some(read_concepts(&concepts_path, source_keys.as_ref())?)
    } else {
        None
    };
    let concept_ids: Option<HashSet<String>> = concepts
        .as_ref()
        .map(|c| c.iter().map(|c| c.id.clone()).collect());
    let terms = read_terms(terms, concept_ids.as_ref(), source_keys.as_ref())?;
    let mut data = GlossaryData {
        concepts: concepts.unwrap_or_default(),
        terms,
        sources: sources.unwrap_or_default(),
    };
    data.add_implied_concepts();
    Ok(data)
}

/// Loads the concepts and sources files of a terms file that does not
/// exist (yet).
pub fn load_siblings_only(terms: &Path) -> Result<GlossaryData> {
    let (concepts_path, sources_path) = siblings(terms);
    let sources = if sources_path.is_file() {
        read_sources(&sources_path)?
    } else {
        Vec::new()
    };
    let keys: HashSet<String> = sources.iter().map(|s| s.key.clone()).collect();
    let concepts = if concepts_path.is_file() {
        read_concepts(&concepts_path, sources_path.is_file().then_some(&keys))?
    } else {
        Vec::new()
    };
    Ok(GlossaryData {
        concepts,
        terms: Vec::new(),
        sources,
    })
}

/// A field as TSV allows it: tabs and line breaks become spaces.
pub fn clean_field(s: &str) -> String {
    if s.contains(['\t', '\n', '\r']) {
        s.split(['\t', '\n', '\r'])
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        s.to_string()
    }
}

fn keys_field(keys: &[String]) -> String {
    if keys.is_empty() {
        "none".to_string()
    } else {
        keys.join("; ")
    }
}

/// The text of a terms file.
pub fn format_terms(terms: &[Term]) -> String {
    let mut out = TERMS_HEADER.join("\t");
    out.push('\n');
    for t in terms {
        let fields = [
            t.concept.clone(),
            t.lang.as_str().to_string(),
            t.text.clone(),
            t.status.as_str().to_string(),
            Evidence::join(&t.evidence),
            keys_field(&t.sources),
            t.review
                .as_ref()
                .map(std::string::ToString::to_string)
                .unwrap_or_default(),
            t.rules.to_string(),
            t.pos.map(|p| p.as_str().to_string()).unwrap_or_default(),
            t.note.clone(),
        ];
        out.push_str(
            &fields
                .iter()
                .map(|f| clean_field(f))
                .collect::<Vec<_>>()
                .join("\t"),
        );
        out.push('\n');
    }
    out
}

/// The text of a concepts file.
pub fn format_concepts(concepts: &[Concept]) -> String {
    let mut out = CONCEPTS_HEADER.join("\t");
    out.push('\n');
    for c in concepts {
        let fields = [
            c.id.clone(),
            c.domain.clone(),
            c.definition.clone(),
            c.note.clone(),
            keys_field(&c.sources),
        ];
        out.push_str(
            &fields
                .iter()
                .map(|f| clean_field(f))
                .collect::<Vec<_>>()
                .join("\t"),
        );
        out.push('\n');
    }
    out
}

/// The text of a sources file.
pub fn format_sources(sources: &[SourceRef]) -> String {
    let mut out = SOURCES_HEADER.join("\t");
    out.push('\n');
    for s in sources {
        let fields = [s.key.clone(), s.title.clone(), s.url.clone()];
        out.push_str(
            &fields
                .iter()
                .map(|f| clean_field(f))
                .collect::<Vec<_>>()
                .join("\t"),
        );
        out.push('\n');
    }
    out
}

/// Files written by [`save_set`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedFiles {
    /// The terms file.
    pub terms: PathBuf,
    /// The concepts file, when there were concepts with content or the
    /// file existed.
    pub concepts: Option<PathBuf>,
    /// The sources file, when there were sources or the file existed.
    pub sources: Option<PathBuf>,
}

/// Writes a glossary as a terms file and its siblings, each atomically:
/// sources first, then concepts, then terms, so that an interruption
/// never leaves a row citing something missing. The concepts file is
/// written when it exists or some concept has more than an id; the
/// sources file when it exists or there are sources.
pub fn save_set(terms: &Path, data: &GlossaryData) -> Result<SavedFiles> {
    let (concepts_path, sources_path) = siblings(terms);
    let mut saved = SavedFiles {
        terms: terms.to_path_buf(),
        concepts: None,
        sources: None,
    };
    if sources_path.is_file() || !data.sources.is_empty() {
        atomic_write_str(&sources_path, &format_sources(&data.sources))?;
        saved.sources = Some(sources_path);
    }
    let has_content = data.concepts.iter().any(|c| {
        !c.domain.is_empty()
            || !c.definition.is_empty()
            || !c.note.is_empty()
            || !c.sources.is_empty()
    });
    if concepts_path.is_file() || has_content {
        atomic_write_str(&concepts_path, &format_concepts(&data.concepts))?;
        saved.concepts = Some(concepts_path);
    }
    atomic_write_str(terms, &format_terms(&data.terms))?;
    Ok(saved)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TERMS: &str = "concept\tlang\tterm\tstatus\tevidence\tsource\treview\tmatch\tpos\tnote\n\
        C04\ten\tchild porn\tforbidden\tA\tINTERPOL-EN\t\t\tnoun\tused by offenders\n\
        C04\tde\tKinderporno\tforbidden\tG\tnone\tpromote=error by=Reviewer date=2025-02-01\tcompound; forms=Kinderpornos\tnoun\tcolloquial\n";

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    fn err(text: &str) -> String {
        parse_terms(Path::new("terms.tsv"), text, None, None)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn parses_every_column() {
        let terms = parse_terms(Path::new("t.tsv"), TERMS, None, None).unwrap();
        assert_eq!(terms.len(), 2);
        let k = &terms[1];
        assert_eq!(k.lang.as_str(), "de");
        assert_eq!(k.status, Status::Forbidden);
        assert_eq!(k.evidence, [Evidence::G]);
        assert!(k.sources.is_empty());
        assert_eq!(k.review.as_ref().unwrap().by, "Reviewer");
        assert!(k.rules.compound);
        assert_eq!(k.rules.forms, ["Kinderpornos"]);
        assert_eq!(k.pos, Some(PartOfSpeech::Noun));
        assert_eq!(format_terms(&terms), TERMS);
    }

    #[test]
    fn errors_name_line_column_and_field() {
        let header = TERMS_HEADER.join("\t");
        let e = err(&format!("{header}\nC1\ten\tx\tprefered\tA\tnone\t\t\t\t\n"));
        assert!(
            e.starts_with("terms.tsv:2:9: unknown status 'prefered'"),
            "{e}"
        );
        assert!(e.contains("(column `status`)"), "{e}");
        let e = err(&format!(
            "{header}\nC1\tnot a tag\tx\tpreferred\tA\tnone\t\t\t\t\n"
        ));
        assert!(e.contains("terms.tsv:2:4:") && e.contains("`lang`"), "{e}");
        let e = err(&format!("{header}\nC1\ten\tx\tpreferred\tA\tnone\t\t\t\n"));
        assert!(
            e.contains("terms.tsv:2:") && e.contains("9 columns instead of 10"),
            "{e}"
        );
        let e = err(&format!(
            "{header}\nC1\ten\tx\tpreferred\tA\tnone\t\tfuzzy\t\t\n"
        ));
        assert!(
            e.contains("unknown match directive 'fuzzy'") && e.contains("`match`"),
            "{e}"
        );
        let e = err(&format!(
            "{header}\nC1\ten\tx\tpreferred\tZ\tnone\t\t\t\t\n"
        ));
        assert!(e.contains("unknown evidence label 'Z'"), "{e}");
        let e = err("concept\tlang\tterm\n");
        assert!(
            e.contains("terms.tsv:1:") && e.contains("bad header"),
            "{e}"
        );
        let e = err(&format!(
            "{header}\nC1\ten\tx\tpreferred\tA\tnone\t\t\t\t\nC1\ten\tx\tadmitted\tA\tnone\t\t\t\t\n"
        ));
        assert!(
            e.contains("terms.tsv:3:") && e.contains("first on line 2"),
            "{e}"
        );
    }

    #[test]
    fn siblings_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        let terms = write(dir.path(), "terms.tsv", TERMS);
        write(
            dir.path(),
            "concepts.tsv",
            "concept\tdomain\tdefinition\tnote\tsource\nC04\tcriminal law\tmaterial…\t\tnone\n",
        );
        write(
            dir.path(),
            "sources.tsv",
            "key\ttitle\turl\nINTERPOL-EN\tINTERPOL\thttps://www.interpol.int\n",
        );
        let data = load_set(&terms).unwrap();
        assert_eq!(data.concepts.len(), 1);
        assert_eq!(data.sources.len(), 1);

        write(
            dir.path(),
            "concepts.tsv",
            "concept\tdomain\tdefinition\tnote\tsource\nC05\t\t\t\tnone\n",
        );
        let e = load_set(&terms).unwrap_err().to_string();
        assert!(e.contains("terms.tsv:2:1: unknown concept 'C04'"), "{e}");

        write(
            dir.path(),
            "concepts.tsv",
            "concept\tdomain\tdefinition\tnote\tsource\nC04\t\t\t\tUNKNOWN\n",
        );
        let e = load_set(&terms).unwrap_err().to_string();
        assert!(
            e.contains("concepts.tsv:2:") && e.contains("unknown source key 'UNKNOWN'"),
            "{e}"
        );
    }

    #[test]
    fn save_and_load_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let terms = write(dir.path(), "mine.tsv", TERMS);
        let mut data = load_set(&terms).unwrap();
        data.sources.push(SourceRef {
            key: "INTERPOL-EN".into(),
            title: "INTERPOL appropriate terminology".into(),
            url: "https://www.interpol.int".into(),
        });
        data.concepts[0].definition = "Material depicting\tsexual abuse".into();
        let saved = save_set(&terms, &data).unwrap();
        assert_eq!(
            saved.concepts.as_deref(),
            Some(dir.path().join("mine.concepts.tsv").as_path())
        );
        let again = load_set(&terms).unwrap();
        assert_eq!(again.terms.len(), 2);
        assert_eq!(
            again.concepts[0].definition,
            "Material depicting sexual abuse"
        );
        assert_eq!(
            terms_file_of(&dir.path().join("mine.sources.tsv"), TsvKind::Sources),
            terms
        );
        assert_eq!(
            detect_kind(&dir.path().join("mine.concepts.tsv")).unwrap(),
            TsvKind::Concepts
        );
    }
}
