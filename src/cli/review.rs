//! `relais review accept`: accept translations marked for review.

use clap::{Args, Subcommand};

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::lang::{LangTag, parse_lang_arg};
use crate::publish::review::accept;
use crate::t;

/// `relais review` subcommands.
#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    Accept(AcceptArgs),
}

/// Accept translations marked `# relais: review …` (all of a locale, or the
/// given message ids)
///
/// Example: relais review accept --locale de selon-les-donnees
#[derive(Debug, Args)]
pub struct AcceptArgs {
    /// Message ids (default: every marked message).
    pub ids: Vec<String>,
    /// The locale.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub locale: LangTag,
    /// Only this document.
    #[arg(long, value_name = "NAME")]
    pub document: Option<String>,
}

/// Runs `review`.
pub fn run(ctx: &Ctx, cmd: &ReviewCommand) -> Result<Outcome> {
    let ReviewCommand::Accept(args) = cmd;
    let project = ctx.project()?;
    let _lock = ctx.lock_project(&project, "review accept")?;
    let total = accept(&project, &args.locale, args.document.as_deref(), &args.ids)?;
    if ctx.out.json {
        ctx.out.json(&serde_json::json!({"accepted": total}));
    } else {
        ctx.out.summary(
            &t!("review-accepted", "count" => total.len(), "locale" => args.locale.as_str()),
        );
    }
    Ok(Outcome::Clean)
}
