//! Loads the `contacts` directory screen: it needs regions, the text that
//! heads a region's entries and the one that ends them; `next` is optional.

use super::{Catalog, Kind, KindSpec, Loader, Parts, SourcedNode};
use crate::dialogue::{ids, kinds::Contacts};

pub(super) const SPEC: KindSpec = KindSpec { name: "contacts", fields: &["next"], build };

fn build(cx: &mut Loader, _node: &SourcedNode, catalog: &Catalog, parts: Parts<'_>) -> Kind {
    if parts.directory.regions.is_empty() {
        cx.diags.error(parts.origin.clone(), crate::staff_msg!("check-contacts-no-regions"));
    }
    cx.require_message_with(catalog, &ids::contacts_region(&parts.id), None, &["region"], parts.origin.clone());
    cx.require_message_with(catalog, &ids::contacts_end(&parts.id), None, &[], parts.origin);
    Kind::Contacts(Contacts { next: parts.next })
}
