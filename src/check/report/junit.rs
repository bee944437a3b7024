//! JUnit XML, in the shape of the Apache Ant JUnit schema
//! (`tests/fixtures/check/JUnit.xsd`), which CI systems read:
//!
//! * one `<testsuite>` per locale (`name` = the locale), with
//!   `tests` = files, `failures` = files with a failing finding;
//! * one `<testcase>` per file (`name` = the file, `classname` =
//!   `relais.check.<locale>`), with one `<failure>` listing the file's
//!   errors (and warnings under `--deny warnings`);
//! * the other findings (warnings, infos) in the suite's `<system-out>`.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::check::report::options::{RenderOptions, fails};
use crate::check::summary::Report;
use crate::formats::xml::{escape_attr, escape_text, is_xml_char};
use crate::model::Finding;

fn clean(s: &str) -> String {
    s.chars().filter(|c| is_xml_char(*c)).collect()
}

fn line(f: &Finding) -> String {
    let place = match (f.line, f.column) {
        (Some(l), Some(c)) => format!("{}:{l}:{c}", f.file),
        _ => f.file.clone(),
    };
    format!(
        "{place}: {}[{}]: {}\n",
        f.severity.as_str(),
        f.check,
        f.message
    )
}

/// Renders the report as JUnit XML.
pub fn render(report: &Report, options: RenderOptions) -> String {
    let timestamp = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S").to_string();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
    let mut by_locale: BTreeMap<&str, BTreeMap<&str, Vec<&Finding>>> = BTreeMap::new();
    for (locale, files) in &report.files {
        let slot = by_locale.entry(locale).or_default();
        for f in files {
            slot.entry(f).or_default();
        }
    }
    for f in &report.findings {
        by_locale
            .entry(&f.locale)
            .or_default()
            .entry(&f.file)
            .or_default()
            .push(f);
    }
    for (id, (locale, files)) in by_locale.iter().enumerate() {
        let failing = files
            .values()
            .filter(|fs| fs.iter().any(|f| fails(f.severity, options.deny_warnings)))
            .count();
        let _ = writeln!(
            out,
            "  <testsuite package=\"relais.check\" id=\"{id}\" name=\"{}\" timestamp=\"{timestamp}\" hostname=\"localhost\" tests=\"{}\" failures=\"{failing}\" errors=\"0\" skipped=\"0\" time=\"{:.3}\">",
            escape_attr(&clean(locale)),
            files.len(),
            options.seconds
        );
        let _ = writeln!(
            out,
            "    <properties>\n      <property name=\"locale\" value=\"{}\"/>\n    </properties>",
            escape_attr(&clean(locale))
        );
        let mut system_out = String::new();
        for (file, findings) in files {
            let _ = write!(
                out,
                "    <testcase name=\"{}\" classname=\"relais.check.{}\" time=\"0\"",
                escape_attr(&clean(file)),
                escape_attr(&clean(locale))
            );
            let failed: Vec<&&Finding> = findings
                .iter()
                .filter(|f| fails(f.severity, options.deny_warnings))
                .collect();
            for f in findings
                .iter()
                .filter(|f| !fails(f.severity, options.deny_warnings))
            {
                system_out.push_str(&line(f));
            }
            if failed.is_empty() {
                out.push_str("/>\n");
                continue;
            }
            let text: String = failed.iter().map(|f| line(f)).collect();
            let summary = format!("{}: {}", failed[0].check, failed[0].message);
            let summary = if failed.len() > 1 {
                format!("{summary} (+{} more)", failed.len() - 1)
            } else {
                summary
            };
            let _ = writeln!(
                out,
                ">\n      <failure message=\"{}\" type=\"relais-check\">{}</failure>\n    </testcase>",
                escape_attr(&clean(&summary)),
                escape_text(&clean(&text))
            );
        }
        let _ = writeln!(
            out,
            "    <system-out>{}</system-out>\n    <system-err></system-err>\n  </testsuite>",
            escape_text(&clean(&system_out))
        );
    }
    out.push_str("</testsuites>\n");
    out
}
