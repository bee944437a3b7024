//! `relais tm concordance`: words and phrases anywhere in the TM.

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::glossary::Glossary;
use crate::lang::{LangTag, parse_lang_arg};
use crate::publish::term_flags;
use crate::t;
use crate::tm::concordance::{ConcordanceQuery, Hit, Side, concordance};

/// Find words or a phrase anywhere in the TM, with the hit highlighted
///
/// Example: relais tm concordance "rapport entier" --lang fr
#[derive(Debug, Args)]
pub struct ConcordanceArgs {
    /// Words or phrase to find.
    #[arg(required = true, num_args = 1.., value_name = "WORDS")]
    pub words: Vec<String>,
    /// Only in variants of this language.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub lang: Option<LangTag>,
    /// Search source variants, target variants or both.
    #[arg(long = "in", value_enum, default_value_t = Side::Both)]
    pub side: Side,
    /// Most hits.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
}

#[derive(Serialize)]
struct Doc<'a> {
    query: String,
    hits: &'a [Hit],
}

/// Runs `tm concordance`.
pub fn run(ctx: &Ctx, args: &ConcordanceArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let tm = ctx.open_tm(&project)?;
    let q = ConcordanceQuery {
        phrase: args.words.join(" "),
        lang: args.lang.clone(),
        side: args.side,
        limit: args.limit,
    };
    let mut hits = concordance(&tm, &q)?;
    if let Some(g) = Glossary::for_project_if_any(&project)? {
        let source = LangTag::lenient(project.source_locale());
        term_flags::flag_hits(&g, &source, &mut hits);
    }
    if ctx.out.json {
        ctx.out.json(&Doc {
            query: q.phrase,
            hits: &hits,
        });
        return Ok(Outcome::Clean);
    }
    if hits.is_empty() {
        ctx.out.summary(&t!("tm-concordance-none"));
        return Ok(Outcome::Clean);
    }
    for hit in &hits {
        let before = &hit.text[..hit.span.start];
        let found = &hit.text[hit.span.start..hit.span.end];
        let after = &hit.text[hit.span.end..];
        let shown = if ctx.out.color_stdout {
            format!("{before}{}{after}", ctx.out.highlight(found))
        } else {
            format!("{before}[{found}]{after}")
        };
        ctx.out.data(&format!("{:<6} {}", hit.lang, shown));
        for tr in &hit.translations {
            ctx.out
                .data(&format!("  {:<6} {}", tr.lang, ctx.out.dim(&tr.text)));
        }
        for f in &hit.glossary {
            ctx.out.data(&format!(
                "  ⚠ {}",
                crate::style::warning(&term_flags::describe(f), ctx.out.color_stdout)
            ));
        }
    }
    ctx.out
        .summary(&t!("tm-concordance-summary", "count" => hits.len()));
    Ok(Outcome::Clean)
}
