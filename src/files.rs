//! File access shared by every format: atomic writes, transparent gzip,
//! and decoding of real-world text encodings into UTF-8.
//!
//! Parsers in relais only ever see UTF-8. This module decides what a file's
//! encoding really is — a byte-order mark wins, then the XML declaration,
//! unless the bytes prove the declaration wrong (files that declare UTF-16
//! but are UTF-8, or declare a legacy code page but hold valid UTF-8) — and
//! transcodes while streaming, so memory stays flat whatever the size.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use encoding_rs::Encoding;
use encoding_rs_io::DecodeReaderBytesBuilder;

use crate::error::{Error, IoResultExt, Result};

/// Writes a file atomically: the content goes to a temporary file in the
/// same directory, which then replaces `path` in one rename. A crash or an
/// error mid-write leaves the old file untouched.
///
/// The new file keeps the permissions of the file it replaces; a new file
/// gets `0666 & !umask`, as `open(2)` would give it (a temporary file is
/// created 0600, which would make published pages unreadable by a web
/// server). Temporary files left by a killed relais process in the same
/// directory are removed first (their name carries the writer's pid).
pub fn atomic_write<F>(path: &Path, write: F) -> Result<()>
where
    F: FnOnce(&mut dyn Write) -> io::Result<()>,
{
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).with_path(dir)?;
    remove_stale_temp_files(dir);
    let prefix = temp_prefix();
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // 0666, reduced by the umask when the file is opened.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).with_path(dir)?;
    {
        let mut buffered = io::BufWriter::new(tmp.as_file_mut());
        write(&mut buffered).with_path(path)?;
        buffered.flush().with_path(path)?;
    }
    if let Ok(existing) = std::fs::metadata(path) {
        tmp.as_file()
            .set_permissions(existing.permissions())
            .with_path(path)?;
    }
    tmp.as_file().sync_all().with_path(path)?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

const TEMP_PREFIX: &str = ".relais-";
const TEMP_SUFFIX: &str = ".tmp";

/// `.relais-<pid>-`: the pid tells a later run whether the writer is gone.
fn temp_prefix() -> String {
    format!("{TEMP_PREFIX}{}-", std::process::id())
}

/// Removes `.relais-<pid>-*.tmp` files of `dir` whose writer no longer
/// runs (a killed export or build). Files of live processes, and names
/// relais did not make, are left alone; failures are ignored, since the
/// cleanup is a courtesy and the write that follows does not depend on it.
pub fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if let Some(pid) = temp_file_pid(name)
            && !process_is_alive(pid)
        {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The writer's pid in a temporary file name made by [`atomic_write`].
fn temp_file_pid(name: &str) -> Option<u32> {
    let rest = name.strip_prefix(TEMP_PREFIX)?.strip_suffix(TEMP_SUFFIX)?;
    let (pid, _random) = rest.split_once('-')?;
    pid.parse().ok()
}

/// Whether a process with this pid exists (signal 0 probes without
/// sending anything; EPERM means it exists under another user).
pub fn process_is_alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return false;
        };
        // SAFETY: kill with signal 0 only checks for the process.
        let r = unsafe { libc::kill(pid, 0) };
        r == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

/// Refuses a write to `path` when `path` lies inside `root` as written but
/// a symbolic link on the way leads outside it: a symlinked folder in
/// `locales/` must not let a command write into another tree. Paths
/// outside `root` (an explicit `--out` elsewhere) are the caller's choice
/// and are not checked. The file itself may be a link: the atomic rename
/// replaces the link, it does not write through it.
pub fn ensure_within(root: &Path, path: &Path) -> Result<()> {
    if !path.starts_with(root) {
        return Ok(());
    }
    let Ok(real_root) = root.canonicalize() else {
        return Ok(());
    };
    let mut folder = path.parent();
    while let Some(dir) = folder {
        if let Ok(real) = dir.canonicalize() {
            if real.starts_with(&real_root) {
                return Ok(());
            }
            return Err(Error::Invalid {
                file: Some(path.to_path_buf()),
                message: format!(
                    "{} leads outside the project (to {}) through a symbolic link; \
                     relais does not write there",
                    dir.display(),
                    real.display()
                ),
            });
        }
        folder = dir.parent();
    }
    Ok(())
}

