//! Every Fluent message id the dialogue uses, in one place: the engine's own
//! texts ([`ui`]) and the ids derived from a node's id (`<node>-<step>`,
//! `region-<id>`, …). The loader checks content against these same builders,
//! so what it requires and what the engine asks for cannot drift apart.

/// The attribute holding a node's label on buttons that lead to it.
pub const BUTTON: &str = "button";
/// A self-check's answer buttons.
pub const YES: &str = "yes";
pub const NO: &str = "no";
/// A directory entry's optional note under its name.
pub const NOTE: &str = "note";
/// A directory entry's place in her language (`contact-<id>.address`).
pub const ADDRESS: &str = "address";

/// Longest node id or step name: with the fingerprint and page, a node id
/// must fit in Telegram's 64 bytes of callback data.
pub const ID_LIMIT: usize = 40;

/// `<node>-<part>`: a guide's step, a self-check's question or result, a
/// feedback stage, the directory's region heading.
pub fn part(node: &str, part: &str) -> String {
    format!("{node}-{part}")
}

/// A self-check's result: `<node>-result-alert` or `<node>-result-calm`.
pub fn self_check_result(node: &str, alert: bool) -> String {
    part(node, if alert { "result-alert" } else { "result-calm" })
}

/// The directory's heading above one region's entries (variable `$region`).
/// The text that ends a region page of a `contacts` node.
pub fn contacts_end(node: &str) -> String {
    format!("{node}-region-end")
}

pub fn contacts_region(node: &str) -> String {
    part(node, "region")
}

/// A region's name, shared by the directory and the feedback form.
pub fn region(id: &str) -> String {
    format!("region-{id}")
}

/// A directory entry's name (with an optional `.note`).
pub fn contact(id: &str) -> String {
    format!("contact-{id}")
}

/// Whether an id is lower-case latin letters and digits in parts joined by
/// single hyphens, and short enough for callback data.
pub fn is_kebab(id: &str) -> bool {
    id.len() <= ID_LIMIT && kebab_shape(id)
}

