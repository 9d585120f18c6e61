//! The directory of help as the engine shows it: regions (with a centre, to
//! find the nearest one to a shared location) and the entries for each. The
//! loader (`content::directory`) checks and builds it from the TOML tables.

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
    /// Police, ambulance, the services' info line: not a help line that
    /// needs a quick exit beside it (see `check::unguarded_help_line`).
    pub everyday: bool,
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
}

impl Contact {
    /// Whether its number is among `numbers` (digits only, as
    /// [`phone_digits`] finds them), with or without the country and
    /// city code in front.
    pub fn dialled_in(&self, numbers: &[String]) -> bool {
        // A field with two numbers is not one to put on a card.
        let own = self.phone.as_deref().map(phone_digits).unwrap_or_default();
        let [p] = own.as_slice() else { return false };
        numbers.iter().any(|n| n == p || (n.len() >= 9 && p.len() >= 9 && n[n.len() - 9..] == p[p.len() - 9..]))
    }
}

impl Directory {
    /// The entries whose number a screen's text shows, one per number, in
    /// the order the text names them: each gets a call card. An entry the
    /// verify gate holds back has no phone here, so it never gets one.
    pub fn cards_for(&self, text: &str) -> Vec<&Contact> {
        let mut cards: Vec<&Contact> = vec![];
        for number in phone_digits(text) {
            let found = self.contacts.iter().find(|c| c.dialled_in(std::slice::from_ref(&number)));
            if let Some(c) = found
                && !cards.iter().any(|k| k.phone == c.phone)
            {
                cards.push(c);
            }
        }
        cards
    }

    /// The entry `id` if it has one number to call.
    pub fn callable(&self, id: &str) -> Option<&Contact> {
        let one = |c: &&Contact| c.phone.as_deref().is_some_and(|p| phone_digits(p).len() == 1);
        self.contacts.iter().find(|c| c.id == id).filter(one)
    }
}

/// The digits of every number written in `text`, with the separators
/// phone numbers use (`+996 (312) 65-10-10` is one number).
pub fn phone_digits(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = vec![];
    let mut i = 0;
    while i < chars.len() {
        let glued = i > 0 && chars[i - 1].is_alphanumeric();
        if !chars[i].is_ascii_digit() || glued {
            i += 1;
            continue;
        }
        let mut digits = String::new();
        while i < chars.len() {
            let c = chars[i];
            // `(312) 65-10-10`: a space after the city code still joins.
            let after_code = c == ')' && chars.get(i + 1) == Some(&' ');
            let next = chars.get(i + 1 + usize::from(after_code));
            let next_is_digit = next.is_some_and(|n| n.is_ascii_digit() || (*n == '(' && !after_code));
            if c.is_ascii_digit() {
                digits.push(c);
            } else if !("-()".contains(c) || c == ' ') || !next_is_digit {
                break;
            }
            i += 1 + usize::from(after_code);
        }
        found.push(digits);
    }
    found
}

fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let (dp, dl) = ((lat2 - lat1).to_radians(), (lon2 - lon1).to_radians());
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn entry(id: &str, phone: Option<&str>) -> Contact {
        let phone = phone.map(str::to_owned);
        Contact {
            id: id.into(),
            phone,
            address: None,
            url: None,
            regions: vec![],
            source: String::new(),
            everyday: true,
        }
    }

    #[test]
    fn cards_only_for_single_numbers_shown_once_each() {
        let dir = Directory {
            regions: vec![],
            contacts: vec![
                entry("police", Some("102")),
                entry("police-again", Some("102")),
                entry("minjust", Some("+996 (312) 65-10-10")),
                // Held back by the verify gate: the loader leaves no phone.
                entry("gated", None),
                entry("two", Some("(0312) 26-60-27, 26-60-64")),
            ],
        };
        let ids = |text: &str| dir.cards_for(text).iter().map(|c| c.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids("• 102 — милиция\n0312 65-10-10"), ["police", "minjust"]);
        assert_eq!(ids("0312 65-10-10 или 102, снова 102"), ["minjust", "police"], "in the text's order, once");
        assert_eq!(ids("по состоянию на 27.11.2026; 1102"), Vec::<String>::new());
        assert_eq!(ids("(0312) 26-60-27"), Vec::<String>::new(), "a field with two numbers gets no card");
        assert!(dir.callable("police").is_some());
        assert!(dir.callable("gated").is_none() && dir.callable("two").is_none() && dir.callable("gone").is_none());
    }
}
