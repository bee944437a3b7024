//! `relais tm lookup`: matches for a text, or for every line of stdin.

use std::io::BufRead;

use clap::Args;
use serde::{Deserialize, Serialize};

use crate::cli::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::lang::{LangTag, parse_lang_arg};
use crate::model::Segment;
use crate::t;
use crate::tm::Tm;
use crate::tm::lookup::{Match, Query, Searcher, lookup};

/// Find exact, near-exact and fuzzy matches
///
/// With --stdin, reads one query per line (plain text, or JSON `{"text",
/// "context", "prev", "source", "target"}`, where the optional languages
/// override --source/--target) and writes one JSON line per query, flushed
/// as soon as it is found.
///
/// Example: relais tm lookup "Le rapport identifie trois enjeux" --source fr --target de
#[derive(Debug, Args)]
pub struct LookupArgs {
    /// The text to look up (omit with --stdin).
    #[arg(required_unless_present = "stdin")]
    pub text: Option<String>,
    /// Read queries from standard input, one per line.
    #[arg(long, conflicts_with = "text")]
    pub stdin: bool,
    /// Language of the text (with --stdin, JSON lines may give it instead).
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG", required_unless_present = "stdin")]
    pub source: Option<LangTag>,
    /// Language of the translations wanted (with --stdin, JSON lines may
    /// give it instead).
    #[arg(long, value_parser = parse_lang_arg, value_name = "LANG", required_unless_present = "stdin")]
    pub target: Option<LangTag>,
    /// Lowest score shown (0–101).
    #[arg(long, default_value_t = 75, value_parser = clap::value_parser!(u32).range(0..=101))]
    pub min_score: u32,
    /// Most matches shown.
    #[arg(long, default_value_t = 5)]
    pub limit: usize,
    /// Exact matches only (score 100 or 101).
    #[arg(long)]
    pub exact: bool,
    /// Document context of the text (DOC:ID): an exact match with the same
    /// context scores 101.
    #[arg(long, value_name = "DOC:ID")]
    pub context: Option<String>,
    /// Previous source segment: an exact match that followed the same
    /// segment scores 101.
    #[arg(long, value_name = "TEXT")]
    pub prev: Option<String>,
}

#[derive(Deserialize)]
struct StdinQuery {
    text: String,
    #[serde(default)]
    context: Option<String>,
    #[serde(default)]
    prev: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    target: Option<String>,
}

#[derive(Serialize)]
struct Answer<'a> {
    query: &'a str,
    matches: &'a [Match],
}

/// Runs `tm lookup`.
pub fn run(ctx: &Ctx, args: &LookupArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let tm = ctx.open_tm(&project)?;
    if tm.unindexed_units() > 0 {
        ctx.out
            .warn(&t!("tm-unindexed-hint", "units" => tm.unindexed_units()));
    }
    let min_score = if args.exact { 100 } else { args.min_score };
    if args.stdin {
        return run_stdin(ctx, &tm, args, min_score);
    }
    let (Some(source), Some(target)) = (args.source.clone(), args.target.clone()) else {
        return Err(Error::Usage(t!("tm-lookup-langs-needed")));
    };
    let text = args.text.as_deref().unwrap_or_default();
    let q = Query {
        segment: Segment::text(text),
        source,
        target,
        context: args.context.clone(),
        prev: args.prev.clone(),
        min_score,
        limit: args.limit,
    };
    let matches = lookup(&tm, &q)?;
    if ctx.out.json {
        ctx.out.json(&Answer {
            query: text,
            matches: &matches,
        });
        return Ok(Outcome::Clean);
    }
    if matches.is_empty() {
        ctx.out.summary(&t!("tm-lookup-none", "min" => q.min_score));
        return Ok(Outcome::Clean);
    }
    for m in &matches {
        print_match(ctx, m);
    }
    Ok(Outcome::Clean)
}

fn stdin_lang(given: Option<String>, default: &Option<LangTag>, line: u64) -> Result<LangTag> {
    let location = || crate::error::Location::new(Some(std::path::Path::new("<stdin>")), line, 1);
    match given {
        // Tags the store keeps leniently (`toki`, `PL-01`) can be asked for
        // as written.
        Some(tag) => LangTag::parse(&tag).or_else(|e| {
            let plain = !tag.is_empty()
                && tag
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if plain {
                Ok(LangTag::lenient(&tag))
            } else {
                Err(Error::parse(location(), e.to_string()))
            }
        }),
        None => default
            .clone()
            .ok_or_else(|| Error::parse(location(), t!("tm-lookup-langs-needed"))),
    }
}

fn run_stdin(ctx: &Ctx, tm: &Tm, args: &LookupArgs, min_score: u32) -> Result<Outcome> {
    let stdin = std::io::stdin();
    let mut searcher = Searcher::new(tm);
    for (i, line) in stdin.lock().lines().enumerate() {
        let line_no = i as u64 + 1;
        let line = line.map_err(|e| Error::io("<stdin>", e))?;
        let trimmed = line.trim_end_matches('\r');
        if trimmed.trim().is_empty() {
            continue;
        }
        let parsed = if trimmed.trim_start().starts_with('{') {
            serde_json::from_str(trimmed).map_err(|e| {
                Error::parse(
                    crate::error::Location::new(
                        Some(std::path::Path::new("<stdin>")),
                        line_no,
                        e.column() as u64,
                    ),
                    format!("invalid JSON query: {e}"),
                )
            })?
        } else {
            StdinQuery {
                text: trimmed.to_string(),
                context: None,
                prev: None,
                source: None,
                target: None,
            }
        };
        let q = Query {
            segment: Segment::text(&parsed.text),
            source: stdin_lang(parsed.source, &args.source, line_no)?,
            target: stdin_lang(parsed.target, &args.target, line_no)?,
            context: parsed.context.or_else(|| args.context.clone()),
            prev: parsed.prev.or_else(|| args.prev.clone()),
            min_score,
            limit: args.limit,
        };
        let matches = searcher.lookup(&q)?;
        ctx.out.json_line(&Answer {
            query: &parsed.text,
            matches: &matches,
        });
    }
    Ok(Outcome::Clean)
}

fn print_match(ctx: &Ctx, m: &Match) {
    let label = format!("{:>3} {:<10}", m.score, m.tier.as_str());
    ctx.out
        .data(&format!("{}  {}", ctx.out.highlight(&label), m.source));
    ctx.out.data(&format!("{:>14}  {}", "→", m.target));
    let mut notes = Vec::new();
    for c in &m.diff.changes {
        notes.push(match c.op {
            "insert" => format!("+{}", c.tm),
            "delete" => format!("-{}", c.query),
            _ => format!("{} → {}", c.query, c.tm),
        });
    }
    if !notes.is_empty() {
        ctx.out.data(&format!(
            "{:>14}  {}",
            "",
            ctx.out
                .dim(&t!("tm-lookup-changes", "changes" => notes.join("; ")))
        ));
    }
    for n in &m.diff.numbers {
        ctx.out.data(&format!(
            "{:>14}  {}",
            "",
            t!("tm-lookup-number", "query" => n.query.clone().unwrap_or_else(|| "–".into()), "tm" => n.tm.clone().unwrap_or_else(|| "–".into()))
        ));
    }
    let mut meta = vec![format!("#{}", m.unit)];
    if let Some(c) = &m.context {
        meta.push(c.clone());
    }
    if let Some(o) = &m.origin {
        meta.push(o.clone());
    }
    ctx.out
        .data(&format!("{:>14}  {}", "", ctx.out.dim(&meta.join("  "))));
}
