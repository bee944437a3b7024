//! Suppressed findings.
//!
//! A finding is suppressed by:
//! * a `# relais-ignore: CHECK-ID[@locale] reason` line in the comment of
//!   its message, in the translation's file (for that file), or in the
//!   source file (for every locale, or the one after `@`);
//! * a `[[suppress]]` table in `relais.toml` (`check`, and optionally
//!   `locale` and `message`; `reason` is required there).
//!
//! A suppression without a reason is not applied and is itself a finding
//! (`suppression-without-reason`); one that matched nothing in the run is
//! reported as `unused-suppression`. Neither can be suppressed.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::check::ids;
use crate::check::message::FileIndex;
use crate::lang::LangTag;
use crate::model::Finding;
use crate::project::Suppression;

/// A `relais-ignore` comment of a file.
#[derive(Debug, Clone)]
pub struct CommentSuppression {
    /// The message it is attached to.
    pub key: String,
    /// The check id.
    pub check: String,
    /// Only in this locale.
    pub locale: Option<LangTag>,
    /// The reason (empty: not applied).
    pub reason: String,
    /// Byte offset of its line.
    pub offset: usize,
}

impl CommentSuppression {
    fn matches(&self, f: &Finding) -> bool {
        !self.reason.is_empty()
            && f.check == self.check
            && f.message_id.as_deref() == Some(self.key.as_str())
            && self
                .locale
                .as_ref()
                .is_none_or(|l| *l == LangTag::lenient(&f.locale))
    }
}

/// The `relais-ignore` comments of an indexed file.
pub fn comments(index: &FileIndex) -> Vec<CommentSuppression> {
    index
        .entries
        .iter()
        .flat_map(|e| {
            e.ignores.iter().map(|i| CommentSuppression {
                key: e.key.clone(),
                check: i.ignore.check.clone(),
                locale: i.ignore.locale.as_deref().map(LangTag::lenient),
                reason: i.ignore.reason.clone(),
                offset: i.offset,
            })
        })
        .collect()
}

/// The `[[suppress]]` tables of `relais.toml`, with what they matched.
#[derive(Debug, Default)]
pub struct ConfigSuppressions {
    list: Vec<Suppression>,
    used: Vec<AtomicBool>,
    lines: Vec<u64>,
}

impl ConfigSuppressions {
    /// The tables, and their lines in the configuration's text.
    pub fn new(list: &[Suppression], config_text: Option<&str>) -> Self {
        let mut lines: Vec<u64> = config_text
            .map(|text| {
                text.lines()
                    .enumerate()
                    .filter(|(_, l)| l.trim_start().starts_with("[[suppress]]"))
                    .map(|(i, _)| i as u64 + 1)
                    .collect()
            })
            .unwrap_or_default();
        lines.resize(list.len(), 1);
        ConfigSuppressions {
            list: list.to_vec(),
            used: list.iter().map(|_| AtomicBool::new(false)).collect(),
            lines,
        }
    }

    fn matches(&self, f: &Finding) -> bool {
        let mut hit = false;
        for (i, s) in self.list.iter().enumerate() {
            let ok = s.check == f.check
                && s.locale
                    .as_deref()
                    .is_none_or(|l| LangTag::lenient(l) == LangTag::lenient(&f.locale))
                && s.message
                    .as_deref()
                    .is_none_or(|m| f.message_id.as_deref() == Some(m));
            if ok {
                self.used[i].store(true, Ordering::Relaxed);
                hit = true;
            }
        }
        hit
    }

    /// The tables that matched nothing: (index, line, check id).
    pub fn unused(&self) -> Vec<(usize, u64, &Suppression)> {
        self.list
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.used[*i].load(Ordering::Relaxed))
            .map(|(i, s)| (i, self.lines[i], s))
            .collect()
    }
}

