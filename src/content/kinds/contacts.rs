//! Loads the `contacts` directory screen: it needs regions, and the text
//! that heads a region's entries.

use super::{Catalog, Kind, KindSpec, Loader, Parts, SourcedNode};
use crate::dialogue::ids;

pub(super) const SPEC: KindSpec = KindSpec { name: "contacts", fields: &[], build };

fn build(cx: &mut Loader, _node: &SourcedNode, catalog: &Catalog, parts: Parts<'_>) -> Kind {
    if parts.directory.regions.is_empty() {
        cx.diags.error(parts.origin.clone(), crate::staff_msg!("check-contacts-no-regions"));
    }
    cx.require_message_with(catalog, &ids::contacts_region(&parts.id), None, &["region"], parts.origin);
    Kind::Contacts
}
