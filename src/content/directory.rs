//! The directory of help: emergency numbers, hotlines, crisis centres, free
//! legal aid and ЦОН, as `[[contact]]` and `[[region]]` tables in any
//! `dialogues/*.toml` file (by convention `dialogues/contacts.toml`).
//!
//! Phone numbers, addresses and links are data quoted exactly as their source
//! states them, so they live in TOML; names and notes are language, so they
//! live in Fluent (`contact-<id>` with an optional `.note`, and
//! `region-<id>`). Every entry names its source and when it was last checked:
//! a wrong number given to a woman in danger is worse than none.

use super::{
    Diagnostics,
    raw::{RawContact, RawRegion, Sourced},
};
use crate::dialogue::{
    Location,
    directory::{Contact, Directory, Region},
    feedback, ids,
};

/// Entries checked longer ago than this get a warning.
pub const STALE_AFTER_DAYS: i64 = 180;

/// Checks and lifts the directory. Returns it with the messages it needs and
/// where each is needed, for the loader's parity checks.
pub fn build(
    regions: Vec<Sourced<RawRegion>>,
    contacts: Vec<Sourced<RawContact>>,
    today: time::Date,
    diags: &mut Diagnostics,
) -> (Directory, Vec<(String, Location)>) {
    let mut dir = Directory::default();
    let mut needs = vec![];
    build_regions(&regions, &mut dir, &mut needs, diags);
    for c in &contacts {
        let raw = &c.raw;
        let id = raw.id.get_ref();
        let at = c.at(raw.id.span().start);
        if !ids::is_kebab(id) {
            diags.error(at.clone(), crate::staff_msg!("check-contact-id", id = id));
        }
        if dir.contacts.iter().any(|x| &x.id == id) {
            diags.error(at.clone(), crate::staff_msg!("check-contact-twice", id = id));
            continue;
        }
        if raw.phone.is_none() && raw.address.is_none() && raw.url.is_none() {
            diags.error(at.clone(), crate::staff_msg!("check-contact-empty", id = id));
        }
        if let Some(url) = &raw.url
            && !url::Url::parse(url.get_ref()).is_ok_and(|u| matches!(u.scheme(), "https" | "http"))
        {
            diags.error(c.at(url.span().start), crate::staff_msg!("check-contact-url", url = url.get_ref()));
        }
        let source = match &raw.source {
            Some(s) if url::Url::parse(s.get_ref()).is_ok() => s.get_ref().clone(),
            Some(s) => {
                diags.error(c.at(s.span().start), crate::staff_msg!("check-contact-source-url", id = id));
                s.get_ref().clone()
            }
            None => {
                diags.error(at.clone(), crate::staff_msg!("check-contact-no-source", id = id));
                String::new()
            }
        };
        check_verified(c, today, diags);
        let called = check_called(c, today, diags);
        // A single-source number not yet called stays off the screens; an
        // entry left with nothing to show is left out (its names are still
        // required, so it goes live the day the date is set).
        let phone = if raw.single_source && !called { None } else { raw.phone.clone() };
        let shown = phone.is_some() || raw.address.is_some() || raw.url.is_some();
        let mut region_ixs = vec![];
        let listed = raw.regions.get_ref();
        if listed.is_empty() {
            diags.error(c.at(raw.regions.span().start), crate::staff_msg!("check-contact-no-regions"));
        }
        for r in listed {
            if r.get_ref() == "all" {
                continue;
            }
            match dir.regions.iter().position(|x| &x.id == r.get_ref()) {
                Some(ix) => region_ixs.push(ix),
                None => diags
                    .error(c.at(r.span().start), crate::staff_msg!("check-contact-unknown-region", id = r.get_ref())),
            }
        }
        needs.push((ids::contact(id), at));
        if !shown {
            continue;
        }
        dir.contacts.push(Contact {
            id: id.clone(),
            phone,
            address: raw.address.clone(),
            url: raw.url.as_ref().map(|u| u.get_ref().clone()),
            regions: region_ixs,
            source,
            everyday: raw.everyday,
        });
    }
    (dir, needs)
}

