//! The two record types as YAML writes them. Unknown fields are refused so a typo such
//! as `sha265:` is an error at its line rather than a silently ignored field.
//!
//! Checks on single values that serde cannot locate precisely (a sha256 of 64 hex digits,
//! a snapshot path that stays inside sources/) are functions here, run by the loader.

use serde::{Deserialize, Serialize};

/// What a claim record measures; copy figures of another kind never link to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RecordKind {
    #[default]
    Number,
    Percent,
    Money,
}

impl RecordKind {
    /// The kind as a record writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Number => "number",
            RecordKind::Percent => "percent",
            RecordKind::Money => "money",
        }
    }
}

/// A fact the newsroom has sourced: its value and the words that tie copy to it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimRecord {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    #[serde(default)]
    pub kind: RecordKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// When the value holds: a date (`2024-09-30`), a month (`2024-09`) or a year
    /// (`2024`). A figure the copy states for another year does not link.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "date_or_year"
    )]
    pub as_of: Option<String>,
    /// Whose figure it is ("Barclays", "the Treasury"): when given, it must stand in the
    /// figure's sentence for the figure to link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The articles the record may link in, as globs over their paths as the run shows
    /// them (`articles/2025/**`); absent, every article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub articles: Option<Vec<String>>,
    /// Terms (words or phrases) that must all stand near a figure for it to link (see
    /// `link`).
    #[serde(rename = "match")]
    pub match_words: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
    #[serde(default)]
    pub sources: Vec<ClaimSource>,
}

impl ClaimRecord {
    /// The interval the record states: its value, or its `low`/`high` (`None` unbounded).
    pub fn bounds(&self) -> (Option<f64>, Option<f64>) {
        match self.value {
            Some(v) => (Some(v), Some(v)),
            None => (self.low, self.high),
        }
    }
}

/// `as_of: 2024` is read as the year, as `as_of: 2024-09-30` is read as the date: YAML
/// would type the first as a number, the second as a string.
fn date_or_year<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum DateOrYear {
        Text(String),
        Year(i64),
    }
    Ok(Option::<DateOrYear>::deserialize(d)?.map(|v| match v {
        DateOrYear::Text(s) => s,
        DateOrYear::Year(y) => y.to_string(),
    }))
}

/// Why an `as_of` value is not a date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real
/// month and day.
pub fn as_of_problem(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let num = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let ok = match parts.as_slice() {
        [y] => num(y, 4).is_some(),
        [y, m] => num(y, 4).is_some() && num(m, 2).is_some_and(|m| (1..=12).contains(&m)),
        [y, m, d] => {
            let (Some(y), Some(m), Some(d)) = (num(y, 4), num(m, 2), num(d, 2)) else {
                return Some(format!(
                    "`as_of: {s}` is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
                ));
            };
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => 0,
            };
            (1..=days).contains(&d)
        }
        _ => false,
    };
    (!ok).then(|| format!("`as_of: {s}` is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"))
}

/// A claim record's citation of a source, with the words it takes from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimSource {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// A document a claim rests on, with its archived copy when there is one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRecord {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retrieved: Option<String>,
    /// Relative to sources/, never outside it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
    /// Lowercase hex sha256 of the snapshot's bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

/// Why a `sha256` value is not one: it must be 64 hex digits.
pub fn sha256_problem(h: &str) -> Option<String> {
    (h.len() != 64 || !h.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| format!("sha256 must be 64 hex digits, found `{h}`"))
}

/// Why a snapshot path written in a record would leave sources/, judged on its text alone
/// (symlinks are checked once the file is found).
pub fn snapshot_path_problem(p: &str) -> Option<&'static str> {
    let path = std::path::Path::new(p);
    if p.is_empty() {
        Some("is empty")
    } else if path.is_absolute()
        || p.starts_with('/')
        || p.starts_with('\\')
        // a Windows drive (`C:`); a colon elsewhere (`a:b.txt`) is a Unix file name
        || (p.as_bytes().get(1) == Some(&b':') && p.as_bytes()[0].is_ascii_alphabetic())
    {
        Some("is absolute; write it relative to sources/")
    } else if path
        .components()
        .any(|c| matches!(c, std::path::Component::ParentDir))
    {
        Some("leaves sources/")
    } else {
        None
    }
}

/// ISO 4217 codes: the current ones, and the national currencies the euro replaced
/// (archive copy still states amounts in marks and francs).
const ISO_4217: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND \
BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN \
ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD \
JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU \
MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB \
RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD \
TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XAG XAU XCD XCG XDR XOF XPF YER ZAR ZMW ZWG \
ZWL ATS BEF DEM ESP FIM FRF GRD IEP ITL LUF NLG PTE";

/// Why a `currency` is not one a figure can carry: it must be an ISO 4217 code such as
/// `USD`, since copy's "$" may be US, Australian or Canadian dollars and a record that
/// says `$` would never link.
pub fn currency_problem(c: &str) -> Option<String> {
    // the linker compares codes without regard to case, so `usd` links as `USD` does
    let known = c.len() == 3
        && ISO_4217
            .split_whitespace()
            .any(|code| code.eq_ignore_ascii_case(c));
    (!known).then(|| {
        let hint = match c.trim() {
            "$" | "US$" | "dollar" | "dollars" => " (USD for US dollars)",
            "£" | "pound" | "pounds" => " (GBP for pounds sterling)",
            "€" | "euro" | "euros" => " (EUR)",
            "¥" | "yen" => " (JPY)",
            _ => "",
        };
        format!("currency `{c}` is not an ISO 4217 code; write the three-letter code{hint}")
    })
}
