//! Fluent bundles for publication: one locale, one document's resource,
//! no bidi isolation marks (the output is a document, not UI), every
//! `FluentError` reported as a finding.

use std::collections::BTreeMap;
use std::path::Path;

use fluent_bundle::{FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::check::ids;
use crate::error::{Error, Result};
use crate::model::{Finding, Severity};
use crate::project::Project;
use crate::publish::document::SourceDocument;

/// The check id of errors fluent-bundle reports while formatting.
pub const FLUENT_ERROR: &str = "fluent-error";

fn langid(locale: &str) -> Result<LanguageIdentifier> {
    locale.parse().map_err(|e| Error::Language {
        tag: locale.to_string(),
        reason: format!("{e}"),
    })
}

/// An error of a Fluent file that keeps its locale from being published.
pub fn problem(check: &str, locale: &str, path: &Path, message: String) -> Finding {
    Finding::new(
        check,
        Severity::Error,
        locale,
        path.display().to_string(),
        message,
    )
}

/// A bundle for one locale with one document's resource (empty when the
/// file does not exist), and the problems of adding it.
pub fn bundle(locale: &str, path: &Path) -> Result<(FluentBundle<FluentResource>, Vec<Finding>)> {
    let mut bundle = FluentBundle::new(vec![langid(locale)?]);
    bundle.set_use_isolating(false);
    let mut problems = Vec::new();
    if path.exists() {
        let (text, _) = crate::files::read_text(path)?;
        let (prepared, too_deep) = crate::fluent::parser_input::parser_input(&text);
        for _ in &too_deep {
            problems.push(problem(
                ids::SYNTAX_ERROR,
                locale,
                path,
                format!(
                    "placeables nested more than {} deep",
                    crate::fluent::parser_input::MAX_NESTING
                ),
            ));
        }
        let resource = match FluentResource::try_new(prepared.unwrap_or(text)) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(problem(ids::SYNTAX_ERROR, locale, path, e.kind.to_string()));
                }
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                problems.push(problem(FLUENT_ERROR, locale, path, e.to_string()));
            }
        }
    }
    Ok((bundle, problems))
}

/// A message's value formatted with no arguments; formatting errors are
/// added to `errors`.
pub fn format_message(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    errors: &mut Vec<String>,
) -> Option<String> {
    let msg = bundle.get_message(id)?;
    let pattern = msg.value()?;
    let mut errs = Vec::new();
    // Office documents carry their tabs, breaks, notes and fields as
    // variables: the generic rendering shows a tab as a space, a break as
    // a new line and the others as nothing.
    let mut args = fluent_bundle::FluentArgs::new();
    for el in &pattern.elements {
        if let fluent_syntax::ast::PatternElement::Placeable {
            expression:
                fluent_syntax::ast::Expression::Inline(
                    fluent_syntax::ast::InlineExpression::VariableReference { id },
                ),
        } = el
        {
            let shown = match id.name {
                "tab" => " ",
                "br" => "\n",
                _ => "",
            };
            args.set(id.name, shown);
        }
    }
    let text = bundle
        .format_pattern(pattern, Some(&args), &mut errs)
        .into_owned();
    errors.extend(errs.into_iter().map(|e| e.to_string()));
    Some(text)
}

/// The formatted messages of a document in one locale.
pub fn texts_of(
    project: &Project,
    locale: &str,
    document: &str,
) -> Result<BTreeMap<String, String>> {
    let path = project.resource_path(locale, document);
    let (bundle, _) = bundle(locale, &path)?;
    let doc = SourceDocument::load(project, document)?;
    let mut out = BTreeMap::new();
    for b in &doc.blocks {
        let mut errors = Vec::new();
        if let Some(t) = format_message(&bundle, &b.id, &mut errors) {
            out.insert(b.id.clone(), t);
        }
    }
    Ok(out)
}
