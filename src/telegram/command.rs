//! Commands, parsed once from the message text into a [`Command`], so the
//! rest of the shell matches on variants rather than on strings.
//!
//! Parsed by hand rather than with teloxide's `BotCommands` derive: ours
//! are matched case-insensitively (`/Menu` works), any other `/word` is
//! still passed on (the engine opens a screen by its id, or says the command
//! is unknown), and the menu descriptions come from the Fluent files per
//! language, none of which the derive does.

use std::str::FromStr;

use crate::dialogue::{Content, engine::Input, ui};

/// Everyone's commands. Only some are listed in the command menu (see
/// [`Public::menu`]); the others work just the same when typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Public {
    Start,
    Menu,
    Exit,
    Language,
    Help,
    Privacy,
    Forget,
    Feedback,
}

impl Public {
    const ALL: [Public; 8] = [
        Public::Start,
        Public::Menu,
        Public::Exit,
        Public::Language,
        Public::Help,
        Public::Privacy,
        Public::Forget,
        Public::Feedback,
    ];

    /// The always-visible command menu, in its order. Whoever checks her
    /// phone can open it, so it lists nothing that tells of a wipe: the
    /// quick exit and `/forget` stay unlisted (the help screen explains
    /// them), and so does `/feedback`, which the screens already offer.
    const MENU: [Public; 5] = [Public::Start, Public::Menu, Public::Language, Public::Help, Public::Privacy];

    pub fn name(self) -> &'static str {
        match self {
            Public::Start => "start",
            Public::Menu => "menu",
            Public::Exit => "exit",
            Public::Language => "language",
            Public::Help => "help",
            Public::Privacy => "privacy",
            Public::Forget => "forget",
            Public::Feedback => "feedback",
        }
    }

    /// The message id of its description in the command menu; `None` for
    /// the commands the menu does not list.
    pub fn description(self) -> Option<&'static str> {
        match self {
            Public::Start => Some(ui::CMD_START),
            Public::Menu => Some(ui::CMD_MENU),
            Public::Language => Some(ui::CMD_LANGUAGE),
            Public::Help => Some(ui::CMD_HELP),
            Public::Privacy => Some(ui::CMD_PRIVACY),
            Public::Exit | Public::Forget | Public::Feedback => None,
        }
    }

    /// The command menu everyone sees, with each command's description id.
    /// `/privacy` only where the content has that screen.
    pub fn menu(content: &Content) -> impl Iterator<Item = (Public, &'static str)> + '_ {
        Self::MENU
            .into_iter()
            .filter(|c| *c != Public::Privacy || content.graph.find(c.name()).is_some())
            .filter_map(|c| Some((c, c.description()?)))
    }
}

/// The coordinators' commands: only people in `KADAM_ADMIN_IDS` get them;
/// from anyone else they are passed on like any other `/word`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coordinator {
    /// `/export`, `/export csv`, `/export json`.
    Export,
    Report,
    Stats,
    Reload,
    /// `/announce`: tell the subscribers about a webinar.
    Announce,
}

impl Coordinator {
    pub const ALL: [Coordinator; 5] =
        [Coordinator::Export, Coordinator::Report, Coordinator::Stats, Coordinator::Reload, Coordinator::Announce];

    pub fn name(self) -> &'static str {
        match self {
            Coordinator::Export => "export",
            Coordinator::Report => "report",
            Coordinator::Stats => "stats",
            Coordinator::Reload => "reload",
            Coordinator::Announce => "announce",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Coordinator::Export => ui::CMD_EXPORT,
            Coordinator::Report => ui::CMD_REPORT,
            Coordinator::Stats => ui::CMD_STATS,
            Coordinator::Reload => ui::CMD_RELOAD,
            Coordinator::Announce => crate::dialogue::webinar::texts::CMD_ANNOUNCE,
        }
    }
}

/// A coordinator's command with what followed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoordinatorCommand {
    pub command: Coordinator,
    pub arg: Option<String>,
}

/// A message that starts with `/`: `/start@kadam_bot payload` is
/// [`Public::Start`] with the argument `payload`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Public {
        command: Public,
        arg: Option<String>,
    },
    Coordinator(CoordinatorCommand),
    /// Any other name, lower-cased: the engine decides what it means.
    Other {
        name: String,
        arg: Option<String>,
    },
}

/// The text was not a command.
#[derive(Debug, PartialEq, Eq)]
pub struct NotACommand;

impl FromStr for Command {
    type Err = NotACommand;

    fn from_str(text: &str) -> Result<Self, NotACommand> {
        let rest = text.strip_prefix('/').ok_or(NotACommand)?;
        let (head, arg) = match rest.split_once(char::is_whitespace) {
            Some((head, arg)) => (head, Some(arg.trim().to_owned()).filter(|a| !a.is_empty())),
            None => (rest, None),
        };
        let name = head.split('@').next().unwrap_or_default().to_ascii_lowercase();
        if let Some(command) = Public::ALL.into_iter().find(|c| c.name() == name) {
            return Ok(Command::Public { command, arg });
        }
        if let Some(command) = Coordinator::ALL.into_iter().find(|c| c.name() == name) {
            return Ok(Command::Coordinator(CoordinatorCommand { command, arg }));
        }
        Ok(Command::Other { name, arg })
    }
}

impl Command {
    pub fn name(&self) -> &str {
        match self {
            Command::Public { command, .. } => command.name(),
            Command::Coordinator(c) => c.command.name(),
            Command::Other { name, .. } => name,
        }
    }

    /// What the engine is given for this command.
    pub fn into_input(self) -> Input {
        let name = self.name().to_owned();
        let arg = match self {
            Command::Public { arg, .. } | Command::Other { arg, .. } => arg,
            Command::Coordinator(c) => c.arg,
        };
        Input::Command { name, arg }
    }
}

/// A message's text as the engine's input: a command, or plain text.
pub fn text_input(text: &str) -> Input {
    text.parse::<Command>().map_or_else(|NotACommand| Input::Text(text.to_owned()), Command::into_input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_parsed_with_bot_names_and_payloads() {
        let cmd = |name: &str, arg: Option<&str>| Input::Command { name: name.into(), arg: arg.map(Into::into) };
        assert_eq!(text_input("/start"), cmd("start", None));
        assert_eq!(text_input("/start portal-login"), cmd("start", Some("portal-login")));
        assert_eq!(text_input("/Menu@kadam_bot"), cmd("menu", None));
        assert_eq!(text_input("/start@kadam_bot   x  "), cmd("start", Some("x")));
        assert_eq!(text_input("/portal-login"), cmd("portal-login", None));
        assert_eq!(text_input("/export csv"), cmd("export", Some("csv")));
        assert_eq!(text_input("hello /start"), Input::Text("hello /start".into()));
    }

    #[test]
    fn commands_are_typed() {
        assert_eq!("/HELP".parse(), Ok(Command::Public { command: Public::Help, arg: None }));
        assert_eq!(
            "/export@kadam_bot json".parse(),
            Ok(Command::Coordinator(CoordinatorCommand { command: Coordinator::Export, arg: Some("json".into()) }))
        );
        assert_eq!("/nope".parse(), Ok(Command::Other { name: "nope".into(), arg: None }));
        assert_eq!("menu".parse::<Command>(), Err(NotACommand));
    }
}
