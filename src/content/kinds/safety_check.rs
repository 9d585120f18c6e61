//! Loads the `safety-check`: it needs `next`, where "yes, it is safe" leads.

use super::{Catalog, Kind, KindSpec, Loader, Parts, SourcedNode};
use crate::dialogue::kinds::{Info, SafetyCheck};

pub(super) const SPEC: KindSpec = KindSpec { name: "safety-check", fields: &["next"], build };

fn build(cx: &mut Loader, node: &SourcedNode, _catalog: &Catalog, parts: Parts<'_>) -> Kind {
    match parts.next {
        Some(next) => Kind::SafetyCheck(SafetyCheck { next }),
        None => {
            // A `next` that names no node was reported where it is written.
            if node.raw.next.is_none() {
                cx.diags.error(parts.origin, crate::staff_msg!("check-safety-check-next"));
            }
            Kind::Info(Info { next: None })
        }
    }
}
