//! `kadam check` on broken fixtures and on the shipped content.
