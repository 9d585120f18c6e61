//! Loads an `info` node: text, optionally with a button onwards.

use super::{Catalog, Kind, KindSpec, Loader, Parts, SourcedNode};
use crate::dialogue::kinds::Info;

pub(super) const SPEC: KindSpec = KindSpec { name: "info", fields: &["next", "links", "media"], build };

fn build(_cx: &mut Loader, _node: &SourcedNode, _catalog: &Catalog, parts: Parts<'_>) -> Kind {
    Kind::Info(Info { next: parts.next })
}
