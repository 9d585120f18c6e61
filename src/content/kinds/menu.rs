//! Loads a `menu`: it must lead somewhere.

use super::{Catalog, Kind, KindSpec, Loader, Parts, SourcedNode};
use crate::dialogue::kinds::Menu;

pub(super) const SPEC: KindSpec = KindSpec { name: "menu", fields: &["buttons", "links", "media"], build };

fn build(cx: &mut Loader, node: &SourcedNode, _catalog: &Catalog, parts: Parts<'_>) -> Kind {
    if node.raw.buttons.as_ref().is_none_or(Vec::is_empty) && !parts.has_links {
        cx.diags.error(parts.origin, crate::staff_msg!("check-menu-dead-end"));
    }
    Kind::Menu(Menu { buttons: parts.buttons })
}
