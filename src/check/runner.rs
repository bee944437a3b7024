//! Runs the checks over a [`Plan`].
//!
//! Work is split per source file: the source is read and checked once,
//! then its translations are read and compared in parallel (rayon), and
//! every parsed file is dropped as soon as its findings are made, so memory
//! holds at most a source and a translation per thread at work, whatever
//! the size of the tree. Findings are sorted at the end, so the output does
//! not depend on the scheduling.

use std::path::Path;

use indicatif::ProgressBar;
use rayon::prelude::*;

use crate::check::content::{self, PairCtx};
use crate::check::emit::Emitter;
use crate::check::ids;
use crate::check::inputs::{FileGroup, FileSet, Plan, SetKind};
use crate::check::message::{FileIndex, located_runs};
use crate::check::parity::{self, ast_pattern};
use crate::check::plural;
use crate::check::settings::{LocaleRules, Settings};
use crate::check::summary::{LocaleSummary, Report};
use crate::check::suppress::{self, CommentSuppression, ConfigSuppressions};
use crate::check::typography::{self, Issue};
use crate::error::{Error, Result};
use crate::fluent::FtlResource;
use crate::fluent::parser_input::Part;
use crate::glossary::{TermChecker, TermUnit};
use crate::model::Severity;
use crate::model::{Finding, sort_findings};
use crate::t;

/// Runs checks with a settings and an optional terminology source.
pub struct Checker<'a> {
    /// Severities and options.
    pub settings: &'a Settings,
    /// Terminology findings.
    pub glossary: Option<&'a dyn TermChecker>,
    /// Advanced once per source file.
    pub progress: ProgressBar,
}

/// Runs every check of a plan.
pub fn run(plan: &Plan, settings: &Settings) -> Result<Report> {
    Checker {
        settings,
        glossary: None,
        progress: ProgressBar::hidden(),
    }
    .run(plan)
}

/// Counts of one file set and locale.
#[derive(Debug, Default, Clone)]
struct Counts {
    locale: String,
    file: String,
    files: usize,
    messages: usize,
    suppressed: usize,
}

#[derive(Debug, Default)]
struct Output {
    findings: Vec<Finding>,
    counts: Vec<Counts>,
}

/// A file read for checking: parsed, or a finding saying why it cannot be.
enum Loaded {
    Parsed(Box<FtlResource>),
    Unreadable {
        line: u64,
        column: u64,
        message: String,
    },
}

fn load(path: &Path, part: Part) -> Result<Loaded> {
    match FtlResource::load_part(path, part) {
        Ok(r) => Ok(Loaded::Parsed(Box::new(r))),
        Err(Error::Parse { location, message }) => Ok(Loaded::Unreadable {
            line: location.line,
            column: location.column,
            message,
        }),
        Err(Error::Invalid { message, .. }) => Ok(Loaded::Unreadable {
            line: 1,
            column: 1,
            message,
        }),
        Err(e) => Err(e),
    }
}

/// One count per (locale, file): the parts of a file add up.
fn merge_counts(counts: Vec<Counts>) -> Vec<Counts> {
    let mut merged: Vec<Counts> = Vec::with_capacity(counts.len());
    for c in counts {
        match merged
            .iter_mut()
            .find(|m| m.locale == c.locale && m.file == c.file)
        {
            Some(m) => {
                m.files += c.files;
                m.messages += c.messages;
                m.suppressed += c.suppressed;
            }
            None => merged.push(c),
        }
    }
    merged
}

/// One `missing-file` finding per translation file, counting the entries
/// of every part of its source.
fn merge_missing_files(findings: &mut Vec<Finding>, source_file: &str) {
    let mut kept: Vec<Finding> = Vec::with_capacity(findings.len());
    for f in findings.drain(..) {
        if f.check != ids::MISSING_FILE {
            kept.push(f);
            continue;
        }
        match kept
            .iter_mut()
            .find(|k| k.check == ids::MISSING_FILE && k.locale == f.locale && k.file == f.file)
        {
            Some(k) => {
                let total = k.entries.unwrap_or(0) + f.entries.unwrap_or(0);
                k.entries = Some(total);
                k.message = t!("check-missing-file", "entries" => total, "source" => source_file);
            }
            None => kept.push(f),
        }
    }
    *findings = kept;
}

fn unreadable(em: &mut Emitter<'_>, line: u64, column: u64, message: String) {
    let f = em.emit(ids::SYNTAX_ERROR, None, None, message);
    f.line = Some(line);
    f.column = Some(column);
}

/// A path as shown in findings: relative to the root, with `/`.
pub fn display_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

