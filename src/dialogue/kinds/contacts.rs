//! `contacts`: the directory of help. First a choice of region (or a shared
//! location), then the entries for that region. Page 0 is the choice, page
//! `n` the region `n - 1`.

use fluent_bundle::FluentArgs;

use super::{Behaviour, Body, Draw, Extra, Graph, NodeIx, Shape};
use crate::dialogue::{ids, screen::Button, staff_text::Msg, state::Position};

/// `next`: where a region page leads when nothing on it answers (how to
/// reach a centre without a number).
#[derive(Debug)]
pub struct Contacts {
    pub next: Option<NodeIx>,
}

impl Behaviour for Contacts {
    fn targets(&self) -> Vec<NodeIx> {
        self.next.into_iter().collect()
    }

    fn pages(&self, graph: &Graph) -> usize {
        1 + graph.directory.regions.len()
    }

    fn draw(&self, cx: &Draw<'_>, body: &mut Body, _hint: Option<&str>, _extra: &Extra<'_>) -> String {
        let directory = &cx.content.graph.directory;
        let id = &cx.node.id;
        let Some((r, region)) = cx.page.checked_sub(1).and_then(|r| directory.regions.get(r).map(|g| (r, g))) else {
            // Two regions a row: nine one-per-row buttons do not fit a small screen.
            let buttons: Vec<Button> = (directory.regions.iter().enumerate())
                .map(|(i, r)| Button { label: cx.t(&ids::region(&r.id), None), action: cx.go(id, i + 1) })
                .collect();
            body.keyboard.extend(buttons.chunks(2).map(<[Button]>::to_vec));
            return cx.t(id, None);
        };
        body.back = Some(Position::new(id.clone(), 0));
        let mut args = FluentArgs::new();
        args.set("region", cx.t(&ids::region(&region.id), None));
        let mut text = cx.args(&ids::contacts_region(id), &args);
        for c in directory.for_region(r) {
            let name = ids::contact(&c.id);
            // The number first: it is what she needs in a hurry.
            match &c.phone {
                Some(phone) => text.push_str(&format!("\n\n☎️ {phone} — {}", cx.t(&name, None))),
                None => text.push_str(&format!("\n\n{}", cx.t(&name, None))),
            }
            if let Some(address) = &c.address {
                // The directory spells a place as its source does (often in
                // Russian); `.address` in contacts.ftl names it in her language.
                let place = match cx.content.locales.has(&cx.lang, &name, Some(ids::ADDRESS)) {
                    true => cx.t(&name, Some(ids::ADDRESS)),
                    false => address.clone(),
                };
                text.push_str(&format!("\n📍 {place}"));
            }
            if let Some(url) = &c.url {
                text.push_str(&format!("\n🔗 {url}"));
            }
            if cx.content.locales.has(&cx.lang, &name, Some(ids::NOTE)) {
                text.push_str(&format!("\n{}", cx.t(&name, Some(ids::NOTE))));
            }
        }
        // Every region page ends with what to do if nobody answers, and the
        // way onwards: no page of help is a dead end.
        text.push_str(&format!("\n\n{}", cx.t(&ids::contacts_end(id), None)));
        body.keyboard.extend(self.next.map(|next| vec![cx.button_to(next)]));
        text
    }

    fn page_name(&self, graph: &Graph, id: &str, page: usize, _pages: usize) -> Msg {
        match page.checked_sub(1).and_then(|r| graph.directory.regions.get(r)) {
            Some(region) => crate::staff_msg!("check-page-region", region = &region.id, id = id),
            None => crate::staff_msg!("check-page-node", id = id),
        }
    }

    fn shape(&self) -> Shape {
        Shape::Special
    }
}