/// Writes a string atomically.
pub fn atomic_write_str(path: &Path, content: &str) -> Result<()> {
    atomic_write(path, |w| w.write_all(content.as_bytes()))
}

/// Counts the bytes read from a file, for progress reporting: shared
/// between the reader and whoever draws the progress bar.
pub type ByteCounter = Arc<AtomicU64>;

struct CountingRead<R> {
    inner: R,
    counter: ByteCounter,
}

impl<R: Read> Read for CountingRead<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Opens a file for reading, decompressing gzip transparently (detected by
/// its magic bytes, not its name). `counter`, if given, counts the bytes
/// read from disk.
pub fn open_maybe_gz(path: &Path, counter: Option<ByteCounter>) -> Result<Box<dyn BufRead + Send>> {
    let file = File::open(path).with_path(path)?;
    let counter = counter.unwrap_or_default();
    let mut reader = BufReader::with_capacity(
        1 << 16,
        CountingRead {
            inner: file,
            counter,
        },
    );
    let head = reader.fill_buf().with_path(path)?;
    if head.starts_with(&[0x1f, 0x8b]) {
        let gz = flate2::read::MultiGzDecoder::new(reader);
        Ok(Box::new(BufReader::with_capacity(1 << 16, gz)))
    } else {
        Ok(Box::new(reader))
    }
}

/// What the decoder concluded about a file's encoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodingReport {
    /// The encoding used to read the file (WHATWG name, e.g. `UTF-16LE`).
    pub used: &'static str,
    /// The encoding the file declared, if any.
    pub declared: Option<String>,
    /// Set when the declaration was overruled by the bytes.
    pub warning: Option<String>,
}

/// Reads at most `n` bytes from the start of `reader` without consuming
/// them from the caller's point of view: returns the bytes and a reader
/// that yields them again followed by the rest.
/// A reader whose first bytes were read ahead and are given back first.
type Replayed<R> = io::Chain<io::Cursor<Vec<u8>>, R>;

fn peek<R: Read>(mut reader: R, n: usize) -> io::Result<(Vec<u8>, Replayed<R>)> {
    let mut head = Vec::with_capacity(n);
    (&mut reader).take(n as u64).read_to_end(&mut head)?;
    let copy = head.clone();
    Ok((copy, io::Cursor::new(head).chain(reader)))
}

/// Finds `encoding="…"` in an XML declaration at the start of `head`
/// (already known to be ASCII-compatible).
fn declared_xml_encoding(head: &[u8]) -> Option<String> {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let text = String::from_utf8_lossy(&head[..head.len().min(512)]);
    let trimmed = text.trim_start();
    if !trimmed.starts_with("<?xml") {
        return None;
    }
    let decl_end = trimmed.find("?>")?;
    let decl = &trimmed[..decl_end];
    let pos = decl.find("encoding")?;
    let rest = decl[pos + "encoding".len()..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let quote = rest.chars().next()?;
    if quote != '"' && quote != '\'' {
        return None;
    }
    let value = &rest[1..];
    let end = value.find(quote)?;
    Some(value[..end].trim().to_string())
}

/// True when `bytes` (a prefix of the file, possibly cut mid-character) is
/// valid UTF-8 and contains at least one multi-byte sequence.
fn looks_like_multibyte_utf8(bytes: &[u8]) -> bool {
    let valid_prefix = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) if e.error_len().is_none() => {
            // Cut in the middle of a character at the end of the sample.
            std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("")
        }
        Err(_) => return false,
    };
    valid_prefix.bytes().any(|b| b >= 0x80)
}

