//! Loads the `feedback` form: every stage's text, the question's button on
//! guides, and `consent-version`, stored with each answer.

use super::{Catalog, Kind, KindSpec, Loader, Parts, SourcedNode};
use crate::dialogue::{
    feedback, ids,
    kinds::{Feedback, Info},
};

pub(super) const SPEC: KindSpec = KindSpec { name: "feedback", fields: &["consent-version"], build };

fn build(cx: &mut Loader, node: &SourcedNode, catalog: &Catalog, parts: Parts<'_>) -> Kind {
    let (id, origin) = (&parts.id, &parts.origin);
    // Every stage's text, and the question's button on guides.
    for name in feedback::node_messages(id) {
        // The one text the bot fills in: how long the comment was.
        let vars: &[&str] = if name.ends_with(feedback::stage::COMMENT_TOO_LONG) { &["max", "length"] } else { &[] };
        cx.require_message_with(catalog, &name, None, vars, origin.clone());
    }
    cx.require_message(catalog, id, Some(ids::BUTTON), origin.clone());
    match &node.raw.consent_version {
        Some(v) if *v.get_ref() >= 1 => Kind::Feedback(Feedback { consent_version: *v.get_ref() }),
        Some(v) => {
            cx.diags.error(node.at(v.span().start), crate::staff_msg!("check-consent-version-low"));
            Kind::Info(Info { next: None })
        }
        None => {
            cx.diags.error(origin.clone(), crate::staff_msg!("check-consent-version-missing"));
            Kind::Info(Info { next: None })
        }
    }
}
