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

/// Messages the engine itself shows (navigation, notes), with the variables
/// each may use. Every language must define all of them.
pub mod ui {
    pub const BACK: &str = "ui-back";
    pub const MAIN_MENU: &str = "ui-main-menu";
    pub const NEXT: &str = "ui-next";
    /// Variables: `$current`, `$total`.
    pub const STEP_OF: &str = "ui-step-of";
    /// The language's own name, on its button in the language picker.
    pub const LANGUAGE_NAME: &str = "ui-language-name";
    pub const NOTE_USE_BUTTONS: &str = "ui-note-use-buttons";
    pub const NOTE_STALE_BUTTON: &str = "ui-note-stale-button";
    pub const NOTE_CONTENT_CHANGED: &str = "ui-note-content-changed";
    pub const NOTE_UNKNOWN_COMMAND: &str = "ui-note-unknown-command";
    pub const NOTE_LINK_NOT_FOUND: &str = "ui-note-link-not-found";
    pub const NOTE_MEDIA: &str = "ui-note-media";
    pub const NOTE_PRIVATE_ONLY: &str = "ui-note-private-only";
    pub const NOTE_ERROR: &str = "ui-note-error";
    /// Sent at most once when someone sends faster than the bot takes input.
    pub const NOTE_TOO_FAST: &str = "ui-note-too-fast";
    pub const NOTE_LANGUAGE_SET: &str = "ui-note-language-set";
    /// After a shared location: what it was used for, and that it is not kept.
    pub const NOTE_LOCATION: &str = "ui-note-location";
    /// Descriptions in Telegram's command menu, registered per language.
    /// Whether an id is one of the `CMD_*` descriptions in Telegram's
    /// command menu, which never show on a screen.
    pub fn is_command_description(id: &str) -> bool {
        id.starts_with("ui-cmd-")
    }

    pub const CMD_START: &str = "ui-cmd-start";
    pub const CMD_MENU: &str = "ui-cmd-menu";
    pub const CMD_LANGUAGE: &str = "ui-cmd-language";
    pub const CMD_HELP: &str = "ui-cmd-help";
    pub const CMD_PRIVACY: &str = "ui-cmd-privacy";
    /// The quick-exit button on sensitive screens.
    pub const QUICK_EXIT: &str = "ui-quick-exit";
    /// Words that trigger the quick exit when typed, separated by commas.
    pub const EXIT_KEYWORDS: &str = "ui-exit-keywords";
    /// The one harmless message left after a quick exit.
    pub const DECOY: &str = "ui-decoy";
    pub const SAFETY_YES: &str = "ui-safety-yes";
    pub const SAFETY_NO: &str = "ui-safety-no";
    pub const FORGET_YES: &str = "ui-forget-yes";
    pub const FORGET_DONE: &str = "ui-forget-done";
    /// One line under the language picker's prompts, before she picks
    /// anything: the emergency numbers (optional; numbers read in any language).
    pub const LANGUAGE_SOS: &str = "ui-language-sos";
    /// Engine texts a content may leave out (the engine then shows nothing).
    pub const OPTIONAL: &[&str] = &[LANGUAGE_SOS];
    /// Answers to a coordinator's `/reload`. Variables: `$nodes`, `$warnings`; `$errors`.
    pub const ADMIN_RELOADED: &str = "ui-admin-reloaded";
    pub const ADMIN_RELOAD_FAILED: &str = "ui-admin-reload-failed";
    /// The coordinators' own command menu.
    pub const CMD_EXPORT: &str = "ui-cmd-export";
    pub const CMD_STATS: &str = "ui-cmd-stats";
    /// `/report`: last month's donor report as an HTML file.
    pub const CMD_REPORT: &str = "ui-cmd-report";
    pub const CMD_RELOAD: &str = "ui-cmd-reload";
    /// Caption of the file `/export` sends. Variables: `$count` (records).
    pub const ADMIN_EXPORT: &str = "ui-admin-export";
    /// First line of `/stats`. Variables: `$total` (records); counts under 5 show as "<5".
    pub const ADMIN_STATS: &str = "ui-admin-stats";
    /// Heading of one part of `/stats`. Variables: `$part`: topic, rating,
    /// language, region, week or visits.
    pub const ADMIN_STATS_PART: &str = "ui-admin-stats-part";

    /// Every engine message and the variables it takes.
    pub const ALL: &[(&str, &[&str])] = &[
        (BACK, &[]),
        (MAIN_MENU, &[]),
        (NEXT, &[]),
        (STEP_OF, &["current", "total"]),
        (LANGUAGE_NAME, &[]),
        (NOTE_USE_BUTTONS, &[]),
        (NOTE_STALE_BUTTON, &[]),
        (NOTE_CONTENT_CHANGED, &[]),
        (NOTE_UNKNOWN_COMMAND, &[]),
        (NOTE_LINK_NOT_FOUND, &[]),
        (NOTE_MEDIA, &[]),
        (NOTE_PRIVATE_ONLY, &[]),
        (NOTE_ERROR, &[]),
        (NOTE_TOO_FAST, &[]),
        (NOTE_LANGUAGE_SET, &[]),
        (NOTE_LOCATION, &[]),
        (CMD_START, &[]),
        (CMD_MENU, &[]),
        (CMD_LANGUAGE, &[]),
        (CMD_HELP, &[]),
        (CMD_PRIVACY, &[]),
        (QUICK_EXIT, &[]),
        (EXIT_KEYWORDS, &[]),
        (DECOY, &[]),
        (SAFETY_YES, &[]),
        (SAFETY_NO, &[]),
        (FORGET_YES, &[]),
        (FORGET_DONE, &[]),
        (ADMIN_RELOADED, &["nodes", "warnings"]),
        (ADMIN_RELOAD_FAILED, &["errors"]),
        (CMD_EXPORT, &[]),
        (CMD_STATS, &[]),
        (CMD_REPORT, &[]),
        (CMD_RELOAD, &[]),
        (ADMIN_EXPORT, &["count", "minutes"]),
        (ADMIN_STATS, &["total", "from", "to"]),
        (ADMIN_STATS_PART, &["part"]),
    ];
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
    fn derived_ids() {
        assert_eq!(part("guide", "step-1"), "guide-step-1");
        assert_eq!(self_check_result("check", true), "check-result-alert");
        assert_eq!(contacts_region("contacts"), "contacts-region");
        assert_eq!(region("naryn"), "region-naryn");
        assert_eq!(contact("police"), "contact-police");
    }
}
