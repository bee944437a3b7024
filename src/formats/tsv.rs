//! Tab-separated bilingual memories, as CAT tools and corpora ship them.
//!
//! One unit per line, no quoting, columns named by the user:
//! `--columns src_lang,tgt_lang,source,target` when each line carries its
//! languages (the Tatoeba corpus), or `--columns source,target` with the
//! languages given once. Other column names (`-`, `id`, anything else) are
//! ignored. Gzip is read transparently.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoResultExt, Location, Result};
use crate::files::{ByteCounter, open_maybe_gz};
use crate::model::{Unit, UnitSource, Variant};

/// What each column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    /// The source language of the line.
    SourceLang,
    /// The target language of the line.
    TargetLang,
    /// The source text.
    Source,
    /// The target text.
    Target,
    /// Ignored.
    Other,
}

/// How to read a TSV memory.
#[derive(Debug, Clone)]
pub struct TsvLayout {
    /// Columns in order.
    pub columns: Vec<Column>,
    /// Source language for files without a language column.
    pub source_lang: Option<String>,
    /// Target language for files without a language column.
    pub target_lang: Option<String>,
    /// Skip the first line.
    pub header: bool,
}

impl TsvLayout {
    /// Parses `--columns` (`src_lang,tgt_lang,source,target`) and checks
    /// that every language is known.
    pub fn new(
        columns: &str,
        source_lang: Option<&str>,
        target_lang: Option<&str>,
        header: bool,
    ) -> Result<Self> {
        let columns: Vec<Column> = columns
            .split(',')
            .map(|c| match c.trim() {
                "src_lang" | "source_lang" | "srclang" => Column::SourceLang,
                "tgt_lang" | "target_lang" | "tgtlang" => Column::TargetLang,
                "source" | "src" => Column::Source,
                "target" | "tgt" => Column::Target,
                _ => Column::Other,
            })
            .collect();
        for (needed, what) in [(Column::Source, "source"), (Column::Target, "target")] {
            if columns.iter().filter(|c| **c == needed).count() != 1 {
                return Err(Error::Usage(format!(
                    "--columns must name exactly one `{what}` column"
                )));
            }
        }
        if !columns.contains(&Column::SourceLang) && source_lang.is_none() {
            return Err(Error::Usage(
                "TSV import needs the source language: a `src_lang` column in --columns, or --source".into(),
            ));
        }
        if !columns.contains(&Column::TargetLang) && target_lang.is_none() {
            return Err(Error::Usage(
                "TSV import needs the target language: a `tgt_lang` column in --columns, or --target".into(),
            ));
        }
        Ok(TsvLayout {
            columns,
            source_lang: source_lang.map(str::to_string),
            target_lang: target_lang.map(str::to_string),
            header,
        })
    }
}

/// A streaming TSV reader.
pub struct TsvReader {
    lines: Box<dyn BufRead + Send>,
    layout: TsvLayout,
    path: PathBuf,
    line_no: u64,
    buf: String,
}

impl TsvReader {
    /// Opens a TSV file (gzip handled).
    pub fn open(path: &Path, layout: TsvLayout, counter: Option<ByteCounter>) -> Result<Self> {
        Ok(TsvReader {
            lines: open_maybe_gz(path, counter)?,
            layout,
            path: path.to_path_buf(),
            line_no: 0,
            buf: String::new(),
        })
    }

    fn error(&self, column: u64, message: impl Into<String>) -> Error {
        Error::parse(
            Location::new(Some(&self.path), self.line_no, column),
            message,
        )
    }