impl Checker<'_> {
    /// Checks every file of the plan.
    pub fn run(&self, plan: &Plan) -> Result<Report> {
        let config_text = plan
            .config_file
            .as_ref()
            .and_then(|p| std::fs::read_to_string(p).ok());
        let config =
            ConfigSuppressions::new(&self.settings.config.suppress, config_text.as_deref());
        let rules: Vec<(LocaleRules, Vec<LocaleRules>)> = plan
            .sets
            .iter()
            .map(|s| {
                (
                    self.settings.locale(&s.source.name, &s.source.tag),
                    s.targets
                        .iter()
                        .map(|t| self.settings.locale(&t.name, &t.tag))
                        .collect(),
                )
            })
            .collect();
        let jobs: Vec<(usize, &FileGroup)> = plan
            .sets
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.groups.iter().map(move |g| (i, g)))
            .collect();
        self.progress.set_length(jobs.len() as u64);
        let outputs: Vec<Result<Output>> = jobs
            .par_iter()
            .map(|(i, group)| {
                let set = &plan.sets[*i];
                let out = self.check_group(plan, set, &rules[*i], group, &config);
                self.progress.inc(1);
                out
            })
            .collect();
        let mut report = Report::default();
        for set in &plan.sets {
            report
                .summary
                .by_locale
                .entry(set.source.name.clone())
                .or_default();
            for t in &set.targets {
                report.summary.by_locale.entry(t.name.clone()).or_default();
            }
        }
        for out in outputs {
            let out = out?;
            report.findings.extend(out.findings);
            for c in out.counts {
                report
                    .files
                    .entry(c.locale.clone())
                    .or_default()
                    .insert(c.file);
                let l: &mut LocaleSummary = report.summary.by_locale.entry(c.locale).or_default();
                l.files += c.files;
                l.messages += c.messages;
                l.suppressed += c.suppressed;
                report.summary.files += c.files;
                report.summary.messages += c.messages;
            }
        }
        if let Some(config_file) = &plan.config_file {
            let file = display_path(&plan.root, config_file);
            for (_, line, s) in config.unused() {
                let locale = s
                    .locale
                    .clone()
                    .unwrap_or_else(|| plan.sets[0].source.name.clone());
                if ids::info(&s.check).is_some()
                    && self
                        .settings
                        .severity(&s.check, &locale, SetKind::Documents, None)
                        == Severity::Off
                {
                    continue;
                }
                let mut em = Emitter::new(None, &file, &locale, SetKind::Documents, self.settings);
                let f = em.emit(
                    ids::UNUSED_SUPPRESSION,
                    None,
                    s.message.as_deref(),
                    unused_message(&s.check),
                );
                f.line = Some(line);
                f.column = Some(1);
                f.snippet = config_text
                    .as_deref()
                    .and_then(|t| t.lines().nth(crate::num::usize_sat(line).saturating_sub(1)))
                    .map(str::to_string);
                report.findings.extend(em.findings);
            }
        }
        sort_findings(&mut report.findings);
        report.count();
        Ok(report)
    }

    /// A source file and its translations. A very large file is read in
    /// [`Part`]s (one id is always in one part, in the source and in every
    /// translation), so memory holds one part of each at a time.
    fn check_group(
        &self,
        plan: &Plan,
        set: &FileSet,
        rules: &(LocaleRules, Vec<LocaleRules>),
        group: &FileGroup,
        config: &ConfigSuppressions,
    ) -> Result<Output> {
        let source_file = display_path(&plan.root, &group.source);
        if !group.source_exists {
            let target_rules = &rules.1;
            return Ok(self.obsolete_files(plan, set, target_rules, group, &source_file, config));
        }
        let largest = std::iter::once(&group.source)
            .chain(
                group
                    .targets
                    .iter()
                    .filter(|(_, exists)| *exists)
                    .map(|(p, _)| p),
            )
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .max()
            .unwrap_or(0);
        let count = Part::count_for(largest);
        let mut out = Output::default();
        for index in 0..count {
            let part = self.check_part(plan, set, rules, group, config, Part { index, count })?;
            out.findings.extend(part.findings);
            out.counts.extend(part.counts);
            if count > 1 {
                crate::sys::release_freed_memory();
            }
        }
        out.counts = merge_counts(out.counts);
        if count > 1 {
            merge_missing_files(&mut out.findings, &source_file);
        }
        Ok(out)
    }

    /// One part of a source file and of its translations.
    fn check_part(
        &self,
        plan: &Plan,
        set: &FileSet,
        rules: &(LocaleRules, Vec<LocaleRules>),
        group: &FileGroup,
        config: &ConfigSuppressions,
        part: Part,
    ) -> Result<Output> {
        let (source_rules, target_rules) = rules;
        let mut out = Output::default();
        let source_file = display_path(&plan.root, &group.source);
        let source = match load(&group.source, part)? {
            Loaded::Parsed(r) => r,
            // Reported once, with the first part.
            Loaded::Unreadable { .. } if !part.is_first() => return Ok(out),
            Loaded::Unreadable {
                line,
                column,
                message,
            } => {
                let at = (&source_file[..], &source_rules.name[..], set.kind);
                return Ok(self.unreadable_file(at, line, column, message));
            }
        };
        let index = FileIndex::build(&source);
        let comments = suppress::comments(&index);
        let mut used = vec![false; comments.len()];
        // The source file's own findings.
        let mut em = Emitter::new(
            Some(&source),
            &source_file,
            &source_rules.name,
            set.kind,
            self.settings,
        );
        parity::file_checks(&source, &index, &mut em);
        self.own_checks(&source, &index, source_rules, &mut em);
        self.source_terms(&source, &index, source_rules, &mut em);
        let mut findings = em.findings;
        let suppressed = suppress::apply(&mut findings, &comments, &mut used, &[], &mut [], config);
        out.findings.extend(findings);
        out.counts.push(Counts {
            locale: source_rules.name.clone(),
            file: source_file.clone(),
            files: usize::from(part.is_first()),
            messages: index.len(),
            suppressed,
        });
        // The translations, in parallel.
        let results: Vec<Result<(Output, Vec<bool>)>> = target_rules
            .par_iter()
            .zip(group.targets.par_iter())
            .map(|(rules, (path, exists))| {
                self.check_target(
                    plan,
                    (set.kind, part),
                    (&source, &index, &source_file, source_rules),
                    &comments,
                    rules,
                    path,
                    *exists,
                    config,
                )
            })
            .collect();
        for r in results {
            let (o, u) = r?;
            out.findings.extend(o.findings);
            out.counts.extend(o.counts);
            for (a, b) in used.iter_mut().zip(u) {
                *a |= b;
            }
        }
        // The source file's suppressions: without reason, or unused in
        // every locale checked.
        let mut em = Emitter::new(
            Some(&source),
            &source_file,
            &source_rules.name,
            set.kind,
            self.settings,
        );
        self.source_suppressions(rules, set.kind, &comments, &used, &mut em);
        out.findings.extend(em.findings);
        Ok(out)
    }

    /// `obsolete-file` for each translation of a source file that does
    /// not exist.
    fn obsolete_files(
        &self,
        plan: &Plan,
        set: &FileSet,
        target_rules: &[LocaleRules],
        group: &FileGroup,
        source_file: &str,
        config: &ConfigSuppressions,
    ) -> Output {
        let mut out = Output::default();
        for (i, (path, exists)) in group.targets.iter().enumerate() {
            if !exists {
                continue;
            }
            let file = display_path(&plan.root, path);
            let locale = &target_rules[i].name;
            let mut em = Emitter::new(None, &file, locale, set.kind, self.settings);
            em.emit(
                ids::OBSOLETE_FILE,
                None,
                None,
                t!("check-obsolete-file", "source" => source_file),
            );
            let mut findings = em.findings;
            let suppressed = suppress::apply(&mut findings, &[], &mut [], &[], &mut [], config);
            out.findings.extend(findings);
            out.counts.push(Counts {
                locale: locale.clone(),
                file: file.clone(),
                files: 1,
                messages: 0,
                suppressed,
            });
        }
        out
    }

    /// The syntax error of a file that cannot be parsed, at (file, locale,
    /// set kind).
    fn unreadable_file(
        &self,
        at: (&str, &str, SetKind),
        line: u64,
        column: u64,
        message: String,
    ) -> Output {
        let (file, locale, kind) = at;
        let mut em = Emitter::new(None, file, locale, kind, self.settings);
        unreadable(&mut em, line, column, message);
        Output {
            findings: em.findings,
            counts: vec![Counts {
                locale: locale.to_string(),
                file: file.to_string(),
                files: 1,
                ..Default::default()
            }],
        }
    }

    /// Forbidden terms in the source file itself.
    fn source_terms(
        &self,
        source: &FtlResource,
        index: &FileIndex,
        rules: &LocaleRules,
        em: &mut Emitter<'_>,
    ) {
        let Some(g) = self.glossary else {
            return;
        };
        for e in &index.entries {
            for p in e.patterns() {
                let unit = TermUnit {
                    source_locale: &rules.tag,
                    target_locale: &rules.tag,
                    message_id: &e.key,
                    attribute: p.attribute.as_deref(),
                    source: None,
                    target: &p.variants,
                };
                content::terms(g, &unit, p, source, em);
            }
        }
    }

    /// Findings about the source file's suppressions: without a reason, or
    /// unused in every locale checked.
    fn source_suppressions(
        &self,
        rules: &(LocaleRules, Vec<LocaleRules>),
        kind: SetKind,
        comments: &[CommentSuppression],
        used: &[bool],
        em: &mut Emitter<'_>,
    ) {
        let (source_rules, target_rules) = rules;
        let checked: Vec<&LocaleRules> = std::iter::once(source_rules)
            .chain(target_rules.iter())
            .collect();
        for (c, was_used) in comments.iter().zip(used) {
            let scope: Vec<&&LocaleRules> = checked
                .iter()
                .filter(|l| c.locale.as_ref().is_none_or(|t| *t == l.tag))
                .collect();
            if scope.is_empty() {
                // For a locale this run does not check.
                continue;
            }
            let applies = scope
                .iter()
                .any(|l| self.settings.severity(&c.check, &l.name, kind, None) != Severity::Off);
            meta_findings(em, c, *was_used, applies);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn check_target(
        &self,
        plan: &Plan,
        (kind, part): (SetKind, Part),
        source: (&FtlResource, &FileIndex, &str, &LocaleRules),
        inherited: &[CommentSuppression],
        rules: &LocaleRules,
        path: &Path,
        exists: bool,
        config: &ConfigSuppressions,
    ) -> Result<(Output, Vec<bool>)> {
        let (source_res, source_index, source_file, source_rules) = source;
        let mut out = Output::default();
        let mut inherited_used = vec![false; inherited.len()];
        let file = display_path(&plan.root, path);
        if !exists {
            // Each part counts its own entries; the parts' findings are
            // merged into one by `merge_missing_files`.
            let mut em = Emitter::new(None, &file, &rules.name, kind, self.settings);
            let f = em.emit(
                ids::MISSING_FILE,
                None,
                None,
                t!("check-missing-file", "entries" => source_index.len(), "source" => source_file),
            );
            f.entries = Some(source_index.len());
            let mut findings = em.findings;
            let suppressed = suppress::apply(
                &mut findings,
                &[],
                &mut [],
                inherited,
                &mut inherited_used,
                config,
            );
            out.findings.extend(findings);
            out.counts.push(Counts {
                locale: rules.name.clone(),
                file: file.clone(),
                suppressed: if part.is_first() { suppressed } else { 0 },
                ..Default::default()
            });
            return Ok((out, inherited_used));
        }
        let target = match load(path, part)? {
            Loaded::Parsed(r) => r,
            Loaded::Unreadable { .. } if !part.is_first() => return Ok((out, inherited_used)),
            Loaded::Unreadable {
                line,
                column,
                message,
            } => {
                let out = self.unreadable_file((&file, &rules.name, kind), line, column, message);
                return Ok((out, inherited_used));
            }
        };
        let index = FileIndex::build(&target);
        let local = suppress::comments(&index);
        let mut local_used = vec![false; local.len()];
        let mut em = Emitter::new(Some(&target), &file, &rules.name, kind, self.settings);
        parity::file_checks(&target, &index, &mut em);
        self.own_checks(&target, &index, rules, &mut em);
        parity::compare(
            source_index,
            source_res,
            source_file,
            &index,
            &target,
            &mut em,
        );
        let ctx = PairCtx {
            source: source_rules,
            target: rules,
            res: &target,
            glossary: self.glossary,
        };
        for (i, e) in index.entries.iter().enumerate() {
            if index.by_key.get(&e.key) != Some(&i) {
                continue;
            }
            if let Some(s) = source_index.get(&e.key) {
                content::compare(s, e, &ctx, &mut em);
            }
        }
        let mut findings = std::mem::take(&mut em.findings);
        let suppressed = suppress::apply(
            &mut findings,
            &local,
            &mut local_used,
            inherited,
            &mut inherited_used,
            config,
        );
        for (c, used) in local.iter().zip(&local_used) {
            let applies =
                self.settings.severity(&c.check, &rules.name, kind, None) != Severity::Off;
            meta_findings(&mut em, c, *used, applies);
        }
        findings.extend(em.findings);
        out.findings = findings;
        out.counts.push(Counts {
            locale: rules.name.clone(),
            file: file.clone(),
            files: usize::from(part.is_first()),
            messages: index.len(),
            suppressed,
        });
        Ok((out, inherited_used))
    }

    /// Checks of a file on its own, in its locale: plural categories and
    /// typography.
    fn own_checks(
        &self,
        res: &FtlResource,
        index: &FileIndex,
        rules: &LocaleRules,
        em: &mut Emitter<'_>,
    ) {
        let typography = rules.typography.any() && !em.is_off(ids::TYPOGRAPHY);
        let categories = rules.plural.iter().copied().collect::<Vec<_>>().join(", ");
        for e in &index.entries {
            for p in e.patterns() {
                for issue in plural::check(&p.selects, &rules.plural) {
                    let name = match &p.attribute {
                        Some(a) => format!("{}.{a}", e.key),
                        None => e.key.clone(),
                    };
                    if !issue.missing.is_empty() {
                        let f = em.emit(
                            ids::PLURAL_CATEGORIES,
                            Some(p.offset),
                            Some(&e.key),
                            t!(
                                "check-plural-missing",
                                "id" => name.clone(),
                                "selector" => issue.selector.clone(),
                                "locale" => rules.name.clone(),
                                "categories" => issue.missing.join(", ")
                            ),
                        );
                        f.attribute = p.attribute.clone();
                    }
                    for key in &issue.unknown {
                        let at = crate::check::message::find_in_region(
                            &res.text,
                            p.region.clone(),
                            &format!("[{key}]"),
                        );
                        let f = em.emit(
                            ids::PLURAL_CATEGORIES,
                            Some(at.unwrap_or(p.offset)),
                            Some(&e.key),
                            t!(
                                "check-plural-unknown",
                                "id" => name.clone(),
                                "key" => key.clone(),
                                "locale" => rules.name.clone(),
                                "categories" => categories.clone()
                            ),
                        );
                        f.attribute = p.attribute.clone();
                    }
                }
                if !typography {
                    continue;
                }
                let Some(pattern) = ast_pattern(res, e, p) else {
                    continue;
                };
                for run in located_runs(res, pattern, p.region.clone()) {
                    for hit in typography::check(&run, &rules.typography) {
                        let message = typography_message(hit.issue, rules);
                        let f = em.emit(
                            ids::TYPOGRAPHY,
                            Some(hit.offset.unwrap_or(p.offset)),
                            Some(&e.key),
                            message,
                        );
                        f.attribute = p.attribute.clone();
                    }
                }
            }
        }
    }
}

fn typography_message(issue: Issue, rules: &LocaleRules) -> String {
    let quotes = rules
        .typography
        .quotes
        .map(|q| q.describe())
        .unwrap_or_default();
    match issue {
        Issue::PlainSpaceBefore(c) => {
            t!("check-typography-plain-space", "mark" => c.to_string())
        }
        Issue::NoSpaceBefore(c) => t!("check-typography-no-space", "mark" => c.to_string()),
        Issue::GuillemetSpace(c) => t!("check-typography-guillemet", "mark" => c.to_string()),
        Issue::StraightQuote => {
            t!("check-typography-straight-quote", "locale" => rules.name.clone(), "quotes" => quotes)
        }
        Issue::ForeignQuote(c) => t!(
            "check-typography-foreign-quote",
            "mark" => c.to_string(),
            "locale" => rules.name.clone(),
            "quotes" => quotes
        ),
        Issue::StraightApostrophe => t!("check-typography-apostrophe"),
        Issue::WrongDecimal(c) => t!(
            "check-typography-decimal",
            "mark" => c.to_string(),
            "locale" => rules.name.clone()
        ),
        Issue::PercentSpace(space) => t!(
            "check-typography-percent",
            "locale" => rules.name.clone(),
            "space" => if space { "nbsp" } else { "none" }
        ),
    }
}

fn unused_message(check: &str) -> String {
    if ids::info(check).is_some() {
        t!("check-unused-suppression", "check" => check)
    } else {
        t!("check-unknown-suppression", "check" => check)
    }
}

/// `suppression-without-reason` or `unused-suppression` for a comment.
fn meta_findings(em: &mut Emitter<'_>, c: &CommentSuppression, used: bool, applies: bool) {
    if c.reason.is_empty() {
        let f = em.emit(
            ids::SUPPRESSION_WITHOUT_REASON,
            Some(c.offset),
            Some(&c.key),
            t!("check-suppression-without-reason", "check" => c.check.clone()),
        );
        f.width = f.snippet.as_deref().map_or(1, |s| s.chars().count());
    } else if !used && (applies || ids::info(&c.check).is_none()) {
        let f = em.emit(
            ids::UNUSED_SUPPRESSION,
            Some(c.offset),
            Some(&c.key),
            unused_message(&c.check),
        );
        f.width = f.snippet.as_deref().map_or(1, |s| s.chars().count());
    }
}

#[cfg(test)]
mod tests;
