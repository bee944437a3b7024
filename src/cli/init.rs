//! `relais init`: writes a relais.toml.

use clap::Args;

use crate::cli::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::files::atomic_write_str;
use crate::lang::{LangTag, parse_lang_arg};
use crate::project::{CONFIG_FILE, Config, Document, GlossaryConfig};
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
    let path = dir.join(CONFIG_FILE);
    if path.exists() && !args.force {
        return Err(Error::Usage(
            t!("init-exists", "path" => path.display().to_string()),
        ));
    }
    let mut config = Config {
        source_locale: args.source_locale.to_string(),
        locales: args.locales.iter().map(|l| l.to_string()).collect(),
        ..Default::default()
    };
    for d in &args.documents {
        let (name, source) = d
            .split_once('=')
            .ok_or_else(|| Error::Usage(format!("--document takes NAME=PATH, not '{d}'")))?;
        config.documents.push(Document {
            name: name.to_string(),
            source: Some(source.into()),
        });
    }
    if dir.join("glossary/terms.tsv").exists() {
        config.glossary = GlossaryConfig {
            files: vec!["glossary/terms.tsv".into()],
        };
    }
    // Validate what we are about to write, so init never writes a file
    // the other commands reject.
    let text = config.to_toml();
    Config::parse(&text, &path)?;
    atomic_write_str(&path, &text)?;
    ctx.out
        .summary(&t!("init-written", "path" => path.display().to_string()));
    Ok(Outcome::Clean)
}
