//! The directory of help: emergency numbers, hotlines, crisis centres, free
//! legal aid and ЦОН, as `[[contact]]` and `[[region]]` tables in any
//! `dialogues/*.toml` file (by convention `dialogues/contacts.toml`).
//!
//! Phone numbers, addresses and links are data quoted exactly as their source
//! states them, so they live in TOML; names and notes are language, so they
//! live in Fluent (`contact-<id>` with an optional `.note`, and
//! `region-<id>`). Every entry names its source and when it was last checked:
//! a wrong number given to a woman in danger is worse than none.

use serde::Deserialize;
use toml::Spanned;

use super::{Diagnostics, Location};

/// Entries checked longer ago than this get a warning.
pub const STALE_AFTER_DAYS: i64 = 180;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRegion {
    pub id: Spanned<String>,
    /// Where the region's centre is, to find the nearest region to a shared
    /// location. Approximate is enough.
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    pub id: Spanned<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub url: Option<Spanned<String>>,
    /// Region ids, or `["all"]` for the whole country.
    pub regions: Spanned<Vec<Spanned<String>>>,
    pub source: Option<Spanned<String>>,
    pub verified_on: Option<Spanned<toml::value::Datetime>>,
}

#[derive(Debug, Default)]
pub struct Directory {
    pub regions: Vec<Region>,
    pub contacts: Vec<Contact>,
}

#[derive(Debug)]
pub struct Region {
    pub id: String,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug)]
pub struct Contact {
    pub id: String,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub url: Option<String>,
    /// Indexes into [`Directory::regions`]; empty means the whole country.
    pub regions: Vec<usize>,
    pub source: String,
}

impl Directory {
    /// The region whose centre is closest to a point (great-circle distance).
    pub fn nearest_region(&self, lat: f64, lon: f64) -> Option<usize> {
        self.regions
            .iter()
            .enumerate()
            .map(|(i, r)| (i, distance_km(lat, lon, r.lat, r.lon)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    }

    /// Entries for one region: its own first, then those for the whole country.
    pub fn for_region(&self, region: usize) -> impl Iterator<Item = &Contact> {
        let own = self.contacts.iter().filter(move |c| c.regions.contains(&region));
        own.chain(self.contacts.iter().filter(|c| c.regions.is_empty()))
    }

    /// Fluent messages the directory needs: (id, where it is asked for).
    pub fn messages(&self) -> impl Iterator<Item = String> + '_ {
        let regions = self.regions.iter().map(|r| format!("region-{}", r.id));
        regions.chain(self.contacts.iter().map(|c| format!("contact-{}", c.id)))
    }
}

fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let (dp, dl) = ((lat2 - lat1).to_radians(), (lon2 - lon1).to_radians());
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().asin()
}

/// A raw table with the file it came from.
pub struct Sourced<T> {
    pub file: std::path::PathBuf,
    pub source: String,
    pub raw: T,
}

impl<T> Sourced<T> {
    fn at(&self, offset: usize) -> Location {
        Location::at(&self.file, &self.source, offset)
    }
}

