//! File formats: readers and writers for TMX, TBX, XLIFF, TSV and Fluent
//! resources, plus the streaming XML layer they share.
//!
//! Every reader reports problems with file, line and column: fatal ones as
//! [`crate::Error::Parse`], recoverable ones as [`Warning`]s that the
//! commands print (and put in their JSON reports).

pub mod markdown;
pub mod office;
pub mod plain_text;
pub mod tbx;
pub mod tmx;
pub mod tsv;
pub mod xliff;
pub mod xml;

use serde::Serialize;

use crate::error::Location;

/// A recoverable problem found while reading a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// 1-based line.
    pub line: u64,
    /// 1-based column.
    pub column: u64,
    /// What was wrong and what was done about it.
    pub message: String,
}

impl Warning {
    /// A warning at a location.
    pub fn at(location: &Location, message: impl Into<String>) -> Self {
        Warning {
            line: location.line,
            column: location.column,
            message: message.into(),
        }
    }
}
