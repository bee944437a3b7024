//! [`Emitter`]: how every check of one file makes its findings, with the
//! severity `relais.toml` gives the check in the file's locale and the
//! line, column and text of the offending place.

use crate::check::inputs::SetKind;
use crate::check::settings::Settings;
use crate::fluent::FtlResource;
use crate::model::{Finding, Severity};

/// Makes findings for one file.
pub struct Emitter<'a> {
    res: Option<&'a FtlResource>,
    file: &'a str,
    locale: &'a str,
    kind: SetKind,
    settings: &'a Settings,
    /// The findings so far.
    pub findings: Vec<Finding>,
}

impl<'a> Emitter<'a> {
    /// An emitter for `file` (parsed as `res`, when it exists) in `locale`.
    pub fn new(
        res: Option<&'a FtlResource>,
        file: &'a str,
        locale: &'a str,
        kind: SetKind,
        settings: &'a Settings,
    ) -> Self {
        Emitter {
            res,
            file,
            locale,
            kind,
            settings,
            findings: Vec::new(),
        }
    }

    /// Whether a check is off in this file's locale.
    pub fn is_off(&self, check: &str) -> bool {
        self.settings.severity(check, self.locale, self.kind, None) == Severity::Off
    }

    /// Adds a finding at a byte offset of the file (or about the whole
    /// file) and returns it for extra fields.
    pub fn emit(
        &mut self,
        check: &str,
        at: Option<usize>,
        message_id: Option<&str>,
        message: String,
    ) -> &mut Finding {
        self.emit_with_default(check, at, message_id, message, None)
    }

    /// [`Emitter::emit`] with a finding-specific default severity.
    pub fn emit_with_default(
        &mut self,
        check: &str,
        at: Option<usize>,
        message_id: Option<&str>,
        message: String,
        default: Option<Severity>,
    ) -> &mut Finding {
        let severity = self
            .settings
            .severity(check, self.locale, self.kind, default);
        let (line, column, snippet) = match (self.res, at) {
            (Some(res), Some(offset)) => {
                let (line, column) = res.line_col(offset.min(res.text.len()));
                (
                    Some(line),
                    Some(column),
                    Some(res.line_text(line).to_string()),
                )
            }
            _ => (None, None, None),
        };
        let mut finding = Finding::new(check, severity, self.locale, self.file, message);
        finding.line = line;
        finding.column = column;
        finding.message_id = message_id.map(str::to_string);
        finding.snippet = snippet;
        self.findings.push(finding);
        self.findings.last_mut().expect("just pushed")
    }
}
