//! The JSON documents relais prints: every document carries
//! `schema_version` (keys are written in sorted order), and an error is `{"error": {"kind", "message",
//! "file", "line", "column"}}`.
//!
//! The command layer prints them; `relais check`'s JSON report is built
//! here too, so every JSON output has the same shape rules.

use std::path::Path;

use serde::Serialize;

use crate::error::Error;

/// Version of every JSON document relais prints.
pub const SCHEMA_VERSION: u32 = 1;

/// Serialises a value as a JSON object with `schema_version` (a value
/// that is not an object goes under `data`).
pub fn document<T: Serialize>(value: &T, pretty: bool) -> String {
    let mut doc = serde_json::Map::new();
    doc.insert("schema_version".into(), SCHEMA_VERSION.into());
    match serde_json::to_value(value) {
        Ok(serde_json::Value::Object(map)) => doc.extend(map),
        Ok(other) => {
            doc.insert("data".into(), other);
        }
        Err(e) => {
            doc.insert("error".into(), e.to_string().into());
        }
    }
    let v = serde_json::Value::Object(doc);
    if pretty {
        serde_json::to_string_pretty(&v).unwrap_or_default()
    } else {
        v.to_string()
    }
}

/// The `error` object of a JSON error document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorObject {
    /// What went wrong, as [`Error::kind`] names it.
    pub kind: &'static str,
    /// The message, without the file and position.
    pub message: String,
    /// The file concerned.
    pub file: Option<String>,
    /// 1-based line, when the error has a position.
    pub line: Option<u64>,
    /// 1-based column, when the error has a position.
    pub column: Option<u64>,
}

impl ErrorObject {
    /// The error object of `err`, naming the file the error names.
    pub fn new(err: &Error) -> Self {
        let (line, column) = err
            .position()
            .map_or((None, None), |(l, c)| (Some(l), Some(c)));
        ErrorObject {
            kind: err.kind(),
            message: err.bare_message(),
            file: err.file().map(|f| f.display().to_string()),
            line,
            column,
        }
    }

    /// Names `file` when the error names none.
    #[must_use]
    pub fn or_file(mut self, file: &Path) -> Self {
        if self.file.is_none() {
            self.file = Some(file.display().to_string());
        }
        self
    }

    /// Names `file` (as the user wrote it) whatever the error names.
    #[must_use]
    pub fn with_file(mut self, file: &Path) -> Self {
        self.file = Some(file.display().to_string());
        self
    }
}

/// An error of one file among several (`tm import`, `glossary import`):
/// one JSON line naming the file.
#[derive(Debug, Clone, Serialize)]
pub struct FileError {
    /// The file, as given on the command line.
    pub file: String,
    /// The error.
    pub error: ErrorObject,
}

/// The document a command prints under `--json` when it could not run.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorDocument {
    /// The error.
    pub error: ErrorObject,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_carry_the_schema_version() {
        let doc = document(&serde_json::json!({"a": 1}), false);
        assert_eq!(doc, r#"{"a":1,"schema_version":1}"#);
        let doc = document(&[1, 2], false);
        assert_eq!(doc, r#"{"data":[1,2],"schema_version":1}"#);
    }

    #[test]
    fn error_objects_name_the_file_and_position() {
        let err = Error::invalid(Some(Path::new("a.tmx")), "broken");
        let obj = ErrorObject::new(&err);
        assert_eq!(obj.file.as_deref(), Some("a.tmx"));
        let obj = ErrorObject::new(&Error::Usage("bad".into())).or_file(Path::new("b.tsv"));
        assert_eq!(obj.file.as_deref(), Some("b.tsv"));
        assert_eq!(obj.line, None);
        let doc = document(&ErrorDocument { error: obj }, false);
        assert_eq!(
            doc,
            r#"{"error":{"column":null,"file":"b.tsv","kind":"usage","line":null,"message":"bad"},"schema_version":1}"#
        );
    }
}
