//! `relais tm stats`: what the TM holds.

use clap::Args;
use serde::Serialize;

use crate::cli::ctx::{Ctx, Outcome};
use crate::error::Result;
use crate::t;

/// Show the TM's units, variants per language and language pairs
///
/// Example: relais tm stats --json
#[derive(Debug, Args)]
pub struct StatsArgs {}

#[derive(Serialize)]
struct LangRow {
    lang: String,
    variants: u64,
    raw_forms: Vec<String>,
}

#[derive(Serialize)]
struct PairRow {
    langs: [String; 2],
    units: u64,
}

#[derive(Serialize)]
struct StatsDoc {
    path: String,
    units: u64,
    unindexed_units: u64,
    flagged_units: u64,
    imports: usize,
    size_bytes: u64,
    languages: Vec<LangRow>,
    pairs: Vec<PairRow>,
}

/// How many language pairs the table lists.
const SHOWN: usize = 30;

/// Runs `tm stats`.
pub fn run(ctx: &Ctx, _args: &StatsArgs) -> Result<Outcome> {
    let project = ctx.project()?;
    let tm = ctx.open_tm(&project)?;
    let stats = tm.stats();
    let doc = StatsDoc {
        path: tm.path().display().to_string(),
        units: stats.units,
        unindexed_units: tm.unindexed_units(),
        flagged_units: stats.flagged,
        imports: stats.imports,
        size_bytes: tm.size_on_disk()?,
        languages: stats
            .tags
            .iter()
            .map(|(tag, c)| LangRow {
                lang: tag.clone(),
                variants: c.variants,
                raw_forms: c.raw_forms.iter().cloned().collect(),
            })
            .collect(),
        pairs: stats
            .pairs
            .iter()
            .map(|((a, b), n)| PairRow {
                langs: [a.clone(), b.clone()],
                units: *n,
            })
            .collect(),
    };
    if ctx.out.json {
        ctx.out.json(&doc);
        return Ok(Outcome::Clean);
    }
    ctx.out.data(&t!("tm-stats-header", "path" => doc.path.clone(), "units" => doc.units, "size" => format!("{:.1}", crate::num::f64_from_u64(doc.size_bytes) / 1_048_576.0)));
    if doc.flagged_units > 0 {
        ctx.out
            .data(&t!("tm-stats-flagged", "count" => doc.flagged_units));
    }
    ctx.out
        .data(&t!("tm-stats-languages", "count" => doc.languages.len()));
    let width = doc
        .languages
        .iter()
        .map(|l| l.lang.len())
        .max()
        .unwrap_or(0);
    for l in &doc.languages {
        let forms: Vec<&str> = l
            .raw_forms
            .iter()
            .map(String::as_str)
            .filter(|f| *f != l.lang)
            .collect();
        let written = if forms.is_empty() {
            String::new()
        } else {
            format!("  ({})", forms.join(", "))
        };
        ctx.out.data(&format!(
            "  {:<width$}  {:>9}{}",
            l.lang,
            l.variants,
            ctx.out.dim(&written)
        ));
    }
    ctx.out
        .data(&t!("tm-stats-pairs", "count" => doc.pairs.len()));
    let mut pairs: Vec<&PairRow> = doc.pairs.iter().collect();
    pairs.sort_by(|a, b| b.units.cmp(&a.units).then(a.langs.cmp(&b.langs)));
    for p in pairs.iter().take(SHOWN) {
        ctx.out.data(&format!(
            "  {} – {}  {:>9}",
            p.langs[0], p.langs[1], p.units
        ));
    }
    if pairs.len() > SHOWN {
        ctx.out.data(&format!(
            "  {}",
            t!("tm-stats-more-pairs", "count" => pairs.len() - SHOWN)
        ));
    }
    if doc.unindexed_units > 0 {
        ctx.out
            .summary(&t!("tm-unindexed-hint", "units" => doc.unindexed_units));
    }
    Ok(Outcome::Clean)
}
