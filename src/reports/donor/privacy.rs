//! Privacy rules of the report, applied before anything is drawn.
//!
//! * A count from 1 to 4 is shown as "<5" (a [`Cell::Small`]); charts draw
//!   it as nothing and label it "<5". A true 0 is shown: that nobody did
//!   something says nothing about anyone.
//! * A grid shown with row and column totals (weeks × languages, topics ×
//!   ratings) hides more cells until no row or column has exactly one
//!   hidden cell, so no hidden count can be worked out by subtracting the
//!   shown ones from a total ([`suppress_grid`]).
//! * A share (e.g. "72% helpful") is given only when both its part and the
//!   rest are shown, since a share times a total is a count.
//! * Comments are quoted only for topics with at least [`SMALL`] records,
//!   with phone numbers, e-mail and web addresses and @usernames masked.

use serde::Serialize;

pub use crate::reports::stats::SMALL;

/// One count as the report shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    Count(i64),
    Small,
}

impl Cell {
    pub fn of(n: i64) -> Self {
        if n > 0 && n < SMALL { Cell::Small } else { Cell::Count(n) }
    }

    /// The value a chart draws: nothing for a hidden count.
    pub fn drawn(self) -> i64 {
        match self {
            Cell::Count(n) => n,
            Cell::Small => 0,
        }
    }

    pub fn text(self) -> String {
        match self {
            Cell::Count(n) => n.to_string(),
            Cell::Small => format!("<{SMALL}"),
        }
    }
}

/// In the embedded JSON: the number, or the string "<5".
impl Serialize for Cell {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Count(n) => s.serialize_i64(*n),
            Cell::Small => s.serialize_str(&self.text()),
        }
    }
}

/// Suppresses a grid (`rows[r][c]`) shown with its row and column totals:
/// small cells, then complementary cells until no row or column has exactly
/// one hidden cell. The partner is the smallest shown cell, a 0 included:
/// "<5" does not say which of the two is the 0.
pub fn suppress_grid(rows: &[Vec<i64>]) -> Vec<Vec<Cell>> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut hidden: Vec<Vec<bool>> =
        rows.iter().map(|r| (0..width).map(|c| r.get(c).is_some_and(|n| *n > 0 && *n < SMALL)).collect()).collect();
    let value = |r: usize, c: usize| rows[r].get(c).copied().unwrap_or(0);
    // Each pass hides at least one more cell or stops, so this ends.
    loop {
        let mut changed = false;
        for r in 0..rows.len() {
            let line: Vec<(usize, usize)> = (0..width).map(|c| (r, c)).collect();
            changed |= hide_partner(&line, &mut hidden, value);
        }
        for c in 0..width {
            let line: Vec<(usize, usize)> = (0..rows.len()).map(|r| (r, c)).collect();
            changed |= hide_partner(&line, &mut hidden, value);
        }
        if !changed {
            break;
        }
    }
    rows.iter()
        .enumerate()
        .map(|(r, row)| (0..width).map(|c| if hidden[r][c] { Cell::Small } else { Cell::of(row[c]) }).collect())
        .collect()
}

/// In one row or column: a lone hidden cell takes the smallest shown cell
/// with it.
fn hide_partner(line: &[(usize, usize)], hidden: &mut [Vec<bool>], value: impl Fn(usize, usize) -> i64) -> bool {
    let hidden_count = line.iter().filter(|(r, c)| hidden[*r][*c]).count();
    if hidden_count != 1 {
        return false;
    }
    let partner = line.iter().filter(|(r, c)| !hidden[*r][*c]).min_by_key(|(r, c)| value(*r, *c));
    match partner {
        Some(&(r, c)) => {
            hidden[r][c] = true;
            true
        }
        None => false,
    }
}

/// A share in whole percent, only when both the part and the rest are shown.
pub fn share(part: i64, total: i64) -> Option<i64> {
    let rest = total - part;
    (part >= SMALL && rest >= SMALL).then(|| (part * 100 + total / 2) / total)
}