/// Checks and lifts the directory. Returns it with the messages it needs and
/// where each is needed, for the loader's parity checks.
pub fn build(
    regions: Vec<Sourced<RawRegion>>,
    contacts: Vec<Sourced<RawContact>>,
    today_days: i64,
    diags: &mut Diagnostics,
) -> (Directory, Vec<(String, Location)>) {
    let mut dir = Directory::default();
    let mut needs = vec![];
    for r in &regions {
        let id = r.raw.id.get_ref();
        let at = r.at(r.raw.id.span().start);
        // The same ids as feedback and the exports, so "naryn" in a donor
        // report and in the directory is the same place.
        if !crate::feedback::is_region(id) || id == "undisclosed" {
            let known: Vec<&str> = crate::feedback::REGIONS.iter().copied().filter(|r| *r != "undisclosed").collect();
            diags.error(at.clone(), format!("unknown region `{id}`; use one of: {}", known.join(", ")));
        }
        if dir.regions.iter().any(|x| &x.id == id) {
            diags.error(at.clone(), format!("region `{id}` is listed twice"));
            continue;
        }
        if !(-90.0..=90.0).contains(&r.raw.lat) || !(-180.0..=180.0).contains(&r.raw.lon) {
            diags.error(at.clone(), format!("region `{id}` has an impossible position (lat -90..90, lon -180..180)"));
        }
        needs.push((format!("region-{id}"), at));
        dir.regions.push(Region { id: id.clone(), lat: r.raw.lat, lon: r.raw.lon });
    }
    for c in &contacts {
        let raw = &c.raw;
        let id = raw.id.get_ref();
        let at = c.at(raw.id.span().start);
        if !super::load::is_kebab(id) {
            diags.error(at.clone(), format!("contact id `{id}` must be kebab-case, e.g. `police`"));
        }
        if dir.contacts.iter().any(|x| &x.id == id) {
            diags.error(at.clone(), format!("contact `{id}` is listed twice"));
            continue;
        }
        if raw.phone.is_none() && raw.address.is_none() && raw.url.is_none() {
            diags.error(at.clone(), format!("contact `{id}` needs a `phone`, an `address` or a `url`"));
        }
        if let Some(url) = &raw.url
            && !url::Url::parse(url.get_ref()).is_ok_and(|u| matches!(u.scheme(), "https" | "http"))
        {
            diags.error(c.at(url.span().start), format!("`{}` is not a web link (https:// or http://)", url.get_ref()));
        }
        let source = match &raw.source {
            Some(s) if url::Url::parse(s.get_ref()).is_ok() => s.get_ref().clone(),
            Some(s) => {
                diags.error(
                    c.at(s.span().start),
                    format!("the source of `{id}` must be the address (URL) of the page it comes from"),
                );
                s.get_ref().clone()
            }
            None => {
                diags.error(
                    at.clone(),
                    format!("contact `{id}` has no `source`: add the web page the number or address comes from"),
                );
                String::new()
            }
        };
        match &raw.verified_on {
            None => diags.error(
                at.clone(),
                format!("contact `{id}` has no `verified_on = YYYY-MM-DD`: when was it last checked?"),
            ),
            Some(d) => {
                match d.get_ref().date {
                    None => diags.error(c.at(d.span().start), "verified_on must be a date like 2026-11-27"),
                    Some(date) => {
                        let age = today_days
                            - days_from_civil(i64::from(date.year), u32::from(date.month), u32::from(date.day));
                        if age > STALE_AFTER_DAYS {
                            diags.warning(
                            c.at(d.span().start),
                            format!("contact `{id}` was last verified {age} days ago; check it again and update verified_on"),
                        );
                        }
                    }
                }
            }
        }
        let mut region_ixs = vec![];
        let listed = raw.regions.get_ref();
        if listed.is_empty() {
            diags.error(c.at(raw.regions.span().start), "`regions` must name at least one region, or be [\"all\"]");
        }
        for r in listed {
            if r.get_ref() == "all" {
                continue;
            }
            match dir.regions.iter().position(|x| &x.id == r.get_ref()) {
                Some(ix) => region_ixs.push(ix),
                None => diags.error(
                    c.at(r.span().start),
                    format!("there is no region `{}`; add a [[region]] or use \"all\"", r.get_ref()),
                ),
            }
        }
        needs.push((format!("contact-{id}"), at));
        dir.contacts.push(Contact {
            id: id.clone(),
            phone: raw.phone.clone(),
            address: raw.address.clone(),
            url: raw.url.as_ref().map(|u| u.get_ref().clone()),
            regions: region_ixs,
            source,
        });
    }
    (dir, needs)
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm), so
/// the checker needs no date crate for one subtraction.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Today, in days since 1970-01-01.
pub fn today_days() -> i64 {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    (secs / 86_400) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(2026, 11, 27) - days_from_civil(2026, 5, 31), 180);
    }

    #[test]
    fn nearest_region_by_distance() {
        let dir = Directory {
            regions: vec![
                Region { id: "bishkek".into(), lat: 42.87, lon: 74.59 },
                Region { id: "osh-city".into(), lat: 40.53, lon: 72.80 },
            ],
            contacts: vec![],
        };
        assert_eq!(dir.nearest_region(40.9, 73.0), Some(1));
        assert_eq!(dir.nearest_region(42.8, 75.3), Some(0));
    }
}
