//! The module map of `src/lib.rs` kept true: imports run top-down between
//! folders, no two files import each other, and files stay small enough to
//! read (command files under 150 lines, every other source file under 800,
//! unit-test files aside).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Layers of the module map, top to bottom; a folder may use the folders
/// of lower layers only (and `publish` may use `check`).
const LAYERS: &[(&str, u8)] = &[
    ("cli", 4),
    ("publish", 3),
    ("check", 3),
    ("tm", 2),
    ("glossary", 2),
    ("align", 2),
    ("fluent", 2),
    ("formats", 1),
];

fn layer(folder: &str) -> u8 {
    // Everything else (model, lang, error, files, lock, num, json, style,
    // sys, i18n, project) is the ground.
    LAYERS
        .iter()
        .find(|(f, _)| *f == folder)
        .map_or(0, |(_, l)| *l)
}

struct SourceFile {
    path: PathBuf,
    /// Module path, e.g. `["publish", "align", "review"]`.
    module: Vec<String>,
    /// The code before its `#[cfg(test)]` module, comment lines left out.
    code: String,
    lines: usize,
}

fn source_files() -> Vec<SourceFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                let rel = path.strip_prefix(&root).unwrap().with_extension("");
                let mut module: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                if matches!(
                    module.last().map(String::as_str),
                    Some("mod" | "lib" | "main")
                ) {
                    module.pop();
                }
                let before_tests = text.split("#[cfg(test)]").next().unwrap_or("");
                let code = before_tests
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .collect::<Vec<_>>()
                    .join("\n");
                files.push(SourceFile {
                    lines: text.lines().count(),
                    path,
                    module,
                    code,
                });
            }
        }
    }
    files
}

/// The paths a `use` tree names: `a::{b, c::{d, e}}` gives `a::b`,
/// `a::c::d`, `a::c::e`.
fn expand_use(tree: &str) -> Vec<Vec<String>> {
    fn split_top(s: &str) -> Vec<&str> {
        let (mut depth, mut start, mut parts) = (0, 0, Vec::new());
        for (i, c) in s.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    parts.push(&s[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        parts.push(&s[start..]);
        parts
    }
    fn rec(prefix: &[String], tree: &str, out: &mut Vec<Vec<String>>) {
        for part in split_top(tree).into_iter().filter(|p| !p.is_empty()) {
            if let Some(open) = part.find('{') {
                let mut p = prefix.to_vec();
                p.extend(
                    part[..open]
                        .split("::")
                        .filter(|s| !s.is_empty())
                        .map(String::from),
                );
                rec(&p, &part[open + 1..part.len() - 1], out);
            } else {
                let mut p = prefix.to_vec();
                p.extend(
                    part.split("::")
                        .filter(|s| !s.is_empty())
                        .map(|s| s.split(" as ").next().unwrap_or(s).to_string()),
                );
                out.push(p);
            }
        }
    }
    let compact: String = tree
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" ::", "::")
        .replace(":: ", "::")
        .replace(", ", ",")
        .replace("{ ", "{")
        .replace(" }", "}");
    let mut out = Vec::new();
    rec(&[], &compact, &mut out);
    out
}

/// The files each file imports (by `use` or by a `crate::` path).
fn imports(files: &[SourceFile]) -> BTreeMap<PathBuf, BTreeSet<PathBuf>> {
    let by_module: BTreeMap<&[String], &Path> = files
        .iter()
        .map(|f| (f.module.as_slice(), f.path.as_path()))
        .collect();
    let resolve = |path: &[String]| -> Option<&Path> {
        (1..=path.len())
            .rev()
            .find_map(|n| by_module.get(&path[..n]).copied())
    };
    let mut edges = BTreeMap::new();
    for f in files {
        let mut targets = Vec::new();
        for statement in f.code.split(';') {
            let Some(start) = statement.find("use ") else {
                continue;
            };
            if statement[..start]
                .trim()
                .trim_start_matches("pub")
                .trim_start_matches("(crate)")
                .trim_start_matches("(super)")
                .trim()
                .chars()
                .any(|c| !c.is_whitespace() && c != '}')
            {
                continue;
            }
            for path in expand_use(&statement[start + 4..]) {
                let mut base: Vec<String> = f.module.clone();
                let rest = match path.first().map(String::as_str) {
                    Some("crate") => {
                        base.clear();
                        &path[1..]
                    }
                    Some("self") => &path[1..],
                    Some("super") => {
                        let ups = path.iter().take_while(|p| *p == "super").count();
                        base.truncate(base.len().saturating_sub(ups));
                        &path[ups..]
                    }
                    _ => continue,
                };
                base.extend(rest.iter().cloned());
                targets.push(base);
            }
        }
        for (i, _) in f.code.match_indices("crate::") {
            let path: Vec<String> = f.code[i + 7..]
                .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .next()
                .unwrap_or("")
                .split("::")
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            targets.push(path);
        }
        let set: BTreeSet<PathBuf> = targets
            .iter()
            .filter_map(|t| resolve(t))
            .filter(|t| *t != f.path)
            .map(Path::to_path_buf)
            .collect();
        edges.insert(f.path.clone(), set);
    }
    edges
}

fn rel(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .display()
        .to_string()
}

#[test]
fn no_two_files_import_each_other() {
    let files = source_files();
    let edges = imports(&files);
    let mut cycles = Vec::new();
    for (a, targets) in &edges {
        for b in targets {
            if a < b && edges.get(b).is_some_and(|t| t.contains(a)) {
                cycles.push(format!("{} <-> {}", rel(a), rel(b)));
            }
        }
    }
    assert!(cycles.is_empty(), "files importing each other: {cycles:#?}");
    // The resolver finds real imports (a broken one would pass vacuously).
    let cli_mod = edges
        .iter()
        .find(|(p, _)| p.ends_with("src/cli/mod.rs"))
        .unwrap();
    assert!(cli_mod.1.iter().any(|p| p.ends_with("src/cli/ctx.rs")));
}

#[test]
fn folders_use_only_the_layers_below_them() {
    let files = source_files();
    let mut upward = Vec::new();
    for f in &files {
        let Some(folder) = f.module.first() else {
            continue;
        };
        for (i, _) in f.code.match_indices("crate::") {
            let target: String = f.code[i + 7..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // The ground's modules use each other (bottom-up, as lib.rs says).
            let allowed = target == *folder
                || layer(&target) < layer(folder)
                || (layer(&target) == 0 && layer(folder) == 0)
                || (folder == "publish" && target == "check");
            if !allowed {
                upward.push(format!("{} uses crate::{target}", rel(&f.path)));
            }
        }
    }
    upward.sort();
    upward.dedup();
    assert!(
        upward.is_empty(),
        "imports against the data flow: {upward:#?}"
    );
}

#[test]
fn files_stay_readable() {
    let mut long = Vec::new();
    for f in source_files() {
        let is_tests = f.path.file_name().is_some_and(|n| n == "tests.rs");
        let limit = if f.module.first().is_some_and(|m| m == "cli") {
            150
        } else {
            800
        };
        if !is_tests && f.lines >= limit {
            long.push(format!(
                "{}: {} lines (limit {limit})",
                rel(&f.path),
                f.lines
            ));
        }
    }
    assert!(long.is_empty(), "files too long: {long:#?}");
}

#[test]
fn use_trees_expand_to_every_path() {
    assert_eq!(
        expand_use("crate::a::{b, c::{d, e as f}}"),
        [
            vec!["crate", "a", "b"],
            vec!["crate", "a", "c", "d"],
            vec!["crate", "a", "c", "e"],
        ]
    );
}
