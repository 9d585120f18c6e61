//! Loads the `forget` screen: it has no fields of its own.

use super::{Catalog, Kind, KindSpec, Loader, Parts, SourcedNode};

pub(super) const SPEC: KindSpec = KindSpec { name: "forget", fields: &[], build };

fn build(_cx: &mut Loader, _node: &SourcedNode, _catalog: &Catalog, _parts: Parts<'_>) -> Kind {
    Kind::Forget
}
