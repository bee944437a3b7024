//! The library's error type.
//!
//! Every fallible operation in relais returns [`Error`]. The variants are
//! grouped by *what went wrong for the user* (bad input, I/O, a busy
//! translation memory, …) rather than by which module raised them, because
//! the binary maps each kind to an exit code and to the `kind` field of the
//! JSON error document (`{"error": {"kind", "message", "file", "line",
//! "column"}}`).

use std::fmt;
use std::path::{Path, PathBuf};

/// Result alias used throughout the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A position in an input file, 1-based.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    /// The file, when the input came from one.
    pub file: Option<PathBuf>,
    /// 1-based line number.
    pub line: u64,
    /// 1-based column number (in characters for text formats held in
    /// memory, in bytes for streamed XML).
    pub column: u64,
}

impl Location {
    /// A location in a named file.
    pub fn new(file: Option<&Path>, line: u64, column: u64) -> Self {
        Location {
            file: file.map(Path::to_path_buf),
            line,
            column,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.file {
            Some(file) => write!(f, "{}:{}:{}", file.display(), self.line, self.column),
            None => write!(f, "{}:{}", self.line, self.column),
        }
    }
}

/// Everything that can make a relais command fail.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory involved.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },

    /// An input file is malformed (XML, TMX, TBX, XLIFF, TSV, Fluent, …).
    #[error("{location}: {message}")]
    Parse {
        /// Where the problem is.
        location: Location,
        /// What is wrong, in the parser's words.
        message: String,
    },

    /// An input is well-formed but its content is not acceptable.
    #[error("{}{message}", .file.as_ref().map(|f| format!("{}: ", f.display())).unwrap_or_default())]
    Invalid {
        /// The file involved, if any.
        file: Option<PathBuf>,
        /// What is wrong.
        message: String,
    },

