//! What a pattern refers to: variables, messages, terms and functions,
//! through selects, call arguments and nested placeables. One walk,
//! [`visit`]; callers keep what they compare ([`references`] here, the
//! parity check's own view in `crate::check::message`).

use std::collections::BTreeSet;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

/// One reference, in the pattern's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference<'a> {
    /// `$name`.
    Variable(&'a str),
    /// `msg` or `msg.attr`.
    Message {
        /// The message.
        id: &'a str,
        /// The attribute, if one.
        attribute: Option<&'a str>,
    },
    /// `-term` or `-term.attr` (a term attribute is only readable in a
    /// selector).
    Term {
        /// The term, without `-`.
        id: &'a str,
        /// The attribute, if one.
        attribute: Option<&'a str>,
    },
    /// `FUNCTION(…)`.
    Function(&'a str),
}

/// Calls `f` for every reference `p` makes, in order: selectors before
/// their variants, a call before its arguments.
pub fn visit<'a>(p: &'a Pattern<String>, f: &mut dyn FnMut(Reference<'a>)) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            visit_expression(expression, f);
        }
    }
}

fn visit_expression<'a>(e: &'a Expression<String>, f: &mut dyn FnMut(Reference<'a>)) {
    match e {
        Expression::Inline(i) => visit_inline(i, f),
        Expression::Select { selector, variants } => {
            visit_inline(selector, f);
            for v in variants {
                visit(&v.value, f);
            }
        }
    }
}

fn visit_inline<'a>(i: &'a InlineExpression<String>, f: &mut dyn FnMut(Reference<'a>)) {
    match i {
        InlineExpression::VariableReference { id } => f(Reference::Variable(&id.name)),
        InlineExpression::MessageReference { id, attribute } => f(Reference::Message {
            id: &id.name,
            attribute: attribute.as_ref().map(|a| a.name.as_str()),
        }),
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            f(Reference::Term {
                id: &id.name,
                attribute: attribute.as_ref().map(|a| a.name.as_str()),
            });
            if let Some(args) = arguments {
                args.positional.iter().for_each(|a| visit_inline(a, f));
                args.named.iter().for_each(|n| visit_inline(&n.value, f));
            }
        }
        InlineExpression::FunctionReference { id, arguments } => {
            f(Reference::Function(&id.name));
            arguments.positional.iter().for_each(|a| visit_inline(a, f));
            arguments
                .named
                .iter()
                .for_each(|n| visit_inline(&n.value, f));
        }
        InlineExpression::Placeable { expression } => visit_expression(expression, f),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

/// The references of a pattern, by kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct References {
    /// `$variables` (names without `$`).
    pub variables: BTreeSet<String>,
    /// Message references (`msg` or `msg.attr`).
    pub messages: BTreeSet<String>,
    /// Term references (names without `-`), attributes read or not.
    pub terms: BTreeSet<String>,
    /// Functions called.
    pub functions: BTreeSet<String>,
}

/// Collects what a pattern refers to.
pub fn references(p: &Pattern<String>) -> References {
    let mut r = References::default();
    visit(p, &mut |reference| match reference {
        Reference::Variable(name) => {
            r.variables.insert(name.to_string());
        }
        Reference::Message { id, attribute } => {
            r.messages.insert(message_name(id, attribute));
        }
        Reference::Term { id, .. } => {
            r.terms.insert(id.to_string());
        }
        Reference::Function(name) => {
            r.functions.insert(name.to_string());
        }
    });
    r
}

/// `msg` or `msg.attr`.
pub fn message_name(id: &str, attribute: Option<&str>) -> String {
    match attribute {
        Some(a) => format!("{id}.{a}"),
        None => id.to_string(),
    }
}