    /// The next unit, or `None` at the end of the file.
    pub fn next_unit(&mut self) -> Result<Option<Unit>> {
        loop {
            self.buf.clear();
            let n = match self.lines.read_line(&mut self.buf) {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                    self.line_no += 1;
                    return Err(self.error(1, "invalid UTF-8 text"));
                }
                Err(e) => return Err(e).with_path(&self.path),
            };
            if n == 0 {
                return Ok(None);
            }
            self.line_no += 1;
            if self.line_no == 1 {
                if let Some(rest) = self.buf.strip_prefix('\u{feff}') {
                    self.buf = rest.to_string();
                }
                if self.layout.header {
                    continue;
                }
            }
            let line = self.buf.trim_end_matches(['\n', '\r']);
            if line.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() != self.layout.columns.len() {
                let column = line.chars().count() as u64 + 1;
                return Err(self.error(
                    column,
                    format!(
                        "expected {} tab-separated columns, found {}",
                        self.layout.columns.len(),
                        fields.len()
                    ),
                ));
            }
            let mut source = ("", "");
            let mut target = ("", "");
            let mut src_lang = self.layout.source_lang.as_deref().unwrap_or("");
            let mut tgt_lang = self.layout.target_lang.as_deref().unwrap_or("");
            for (column, field) in self.layout.columns.iter().zip(&fields) {
                match column {
                    Column::SourceLang => src_lang = field,
                    Column::TargetLang => tgt_lang = field,
                    Column::Source => source.0 = field,
                    Column::Target => target.0 = field,
                    Column::Other => {}
                }
            }
            source.1 = src_lang;
            target.1 = tgt_lang;
            if src_lang.trim().is_empty() || tgt_lang.trim().is_empty() {
                return Err(self.error(1, "empty language code"));
            }
            // C0 controls cannot be written to XML 1.0 (TMX export); C1
            // controls can, and real corpora carry them (mojibake in
            // Tatoeba), so they are kept.
            if let Some((col, bad)) = line
                .chars()
                .enumerate()
                .find(|(_, c)| (*c < ' ' && *c != '\t') || *c == '\u{FFFE}' || *c == '\u{FFFF}')
            {
                return Err(self.error(
                    col as u64 + 1,
                    format!("control character U+{:04X} in text", bad as u32),
                ));
            }
            return Ok(Some(Unit {
                variants: vec![
                    Variant::new(source.1, source.0),
                    Variant::new(target.1, target.0),
                ],
                ..Default::default()
            }));
        }
    }
}

impl UnitSource for TsvReader {
    fn next_unit(&mut self) -> Result<Option<Unit>> {
        TsvReader::next_unit(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(content: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.tsv");
        std::fs::write(&path, content).unwrap();
        (dir, path)
    }

    #[test]
    fn reads_language_columns() {
        let (_d, path) = write("src_lang\ttgt_lang\tsrc\ttgt\nafr\tdeu\tAandag!\tAchtung!\n\n");
        let layout = TsvLayout::new("src_lang,tgt_lang,source,target", None, None, true).unwrap();
        let mut r = TsvReader::open(&path, layout, None).unwrap();
        let u = r.next_unit().unwrap().unwrap();
        assert_eq!(u.variants[0].lang, "afr");
        assert_eq!(u.variants[1].seg.display_text(), "Achtung!");
        assert!(r.next_unit().unwrap().is_none());
    }

    #[test]
    fn fixed_languages_and_ignored_columns() {
        let (_d, path) = write("1\tOui\tYes\n");
        let layout = TsvLayout::new("id,source,target", Some("fr"), Some("en"), false).unwrap();
        let mut r = TsvReader::open(&path, layout, None).unwrap();
        let u = r.next_unit().unwrap().unwrap();
        assert_eq!(u.variants[0].lang, "fr");
        assert_eq!(u.variants[0].seg.display_text(), "Oui");
    }

    #[test]
    fn wrong_column_count_is_an_error_with_line() {
        let (_d, path) = write("Oui\tYes\nNon\n");
        let layout = TsvLayout::new("source,target", Some("fr"), Some("en"), false).unwrap();
        let mut r = TsvReader::open(&path, layout, None).unwrap();
        r.next_unit().unwrap();
        let err = r.next_unit().unwrap_err();
        assert_eq!(err.position().unwrap().0, 2);
        assert!(
            err.to_string()
                .contains("expected 2 tab-separated columns, found 1")
        );
    }

    #[test]
    fn c1_controls_are_kept_c0_controls_rejected() {
        let (_d, path) = write("fr\ten\tkomenci\u{c3}\u{9d}is.\tYes\nfr\ten\tNon\u{1}\tNo\n");
        let layout = TsvLayout::new("src_lang,tgt_lang,source,target", None, None, false).unwrap();
        let mut r = TsvReader::open(&path, layout, None).unwrap();
        let u = r.next_unit().unwrap().unwrap();
        assert_eq!(u.variants[0].seg.display_text(), "komenci\u{c3}\u{9d}is.");
        let err = r.next_unit().unwrap_err();
        assert_eq!(err.position().unwrap(), (2, 10));
    }

    #[test]
    fn layout_needs_languages() {
        assert!(TsvLayout::new("source,target", None, Some("en"), false).is_err());
        assert!(TsvLayout::new("source,source,target", Some("fr"), Some("en"), false).is_err());
    }
}
