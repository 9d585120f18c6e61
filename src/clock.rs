//! The one clock of the shell and the reports: [`now`] is the only place
//! that reads the system time, and every date a coordinator sees is
//! Bishkek's (UTC+6 all year; Kyrgyzstan has no daylight saving), made by
//! the `time` crate rather than by hand.

use time::{Date, OffsetDateTime, UtcOffset, macros::offset};

pub const BISHKEK: UtcOffset = offset!(+6);

/// Unix seconds now.
pub fn now() -> i64 {
    OffsetDateTime::now_utc().unix_timestamp()
}

/// `unix` seconds as Bishkek's wall-clock time.
pub fn local(unix: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH).to_offset(BISHKEK)
}

/// `YYYY-MM-DD` in Bishkek.
pub fn day(unix: i64) -> String {
    local(unix).date().to_string()
}

/// ISO week in Bishkek, e.g. `2025-W07`.
pub fn week(unix: i64) -> String {
    let (year, week, _) = local(unix).date().to_iso_week_date();
    format!("{year}-W{week:02}")
}

/// Unix seconds at the start of `date` in Bishkek.
pub fn start_of(date: Date) -> i64 {
    date.midnight().assume_offset(BISHKEK).unix_timestamp()
}

/// Parses `YYYY-MM-DD`, with a message a coordinator can act on.
pub fn parse_date(text: &str) -> Result<Date, String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(text.trim(), &format)
        .map_err(|_| format!("`{text}` is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_bishkek_dates() {
        // 2025-03-31 20:30 UTC is already April 1st in Bishkek.
        let t = 1_743_453_000;
        assert_eq!(day(t), "2025-04-01");
        assert_eq!(week(t), "2025-W14");
        let date = parse_date("2025-04-01").unwrap();
        assert_eq!(start_of(date), 1_743_444_000, "midnight in Bishkek is 18:00 UTC the day before");
        assert!(parse_date("01.04.2025").unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse_date("2025-02-30").is_err());
    }
}
