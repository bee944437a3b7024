//! The help catalogs against the command tree: every help text translated,
//! and the English catalog word for word the argument structs' docs.

/// Every command and argument has a help text in every catalog.
#[test]
fn every_help_text_is_translated() {
    fn walk(c: &clap::Command, own: &str, keys: &mut Vec<String>) {
        keys.push(own.to_string());
        for a in c.get_arguments() {
            let id = a.get_id().as_str();
            if !["help", "version"].contains(&id) && !a.is_hide_set() {
                keys.push(format!("{own}--{id}"));
            }
        }
        for s in c.get_subcommands().filter(|s| s.get_name() != "help") {
            walk(s, &format!("{own}-{}", s.get_name()), keys);
        }
    }
    let mut keys = Vec::new();
    walk(
        &<relais::cli::Cli as clap::CommandFactory>::command(),
        "help",
        &mut keys,
    );
    for (lang, src) in relais::i18n::CATALOGS.iter().filter(|(l, _)| *l != "en") {
        let missing: Vec<&String> = keys
            .iter()
            .filter(|k| !src.contains(&format!("\n{k} =")))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks help texts: {missing:?}");
    }
}

/// The English catalog's help texts are the argument structs' docs
/// (the catalogs' source for translators), word for word.
#[test]
fn english_help_texts_match_the_docs() {
    fn norm(s: &str) -> String {
        s.replace('’', "'")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
    fn walk(c: &clap::Command, own: &str, out: &mut Vec<(String, String)>) {
        if let Some(about) = c.get_about() {
            out.push((own.to_string(), about.to_string()));
        }
        if let Some(long) = c.get_long_about() {
            let long = long.to_string();
            let body: Vec<&str> = long
                .split("\n\n")
                .skip(1)
                .filter(|p| !p.starts_with("Example:"))
                .collect();
            out.push((
                format!("{own}-long"),
                body.join(" ").trim_end_matches('.').to_string(),
            ));
        }
        for a in c.get_arguments() {
            if let Some(h) = a.get_help() {
                out.push((format!("{own}--{}", a.get_id()), h.to_string()));
            }
        }
        for s in c.get_subcommands() {
            walk(s, &format!("{own}-{}", s.get_name()), out);
        }
    }
    let mut docs = Vec::new();
    walk(
        &<relais::cli::Cli as clap::CommandFactory>::command(),
        "help",
        &mut docs,
    );
    let english = relais::i18n::CATALOGS[0].1;
    let mut differ = Vec::new();
    for (key, doc) in docs {
        let Some(line) = english
            .lines()
            .find(|l| l.starts_with(&format!("{key} = ")))
        else {
            continue;
        };
        let text = &line[key.len() + 3..];
        if norm(text) != norm(&doc) {
            differ.push(format!("{key}\n  catalog: {text}\n  docs:    {doc}"));
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}
