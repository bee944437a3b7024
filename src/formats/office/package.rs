//! ZIP packages (DOCX, ODT): the entries read as text, and the package
//! written back with the translated entries replaced and every other entry
//! copied raw, compressed bytes and all, in its original order (an ODF
//! `mimetype` entry stays first and stored).

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use crate::error::{Error, Result};

/// The largest entry relais reads (a guard against ZIP bombs).
pub const MAX_ENTRY: u64 = 512 * 1024 * 1024;

/// An open package.
pub struct Package {
    archive: ZipArchive<Cursor<Vec<u8>>>,
    path: PathBuf,
}

fn zip_error(path: &Path, e: &impl std::fmt::Display) -> Error {
    Error::invalid(Some(path), format!("not a valid ZIP package: {e}"))
}

impl Package {
    /// Opens a package.
    pub fn open(path: &Path) -> Result<Package> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| zip_error(path, &e))?;
        Ok(Package {
            archive,
            path: path.to_path_buf(),
        })
    }

    /// A path naming an entry of the package, for messages.
    pub fn entry_path(&self, name: &str) -> PathBuf {
        PathBuf::from(format!("{}!{name}", self.path.display()))
    }

    /// The text of an entry (`None` when there is no such entry).
    pub fn read(&mut self, name: &str) -> Result<Option<String>> {
        let path = self.entry_path(name);
        let mut file = match self.archive.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(zip_error(&path, &e)),
        };
        if file.size() > MAX_ENTRY {
            return Err(Error::invalid(
                Some(&path),
                format!("entry larger than {MAX_ENTRY} bytes"),
            ));
        }
        let mut bytes = Vec::new();
        file.by_ref()
            .take(MAX_ENTRY + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| zip_error(&path, &e))?;
        let (text, _) = crate::files::decode_text(&path, &bytes)?;
        Ok(Some(text))
    }

    /// The names of the package's entries, in order.
    pub fn names(&self) -> Vec<String> {
        self.archive.file_names().map(String::from).collect()
    }

    /// The package with `replaced` entries rewritten (deflated), `removed`
    /// ones left out and the others copied raw.
    pub fn write(
        &mut self,
        replaced: &BTreeMap<String, String>,
        removed: &BTreeSet<String>,
    ) -> Result<Vec<u8>> {
        let path = self.path.clone();
        let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
        for i in 0..self.archive.len() {
            let file = self
                .archive
                .by_index_raw(i)
                .map_err(|e| zip_error(&path, &e))?;
            let name = file.name().to_string();
            if removed.contains(&name) {
                continue;
            }
            match replaced.get(&name) {
                Some(text) => {
                    drop(file);
                    let method = if name == "mimetype" {
                        CompressionMethod::Stored
                    } else {
                        CompressionMethod::Deflated
                    };
                    writer
                        .start_file(
                            name.as_str(),
                            SimpleFileOptions::default().compression_method(method),
                        )
                        .map_err(|e| zip_error(&path, &e))?;
                    writer
                        .write_all(text.as_bytes())
                        .map_err(|e| zip_error(&path, &e))?;
                }
                None => writer
                    .raw_copy_file(file)
                    .map_err(|e| zip_error(&path, &e))?,
            }
        }
        let cursor = writer.finish().map_err(|e| zip_error(&path, &e))?;
        Ok(cursor.into_inner())
    }
}
