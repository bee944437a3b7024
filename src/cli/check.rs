//! `relais check`: the localization linter CI runs.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::Args;

use crate::check::report::{Format, RenderOptions, human, render};
use crate::check::{Checker, Plan, Settings};
use crate::cli::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::files::atomic_write_str;
use crate::lang::{LangTag, parse_lang_arg};
use crate::project::Config;
use crate::t;

/// Check Fluent translations against their source: syntax, missing and
/// obsolete messages, attributes and values, $variable and term
/// references, plural categories, empty and untranslated text, numbers,
/// typography. Reads relais.toml (documents, locales, severities,
/// suppressions) and the CLI's catalogs under i18n/; with --source-locale
/// and --files, any Fluent tree. Exits 1 on errors (and on warnings with
/// --deny warnings), 2 when the run itself fails.
///
/// Example: relais check --source-locale en-US --files '{locale}/**/*.ftl' --locale de,fr
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Only these target locales (repeatable, or comma-separated).
    #[arg(
        long = "locale",
        visible_alias = "locales",
        value_delimiter = ',',
        value_parser = parse_lang_arg,
        value_name = "LANG"
    )]
    pub locales: Vec<LangTag>,
    /// Output format (--json is short for --format json).
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// Write the report to this file (atomically); `-` is stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Make findings of this level fail the run too.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Vec<Deny>,
    /// Source locale of a Fluent tree given with --files.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG", requires = "files")]
    pub source_locale: Option<LangTag>,
    /// Files of a Fluent tree, with {locale} where the locale goes
    /// (`{locale}/**/*.ftl`), relative to the current directory or
    /// --project; relais.toml is then only read when --project is given.
    #[arg(long, value_name = "PATTERN", requires = "source_locale")]
    pub files: Option<String>,
}

/// `--deny` levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Deny {
    /// Warnings fail the run.
    Warnings,
}

impl CheckArgs {
    /// The format, `--json` included.
    pub fn effective_format(&self, json: bool) -> Result<Format> {
        match (json, self.format) {
            (false, f) => Ok(f),
            (true, Format::Human | Format::Json) => Ok(Format::Json),
            (true, _) => Err(Error::Usage(
                "--json is short for --format json; give only one format".into(),
            )),
        }
    }
}

/// Runs `check`.
pub fn run(ctx: &Ctx, args: &CheckArgs) -> Result<Outcome> {
    let started = Instant::now();
    let format = args.effective_format(ctx.global.json)?;
    let (plan, settings) = match &args.files {
        Some(pattern) => {
            let source = args
                .source_locale
                .as_ref()
                .ok_or_else(|| Error::Usage("--files needs --source-locale".into()))?;
            let (base, config, config_file) = if ctx.global.project.is_some() {
                let project = ctx.project()?;
                (project.root, project.config, project.config_path)
            } else {
                (ctx.cwd.clone(), Config::default(), None)
            };
            let plan = Plan::tree(&base, pattern, source, &args.locales, config_file)?;
            (plan, Settings::new(config))
        }
        None => {
            let project = ctx.project()?;
            let plan = Plan::project(&project, &args.locales)?;
            (plan, Settings::new(project.config))
        }
    };
    for locale in &plan.unlisted {
        ctx.out
            .warn(&t!("check-locale-unlisted", "locale" => locale.clone()));
    }
    // The project's glossary checks terminology; a Fluent tree checked
    // with --files has none unless --project names one.
    let glossary = match &args.files {
        Some(_) if ctx.global.project.is_none() => None,
        _ => {
            let project = ctx.project()?;
            if crate::glossary::Glossary::project_files(&project).is_empty() {
                None
            } else {
                Some(crate::glossary::Glossary::for_project(&project)?)
            }
        }
    };
    let progress = ctx.out.progress(&t!("check-progress"), 0, false);
    let checker = Checker {
        settings: &settings,
        glossary: glossary
            .as_ref()
            .map(|g| g as &dyn crate::glossary::TermChecker),
        progress: progress.clone(),
    };
    let report = checker.run(&plan)?;
    progress.finish_and_clear();
    let deny_warnings = args.deny.contains(&Deny::Warnings);
    let to_stdout = args.output.as_deref().is_none_or(|p| p == Path::new("-"));
    let options = RenderOptions {
        color: to_stdout && ctx.out.color_stdout,
        deny_warnings,
        seconds: started.elapsed().as_secs_f64(),
    };
    let text = render(&report, format, &plan.root, options);
    match &args.output {
        Some(path) if path != Path::new("-") => atomic_write_str(&ctx.abs(path), &text)?,
        _ => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())
                .and_then(|_| out.flush())
                .map_err(|e| Error::io("<stdout>", e))?;
        }
    }
    ctx.out.summary(&human::summary(&report));
    Ok(if report.fails(deny_warnings) {
        Outcome::Problems
    } else {
        Outcome::Clean
    })
}
