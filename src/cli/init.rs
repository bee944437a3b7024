//! `relais init`: writes a relais.toml.

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::lang::{LangTag, parse_lang_arg};
use crate::project::{Config, Document, init, next_steps};
use crate::t;

/// Create a relais.toml
///
/// Create a relais.toml in the project directory (the current directory, or
/// --project)
///
/// Example: relais init --source-locale fr --locale en,de,es --document communique=source/communique-fr.md
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The language documents are written in.
    #[arg(long, value_parser = parse_lang_arg, default_value = "en", value_name = "LANG")]
    pub source_locale: LangTag,
    /// Target locales (repeatable, or comma-separated).
    #[arg(long = "locale", alias = "locales", value_parser = parse_lang_arg, value_delimiter = ',', value_name = "LANG")]
    pub locales: Vec<LangTag>,
    /// A document: NAME=SOURCE-PATH (repeatable).
    #[arg(long = "document", value_name = "NAME=PATH")]
    pub documents: Vec<String>,
    /// Replace an existing relais.toml.
    #[arg(long)]
    pub force: bool,
}

/// Runs `init`.
pub fn run(ctx: &Ctx, args: &InitArgs) -> Result<Outcome> {
    let dir = match &ctx.global.project {
        Some(p) => ctx.abs(p),
        None => ctx.cwd.clone(),
    };
    let mut config = Config {
        source_locale: args.source_locale.to_string(),
        locales: args.locales.iter().map(ToString::to_string).collect(),
        ..Default::default()
    };
    for d in &args.documents {
        let (name, source) = d
            .split_once('=')
            .ok_or_else(|| Error::Usage(t!("init-document-syntax", "value" => d.as_str())))?;
        config.documents.push(Document {
            name: name.to_string(),
            source: Some(source.into()),
        });
    }
    let path = init(&dir, config.clone(), args.force)?;
    ctx.out
        .summary(&t!("init-written", "path" => path.display().to_string()));
    ctx.out.summary(&next_steps(&config).join("\n  "));
    Ok(Outcome::Clean)
}
