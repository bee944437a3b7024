//! `relais glossary lookup`: a CAT tool's term pane for a text.

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::glossary::pane::lookup;
use crate::lang::{LangTag, parse_lang_arg};
use crate::t;

/// Show the glossary terms found in a text, with their translations.
///
/// Each term found comes with its concept and the concept's terms in the
/// target language (in every other language without --target), as a CAT
/// tool's term pane shows them: preferred first, forbidden terms flagged,
/// with the reason recorded in the glossary.
///
/// Example: relais glossary lookup "Les contenus pédopornographiques générés par l’IA" --source fr --target en
#[derive(Debug, Args)]
pub struct LookupArgs {
    /// The text to look terms up in.
    #[arg(value_name = "TEXT")]
    pub text: String,
    /// Language of the text.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub source: LangTag,
    /// Language of the terms wanted.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub target: Option<LangTag>,
}

/// Runs `glossary lookup`.
pub fn run(ctx: &Ctx, args: &LookupArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let glossary = ctx.glossary(&project)?;
    let found = glossary.find(&args.source, &args.text);
    let pane = lookup(
        &glossary,
        &args.text,
        &args.source,
        args.target.as_ref(),
        &found,
    );
    if ctx.out.json {
        ctx.out.json(&pane);
    } else if pane.matches.is_empty() {
        ctx.out.summary(&t!("glossary-lookup-none"));
    } else {
        for line in pane.lines(ctx.out.color_stdout) {
            ctx.out.data(&line);
        }
    }
    Ok(Outcome::Clean)
}
