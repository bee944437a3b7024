//! The `relais.toml` that `relais init` writes: the configuration with a
//! comment before each part saying what it is for, in the language of
//! the command line, and the optional `[build]` keys shown commented out.

use crate::t;

/// The comment of a line of the serialised configuration that opens one
/// of its parts, if it does.
fn comment_for(line: &str) -> Option<String> {
    let key = line.split(['=', ' ']).next().unwrap_or("");
    Some(match key {
        "source_locale" => t!("init-comment-source-locale"),
        "locales" => t!("init-comment-locales"),
        "layout" => t!("init-comment-layout"),
        "[[documents]]" => t!("init-comment-documents"),
        "[tm]" => t!("init-comment-tm"),
        "[glossary]" => t!("init-comment-glossary"),
        "[pretranslate]" => t!("init-comment-pretranslate"),
        "[build]" => t!("init-comment-build"),
        _ => return None,
    })
}

fn as_comment(text: &str) -> String {
    text.lines().map(|l| format!("# {l}\n")).collect()
}

/// `config_text` (from [`super::Config::to_toml`]) with its comments.
/// Only the first `[[documents]]` table is commented; without a
/// `[build]` table, one is shown commented out.
pub fn commented(config_text: &str) -> String {
    let mut out = as_comment(&t!("init-comment-header"));
    out.push('\n');
    let mut documents_seen = false;
    for line in config_text.lines() {
        if line == "[[documents]]" {
            if documents_seen {
                out.push_str(line);
                out.push('\n');
                continue;
            }
            documents_seen = true;
        }
        if let Some(comment) = comment_for(line) {
            out.push_str(&as_comment(&comment));
        }
        out.push_str(line);
        out.push('\n');
        if line == "[tm]" {
            out.push_str("# path = \".relais/tm\"\n# imports = [\"memories/our-memory.tmx\"]\n");
        }
    }
    if !config_text.lines().any(|l| l == "[build]") {
        out.push('\n');
        out.push_str(&as_comment(&t!("init-comment-build")));
        out.push_str(
            "# [build]\n# min_translated = 100\n# organisation = \"…\"\n# title = \"…\"\n# date = \"2024-10-29\"\n",
        );
    }
    out
}

/// What to run after `relais init`, one command per line with what it
/// does: extract each document (or add one), import a memory,
/// pretranslate, check, build.
pub fn next_steps(config: &super::Config) -> Vec<String> {
    let mut steps = vec![t!("init-next-steps")];
    let ftl = |name: &str| {
        config
            .layout
            .replace("{locale}", &config.source_locale)
            .replace("{document}", name)
    };
    let with_source: Vec<_> = config
        .documents
        .iter()
        .filter_map(|d| d.source.as_ref().map(|s| (d, s)))
        .collect();
    if with_source.is_empty() {
        steps.push(t!("init-step-add-document", "file" => ftl("NAME")));
    }
    for (d, source) in with_source {
        steps.push(t!(
            "init-step-extract",
            "source" => source.display().to_string(),
            "file" => ftl(&d.name)
        ));
    }
    steps.push(t!("init-step-tm"));
    steps.push(t!("init-step-pretranslate"));
    steps.push(t!("init-step-check"));
    steps.push(t!("init-step-build"));
    // Each step is "command    what it does": the descriptions aligned.
    let width = steps
        .iter()
        .filter_map(|s| s.split_once("    "))
        .map(|(c, _)| c.chars().count())
        .max()
        .unwrap_or(0);
    steps
        .into_iter()
        .map(|s| match s.split_once("    ") {
            Some((command, what)) => {
                let pad = " ".repeat(width - command.chars().count());
                format!("{command}{pad}   # {}", what.trim())
            }
            None => s,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::Config;

    #[test]
    fn every_part_is_commented_and_the_file_still_parses() {
        let mut config = Config {
            source_locale: "fr".into(),
            locales: vec!["en".into(), "de".into()],
            ..Default::default()
        };
        for name in ["a", "b"] {
            config.documents.push(crate::project::Document {
                name: name.into(),
                source: Some(format!("source/{name}.md").into()),
            });
        }
        let text = commented(&config.to_toml());
        for key in [
            "source_locale",
            "locales",
            "layout",
            "[tm]",
            "[glossary]",
            "[pretranslate]",
        ] {
            let at = text.lines().position(|l| l.starts_with(key)).unwrap();
            assert!(
                text.lines().nth(at - 1).unwrap().starts_with("# "),
                "{key}:\n{text}"
            );
        }
        assert_eq!(text.lines().filter(|l| *l == "[[documents]]").count(), 2);
        assert!(text.contains("# [build]\n# min_translated = 100\n"));
        let parsed = Config::parse(&text, std::path::Path::new("relais.toml")).unwrap();
        assert_eq!(parsed, config);
    }
}
