//! SARIF 2.1.0, for code-scanning tools (valid against the OASIS schema,
//! `tests/fixtures/check/sarif-schema-2.1.0.json`).
//!
//! One run; the driver `relais` lists every check id as a rule with its
//! default level (`error`, `warning`, `note` for info). Each finding is a
//! result with the rule, its level, message, the file relative to the
//! `PROJECTROOT` base (the project or `--files` directory) and, when known,
//! the line and column (columns count Unicode code points). The locale,
//! message id and attribute are result properties, and the message id is
//! also the logical location.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::{Value, json};

use crate::check::ids::CHECKS;
use crate::check::summary::Report;
use crate::model::Finding;
use crate::model::Severity;
use crate::t;

/// The schema URI written in `$schema`.
pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        _ => "note",
    }
}

/// Percent-encodes a path for a URI (RFC 3986 unreserved characters and
/// `/` kept).
pub fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn result(f: &Finding) -> Value {
    let index = CHECKS.iter().position(|c| c.id == f.check);
    let mut physical = json!({
        "artifactLocation": {"uri": uri_path(&f.file), "uriBaseId": "PROJECTROOT"}
    });
    if let Some(line) = f.line {
        let mut region = json!({"startLine": line});
        if let Some(column) = f.column {
            region["startColumn"] = json!(column);
            region["endColumn"] = json!(column + f.width.max(1) as u64);
        }
        physical["region"] = region;
    }
    // Something missing from a file has no line there: the result points at
    // the reference (the source message), and names the file it is missing
    // from as a related location.
    let mut related = None;
    if let (None, Some((file, line))) = (f.line, &f.reference) {
        related = Some(physical.clone());
        physical = json!({
            "artifactLocation": {"uri": uri_path(file), "uriBaseId": "PROJECTROOT"},
            "region": {"startLine": line},
        });
    }
    let mut location = json!({"physicalLocation": physical});
    if let Some(id) = &f.message_id {
        let name = match &f.attribute {
            Some(a) => format!("{id}.{a}"),
            None => id.clone(),
        };
        location["logicalLocations"] = json!([{"name": name, "kind": "member"}]);
    }
    let mut properties = json!({"locale": f.locale});
    if let Some(id) = &f.message_id {
        properties["message_id"] = json!(id);
    }
    if let Some(a) = &f.attribute {
        properties["attribute"] = json!(a);
    }
    for (key, value) in [
        ("concept", &f.concept),
        ("term", &f.term),
        ("reason", &f.reason),
    ] {
        if let Some(v) = value {
            properties[key] = json!(v);
        }
    }
    if let Some(e) = &f.expected {
        properties["expected"] = json!(e);
    }
    let mut r = json!({
        "ruleId": f.check,
        "level": level(f.severity),
        "message": {"text": f.message},
        "locations": [location],
        "properties": properties,
    });
    if let Some(i) = index {
        r["ruleIndex"] = json!(i);
    }
    if let Some(missing_from) = related {
        r["relatedLocations"] = json!([{"id": 0, "physicalLocation": missing_from}]);
    }
    r
}

/// Where each rule is documented: its row of `docs/check.md` in the
/// repository relais was built from (`repository` in Cargo.toml). SARIF
/// wants an absolute URI, so a build without a repository URL gives none.
fn with_help_uris(mut rules: Vec<Value>) -> Vec<Value> {
    let repository = env!("CARGO_PKG_REPOSITORY").trim_end_matches('/');
    if repository.is_empty() {
        return rules;
    }
    for rule in &mut rules {
        let id = rule["id"].as_str().unwrap_or_default().to_string();
        rule["helpUri"] = json!(format!("{repository}/blob/main/docs/check.md#{id}"));
    }
    rules
}

/// Renders the report as a SARIF log.
pub fn render(report: &Report, root: &Path) -> String {
    let rules: Vec<Value> = CHECKS
        .iter()
        .map(|c| {
            json!({
                "id": c.id,
                "shortDescription": {"text": t!(&format!("check-rule-{}", c.id))},
                "help": {"text": t!(&format!("check-rule-{}", c.id))},
                "defaultConfiguration": {"level": level(c.default)},
            })
        })
        .collect();
    let rules = with_help_uris(rules);
    let mut base = uri_path(&root.to_string_lossy().replace('\\', "/"));
    if !base.starts_with('/') {
        base.insert(0, '/');
    }
    if !base.ends_with('/') {
        base.push('/');
    }
    let log = json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "relais",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "originalUriBaseIds": {"PROJECTROOT": {"uri": format!("file://{base}")}},
            "columnKind": "unicodeCodePoints",
            "results": report.findings.iter().map(result).collect::<Vec<_>>(),
        }],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_percent_encoded() {
        assert_eq!(uri_path("locales/de/x y.ftl"), "locales/de/x%20y.ftl");
        assert_eq!(uri_path("é"), "%C3%A9");
    }
}