/// Opens an XML-ish file (TMX, TBX, XLIFF) as a UTF-8 stream, whatever its
/// encoding, with gzip handled transparently.
pub fn open_xml_utf8(
    path: &Path,
    counter: Option<ByteCounter>,
) -> Result<(Box<dyn BufRead + Send>, EncodingReport)> {
    const SNIFF: usize = 1 << 16;
    let raw = open_maybe_gz(path, counter)?;
    let (head, stream) = peek(raw, SNIFF).with_path(path)?;

    let bom = Encoding::for_bom(&head).map(|(enc, _)| enc);
    let declared = if bom.is_some_and(|e| e != encoding_rs::UTF_8) {
        None
    } else {
        declared_xml_encoding(&head)
    };
    let mut warning = None;

    let encoding: &'static Encoding = if let Some(enc) = bom {
        enc
    } else {
        // UTF-16 without a BOM shows NUL bytes in the ASCII markup.
        let nul_even = head.iter().step_by(2).take(64).filter(|b| **b == 0).count();
        let nul_odd = head
            .iter()
            .skip(1)
            .step_by(2)
            .take(64)
            .filter(|b| **b == 0)
            .count();
        if nul_odd > 16 && nul_even == 0 {
            encoding_rs::UTF_16LE
        } else if nul_even > 16 && nul_odd == 0 {
            encoding_rs::UTF_16BE
        } else {
            match declared
                .as_deref()
                .and_then(|d| Encoding::for_label(d.as_bytes()))
            {
                // The bytes are ASCII-compatible, so a UTF-16 declaration lies.
                Some(enc) if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE => {
                    warning = Some(format!(
                        "file declares {} but is not UTF-16; read as UTF-8",
                        declared.as_deref().unwrap_or_default()
                    ));
                    encoding_rs::UTF_8
                }
                Some(enc) if enc != encoding_rs::UTF_8 && looks_like_multibyte_utf8(&head) => {
                    warning = Some(format!(
                        "file declares {} but its bytes are UTF-8; read as UTF-8",
                        declared.as_deref().unwrap_or_default()
                    ));
                    encoding_rs::UTF_8
                }
                Some(enc) => enc,
                None => {
                    if let Some(d) = declared.as_deref() {
                        warning = Some(format!("unknown encoding '{d}' declared; read as UTF-8"));
                    }
                    encoding_rs::UTF_8
                }
            }
        }
    };

    let report = EncodingReport {
        used: encoding.name(),
        declared,
        warning,
    };
    if encoding == encoding_rs::UTF_8 {
        // Checked, not decoded: a decoder would replace an invalid byte
        // with U+FFFD and store it silently.
        let checked = Utf8Checked::new(stream);
        return Ok((Box::new(BufReader::with_capacity(1 << 16, checked)), report));
    }
    let decoder = DecodeReaderBytesBuilder::new()
        .encoding(Some(encoding))
        .bom_override(true)
        .strip_bom(true)
        .build(stream);
    Ok((Box::new(BufReader::with_capacity(1 << 16, decoder)), report))
}

/// An invalid UTF-8 sequence met while streaming a file, with its
/// position (1-based line, column in bytes). It travels inside an
/// `io::Error` so the XML layer can report it where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidUtf8 {
    /// Line of the first invalid byte.
    pub line: u64,
    /// Column (bytes) of the first invalid byte.
    pub column: u64,
}

impl std::fmt::Display for InvalidUtf8 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "invalid UTF-8 byte sequence at line {}, column {}",
            self.line, self.column
        )
    }
}

impl std::error::Error for InvalidUtf8 {}

/// Passes UTF-8 through after checking it (a leading BOM removed); the
/// first invalid sequence is an [`InvalidUtf8`] error. Input is checked a
/// buffer at a time; a multi-byte character cut by the end of a buffer is
/// carried over and checked once it is complete.
struct Utf8Checked<R> {
    inner: R,
    /// Checked bytes not yet handed out, from `ready_pos`.
    ready: Vec<u8>,
    ready_pos: usize,
    /// The start of a character cut by the end of the last buffer.
    carry: Vec<u8>,
    line: u64,
    column: u64,
    at_start: bool,
}

impl<R: BufRead> Utf8Checked<R> {
    fn new(inner: R) -> Self {
        Utf8Checked {
            inner,
            ready: Vec::new(),
            ready_pos: 0,
            carry: Vec::new(),
            line: 1,
            column: 1,
            at_start: true,
        }
    }

    fn advance(&mut self, valid: &[u8]) {
        match memchr::memrchr(b'\n', valid) {
            Some(last) => {
                self.line += crate::num::u64_sat(memchr::memchr_iter(b'\n', valid).count());
                self.column = crate::num::u64_sat(valid.len() - last);
            }
            None => self.column += crate::num::u64_sat(valid.len()),
        }
    }