/// Checks the `[[region]]` tables and adds them to `dir`.
fn build_regions(
    regions: &[Sourced<RawRegion>],
    dir: &mut Directory,
    needs: &mut Vec<(String, Location)>,
    diags: &mut Diagnostics,
) {
    for r in regions {
        let id = r.raw.id.get_ref();
        let at = r.at(r.raw.id.span().start);
        // The same ids as feedback and the exports, so "naryn" in a donor
        // report and in the directory is the same place.
        if !feedback::is_region(id) || id == "undisclosed" {
            let known: Vec<&str> = feedback::REGIONS.iter().copied().filter(|r| *r != "undisclosed").collect();
            diags.error(at.clone(), crate::staff_msg!("check-region-unknown", id = id, known = known.join(", ")));
        }
        if dir.regions.iter().any(|x| &x.id == id) {
            diags.error(at.clone(), crate::staff_msg!("check-region-twice", id = id));
            continue;
        }
        if !(-90.0..=90.0).contains(&r.raw.lat) || !(-180.0..=180.0).contains(&r.raw.lon) {
            diags.error(at.clone(), crate::staff_msg!("check-region-position", id = id));
        }
        needs.push((ids::region(id), at));
        dir.regions.push(Region { id: id.clone(), lat: r.raw.lat, lon: r.raw.lon });
    }
}

/// Every entry says when it was last checked, and a stale one gets a warning.
fn check_verified(c: &Sourced<RawContact>, today: time::Date, diags: &mut Diagnostics) {
    let (raw, id) = (&c.raw, c.raw.id.get_ref());
    let at = c.at(raw.id.span().start);
    match &raw.verified_on {
        None => diags.error(at, crate::staff_msg!("check-contact-no-verified", id = id)),
        Some(d) => match d.get_ref().date {
            None => diags.error(c.at(d.span().start), crate::staff_msg!("check-verified-not-date")),
            Some(date) => {
                let age = civil(date).map_or(0, |d| (today - d).whole_days());
                if age > STALE_AFTER_DAYS {
                    diags.warning(c.at(d.span().start), crate::staff_msg!("check-contact-stale", id = id, days = age));
                }
            }
        },
    }
}

/// `verified_by_phone`, if set, must be a plain date, not in the future.
/// Returns whether the number was called.
fn check_called(c: &Sourced<RawContact>, today: time::Date, diags: &mut Diagnostics) -> bool {
    let Some(value) = &c.raw.verified_by_phone else { return false };
    let at = c.at(value.span().start);
    let id = c.raw.id.get_ref();
    let date = match value.get_ref() {
        toml::Value::Datetime(d) if d.time.is_none() && d.offset.is_none() => d.date.and_then(civil),
        toml::Value::String(s) => {
            diags.error(at, crate::staff_msg!("check-called-quoted", id = id, date = s));
            return false;
        }
        _ => None,
    };
    match date {
        None => {
            diags.error(at, crate::staff_msg!("check-called-not-date", id = id));
            false
        }
        Some(d) if d > today => {
            diags.error(at, crate::staff_msg!("check-called-future", id = id, date = d));
            false
        }
        Some(_) => true,
    }
}

/// A TOML date as a calendar date; `None` for an impossible one (TOML
/// parsing already refuses most).
fn civil(date: toml::value::Date) -> Option<time::Date> {
    let month = time::Month::try_from(date.month).ok()?;
    time::Date::from_calendar_date(i32::from(date.year), month, date.day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        let d = |year, month, day| toml::value::Date { year, month, day };
        let today = time::macros::date!(2026 - 11 - 27);
        assert_eq!(civil(d(2026, 5, 31)).map(|v| (today - v).whole_days()), Some(180));
        assert_eq!(civil(d(2026, 2, 30)), None);
    }
}
