//! `feedback`: "Was this helpful?", then the consent notice, then an
//! optional comment and region. Its texts are the messages `<id>-…` listed
//! in `crate::dialogue::feedback::node_messages`; its `.button` is the
//! question's button at the end of every guide. `consent_version` is stored
//! with each record, so a record always names the notice it was given under.

use super::{Behaviour, Body, Draw, Extra, Shape};
use crate::dialogue::{
    callback::Press,
    draw::Consent,
    feedback::{self, RATINGS, REGIONS, stage},
    ids,
    screen::Button,
    state::{Form, Stage},
};

#[derive(Debug)]
pub struct Feedback {
    pub consent_version: u32,
}

impl Behaviour for Feedback {
    fn draw(&self, cx: &Draw<'_>, body: &mut Body, _hint: Option<&str>, extra: &Extra<'_>) -> String {
        let id = &cx.node.id;
        let form = cx.state.form.clone().unwrap_or_else(|| Form::new(id.clone()));
        let said = |stage: &str| cx.t(&ids::part(id, stage), None);
        let keyboard = &mut body.keyboard;
        match (extra.consent, form.stage) {
            (Some(Consent { topic, rating }), _) => {
                let yes = Press::Consent { topic: topic.clone(), rating: *rating };
                keyboard.push(vec![cx.button(said(stage::CONSENT_YES), &yes)]);
                keyboard.push(vec![cx.button(said(stage::CONSENT_NO), &Press::Decline)]);
                said(stage::CONSENT)
            }
            (None, Stage::Rate) => {
                keyboard.push(
                    RATINGS
                        .iter()
                        .map(|(rating, rid)| {
                            cx.button(said(rid), &Press::Rate { topic: form.topic.clone(), rating: *rating })
                        })
                        .collect(),
                );
                cx.t(id, None)
            }
            (None, Stage::Comment) => {
                keyboard.push(vec![cx.button(said(stage::SKIP), &Press::Skip)]);
                said(stage::COMMENT)
            }
            (None, Stage::Region) => {
                let buttons: Vec<Button> = REGIONS
                    .iter()
                    .map(|r| cx.button(cx.t(&feedback::region_message(id, r), None), &Press::Region((*r).to_owned())))
                    .collect();
                // Two a row: ten one-per-row buttons do not fit a small screen.
                keyboard.extend(buttons.chunks(2).map(<[Button]>::to_vec));
                said(stage::REGION)
            }
        }
    }

    fn shape(&self) -> Shape {
        Shape::Special
    }
}