    fn invalid(&mut self, valid: &[u8]) -> io::Error {
        self.advance(valid);
        io::Error::new(
            io::ErrorKind::InvalidData,
            InvalidUtf8 {
                line: self.line,
                column: self.column,
            },
        )
    }

    /// Checks the next buffer of input into `ready`; false at the end.
    fn refill(&mut self) -> io::Result<bool> {
        loop {
            let data = self.inner.fill_buf()?;
            if data.is_empty() {
                if self.carry.is_empty() {
                    return Ok(false);
                }
                // The file ends inside a character.
                return Err(self.invalid(&[]));
            }
            let mut chunk = std::mem::take(&mut self.carry);
            chunk.extend_from_slice(data);
            let taken = data.len();
            self.inner.consume(taken);
            let mut start = 0;
            if self.at_start {
                if chunk.len() < 3 && b"\xEF\xBB\xBF".starts_with(&chunk) {
                    self.carry = chunk;
                    continue;
                }
                self.at_start = false;
                if chunk.starts_with(b"\xEF\xBB\xBF") {
                    start = 3;
                }
            }
            let valid_len = match std::str::from_utf8(&chunk[start..]) {
                Ok(_) => chunk.len() - start,
                Err(e) if e.error_len().is_none() => {
                    self.carry = chunk[start + e.valid_up_to()..].to_vec();
                    e.valid_up_to()
                }
                Err(e) => {
                    let end = start + e.valid_up_to();
                    return Err(self.invalid(&chunk[start..end]));
                }
            };
            if valid_len == 0 {
                continue;
            }
            chunk.truncate(start + valid_len);
            chunk.drain(..start);
            self.advance(&chunk);
            self.ready = chunk;
            self.ready_pos = 0;
            return Ok(true);
        }
    }
}

impl<R: BufRead> Read for Utf8Checked<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.ready_pos == self.ready.len() && !self.refill()? {
            return Ok(0);
        }
        let n = buf.len().min(self.ready.len() - self.ready_pos);
        buf[..n].copy_from_slice(&self.ready[self.ready_pos..self.ready_pos + n]);
        self.ready_pos += n;
        Ok(n)
    }
}

/// Reads a whole text file (Fluent, TSV, Markdown) into a UTF-8 string.
/// A UTF-8 BOM is removed and reported; UTF-16 with a BOM is decoded.
/// Returns the text and whether a BOM was present.
pub fn read_text(path: &Path) -> Result<(String, bool)> {
    let bytes = std::fs::read(path).with_path(path)?;
    decode_text(path, &bytes)
}

/// Decodes text bytes as [`read_text`] does.
pub fn decode_text(path: &Path, bytes: &[u8]) -> Result<(String, bool)> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(Error::invalid(
                Some(path),
                format!("invalid {} text", enc.name()),
            ));
        }
        return Ok((text.into_owned(), true));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), false)),
        Err(e) => {
            let (line, column) = line_col_of(&bytes[..e.valid_up_to()]);
            Err(Error::parse(
                crate::error::Location::new(Some(path), line, column),
                "invalid UTF-8 byte sequence",
            ))
        }
    }
}

