//! A text for the staff (a `kadam check` diagnostic, a line of a report),
//! not yet worded: the id of a message in `locales/staff/` and the values of
//! its variables. The core names its problems this way and never words
//! them; `crate::staff` renders them in the reader's language.

use std::fmt;

/// A staff text not yet rendered: its id in `locales/staff/` and the values
/// of its variables.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// The value of one variable: plain text (ids, numbers, file names as
/// written), or another staff text, rendered in the same language.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Text(String),
    Msg(Box<Msg>),
}

impl Msg {
    pub fn new(id: &'static str) -> Self {
        Self { id, args: vec![] }
    }

    pub fn arg(mut self, name: &'static str, value: impl IntoArg) -> Self {
        self.args.push((name, value.into_arg()));
        self
    }
}

/// What can fill a variable of a [`Msg`].
pub trait IntoArg {
    fn into_arg(self) -> Arg;
}

impl<T: fmt::Display> IntoArg for T {
    fn into_arg(self) -> Arg {
        Arg::Text(self.to_string())
    }
}

impl IntoArg for &Msg {
    fn into_arg(self) -> Arg {
        Arg::Msg(Box::new(self.clone()))
    }
}

/// `staff_msg!("check-unknown-target", id = target)`: a [`Msg`] with its
/// variables named as in the `.ftl` files. The values are borrowed (and
/// copied as text), so one value can fill several messages.
#[macro_export]
macro_rules! staff_msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::dialogue::staff_text::Msg::new($id)$(.arg(stringify!($name), &$value))*
    };
}
