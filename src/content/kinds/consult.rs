//! Loads a `consult` node ("Ask a lawyer"): its text, and the consultation
//! texts the bot shows around it, required in every language.

use super::{Catalog, Kind, KindSpec, Loader, Parts, SourcedNode};
use crate::dialogue::kinds::consult;

pub(super) const SPEC: KindSpec = KindSpec { name: "consult", fields: &[], build };

fn build(cx: &mut Loader, _node: &SourcedNode, catalog: &Catalog, parts: Parts<'_>) -> Kind {
    for (id, vars) in consult::MESSAGES {
        cx.require_message_with(catalog, id, None, vars, parts.origin.clone());
    }
    Kind::Consult
}