/// Masks what could name or reach a person in a comment: phone numbers
/// (6 or more digits, with spaces, dashes, brackets or +), e-mail and web
/// addresses, @usernames. Names cannot be told from other words reliably;
/// the comment prompt asks her not to write them.
pub fn scrub(text: &str) -> String {
    let mut out = Vec::new();
    for word in text.split(' ') {
        let lower = word.to_lowercase();
        let address = word.contains('@')
            || lower.starts_with("http")
            || lower.starts_with("www.")
            || lower.contains(".kg")
            || lower.contains(".com")
            || lower.contains("t.me/");
        out.push(if address { "[…]".to_owned() } else { word.to_owned() });
    }
    mask_digits(&out.join(" "))
}

/// Runs of digits (joined by spaces, dashes, brackets, dots or +) with 6 or
/// more digits become "[…]".
fn mask_digits(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let starts =
            chars[i].is_ascii_digit() || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        if !starts {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let mut end = i;
        let mut digits = 0;
        let mut last_digit = i;
        while end < chars.len() && (chars[end].is_ascii_digit() || "+ -()./".contains(chars[end])) {
            if chars[end].is_ascii_digit() {
                digits += 1;
                last_digit = end;
            }
            end += 1;
        }
        if digits >= 6 {
            out.push_str("[…]");
            i = last_digit + 1;
        } else {
            out.extend(&chars[i..=last_digit]);
            i = last_digit + 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_hidden_cell_in_a_row_or_column_takes_a_partner() {
        // Row 0: 3 is hidden, so 6 (the smallest shown) goes too; column 1
        // then has 6 hidden alone, so 20 (smallest shown there) goes too,
        // which leaves row 1 with one hidden cell, and so on to a fixpoint.
        let grid = suppress_grid(&[vec![3, 6, 40], vec![30, 20, 50], vec![25, 25, 25]]);
        for (r, row) in grid.iter().enumerate() {
            let hidden = row.iter().filter(|c| **c == Cell::Small).count();
            assert_ne!(hidden, 1, "row {r}: {row:?}");
        }
        for c in 0..3 {
            let hidden = grid.iter().filter(|row| row[c] == Cell::Small).count();
            assert_ne!(hidden, 1, "column {c}: {grid:?}");
        }
        assert_eq!(grid[0][0], Cell::Small);
        assert_eq!(grid[0][1], Cell::Small);
        assert_eq!(grid[2][2], Cell::Count(25));
    }

    #[test]
    fn a_grid_without_small_cells_is_shown_whole_zeros_included() {
        let grid = suppress_grid(&[vec![5, 0], vec![12, 7]]);
        assert_eq!(grid, vec![vec![Cell::Count(5), Cell::Count(0)], vec![Cell::Count(12), Cell::Count(7)]]);
        // A lone 3 next to a 0: the 0 is hidden with it.
        assert_eq!(suppress_grid(&[vec![3, 0, 9]]), vec![vec![Cell::Small, Cell::Small, Cell::Count(9)]]);
    }

    #[test]
    fn shares_need_both_sides_shown() {
        assert_eq!(share(15, 20), Some(75));
        assert_eq!(share(17, 20), None, "3 not helpful would be 20 - 17");
        assert_eq!(share(3, 20), None);
        assert_eq!(share(2, 3), None);
    }

    #[test]
    fn scrub_masks_phones_addresses_and_usernames() {
        let text = "звоните +996 555 123-456 или 0700123456, пишите a.b@mail.ru, @aigul, https://x.kg; 119 и 2025 год";
        let clean = scrub(text);
        for secret in ["555", "0700123456", "mail.ru", "@aigul", "x.kg"] {
            assert!(!clean.contains(secret), "{secret} left in {clean}");
        }
        assert!(clean.contains("119 и 2025 год"), "short numbers stay: {clean}");
    }
}
