//! A reader that stops early (`relais … | head`) ends the command quietly:
//! no panic, exit 0, as Unix tools behave.

use std::io::Read;
use std::path::Path;
use std::process::Stdio;

use crate::common::relais_std;

/// Runs relais in the repository with stdout on a pipe that is closed after
/// the first bytes; returns the exit code and stderr. The outputs used here
/// are larger than a pipe's buffer (64 KiB), so the write must fail.
fn closed_early(args: &[&str]) -> (Option<i32>, String) {
    let mut child = relais_std(Path::new(env!("CARGO_MANIFEST_DIR")))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("relais starts");
    let mut stdout = child.stdout.take().expect("stdout piped");
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let output = child.wait_with_output().expect("relais ends");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn json_document_to_a_closed_pipe_exits_zero_without_panic() {
    let (code, stderr) = closed_early(&["glossary", "list", "--json"]);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn completions_to_a_closed_pipe_exit_zero_without_panic() {
    let (code, stderr) = closed_early(&["completions", "bash"]);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(code, Some(0), "{stderr}");
}
