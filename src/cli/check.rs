//! `relais check`: the localization linter CI runs.

use std::time::Instant;

use clap::Args;

use crate::check::report::{Format, RenderOptions, human, render};
use crate::check::scope::{Scope, check};
use crate::cli::args::OutputArgs;
use crate::cli::ctx::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::lang::{LangTag, parse_lang_arg};
use crate::model::MinSeverity;
use crate::t;

/// Check Fluent translations against their source
///
/// Checks syntax, missing and obsolete messages, attributes and values,
/// $variable and term references, plural categories, empty and
/// untranslated text, numbers, typography. Reads relais.toml (documents, locales, severities,
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
    /// Where the report goes (default: standard output).
    #[command(flatten)]
    pub output: OutputArgs,
    /// Make findings of this level fail the run too.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Vec<Deny>,
    /// The lowest severity listed (default: `[check] min_severity` of
    /// relais.toml, else warning; findings below it are still counted).
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub min_severity: Option<MinSeverity>,
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
    let scope = match &args.files {
        Some(pattern) => Scope::Tree {
            base: ctx.cwd.clone(),
            pattern: pattern.clone(),
            source: args
                .source_locale
                .clone()
                .ok_or_else(|| Error::Usage("--files needs --source-locale".into()))?,
            project: match ctx.global.project {
                Some(_) => Some(ctx.project()?),
                None => None,
            },
        },
        None => Scope::Project(ctx.project()?),
    };
    let progress = ctx.out.progress(&t!("check-progress"), 0, false);
    let (plan, mut report) = check(&scope, &args.locales, progress.clone())?;
    progress.finish_and_clear();
    let shown = args.min_severity.unwrap_or_else(|| match &scope {
        Scope::Project(p)
        | Scope::Tree {
            project: Some(p), ..
        } => p.config.check.min_severity.unwrap_or_default(),
        Scope::Tree { project: None, .. } => MinSeverity::default(),
    });
    // The summary keeps every count; the listing stops at `shown`.
    report.findings.retain(|f| shown.shows(f.severity));
    for locale in &plan.unlisted {
        ctx.out
            .warn(&t!("check-locale-unlisted", "locale" => locale.clone()));
    }
    let deny_warnings = args.deny.contains(&Deny::Warnings);
    let options = RenderOptions {
        color: args.output.is_stdout() && ctx.out.color_stdout,
        deny_warnings,
        seconds: started.elapsed().as_secs_f64(),
    };
    let text = render(&report, format, &plan.root, options);
    args.output.write(ctx, text.as_bytes())?;
    ctx.out.summary(&human::summary(&report));
    Ok(Outcome::problems_if(report.fails(deny_warnings)))
}
