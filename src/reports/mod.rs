//! Coordinators' reports, the same for `kadam export`, `kadam stats`,
//! `/export` and `/stats`: one stream of consented feedback records
//! ([`records`], from storage), counted into a [`stats::Tally`] with small
//! counts suppressed, or written as a file by [`export`]. [`donor`] is the
//! monthly report for funders: charts in one HTML file. [`consult`] adds
//! the consultation figures (asked, answered, time to first answer).

pub mod consult;
pub mod donor;
pub mod export;
pub mod stats;
pub mod webinars;

pub use crate::storage::feedback::{Filter, Record, records};
