//! Loads a `self-check`: its questions, the yes/no labels, both results and
//! `alert-at`, the number of yes answers that shows the urgent result.

use std::collections::BTreeSet;

use super::{Catalog, Kind, KindSpec, Loader, Parts, SourcedNode};
use crate::dialogue::{
    ids::{self, is_kebab},
    kinds::SelfCheck,
};

pub(super) const SPEC: KindSpec = KindSpec { name: "self-check", fields: &["questions", "alert-at", "buttons"], build };

fn build(cx: &mut Loader, node: &SourcedNode, catalog: &Catalog, parts: Parts<'_>) -> Kind {
    let (raw, at) = (&node.raw, |offset: usize| node.at(offset));
    let (id, origin) = (&parts.id, &parts.origin);
    let questions: Vec<String> = raw.questions.iter().flatten().map(|q| q.get_ref().clone()).collect();
    if questions.is_empty() {
        cx.diags.error(origin.clone(), crate::staff_msg!("check-self-check-no-questions"));
    }
    let mut seen = BTreeSet::new();
    for q in raw.questions.iter().flatten() {
        let name = q.get_ref();
        if !is_kebab(name) || !seen.insert(name) {
            cx.diags.error(at(q.span().start), crate::staff_msg!("check-question-name", name = name));
        }
        cx.require_message(catalog, &ids::part(id, name), None, at(q.span().start));
    }
    for attr in [ids::YES, ids::NO] {
        cx.require_message(catalog, id, Some(attr), origin.clone());
    }
    for result in ["result-alert", "result-calm"] {
        cx.require_message(catalog, &ids::part(id, result), None, origin.clone());
    }
    let alert_at = match &raw.alert_at {
        Some(n) if (1..=questions.len().max(1)).contains(&(*n.get_ref() as usize)) => *n.get_ref() as usize,
        Some(n) => {
            cx.diags.error(at(n.span().start), crate::staff_msg!("check-alert-at-range", count = questions.len()));
            1
        }
        None => {
            cx.diags.error(origin.clone(), crate::staff_msg!("check-alert-at-missing"));
            1
        }
    };
    Kind::SelfCheck(SelfCheck { questions, alert_at, buttons: parts.buttons })
}
