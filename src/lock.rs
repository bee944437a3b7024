//! Advisory file locks between relais processes.
//!
//! Two locks exist, always taken in this order so that two commands can
//! never wait on each other:
//!
//! 1. the **project lock** (`.relais/project.lock`), held by every command
//!    that changes project files (`extract`, `pretranslate`, `sync`,
//!    `review`, `xliff import`, `build`, `glossary import`, and `tm import`
//!    / `tm add` when they record what they add), from before it reads the
//!    files it plans to change until its last write and TM commit. Two
//!    such commands therefore run one after the other, and neither loses
//!    the other's change. Commands that only read take no lock: every
//!    file write is atomic, so they see each file either before or after;
//! 2. the **TM lock** (`<tm>.lock`, beside the store), held while the
//!    store is open, so that relais can clean the storage engine's
//!    temporary files safely before opening it.
//!
//! The operating system releases a lock when its holder exits, even when
//! it is killed, so a stale lock never needs deleting by hand. The file
//! records the holder's pid and command for the error message.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::error::{Error, IoResultExt, Result};

/// What a lock protects, for the error message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockKind {
    /// The project's files.
    Project,
    /// A translation memory.
    Tm,
}

/// A held lock; released when dropped (or when the process ends).
#[derive(Debug)]
pub struct FileLock {
    _file: File,
    path: PathBuf,
}

impl FileLock {
    /// Takes the lock at `path`, waiting up to `wait` for another process
    /// to release it. `command` is recorded for whoever waits next.
    pub fn acquire(path: &Path, kind: LockKind, wait: Duration, command: &str) -> Result<FileLock> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_path(dir)?;
        }
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
            .with_path(path)?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) => {
                    if started.elapsed() >= wait {
                        return Err(locked_error(&mut file, path, kind, started.elapsed()));
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(TryLockError::Error(e)) => return Err(Error::io(path, e)),
            }
        }
        // Who holds it, for a process that waits on us.
        let holder = format!("{} {command}\n", std::process::id());
        file.set_len(0).with_path(path)?;
        file.rewind().with_path(path)?;
        file.write_all(holder.as_bytes()).with_path(path)?;
        Ok(FileLock {
            _file: file,
            path: path.to_path_buf(),
        })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

fn locked_error(file: &mut File, path: &Path, kind: LockKind, waited: Duration) -> Error {
    let mut recorded = String::new();
    let _ = file.read_to_string(&mut recorded);
    let holder = recorded.trim();
    let waited_secs = waited.as_secs();
    match kind {
        LockKind::Project => Error::ProjectLocked {
            path: path.to_path_buf(),
            holder: (!holder.is_empty()).then(|| holder.to_string()),
            waited_secs,
        },
        // The TM's lock file lives inside the TM directory.
        LockKind::Tm => Error::Locked {
            path: path.parent().unwrap_or(path).to_path_buf(),
            waited_secs,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_waits_then_gets_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".relais/project.lock");
        let first =
            FileLock::acquire(&path, LockKind::Project, Duration::ZERO, "xliff import").unwrap();
        let err = FileLock::acquire(
            &path,
            LockKind::Project,
            Duration::from_millis(120),
            "pretranslate",
        )
        .unwrap_err();
        let text = err.to_string();
        assert!(text.contains("xliff import"), "{text}");
        assert!(text.contains(&std::process::id().to_string()), "{text}");
        drop(first);
        FileLock::acquire(&path, LockKind::Project, Duration::ZERO, "pretranslate").unwrap();
    }

    #[test]
    fn a_waiting_process_gets_the_lock_when_it_is_released() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("project.lock");
        let first = FileLock::acquire(&path, LockKind::Project, Duration::ZERO, "a").unwrap();
        let waiter = {
            let path = path.clone();
            std::thread::spawn(move || {
                FileLock::acquire(&path, LockKind::Project, Duration::from_secs(10), "b").is_ok()
            })
        };
        std::thread::sleep(Duration::from_millis(150));
        drop(first);
        assert!(waiter.join().unwrap());
    }
}
