//! `relais tm add`: one translation unit from the command line.

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::lang::{LangTag, parse_lang_arg};
use crate::model::{Annotation, PROP_CONTEXT, Unit, Variant, tmx_now};
use crate::t;
use crate::tm::store::AddOutcome;

/// Add a translation unit
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
    for text in [&args.source_text, &args.target_text] {
        if let Some(c) = text.chars().find(|c| !crate::formats::xml::is_xml_char(*c)) {
            return Err(Error::Usage(format!(
                "control character U+{:04X} in text",
                c as u32
            )));
        }
    }
    let mut unit = Unit {
        variants: vec![
            Variant::new(args.source.as_str(), args.source_text.as_str()),
            Variant::new(args.target.as_str(), args.target_text.as_str()),
        ],
        ..Default::default()
    };
    let now = tmx_now();
    unit.set_attr("srclang", args.source.as_str());
    unit.set_attr("creationdate", &now);
    if let Some(user) = &args.user {
        unit.set_attr("creationid", user);
    }
    if let Some(context) = &args.context {
        unit.props.push(Annotation::prop(PROP_CONTEXT, context));
    }
    if let Some(note) = &args.note {
        unit.notes.push(Annotation::note(note));
    }
    let project = ctx.project()?;
    let mut tm = ctx.open_tm(&project)?;
    let mut importer = tm.begin_import("tm add", "add", None)?;
    let outcome = importer.add(unit)?;
    importer.commit()?;
    let (status, id) = match outcome {
        AddOutcome::Added(id) => ("added", Some(id)),
        AddOutcome::Merged => ("merged", None),
        AddOutcome::Skipped => ("skipped", None),
    };
    if ctx.out.json {
        ctx.out
            .json(&serde_json::json!({"status": status, "unit": id}));
    } else if id.is_some() {
        ctx.out.summary(&t!("tm-add-added"));
    } else {
        ctx.out.summary(&t!("tm-add-merged"));
    }
    Ok(Outcome::Clean)
}
