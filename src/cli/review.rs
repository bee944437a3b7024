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
/// A message with a glossary error (forbidden or deprecated term, missing
/// required term, changed do-not-translate name) is refused (exit 1) with the
/// term and the glossary's reason; `--force --reason TEXT` accepts it and records
/// the reason as a `# relais-ignore:` suppression above the message
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
    /// Accept messages with glossary errors too, suppressing each error with
    /// the reason given by --reason.
    #[arg(long, requires = "reason")]
    pub force: bool,
    /// Why the glossary errors are acceptable (e.g. "quotes the title of the
    /// statute"); recorded in the translation file.
    #[arg(long, value_name = "TEXT", requires = "force")]
    pub reason: Option<String>,
}

/// Runs `review`.
pub fn run(ctx: &Ctx, cmd: &ReviewCommand) -> Result<Outcome> {
    let ReviewCommand::Accept(args) = cmd;
    let project = ctx.project()?;
    let _lock = ctx.lock_project(&project, "review accept")?;
    let done = accept(
        &project,
        &args.locale,
        args.document.as_deref(),
        &args.ids,
        args.reason.as_deref().filter(|_| args.force),
    )?;
    if ctx.out.json {
        ctx.out.json(&done);
    } else {
        print_findings(ctx, &done.refused);
        for f in &done.suppressed {
            ctx.out.warn(&t!(
                "review-suppressed",
                "id" => f.message_id.as_deref().unwrap_or_default(),
                "check" => f.check.as_str(),
                "term" => f.term.as_deref().unwrap_or_default()
            ));
        }
        ctx.out.summary(&t!(
            "review-accepted",
            "count" => done.accepted.len(),
            "locale" => args.locale.as_str()
        ));
        if !done.refused.is_empty() {
            ctx.out
                .summary(&t!("review-refused", "count" => done.refused.len()));
        }
    }
    Ok(Outcome::problems_if(!done.refused.is_empty()))
}

/// The refused messages' glossary errors, as `relais check` shows them
/// (term, reason and expected terms).
fn print_findings(ctx: &Ctx, findings: &[crate::model::Finding]) {
    if findings.is_empty() {
        return;
    }
    let report = crate::check::Report {
        findings: findings.to_vec(),
        ..Default::default()
    };
    let text = crate::check::report::human::render(&report, ctx.out.color_stdout);
    ctx.out.data(text.trim_end());
}
