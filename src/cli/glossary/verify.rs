//! `relais glossary verify`: glossary findings for one translation.

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::glossary::apply_config;
use crate::glossary::diagnostic::{Summary, Verified, render};
use crate::lang::{LangTag, parse_lang_arg};
use crate::t;

/// Check a translation against the glossary.
///
/// Reports forbidden and deprecated terms in the translation, source
/// terms whose preferred or admitted translation is missing, and
/// do-not-translate names changed. Severities and suppressions come from
/// relais.toml. Exits 1 when a finding has error severity.
///
/// Example: relais glossary verify --source fr --target en "Les contenus pédopornographiques générés par l'IA" "AI-generated child porn"
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The source text.
    #[arg(value_name = "SOURCE")]
    pub source_text: String,
    /// Its translation.
    #[arg(value_name = "TARGET")]
    pub target_text: String,
    /// Language of the source text.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub source: LangTag,
    /// Language of the translation.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub target: LangTag,
}

/// Runs `glossary verify`.
pub fn run(ctx: &Ctx, args: &VerifyArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let glossary = ctx.glossary(&project)?;
    let findings = glossary.verify(
        &args.source,
        &args.target,
        &args.source_text,
        &args.target_text,
    );
    let applied = apply_config(findings, &project.config, &args.target);
    let summary = Summary::of(&applied);
    if ctx.out.json {
        ctx.out.json(&Verified {
            findings: &applied.findings,
            summary: &summary,
        });
        return Ok(Outcome::problems_if(summary.errors > 0));
    }
    for f in &applied.findings {
        let text = render(
            f,
            &args.source_text,
            &args.target_text,
            ctx.out.color_stdout,
        );
        ctx.out.data(&text);
    }
    if applied.findings.is_empty() {
        ctx.out.summary(&t!("glossary-verify-clean"));
    } else {
        ctx.out.summary(&t!(
            "glossary-verify-summary",
            "errors" => summary.errors,
            "warnings" => summary.warnings,
            "infos" => summary.infos
        ));
    }
    if summary.suppressed > 0 {
        ctx.out
            .summary(&t!("glossary-verify-suppressed", "count" => summary.suppressed));
    }
    Ok(Outcome::problems_if(summary.errors > 0))
}