/// 1-based line and column (in characters) of the end of `prefix`.
fn line_col_of(prefix: &[u8]) -> (u64, u64) {
    let text = String::from_utf8_lossy(prefix);
    let line = text.matches('\n').count() as u64 + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u64 + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn decode(bytes: &[u8]) -> (String, EncodingReport) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.xml");
        std::fs::write(&path, bytes).unwrap();
        let (mut r, report) = open_xml_utf8(&path, None).unwrap();
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        (s, report)
    }

    #[test]
    fn utf16le_with_bom_is_decoded() {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>Größe</a>";
        let mut bytes = vec![0xFF, 0xFE];
        for u in text.encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let (s, report) = decode(&bytes);
        assert_eq!(s, text);
        assert_eq!(report.used, "UTF-16LE");
    }

    #[test]
    fn utf16be_with_bom_is_decoded() {
        let text = "<a>Maß</a>";
        let mut bytes = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            bytes.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&bytes).0, text);
    }

    #[test]
    fn a_lying_utf16_declaration_is_overruled() {
        let (s, report) = decode("<?xml version=\"1.0\" encoding=\"utf-16\"?><a>é</a>".as_bytes());
        assert!(s.ends_with("<a>é</a>"));
        assert_eq!(report.used, "UTF-8");
        assert!(report.warning.is_some());
    }

    #[test]
    fn windows_1252_is_transcoded() {
        let mut bytes = b"<?xml version=\"1.0\" encoding=\"windows-1252\"?><a>".to_vec();
        bytes.push(0xE9); // é
        bytes.extend_from_slice(b"</a>");
        let (s, report) = decode(&bytes);
        assert!(s.ends_with("<a>é</a>"), "{s}");
        assert_eq!(report.used, "windows-1252");
        assert!(report.warning.is_none());
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let (s, _) = decode(b"\xEF\xBB\xBF<a/>");
        assert_eq!(s, "<a/>");
    }

    #[test]
    fn gzip_is_transparent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.tmx.gz");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"<a>hi</a>").unwrap();
        std::fs::write(&path, gz.finish().unwrap()).unwrap();
        let (mut r, _) = open_xml_utf8(&path, None).unwrap();
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        assert_eq!(s, "<a>hi</a>");
    }

    #[test]
    fn atomic_write_replaces_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        std::fs::write(&path, "old").unwrap();
        let failed = atomic_write(&path, |w| {
            w.write_all(b"partial")?;
            Err(io::Error::other("boom"))
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        atomic_write_str(&path, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn new_files_follow_the_umask_and_replaced_files_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let fresh = dir.path().join("fresh.html");
        atomic_write_str(&fresh, "x").unwrap();
        let mode = std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
        // SAFETY: umask only reads and sets the process mask; restored at once.
        let umask = unsafe {
            let m = libc::umask(0o022);
            libc::umask(m);
            m
        };
        assert_eq!(mode, 0o666 & !umask, "mode {mode:o}");

        let kept = dir.path().join("kept.ftl");
        std::fs::write(&kept, "old").unwrap();
        std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o640)).unwrap();
        atomic_write_str(&kept, "new").unwrap();
        let mode = std::fs::metadata(&kept).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[test]
    fn temp_files_of_dead_writers_are_removed_and_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        // pid 0 is never a process relais could have been; u32::MAX - 1
        // is above any pid_max.
        let dead = dir.path().join(format!(".relais-{}-abc.tmp", u32::MAX - 1));
        let live = dir
            .path()
            .join(format!(".relais-{}-abc.tmp", std::process::id()));
        let other = dir.path().join(".relais-notes.tmp");
        for f in [&dead, &live, &other] {
            std::fs::write(f, "x").unwrap();
        }
        atomic_write_str(&dir.path().join("out.txt"), "y").unwrap();
        assert!(!dead.exists());
        assert!(live.exists());
        assert!(other.exists());
    }

    /// Everything `Utf8Checked` hands out, read through a tiny buffer so
    /// characters are cut at every possible place.
    fn checked(bytes: &[u8], capacity: usize) -> io::Result<Vec<u8>> {
        let inner = BufReader::with_capacity(capacity, bytes);
        let mut out = Vec::new();
        Utf8Checked::new(inner).read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn utf8_is_checked_not_replaced() {
        let text = "\u{feff}<a>é€𝄞\nligne ß</a>".as_bytes();
        for capacity in 1..8 {
            assert_eq!(
                checked(text, capacity).unwrap(),
                &text[3..],
                "capacity {capacity}"
            );
        }
        let bad = b"<a>\nok \xC3\xA9 \xFF</a>";
        for capacity in [1, 2, 3, 64] {
            let err = checked(bad, capacity).unwrap_err();
            let pos = err
                .get_ref()
                .unwrap()
                .downcast_ref::<InvalidUtf8>()
                .unwrap();
            assert_eq!((pos.line, pos.column), (2, 7), "capacity {capacity}");
        }
        // A file that ends inside a character.
        assert!(checked(b"<a>\xE2\x82", 64).is_err());
    }

    #[test]
    fn invalid_utf8_text_reports_line_and_column() {
        let err = decode_text(Path::new("x.ftl"), b"a = b\nc = \xFF").unwrap_err();
        assert_eq!(err.to_string(), "x.ftl:2:5: invalid UTF-8 byte sequence");
    }
}
