//! `relais glossary lookup`: a CAT tool's term pane for a text.

use clap::Args;
use serde::Serialize;

use crate::cli::{Ctx, Outcome};
use crate::error::Result;
use crate::glossary::Glossary;
use crate::lang::{LangTag, parse_lang_arg};
use crate::model::{Span, Status, Term};
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

#[derive(Serialize)]
struct TargetTerm<'a> {
    lang: &'a str,
    term: &'a str,
    status: Status,
    evidence: String,
    note: &'a str,
}

#[derive(Serialize)]
struct Entry<'a> {
    concept: &'a str,
    lang: &'a str,
    term: &'a str,
    status: Status,
    found: &'a str,
    span: Span,
    definition: &'a str,
    targets: Vec<TargetTerm<'a>>,
}

#[derive(Serialize)]
struct Doc<'a> {
    text: &'a str,
    source: &'a str,
    target: Option<&'a str>,
    matches: Vec<Entry<'a>>,
}

/// The marker a term pane shows before a term of this status.
pub fn marker(status: Status) -> &'static str {
    match status {
        Status::Preferred => "✔",
        Status::Admitted => "○",
        Status::DoNotTranslate => "=",
        Status::Deprecated => "✖",
        Status::Forbidden => "⛔",
    }
}

fn targets<'a>(
    glossary: &'a Glossary,
    concept: &str,
    source: &LangTag,
    target: Option<&LangTag>,
) -> Vec<&'a Term> {
    match target {
        Some(t) => glossary.terms_of(concept, t),
        None => {
            let mut out = Vec::new();
            for lang in glossary.languages() {
                if lang.same_language(source)
                    || out.iter().any(|t: &&Term| t.lang.same_language(&lang))
                {
                    continue;
                }
                out.extend(glossary.terms_of(concept, &lang));
            }
            out
        }
    }
}

/// Runs `glossary lookup`.
pub fn run(ctx: &Ctx, args: &LookupArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let glossary = super::load(ctx, &project)?;
    let found = glossary.find(&args.source, &args.text);
    let mut entries = Vec::new();
    for m in &found {
        let definition = glossary
            .concept(&m.concept)
            .map(|c| c.definition.as_str())
            .unwrap_or("");
        let list = targets(&glossary, &m.concept, &args.source, args.target.as_ref());
        entries.push(Entry {
            concept: &m.concept,
            lang: m.lang.as_str(),
            term: &m.term,
            status: m.status,
            found: &m.found,
            span: m.span,
            definition,
            targets: list
                .iter()
                .map(|t| TargetTerm {
                    lang: t.lang.as_str(),
                    term: &t.text,
                    status: t.status,
                    evidence: crate::model::Evidence::join(&t.evidence),
                    note: &t.note,
                })
                .collect(),
        });
    }
    if ctx.out.json {
        ctx.out.json(&Doc {
            text: &args.text,
            source: args.source.as_str(),
            target: args.target.as_ref().map(|t| t.as_str()),
            matches: entries,
        });
        return Ok(Outcome::Clean);
    }
    if entries.is_empty() {
        ctx.out.summary(&t!("glossary-lookup-none"));
        return Ok(Outcome::Clean);
    }
    for e in &entries {
        let head = format!("{}  {}  ({} {})", e.found, e.concept, e.lang, e.status);
        ctx.out.data(&ctx.out.highlight(&head));
        if !e.definition.is_empty() {
            ctx.out.data(&format!("    {}", ctx.out.dim(e.definition)));
        }
        if e.targets.is_empty() {
            let lang = args
                .target
                .as_ref()
                .map(|t| t.as_str().to_string())
                .unwrap_or_default();
            ctx.out.data(&format!(
                "    {}",
                t!("glossary-lookup-no-target", "lang" => lang)
            ));
        }
        let width = e
            .targets
            .iter()
            .map(|t| t.term.chars().count())
            .max()
            .unwrap_or(0);
        for t in &e.targets {
            let status = if t.status == Status::Forbidden {
                t.status.as_str().to_uppercase()
            } else {
                t.status.as_str().to_string()
            };
            let mut line = format!(
                "  {:<5} {} {:<width$}  {:<16}",
                t.lang,
                marker(t.status),
                t.term,
                status,
                width = width
            );
            if !t.evidence.is_empty() {
                line.push_str(&format!(" [{}]", t.evidence));
            }
            if !t.note.is_empty() && t.status != Status::Preferred {
                line.push_str(&format!("  {}", ctx.out.dim(t.note)));
            }
            ctx.out.data(line.trim_end());
        }
    }
    Ok(Outcome::Clean)
}
