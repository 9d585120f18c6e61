//! What feedback is made of, shared by the engine (which asks), the shell
//! (which stores) and the exports (which report): the ratings, the regions,
//! the texts a feedback node needs, and how long records are kept.
//!
//! The sets are fixed in code rather than in content because coordinators
//! compare them across months and reports: a region id in last year's export
//! must mean the same today. Their labels are content messages, so staff
//! word them freely in every language.

use super::ids;

/// How many characters a comment may have. Long enough for a few sentences
/// on a phone, short enough to keep a row readable in a spreadsheet.
pub const COMMENT_LIMIT: usize = 1000;

/// Feedback records older than this are deleted; the consent notice says so.
pub const KEEP_DAYS: u32 = 730;

/// Ratings from best to worst, as the buttons show them: (stored value, id).
/// The id names the button's message (`<node>-<id>`) and the value in exports.
pub const RATINGS: &[(u8, &str)] = &[(3, "yes"), (2, "partly"), (1, "no")];

/// The seven oblasts, the two cities of republican significance, and "prefer
/// not to say", in the order the buttons show them. `osh-city` and
/// `osh-region` are separate, as in every official statistic.
pub const REGIONS: &[&str] = &[
    "bishkek",
    "osh-city",
    "chui",
    "osh-region",
    "jalal-abad",
    "issyk-kul",
    "naryn",
    "talas",
    "batken",
    "undisclosed",
];

/// The message naming a region on its button: the directory's shared
/// `region-<id>` (one name per place across the bot), except "prefer not to
/// say", which only the form has.
pub fn region_message(node: &str, region: &str) -> String {
    match region {
        "undisclosed" => ids::part(node, "region-undisclosed"),
        r => ids::region(r),
    }
}

/// The id of a rating value, if it is one.
pub fn rating_id(value: u8) -> Option<&'static str> {
    RATINGS.iter().find(|(v, _)| *v == value).map(|(_, id)| *id)
}

pub fn is_region(id: &str) -> bool {
    REGIONS.contains(&id)
}

/// Stage names of a feedback node's texts: the message `<node id>-<name>`.
pub mod stage {
    /// The consent notice and question, shown after a rating was chosen.
    pub const CONSENT: &str = "consent";
    pub const CONSENT_YES: &str = "consent-yes";
    pub const CONSENT_NO: &str = "consent-no";
    /// Shown (as a note) when she declined: nothing was saved.
    pub const NOT_SAVED: &str = "not-saved";
    /// "Saved, thank you. Add a comment?" after her yes.
    pub const COMMENT: &str = "comment";
    /// A note when the comment is over [`super::COMMENT_LIMIT`]. Variables:
    /// `$max`, `$length`.
    pub const COMMENT_TOO_LONG: &str = "comment-too-long";
    pub const SKIP: &str = "skip";
    pub const REGION: &str = "region";
    /// The closing note, shown above the screen she returns to.
    pub const THANKS: &str = "thanks";
}

/// Every message a feedback node with id `node` needs, besides `node` itself
/// (the question) and its `.button` (the question's button on guides).
pub fn node_messages(node: &str) -> Vec<String> {
    use stage::*;
    let fixed = [CONSENT, CONSENT_YES, CONSENT_NO, NOT_SAVED, COMMENT, COMMENT_TOO_LONG, SKIP, REGION, THANKS];
    fixed
        .iter()
        .copied()
        .chain(RATINGS.iter().map(|(_, id)| *id))
        .map(|s| ids::part(node, s))
        .chain(REGIONS.iter().map(|r| region_message(node, r)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_fit_in_callback_data_and_are_distinct() {
        let mut all: Vec<&str> = REGIONS.to_vec();
        all.extend(RATINGS.iter().map(|(_, id)| *id));
        let mut sorted = all.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), all.len(), "ids must be distinct");
        for id in all {
            let plain = id.split('-').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()));
            assert!(plain, "{id} is kebab-case, so it passes the callback codec");
        }
        assert_eq!(REGIONS.len(), 10, "7 oblasts, Bishkek, Osh and `undisclosed`");
    }

    #[test]
    fn every_message_is_named_after_the_node() {
        let names = node_messages("feedback");
        assert!(names.contains(&"feedback-consent".to_owned()));
        assert!(names.contains(&"region-issyk-kul".to_owned()));
        assert!(names.contains(&"feedback-region-undisclosed".to_owned()));
        assert!(names.contains(&"feedback-partly".to_owned()));
        assert_eq!(rating_id(3), Some("yes"));
        assert_eq!(rating_id(0), None);
    }
}
