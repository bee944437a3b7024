//! `relais pretranslate`: a locale's Fluent files from the TM.

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::lang::{LangTag, parse_lang_arg};
use crate::publish::pretranslate::{DocumentReport, Options, pretranslate_document};
use crate::t;

/// Fill a locale's Fluent files from the translation memory
///
/// Create or complete locales/<LOCALE>/<document>.ftl from the TM: exact and
/// in-context matches filled in, fuzzy ones filled in and marked for review,
/// existing translations never overwritten (a translation whose source changed
/// is replaced by the best match, or kept, and marked)
///
/// Example: relais pretranslate --locale de
#[derive(Debug, Args)]
pub struct PretranslateArgs {
    /// Target locales (repeatable, or comma-separated; default: all).
    #[arg(long = "locale", alias = "locales", value_parser = parse_lang_arg, value_delimiter = ',', value_name = "LANG")]
    pub locales: Vec<LangTag>,
    /// Only this document.
    #[arg(long, value_name = "NAME")]
    pub document: Option<String>,
    /// Lowest fuzzy score filled in (default: [pretranslate] threshold, 75).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=100), value_name = "N")]
    pub min_score: Option<u32>,
    /// Report what would be filled, write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Serialize)]
struct Doc {
    locales: Vec<LocaleDoc>,
}

#[derive(Serialize)]
struct LocaleDoc {
    locale: String,
    documents: Vec<DocumentReport>,
}

/// Runs `pretranslate`.
pub fn run(ctx: &Ctx, args: &PretranslateArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let config = project.require_config()?.clone();
    let locales: Vec<String> = if args.locales.is_empty() {
        config.locales.clone()
    } else {
        args.locales
            .iter()
            .map(std::string::ToString::to_string)
            .collect()
    };
    for l in &locales {
        if !config.locales.contains(l) {
            return Err(Error::Usage(
                t!("locale-not-in-project", "locale" => l.as_str()),
            ));
        }
    }
    let documents: Vec<String> = match &args.document {
        Some(d) if config.documents.iter().any(|x| &x.name == d) => vec![d.clone()],
        Some(d) => {
            return Err(Error::Usage(
                t!("document-not-in-project", "document" => d.as_str()),
            ));
        }
        None => config.documents.iter().map(|d| d.name.clone()).collect(),
    };
    let tm = ctx.open_tm(&project)?;
    // Without a glossary, filled messages simply get no hint.
    let glossary = if crate::glossary::Glossary::project_files(&project).is_empty() {
        None
    } else {
        Some(crate::glossary::Glossary::for_project(&project)?)
    };
    let source_tag = LangTag::parse(project.source_locale())?;
    let mut doc = Doc {
        locales: Vec::new(),
    };
    for locale in &locales {
        let target_tag = LangTag::parse(locale)?;
        let hints = |seg: &crate::model::Segment| match &glossary {
            Some(g) => crate::publish::hints::glossary_hints(g, &source_tag, &target_tag, seg),
            None => Vec::new(),
        };
        let opts = Options {
            locale,
            threshold: args.min_score.unwrap_or(config.pretranslate.threshold),
            dry_run: args.dry_run,
            hints: &hints,
        };
        let mut reports = Vec::new();
        for d in &documents {
            let r = pretranslate_document(&tm, &project, d, &opts)?;
            if !ctx.out.json {
                ctx.out.summary(&t!(
                    "pretranslate-summary",
                    "locale" => locale.as_str(),
                    "file" => r.file.as_str(),
                    "exact" => r.exact.len(),
                    "fuzzy" => r.fuzzy.len(),
                    "changed" => r.source_changed.len(),
                    "missing" => r.missing.len(),
                    "kept" => r.kept
                ));
            }
            reports.push(r);
        }
        doc.locales.push(LocaleDoc {
            locale: locale.clone(),
            documents: reports,
        });
    }
    if ctx.out.json {
        ctx.out.json(&doc);
    }
    Ok(Outcome::Clean)
}
