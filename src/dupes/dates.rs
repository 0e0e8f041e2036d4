//! When a copy was written, for telling the earliest copy of a passage: a `date:` (or
//! `published:`) field in the document's front matter, else the file's modification time
//! (which the caller reads: this module touches no file), else nothing, and the path
//! decides. Times are seconds since 1970 (UTC); a date alone is its midnight.

/// Front-matter fields read as the article's date, in order of preference.
const DATE_KEYS: &[&str] = &["date", "published", "pubdate", "publishdate"];

/// The date in the front matter (YAML between `---` lines, or TOML between `+++`) at
/// the start of `text`, as seconds since 1970: `2024-03-01`, `2024-03-01T09:30:00Z`,
/// `"2024-03-01 09:30"`.
pub fn front_matter(text: &str) -> Option<i64> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let fence = if text.starts_with("---") {
        "---"
    } else if text.starts_with("+++") {
        "+++"
    } else {
        return None;
    };
    let mut lines = text.lines();
    if lines.next()?.trim_end() != fence {
        return None;
    }
    let mut found: Option<(usize, i64)> = None;
    for line in lines.take(200) {
        if line.trim_end() == fence {
            break;
        }
        let Some((key, value)) = line.split_once([':', '=']) else {
            continue;
        };
        let key = key.trim().to_ascii_lowercase();
        let Some(rank) = DATE_KEYS.iter().position(|k| *k == key) else {
            continue;
        };
        if found.is_some_and(|(r, _)| r <= rank) {
            continue;
        }
        if let Some(t) = parse(value.trim().trim_matches(['"', '\''])) {
            found = Some((rank, t));
        }
    }
    found.map(|(_, t)| t)
}

/// `YYYY-MM-DD`, optionally followed by `T` or a space and `HH:MM[:SS]` (a zone, if
/// any, is ignored: the order of copies a day apart does not hang on it).
pub fn parse(value: &str) -> Option<i64> {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<i64> {
        let s = value.get(r)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let mut secs = days_from_civil(y, m, d) * 86_400;
    if b.len() >= 16 && matches!(b[10], b'T' | b't' | b' ') && b[13] == b':' {
        let (h, min) = (digits(11..13)?, digits(14..16)?);
        let s = if b.len() >= 19 && b[16] == b':' {
            digits(17..19).unwrap_or(0)
        } else {
            0
        };
        secs += h * 3600 + min * 60 + s;
    }
    Some(secs)
}

/// `YYYY-MM-DD` of a time in seconds since 1970.
pub fn format(secs: i64) -> String {
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        for s in ["1970-01-01", "2000-02-29", "2024-12-31", "1999-03-01"] {
            assert_eq!(format(parse(s).unwrap()), s);
        }
        assert_eq!(parse("1970-01-02"), Some(86_400));
        assert_eq!(
            parse("2024-03-01T09:30:15Z"),
            Some(parse("2024-03-01").unwrap() + 34_215)
        );
        assert_eq!(parse("2024-13-01"), None);
        assert_eq!(parse("yesterday"), None);
    }

    #[test]
    fn front_matter_date_is_read_from_yaml_and_toml() {
        let md = "---\ntitle: A page\ndate: 2024-05-06\n---\nBody\n";
        assert_eq!(front_matter(md), parse("2024-05-06"));
        let toml = "+++\ndate = \"2023-01-02T10:00:00Z\"\n+++\nBody\n";
        assert_eq!(front_matter(toml), parse("2023-01-02T10:00"));
        let pref = "---\npublished: 2020-01-01\ndate: 2021-01-01\n---\n";
        assert_eq!(front_matter(pref), parse("2021-01-01"));
        assert_eq!(front_matter("date: 2024-05-06\n"), None);
        assert_eq!(front_matter("---\ntitle: x\n---\ndate: 2024-05-06\n"), None);
    }
}
