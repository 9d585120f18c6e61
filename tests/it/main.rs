//! Kadam's integration tests: one binary, one module per area.

/// Shared helpers: temporary content folders, running the `kadam` binary,
/// and a fake Telegram Bot API on loopback.
mod support;

/// `kadam check` on broken fixtures (exact diagnostics) and on the shipped content.
mod content;

/// Scripted walks through `kadam simulate`, compared with snapshot transcripts.
mod transcripts;

/// The fake Telegram Bot API itself, driven by a real teloxide bot and dispatcher.
mod fake_api_selftest;

/// `kadam run` end to end: the real binary, the fake Bot API, a real SQLite file.
mod bot;

/// Survivor safety and privacy: quick exit, /forget, what the database and logs hold.
mod safety;

mod flood;

/// The pipeline: the inbox across a crash, per-chat order, the wipe epoch.
mod pipeline;

/// Several replicas on one database and one token: the polling lease, the shared inbox, failover.
mod replicas;

mod erasure;

/// What someone checking her phone sees: the command menu, the decoy, quick exits next to help lines.
mod discretion;

/// What the server's files and logs give away: file modes, a lost key, unparsable updates.
mod exposure;

/// Consented feedback through the real bot, exports read back, coordinators' commands.
mod feedback;

/// Every phone number and web address in the texts comes from the directory or the sources.
mod facts;

/// Hostile input, fuzzed: content files, callback data, texts, stored states.
mod fuzz;

/// SIGKILL mid-load, Telegram faults, a database that cannot be written or is locked.
mod resilience;

/// `kadam translations` export and import, and partial languages in `kadam check`.
mod translations;

/// The staff guides in English and Russian keep the same sections and commands.
mod guides;

/// Questions to a consultant: a staff forum group, sealed answers, erasure reaching the staff side.
mod consult;
/// `kadam preview` over HTTP, the bare command without a token, and a real headless Chromium.
mod preview;
/// `kadam report`: the donor report's numbers, privacy, HTML and rendering.
mod report;

/// `kadam migrate-db`: a database moved whole into another.
mod migrate;

/// The same walks on SQLite and PostgreSQL: the same export, stats and report.
mod backends;

/// Webinars with a steered clock: reminders, their cancelling, sealed chat ids.
mod webinars;