/// [`is_kebab`] without the length limit, to tell "too long" from "malformed".
pub fn kebab_shape(id: &str) -> bool {
    !id.is_empty()
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Declares text-id constants and, in the same breath, the list of them all
/// with the variables each may use, so that no constant can be left out of
/// the list the loader checks every language against:
///
/// ```ignore
/// text_ids! {
///     /// Every text of this part and the variables it takes.
///     pub const ALL;
///     /// A doc comment for the constant.
///     BACK = "ui-back";
///     STEP_OF = "ui-step-of" (current, total);
/// }
/// ```
macro_rules! text_ids {
    (
        $(#[$list_doc:meta])* pub const $list:ident;
        $( $(#[$doc:meta])* $name:ident = $id:literal $(($($var:ident),+))? ; )*
    ) => {
        $( $(#[$doc])* pub const $name: &str = $id; )*
        $(#[$list_doc])*
        pub const $list: &[(&str, &[&str])] = &[ $( ($name, &[ $($(stringify!($var)),+)? ]) ),* ];
    };
}
pub(crate) use text_ids;

/// Messages the engine itself shows (navigation, notes), with the variables
/// each may use. Every language must define all of them.
pub mod ui {
    /// Whether an id is one of the `CMD_*` descriptions in Telegram's
    /// command menu, which never show on a screen.
    pub fn is_command_description(id: &str) -> bool {
        id.starts_with("ui-cmd-")
    }

    text_ids! {
        /// Every engine message and the variables it takes.
        pub const ALL;
        BACK = "ui-back";
        MAIN_MENU = "ui-main-menu";
        NEXT = "ui-next";
        /// Variables: `$current`, `$total`.
        STEP_OF = "ui-step-of" (current, total);
        /// The language's own name, on its button in the language picker.
        LANGUAGE_NAME = "ui-language-name";
        NOTE_USE_BUTTONS = "ui-note-use-buttons";
        NOTE_STALE_BUTTON = "ui-note-stale-button";
        NOTE_CONTENT_CHANGED = "ui-note-content-changed";
        NOTE_UNKNOWN_COMMAND = "ui-note-unknown-command";
        NOTE_LINK_NOT_FOUND = "ui-note-link-not-found";
        NOTE_MEDIA = "ui-note-media";
        NOTE_PRIVATE_ONLY = "ui-note-private-only";
        NOTE_ERROR = "ui-note-error";
        /// Sent at most once when someone sends faster than the bot takes input.
        NOTE_TOO_FAST = "ui-note-too-fast";
        NOTE_LANGUAGE_SET = "ui-note-language-set";
        /// After a shared location: what it was used for, and that it is not kept.
        NOTE_LOCATION = "ui-note-location";
        /// Descriptions in Telegram's command menu, registered per language.
        CMD_START = "ui-cmd-start";
        CMD_MENU = "ui-cmd-menu";
        CMD_LANGUAGE = "ui-cmd-language";
        CMD_HELP = "ui-cmd-help";
        CMD_PRIVACY = "ui-cmd-privacy";
        /// The button that sends a directory number as a contact card. Variables: `$phone`.
        CALL = "ui-call" (phone);
        /// The quick-exit button on sensitive screens.
        QUICK_EXIT = "ui-quick-exit";
        /// Words that trigger the quick exit when typed, separated by commas.
        EXIT_KEYWORDS = "ui-exit-keywords";
        /// The one harmless message left after a quick exit.
        DECOY = "ui-decoy";
        SAFETY_YES = "ui-safety-yes";
        SAFETY_NO = "ui-safety-no";
        FORGET_YES = "ui-forget-yes";
        FORGET_DONE = "ui-forget-done";
        /// Answers to a coordinator's `/reload`. Variables: `$nodes`, `$warnings`; `$errors`.
        ADMIN_RELOADED = "ui-admin-reloaded" (nodes, warnings);
        ADMIN_RELOAD_FAILED = "ui-admin-reload-failed" (errors);
        /// A coordinator's command that failed (`/export`, `/stats`, `/report`, …).
        /// Variables: `$command` (its name, without the slash).
        ADMIN_FAILED = "ui-admin-failed" (command);
        /// The coordinators' own command menu.
        CMD_EXPORT = "ui-cmd-export";
        CMD_STATS = "ui-cmd-stats";
        /// `/report`: last month's donor report as an HTML file.
        CMD_REPORT = "ui-cmd-report";
        CMD_RELOAD = "ui-cmd-reload";
        /// Caption of the file `/export` sends. Variables: `$count` (records).
        ADMIN_EXPORT = "ui-admin-export" (count, minutes);
        /// First line of `/stats`. Variables: `$total` (records); counts under 5 show as "<5".
        ADMIN_STATS = "ui-admin-stats" (total, from, to);
        /// Heading of one part of `/stats`. Variables: `$part`: topic, rating,
        /// language, region, week or visits.
        ADMIN_STATS_PART = "ui-admin-stats-part" (part);
    }

    /// One line under the language picker's prompts, before she picks
    /// anything: the emergency numbers (optional; numbers read in any language).
    pub const LANGUAGE_SOS: &str = "ui-language-sos";
    /// Engine texts a content may leave out (the engine then shows nothing).
    pub const OPTIONAL: &[&str] = &[LANGUAGE_SOS];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_ids() {
        assert!(is_kebab("birth-certificate"));
        assert!(is_kebab("step2"));
        assert!(!is_kebab("Birth"));
        assert!(!is_kebab("a--b"));
        assert!(!is_kebab("-a"));
        assert!(!is_kebab("a_b"));
        assert!(!is_kebab(""));
        assert!(!is_kebab(&"a".repeat(ID_LIMIT + 1)));
    }

    #[test]
    fn every_constant_is_in_its_list_with_its_variables() {
        assert_eq!(ui::ALL.len(), 39);
        assert!(ui::ALL.contains(&(ui::CALL, &["phone"])));
        assert!(ui::ALL.contains(&(ui::BACK, &[])));
        assert!(ui::ALL.contains(&(ui::STEP_OF, &["current", "total"])));
        assert!(ui::ALL.contains(&(ui::ADMIN_STATS, &["total", "from", "to"])));
    }

    #[test]
    fn derived_ids() {
        assert_eq!(part("guide", "step-1"), "guide-step-1");
        assert_eq!(self_check_result("check", true), "check-result-alert");
        assert_eq!(contacts_region("contacts"), "contacts-region");
        assert_eq!(region("naryn"), "region-naryn");
        assert_eq!(contact("police"), "contact-police");
    }
}