/// Removes suppressed findings (and findings of checks that are off).
/// `local` are the file's own comments, `inherited` the source file's
/// (with their usage flags, shared by every locale). Returns the number
/// suppressed.
pub fn apply(
    findings: &mut Vec<Finding>,
    local: &[CommentSuppression],
    local_used: &mut [bool],
    inherited: &[CommentSuppression],
    inherited_used: &mut [bool],
    config: &ConfigSuppressions,
) -> usize {
    let mut suppressed = 0;
    findings.retain(|f| {
        if ids::is_meta(&f.check) {
            return true;
        }
        let mut hit = false;
        for (i, s) in local.iter().enumerate() {
            if s.matches(f) {
                local_used[i] = true;
                hit = true;
            }
        }
        for (i, s) in inherited.iter().enumerate() {
            if s.matches(f) {
                inherited_used[i] = true;
                hit = true;
            }
        }
        hit |= config.matches(f);
        let off = f.severity == crate::model::Severity::Off;
        if hit && !off {
            suppressed += 1;
        }
        !hit && !off
    });
    suppressed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Severity;

    fn finding(check: &str, locale: &str, id: &str) -> Finding {
        Finding {
            check: check.into(),
            severity: Severity::Warning,
            locale: locale.into(),
            file: "x.ftl".into(),
            line: Some(1),
            column: Some(1),
            message_id: Some(id.into()),
            message: String::new(),
            attribute: None,
            entries: None,
            concept: None,
            term: None,
            span: None,
            reason: None,
            expected: None,
            snippet: None,
            width: 1,
            reference: None,
        }
    }

    fn comment(key: &str, check: &str, locale: Option<&str>, reason: &str) -> CommentSuppression {
        CommentSuppression {
            key: key.into(),
            check: check.into(),
            locale: locale.map(LangTag::lenient),
            reason: reason.into(),
            offset: 0,
        }
    }

    #[test]
    fn comments_and_tables_suppress_matching_findings() {
        let mut fs = vec![
            finding("untranslated", "de", "a"),
            finding("untranslated", "de", "b"),
            finding("typography", "de", "c"),
            finding("typography", "de", "d"),
        ];
        let local = [comment("a", "untranslated", None, "a name")];
        let inherited = [
            comment("b", "untranslated", Some("it"), "Italian only"),
            comment("c", "typography", Some("de-DE"), ""),
            comment("d", "typography", Some("DE"), "quoted title"),
        ];
        let table = Suppression {
            check: "untranslated".into(),
            locale: Some("de".into()),
            message: Some("b".into()),
            reason: "checked".into(),
        };
        let config = ConfigSuppressions::new(
            &[table],
            Some("source_locale = \"fr\"\n\n[[suppress]]\ncheck = \"untranslated\"\n"),
        );
        let mut lu = [false];
        let mut iu = [false; 3];
        let n = apply(&mut fs, &local, &mut lu, &inherited, &mut iu, &config);
        assert_eq!(n, 3);
        // Only c stays: its suppression has no reason.
        assert_eq!(fs.len(), 1);
        assert_eq!(fs[0].message_id.as_deref(), Some("c"));
        assert_eq!(lu, [true]);
        assert_eq!(iu, [false, false, true]);
        assert!(config.unused().is_empty());
        let unused = ConfigSuppressions::new(
            &[Suppression {
                check: "x".into(),
                locale: None,
                message: None,
                reason: "r".into(),
            }],
            Some("a = 1\n[[suppress]]\n"),
        );
        assert_eq!(unused.unused()[0].1, 2);
    }

    #[test]
    fn findings_of_checks_that_are_off_are_dropped_but_not_counted() {
        let mut f = finding("typography", "de", "a");
        f.severity = Severity::Off;
        let mut fs = vec![f];
        let n = apply(
            &mut fs,
            &[],
            &mut [],
            &[],
            &mut [],
            &ConfigSuppressions::default(),
        );
        assert_eq!((n, fs.len()), (0, 0));
    }
}
