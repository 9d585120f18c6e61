//! The one reader of Fluent source text beside `fluent_syntax` itself:
//! where a message starts (the AST carries no positions) and which variables
//! and messages a pattern names. The loader and `kadam translations` both
//! use it, so they agree on what a message and a placeholder are.

use std::collections::{BTreeSet, HashMap};

use fluent_syntax::ast;

/// Byte offsets of message definitions (`id =` at the start of a line), since
/// the Fluent AST carries no positions.
pub fn message_positions(source: &str) -> HashMap<&str, usize> {
    let mut positions = HashMap::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if let Some(id) = message_id(line) {
            positions.entry(id).or_insert(offset);
        }
        offset += line.len();
    }
    positions
}

/// The id of a line `id = …` or `id =` that starts a message, if it is one.
pub fn message_id(line: &str) -> Option<&str> {
    let eq = line.find('=')?;
    let id = line[..eq].trim_end();
    let valid = id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    valid.then_some(id)
}

/// The variables a pattern uses (also in selectors, variants and the
/// arguments it passes to terms and functions) and the messages it refers to.
pub fn pattern_names(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    walk_pattern(pattern, vars, refs);
}

/// Only the variables of [`pattern_names`].
pub fn pattern_vars(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut vars = BTreeSet::new();
    walk_pattern(pattern, &mut vars, &mut BTreeSet::new());
    vars
}

fn walk_pattern(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, vars, refs);
        }
    }
}

fn walk_expression(expr: &ast::Expression<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    match expr {
        ast::Expression::Inline(inline) => walk_inline(inline, vars, refs),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, vars, refs);
            for variant in variants {
                walk_pattern(&variant.value, vars, refs);
            }
        }
    }
}

fn walk_inline(expr: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    match expr {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            refs.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                walk_inline(arg, vars, refs);
            }
        }
        ast::InlineExpression::TermReference { arguments, .. } => {
            // What the caller passes to a term can be one of its own variables.
            for arg in arguments.iter().flat_map(|a| a.positional.iter().chain(a.named.iter().map(|n| &n.value))) {
                walk_inline(arg, vars, refs);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, vars, refs),
        ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_message_lines() {
        let src = "# comment\nhello = Hi\n    .button = B\nbye=Bye\n";
        let p = message_positions(src);
        assert_eq!(p["hello"], 10);
        assert_eq!(p["bye"], src.find("bye").unwrap());
        assert!(!p.contains_key(".button"));
    }

    #[test]
    fn names_in_patterns() {
        let res =
            fluent_syntax::parser::parse("a = { $n ->\n    [one] { b }\n   *[other] { NUMBER($y) }\n}\n").unwrap();
        let ast::Entry::Message(msg) = &res.body[0] else { panic!() };
        let (mut vars, mut refs) = (BTreeSet::new(), BTreeSet::new());
        pattern_names(msg.value.as_ref().unwrap(), &mut vars, &mut refs);
        assert_eq!(vars, BTreeSet::from(["n".to_owned(), "y".to_owned()]));
        assert_eq!(refs, BTreeSet::from(["b".to_owned()]));
        assert_eq!(message_id("hello-2 = x"), Some("hello-2"));
        assert_eq!(message_id("    .button = x"), None);
    }
}
