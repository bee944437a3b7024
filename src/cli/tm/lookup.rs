//! `relais tm lookup`: matches for a text, or for every line of stdin.

use clap::Args;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::{Error, Result};
use crate::glossary::Glossary;
use crate::lang::{LangTag, parse_lang_arg};
use crate::publish::term_flags;
use crate::t;
use crate::tm::Tm;
use crate::tm::lookup::stdin::{Answer, Defaults, parse_line, read_query_line};
use crate::tm::lookup::{Query, Searcher, lookup};

/// Find exact, near-exact and fuzzy matches
///
/// With --stdin, reads one query per line (plain text, or JSON with the keys
/// text, context, prev, source and target, where the optional languages
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

impl LookupArgs {
    fn defaults(&self) -> Defaults {
        Defaults {
            source: self.source.clone(),
            target: self.target.clone(),
            context: self.context.clone(),
            prev: self.prev.clone(),
            min_score: if self.exact { 100 } else { self.min_score },
            limit: self.limit,
        }
    }
}

/// Runs `tm lookup`.
pub fn run(ctx: &Ctx, args: &LookupArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let tm = ctx.open_tm(&project)?;
    if tm.unindexed_units() > 0 {
        ctx.out
            .warn(&t!("tm-unindexed-hint", "units" => tm.unindexed_units()));
    }
    let defaults = args.defaults();
    let glossary = Glossary::for_project_if_any(&project)?;
    if args.stdin {
        return run_stdin(ctx, &tm, &defaults, glossary.as_ref());
    }
    let (Some(source), Some(target)) = (defaults.source, defaults.target) else {
        return Err(Error::Usage(t!("tm-lookup-langs-needed")));
    };
    let text = args.text.as_deref().unwrap_or_default();
    let mut q = Query::new(text, source, target);
    q.context = defaults.context;
    q.prev = defaults.prev;
    q.min_score = defaults.min_score;
    q.limit = defaults.limit;
    let mut matches = lookup(&tm, &q)?;
    if let Some(g) = &glossary {
        term_flags::flag_matches(g, &mut matches);
    }
    if ctx.out.json {
        ctx.out.json(&Answer {
            query: text,
            matches: &matches,
        });
    } else if matches.is_empty() {
        ctx.out.summary(&t!("tm-lookup-none", "min" => q.min_score));
    } else {
        for line in matches.iter().flat_map(|m| m.lines(ctx.out.color_stdout)) {
            ctx.out.data(&line);
        }
    }
    Ok(Outcome::Clean)
}

fn run_stdin(
    ctx: &Ctx,
    tm: &Tm,
    defaults: &Defaults,
    glossary: Option<&Glossary>,
) -> Result<Outcome> {
    let mut searcher = Searcher::new(tm);
    let mut input = std::io::stdin().lock();
    let mut line = String::new();
    let mut line_no = 0;
    while read_query_line(&mut input, line_no + 1, &mut line)? {
        line_no += 1;
        if let Some((text, q)) = parse_line(&line, line_no, defaults)? {
            let mut matches = searcher.lookup(&q)?;
            if let Some(g) = glossary {
                term_flags::flag_matches(g, &mut matches);
            }
            ctx.out.json_line(&Answer {
                query: &text,
                matches: &matches,
            });
        }
    }
    Ok(Outcome::Clean)
}
