//! `relais glossary list`: the glossary's terms, filtered.

use clap::Args;
use serde::Serialize;
use std::fmt::Write as _;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::lang::{LangTag, parse_lang_arg};
use crate::model::{Evidence, Status, Term};
use crate::t;

/// List the glossary's terms.
///
/// One term per line: concept, language, status, term, evidence labels
/// and reason; optionally only some languages, statuses or concepts.
///
/// Example: relais glossary list --lang de --status forbidden --status deprecated
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only terms of these languages (repeatable, or comma-separated).
    #[arg(long, value_parser = parse_lang_arg, value_delimiter = ',', value_name = "LANG")]
    pub lang: Vec<LangTag>,
    /// Only terms with these statuses (repeatable, or comma-separated):
    /// preferred, admitted, deprecated, forbidden, do-not-translate.
    #[arg(long, value_parser = parse_status, value_delimiter = ',', value_name = "STATUS")]
    pub status: Vec<Status>,
    /// Only these concepts (repeatable, or comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "ID")]
    pub concept: Vec<String>,
}

fn parse_status(s: &str) -> std::result::Result<Status, String> {
    s.parse()
}

#[derive(Serialize)]
struct Doc<'a> {
    count: usize,
    terms: Vec<&'a Term>,
}

/// Runs `glossary list`.
pub fn run(ctx: &Ctx, args: &ListArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let glossary = ctx.glossary(&project)?;
    let terms: Vec<&Term> = glossary
        .terms()
        .iter()
        .filter(|t| args.lang.is_empty() || args.lang.iter().any(|l| l.same_language(&t.lang)))
        .filter(|t| args.status.is_empty() || args.status.contains(&t.status))
        .filter(|t| args.concept.is_empty() || args.concept.contains(&t.concept))
        .collect();
    if ctx.out.json {
        ctx.out.json(&Doc {
            count: terms.len(),
            terms,
        });
        return Ok(Outcome::Clean);
    }
    let concept_width = terms
        .iter()
        .map(|t| t.concept.chars().count())
        .max()
        .unwrap_or(0);
    let term_width = terms
        .iter()
        .map(|t| t.text.chars().count())
        .max()
        .unwrap_or(0)
        .min(48);
    for t in &terms {
        let mut line = format!(
            "{:<cw$}  {:<5}  {:<16}  {:<tw$}",
            t.concept,
            t.lang.as_str(),
            t.status.as_str(),
            t.text,
            cw = concept_width,
            tw = term_width
        );
        if !t.evidence.is_empty() {
            let _ = write!(line, "  [{}]", Evidence::join(&t.evidence));
        }
        if !t.note.is_empty() {
            let _ = write!(line, "  {}", ctx.out.dim(&t.note));
        }
        ctx.out.data(line.trim_end());
    }
    ctx.out.summary(
        &t!("glossary-list-summary", "count" => terms.len(), "concepts" => {
            let mut c: Vec<&str> = terms.iter().map(|t| t.concept.as_str()).collect();
            c.sort_unstable();
            c.dedup();
            c.len()
        }),
    );
    Ok(Outcome::Clean)
}
