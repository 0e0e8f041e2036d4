//! Numbers as JSON and people expect them: 117000, not 117000.0.

use serde::Serializer;

/// Serializes an integral float as an integer, anything else as a float.
pub fn serialize<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 9.007_199_254_740_992e15 {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

/// [`serialize`] for an optional value (null when absent).
pub fn serialize_opt<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => serialize(v, s),
        None => s.serialize_none(),
    }
}

/// A figure for messages: thousands separators, at most `decimals` decimals, trailing
/// zeros dropped ("117,000", "1.4", "33.3").
pub fn format(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let s = format!("{:.*}", decimals, v.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let frac = frac.trim_end_matches('0');
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if v < 0.0 && (grouped != "0" || !frac.is_empty()) {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats_like_copy() {
        assert_eq!(super::format(117000.0, 0), "117,000");
        assert_eq!(super::format(1.4, 2), "1.4");
        assert_eq!(super::format(-1234.567, 1), "-1,234.6");
        assert_eq!(super::format(0.0, 1), "0");
    }
}
