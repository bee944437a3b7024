//! `relais tm add`: one translation unit from the command line.

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::glossary::Glossary;
use crate::lang::{LangTag, parse_lang_arg};
use crate::publish::memories::record_added;
use crate::publish::term_flags;
use crate::t;
use crate::tm::exchange::{NewPair, add_unit};
use crate::tm::store::AddOutcome;

/// Add a translation unit
///
/// In a project, the unit is also kept in memories/tm-add.tmx (listed in
/// `[tm] imports`), so a TM rebuilt from the project's files has it again.
///
/// Example: relais tm add --source fr --target en "Lire le rapport" "Read the report"
#[derive(Debug, Args)]
pub struct AddArgs {
    /// Source language.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub source: LangTag,
    /// Target language.
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG")]
    pub target: LangTag,
    /// Source text.
    pub source_text: String,
    /// Target text.
    pub target_text: String,
    /// Document context (DOC:ID), for in-context matches.
    #[arg(long, value_name = "DOC:ID")]
    pub context: Option<String>,
    /// A note for translators.
    #[arg(long)]
    pub note: Option<String>,
    /// Who made the translation (creationid).
    #[arg(long, value_name = "NAME")]
    pub user: Option<String>,
}

/// Runs `tm add`.
pub fn run(ctx: &Ctx, args: &AddArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let _lock = ctx.lock_project(&project, "tm add")?;
    let pair = NewPair {
        source: &args.source,
        target: &args.target,
        source_text: &args.source_text,
        target_text: &args.target_text,
        context: args.context.as_deref(),
        note: args.note.as_deref(),
        user: args.user.as_deref(),
    };
    let unit = pair.unit()?;
    // Kept in the project's tracked memory first, so a rebuild has it.
    let project_tm = ctx.uses_project_tm(&project);
    record_added(&project, &unit, project_tm)?;
    // The unit is stored whatever its wording, flagged when it holds an
    // avoided glossary term, so that no lookup reuses it silently.
    let flags: Vec<_> = match Glossary::for_project_if_any(&project)? {
        Some(g) => term_flags::flags_in(&g, &args.target, &args.target_text),
        None => Vec::new(),
    };
    for f in &flags {
        ctx.out.warn(&term_flags::describe(f));
    }
    let flagger = term_flags::project_flagger(&project)?;
    let outcome = add_unit(&|| ctx.open_tm(&project), unit, flagger)?;
    let (status, id) = match outcome {
        AddOutcome::Added(id) => ("added", Some(id)),
        AddOutcome::Merged => ("merged", None),
        AddOutcome::Skipped => ("skipped", None),
    };
    if ctx.out.json {
        ctx.out
            .json(&serde_json::json!({"status": status, "unit": id, "glossary": flags}));
    } else if id.is_some() {
        ctx.out.summary(&t!("tm-add-added"));
    } else {
        ctx.out.summary(&t!("tm-add-merged"));
    }
    Ok(Outcome::Clean)
}