    /// The translation memory is held by another relais process.
    #[error(
        "translation memory {} is locked by another relais process (waited {waited_secs} s); \
         try again when it has finished, or raise --wait",
        path.display()
    )]
    Locked {
        /// The TM directory.
        path: PathBuf,
        /// How long this process waited for the lock.
        waited_secs: u64,
    },

    /// The project's files are being changed by another relais process.
    #[error(
        "the project is being changed by another relais process{} (waited {waited_secs} s); \
         try again when it has finished, or raise --wait",
        holder.as_ref().map(|h| format!(" (pid {h})")).unwrap_or_default()
    )]
    ProjectLocked {
        /// The lock file.
        path: PathBuf,
        /// The holder's pid and command, as it recorded them.
        holder: Option<String>,
        /// How long this process waited for the lock.
        waited_secs: u64,
    },

    /// The storage engine reported an error.
    #[error(
        "translation memory {}: {message}; `relais tm verify` checks it, \
         `relais tm repair` rebuilds it from the project's tracked files",
        path.display()
    )]
    Storage {
        /// The TM directory.
        path: PathBuf,
        /// The storage engine's message.
        message: String,
    },

    /// A language tag could not be understood.
    #[error("invalid language tag '{tag}': {reason}")]
    Language {
        /// The tag as given.
        tag: String,
        /// Why it was rejected.
        reason: String,
    },

    /// `relais.toml` is missing a key or has a bad value.
    #[error("{}: {message} (key `{key}`)", file.display())]
    Config {
        /// The configuration file.
        file: PathBuf,
        /// The offending key, dotted (`checks.typography.severity`).
        key: String,
        /// What is wrong with it.
        message: String,
    },

    /// A document has tracked changes: relais translates a document
    /// without revisions.
    #[error("{location}: {}", tracked_changes_message(.element))]
    TrackedChanges {
        /// Where the first revision is.
        location: Location,
        /// Its element (`w:del`, `text:tracked-changes`).
        element: String,
    },

    /// The command needs a project (`relais.toml`) and none was found.
    #[error("no relais.toml found in {} or any parent directory; run `relais init` first", dir.display())]
    NoProject {
        /// Where the search started.
        dir: PathBuf,
    },

    /// The arguments make no sense together.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl AsRef<Path>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.as_ref().to_path_buf(),
            source,
        }
    }

    /// A parse error at a location.
    pub fn parse(location: Location, message: impl Into<String>) -> Self {
        Error::Parse {
            location,
            message: message.into(),
        }
    }

    /// Invalid content in a file.
    pub fn invalid(file: Option<&Path>, message: impl Into<String>) -> Self {
        Error::Invalid {
            file: file.map(Path::to_path_buf),
            message: message.into(),
        }
    }

    /// A storage-engine error on the TM at `path`.
    pub fn storage(path: &Path, err: impl fmt::Display) -> Self {
        Error::Storage {
            path: path.to_path_buf(),
            message: err.to_string(),
        }
    }

    /// A stable, lowercase identifier of the error's kind, used as the
    /// `kind` field of JSON error documents.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Io { .. } => "io",
            Error::Parse { .. } => "parse",
            Error::TrackedChanges { .. } => "tracked_changes",
            Error::Invalid { .. } => "invalid",
            Error::Locked { .. } | Error::ProjectLocked { .. } => "locked",
            Error::Storage { .. } => "storage",
            Error::Language { .. } => "language",
            Error::Config { .. } => "config",
            Error::NoProject { .. } => "no_project",
            Error::Usage(_) => "usage",
        }
    }

    /// The file the error concerns, if any.
    pub fn file(&self) -> Option<&Path> {
        match self {
            Error::Io { path, .. } => Some(path),
            Error::Parse { location, .. } | Error::TrackedChanges { location, .. } => {
                location.file.as_deref()
            }
            Error::Invalid { file, .. } => file.as_deref(),
            Error::Locked { path, .. }
            | Error::ProjectLocked { path, .. }
            | Error::Storage { path, .. } => Some(path),
            Error::Config { file, .. } => Some(file),
            Error::NoProject { .. } | Error::Language { .. } | Error::Usage(_) => None,
        }
    }

    /// Line and column, for errors that have them.
    pub fn position(&self) -> Option<(u64, u64)> {
        match self {
            Error::Parse { location, .. } | Error::TrackedChanges { location, .. } => {
                Some((location.line, location.column))
            }
            _ => None,
        }
    }

    /// The message without the location prefix (for JSON documents, where
    /// the location has its own fields).
    pub fn bare_message(&self) -> String {
        match self {
            Error::Parse { message, .. } => message.clone(),
            Error::Invalid { message, .. } => message.clone(),
            Error::Io { source, .. } => source.to_string(),
            Error::TrackedChanges { element, .. } => tracked_changes_message(element),
            other => other.to_string(),
        }
    }
}

/// What [`Error::TrackedChanges`] says, without its location.
fn tracked_changes_message(element: &str) -> String {
    format!(
        "tracked changes ({element}): relais translates a document without revisions; accept \
         or reject the changes in the word processor, or run again with --accept-changes to \
         accept them all"
    )
}

/// Attaches a path to I/O errors: `fs::read(p).with_path(p)?`.
pub trait IoResultExt<T> {
    /// Converts an `io::Result` into a relais [`Result`] naming `path`.
    fn with_path(self, path: impl AsRef<Path>) -> Result<T>;
}

impl<T> IoResultExt<T> for std::io::Result<T> {
    fn with_path(self, path: impl AsRef<Path>) -> Result<T> {
        self.map_err(|e| Error::io(path, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_show_file_line_and_column() {
        let err = Error::parse(
            Location::new(Some(Path::new("a.tmx")), 3, 14),
            "unexpected end of file",
        );
        assert_eq!(err.to_string(), "a.tmx:3:14: unexpected end of file");
        assert_eq!(err.kind(), "parse");
        assert_eq!(err.position(), Some((3, 14)));
        assert_eq!(err.bare_message(), "unexpected end of file");
    }

    #[test]
    fn locked_message_names_the_tm() {
        let err = Error::Locked {
            path: PathBuf::from("/p/.relais/tm"),
            waited_secs: 0,
        };
        let text = err.to_string();
        assert!(text.contains("/p/.relais/tm"), "{text}");
        assert!(text.contains("locked by another relais process"), "{text}");
    }
}
