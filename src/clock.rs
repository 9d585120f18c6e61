//! The one clock of the shell and the reports: [`now`] is the only place
//! that reads the system time, and every date a coordinator sees is
//! Bishkek's (UTC+6 all year; Kyrgyzstan has no daylight saving), made by
//! the `time` crate rather than by hand.
//!
//! Tests steer time without waiting: when `KADAM_CLOCK_FILE` names a file,
//! [`now`] reads the unix seconds written in it (a test rewrites the file to
//! move time on), and background jobs poll at [`poll`] instead of their
//! production intervals so that a moved clock is noticed within moments.

use std::{sync::OnceLock, time::Duration};

use time::{Date, OffsetDateTime, UtcOffset};

pub const BISHKEK: UtcOffset = crate::dialogue::webinar_screens::BISHKEK;

/// The environment variable that hands the clock to a test.
pub const CLOCK_FILE: &str = "KADAM_CLOCK_FILE";

fn clock_file() -> Option<&'static std::path::Path> {
    static FILE: OnceLock<Option<std::path::PathBuf>> = OnceLock::new();
    FILE.get_or_init(|| std::env::var_os(CLOCK_FILE).filter(|v| !v.is_empty()).map(Into::into)).as_deref()
}

/// Whether a test steers the clock (see the module note).
pub fn is_steered() -> bool {
    clock_file().is_some()
}

/// Unix seconds now: the system time, or the steered time in tests. A steered
/// clock whose file cannot be read falls back to the system time rather than
/// stopping the bot.
pub fn now() -> i64 {
    clock_file()
        .and_then(|path| std::fs::read_to_string(path).ok())
        .and_then(|text| text.trim().parse().ok())
        .unwrap_or_else(|| OffsetDateTime::now_utc().unix_timestamp())
}

/// Unix milliseconds of the system clock, never steered: replicas time
/// their leases and claims by it (`telegram::replica`), and those must run
/// out in real time even while a test holds the calendar still.
pub fn real_millis() -> i64 {
    let now = OffsetDateTime::now_utc();
    now.unix_timestamp() * 1_000 + i64::from(now.millisecond())
}

/// How often a background job that waits for a moment in time should look at
/// the clock: `every` in production, a fraction of a second when steered.
pub fn poll(every: Duration) -> Duration {
    if is_steered() { every.min(Duration::from_millis(200)) } else { every }
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

/// The Monday and the Sunday of the ISO week holding `date`.
pub fn week_bounds(date: Date) -> (Date, Date) {
    let monday = date - time::Duration::days(i64::from(date.weekday().number_days_from_monday()));
    (monday, monday + time::Duration::days(6))
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
        let (mon, sun) = week_bounds(date);
        assert_eq!((mon.to_string(), sun.to_string()), ("2025-03-31".into(), "2025-04-06".into()));
        assert_eq!(week_bounds(mon), (mon, sun));
        assert_eq!(week_bounds(sun), (mon, sun));
    }
}
