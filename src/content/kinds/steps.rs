//! Loads a `steps` guide: kebab-case step names, each once, each with its
//! text `<id>-<step>`.

use std::collections::BTreeSet;

use super::{Catalog, Kind, KindSpec, Loader, Parts, SourcedNode};
use crate::dialogue::{
    ids::{self, is_kebab},
    kinds::Steps,
};

pub(super) const SPEC: KindSpec = KindSpec { name: "steps", fields: &["steps", "next", "links", "media"], build };

fn build(cx: &mut Loader, node: &SourcedNode, catalog: &Catalog, parts: Parts<'_>) -> Kind {
    let (raw, at) = (&node.raw, |offset: usize| node.at(offset));
    let steps: Vec<String> = raw.steps.iter().flatten().map(|s| s.get_ref().clone()).collect();
    if steps.is_empty() {
        cx.diags.error(parts.origin.clone(), crate::staff_msg!("check-guide-no-steps"));
    }
    let mut seen = BTreeSet::new();
    for step in raw.steps.iter().flatten() {
        let name = step.get_ref();
        if !is_kebab(name) {
            cx.diags.error(at(step.span().start), crate::staff_msg!("check-step-name", name = name));
        }
        if !seen.insert(name) {
            cx.diags.error(at(step.span().start), crate::staff_msg!("check-step-twice", name = name));
        }
        cx.require_message(catalog, &ids::part(&parts.id, name), None, at(step.span().start));
    }
    Kind::Steps(Steps { steps, next: parts.next })
}
