//! Rules on figures against their records: contradicted, ambiguous, unsourced. The
//! linker (`link.rs`) decides which record a figure links to and the verdict; the
//! findings for each verdict are worded here.

use super::mismatch::{Mismatch, Side};
use super::Rule;
use crate::document::Document;
use crate::extract::{Claim, Qualifier};
use crate::finding::{Finding, Severity};
use crate::link::allowed;
use crate::records::{ClaimRecord, RecordKind, RecordSet};

/// `record/contradicted`: A figure disagrees with the record it links to.
pub const CONTRADICTED: Rule = Rule {
    id: super::RuleId::Contradicted,
    default_severity: Severity::Error,
    summary: "A figure disagrees with the record it links to.",
    doc: r#"A figure links to a claim record when the record is about the same quantity:
every `match` term (stemmed, so `increase` matches "increased") stands in its sentence and
at least one in its clause; what the copy says the figure measures ("removals",
"profit") and the words describing it are the record's unit or terms; the record's
`subject`, if any, is in the sentence or the article's lead; its `articles:` scope takes
the article; its `as_of` is in the year the copy gives the figure; and kind and currency
agree (docs/records.md has the whole rule). The figure is contradicted when
the record's value lies outside the interval the figure allows: its qualifier's bounds
("more than", "up to", "between"), widened by its stated precision ("271,000" allows
270,500 to 271,500), by 10% when approximate ("about", "around"), and by the record's
`tolerance`.

**Why it matters.** A figure that disagrees with the newsroom's own sourced record is
either a typo (transposed digits are common) or a stale number.

**Example.** With a record `ferry-passengers` of 48,310 matched on `passengers`:

```text
The ferry carried 43,810 passengers in May.
- copy: 43,810 passengers
+ record: 48,310 (Port annual report, 2025-02-01)
```

Each finding says why the record was taken ("linked by: terms removals in the clause;
measures removal; as of 2024-09-30, the copy's period in 2024"); `check --explain-links`
lists every record considered for every figure. A figure stated for a day named only by
its weekday ("on Thursday") is never contradicted: the copy does not say which date it is.

**How to fix.** Correct the copy, or, if the record is wrong or out of date, correct the
record and its source. If the figure is a different quantity, give the record a
`subject`, an `as_of`, an `articles:` scope or more specific `match` terms."#,
};

/// `record/ambiguous`: Two records fit a figure equally well.
pub const AMBIGUOUS: Rule = Rule {
    id: super::RuleId::Ambiguous,
    default_severity: Severity::Warning,
    summary: "Two records fit a figure equally well.",
    doc: r#"Two or more records match the words around a figure equally well, and the value
does not tell them apart, so claimcheck will not guess which one the copy means.

**Why it matters.** A figure checked against the wrong record is checked against nothing.

**Example.** Records `arrivals-2024` and `arrivals-2025`, both matched on `arrivals`, and
the copy "Arrivals reached 9,000." with both values within its precision.

**How to fix.** Tell the records apart: a `subject`, an `as_of`, an `articles:` scope, or
`match` terms that only its own context has (a place, an agency). The finding's
`linked by:` notes say what each record matched."#,
};

/// `record/unsourced`: No record links to the figure.
pub const UNSOURCED: Rule = Rule {
    id: super::RuleId::Unsourced,
    default_severity: Severity::Info,
    summary: "No record links to the figure.",
    doc: r#"No claim record is about the figure (see `record/contradicted` for when one is),
so nothing backs it.
Reported once per figure, as information: the summary counts figures by verdict so that
"0 findings" never hides "0 figures checked".

**Example.** "The council plans 300 new homes." with no record matched on `homes`.

**How to fix.** `claimcheck draft ARTICLE` writes a claim record for each unsourced
figure; fill in its value and source and move it into claims/. Set the rule to `off` in
claimcheck.yaml for copy that is not meant to be sourced."#,
};

/// `record/weak-match`: a record's terms would fit figures it is not about.
pub const WEAK_MATCH: Rule = Rule {
    id: super::RuleId::WeakMatch,
    default_severity: Severity::Warning,
    summary: "A record's match terms would fit figures it is not about.",
    doc: r#"Reported by `claimcheck verify`. A `match` term that is a stop word or too
common in news copy to identify anything ("reached", "increase", "target", "dollar"),
or terms that describe figures of another kind (a percent record matched on `dollar`, a
count matched on `per cent`), make a record fit any figure beside those words, and a
figure it is not about is then "contradicted".

**Example.** `match: [dollar, reached]` on a record of a company's revenue.

**How to fix.** Name what the figure counts and whose it is: `match: [revenue]` with
`subject: Acme`, an `as_of`, and an `articles:` scope where the record belongs."#,
};

/// `record/duplicate-quantity`: two records give the same quantity.
pub const DUPLICATE_QUANTITY: Rule = Rule {
    id: super::RuleId::DuplicateQuantity,
    default_severity: Severity::Warning,
    summary: "Two records give the same quantity.",
    doc: r#"Reported by `claimcheck verify`. Two claim records with the same kind,
currency, value, terms, subject, period and scope: a figure that fits one fits the other
equally, so it is ambiguous, and when one is corrected the other is left stale.

**How to fix.** Keep one record and delete the other (or tell them apart with a
`subject`, `as_of` or `articles:` scope)."#,
};

/// `record/no-source`: a claim record cites no source.
pub const NO_SOURCE: Rule = Rule {
    id: super::RuleId::NoSource,
    default_severity: Severity::Warning,
    summary: "A claim record cites no source.",
    doc: r#"Reported by `claimcheck verify`. A claim record with `sources: []` (as
`claimcheck draft` writes it) can never support a figure: the figures it fits are
`unverifiable`.

**How to fix.** Add the source the value comes from under `sources:`."#,
};

/// `record/invalid-field`: a field holds a value no figure can be compared with.
pub const INVALID_FIELD: Rule = Rule {
    id: super::RuleId::InvalidField,
    default_severity: Severity::Error,
    summary: "A record's currency or as_of is not a valid code or date.",
    doc: r#"Reported by `claimcheck verify`. A `currency` must be an ISO 4217 code
(`USD`, `GBP`, `EUR`): `$` may be US, Australian or Canadian dollars, and a record that
says `$` never links to any figure. An `as_of` must be a date (`2024-09-30`), a month
(`2024-09`) or a year (`2024`); anything else cannot be compared with the period the
copy gives a figure.

**How to fix.** Write the three-letter code, or the date."#,
};

/// A record that fits a figure's words but was refused for its period, named in the
/// unsourced finding so an editor sees why nothing links.
#[derive(Debug, Clone)]
pub(crate) struct Refusal {
    /// The record's place in the record set.
    pub rec: usize,
    /// Why, in a sentence that names the record.
    pub why: String,
}

/// `record/contradicted`: the figure `c` against record `i`, whose value it does not allow.
/// `linked_by` says which terms matched where.
pub(crate) fn contradicted(
    doc: &Document,
    c: &Claim,
    records: &RecordSet,
    i: usize,
    linked_by: &str,
) -> Finding {
    let Some(rec) = records.claims.get(i) else {
        return unsourced(doc, c, records, &[]);
    };
    let value = record_value(rec);
    let (lo, hi) = allowed(c, rec);
    let tol = rec.tolerance.unwrap_or(0.0) * 100.0;
    let approximate = if c.qualifier == Qualifier::Approximate {
        ", 10% for approximate"
    } else {
        ""
    };
    Mismatch::new(
        CONTRADICTED.id,
        c.start..c.end,
        format!(
            "the copy says {}, but record `{}` gives {value}",
            copy_phrase(doc, c),
            rec.id
        ),
    )
    .copy(Side::copy(c.text.clone()).shown(copy_phrase(doc, c)))
    .right(Side::record(value.clone()).shown(format!("{value} ({})", cite(rec, records))))
    .note(format!(
        "`{}` allows {} ({}, stated precision ±{}{approximate}, record tolerance {}%); the record lies outside",
        c.text,
        describe_interval(lo, hi),
        c.qualifier.as_str(),
        show_number(c.precision),
        show_number(tol)
    ))
    .note(format!("linked by: {linked_by}"))
    .key([&rec.id])
    .into_finding(doc)
}

/// `record/ambiguous`: the records `ids` fit the figure `c` equally well; `why` says, for
/// each, which terms matched where.
pub(crate) fn ambiguous(
    doc: &Document,
    c: &Claim,
    records: &RecordSet,
    ids: &[usize],
    why: &[String],
) -> Finding {
    let names: Vec<String> = ids
        .iter()
        .filter_map(|&i| records.claims.get(i))
        .map(|r| format!("`{}`", r.id))
        .collect();
    let m = Mismatch::new(
        AMBIGUOUS.id,
        c.start..c.end,
        format!(
            "records {} match {} equally well",
            names.join(" and "),
            copy_phrase(doc, c)
        ),
    )
    .note(
        "give the records `match` terms that tell them apart, or an `articles:` scope or `as_of`",
    );
    why.iter()
        .fold(m, |m, w| m.note(format!("linked by: {w}")))
        .key([names.join(",")])
        .into_finding(doc)
}

/// `record/unsourced`: no record links to the figure `c`; each of `refused` had its words
/// but not its period.
pub(crate) fn unsourced(
    doc: &Document,
    c: &Claim,
    records: &RecordSet,
    refused: &[Refusal],
) -> Finding {
    let m = Mismatch::new(
        UNSOURCED.id,
        c.start..c.end,
        format!("no record links to {}", copy_phrase(doc, c)),
    )
    .note("`claimcheck draft` writes a claim record to fill in");
    refused
        .iter()
        .fold(m, |m, r| {
            let id = records.claims.get(r.rec).map_or("", |rec| rec.id.as_str());
            if r.why.contains(&format!("`{id}`")) {
                m.note(r.why.clone())
            } else {
                m.note(format!("record `{id}`: {}", r.why))
            }
        })
        .into_finding(doc)
}

/// The figure as an editor reads it: its text and, when it follows, its counted noun.
fn copy_phrase(doc: &Document, c: &Claim) -> String {
    if let Some(u) = &c.unit {
        let rest = doc.text.get(c.end..).unwrap_or("");
        let after = rest.trim_start();
        // Only the noun's length is compared: lower-casing the rest of the document for
        // every figure made long copy quadratic.
        let starts_with_unit = after
            .get(..u.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(u) || head.to_lowercase() == *u);
        if rest.len() - after.len() <= 2 && starts_with_unit {
            return format!("{} {u}", c.text);
        }
    }
    c.text.clone()
}

/// A value as copy would write it: 271,484; 15%; USD 2,500,000.
pub fn show_value(v: f64, kind: RecordKind, currency: Option<&str>) -> String {
    let n = show_number(v);
    match kind {
        RecordKind::Percent => format!("{n}%"),
        RecordKind::Money => match currency {
            Some(cur) => format!("{cur} {n}"),
            None => n,
        },
        RecordKind::Number => n,
    }
}

fn show_number(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let neg = v < 0.0;
    let a = v.abs();
    let rounded = (a * 100.0).round() / 100.0;
    let int = rounded.trunc();
    let frac = rounded - int;
    let digits = format!("{int:.0}");
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    if frac > 0.0 {
        let f = format!("{frac:.2}");
        grouped.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    if neg {
        format!("-{grouped}")
    } else {
        grouped
    }
}

/// The record's value (or range) as copy would write it, for messages and reports.
pub(crate) fn record_value(rec: &ClaimRecord) -> String {
    let show = |v: f64| show_value(v, rec.kind, rec.currency.as_deref());
    match rec.bounds() {
        (Some(l), Some(h)) if l == h => show(l),
        (Some(l), Some(h)) => format!("{} to {}", show(l), show(h)),
        (Some(l), None) => format!("more than {}", show(l)),
        (None, Some(h)) => format!("up to {}", show(h)),
        (None, None) => "no value".into(),
    }
}

fn describe_interval(lo: Option<f64>, hi: Option<f64>) -> String {
    match (lo, hi) {
        (Some(l), Some(h)) => format!("{} to {}", show_number(l), show_number(h)),
        (Some(l), None) => format!("{} or more", show_number(l)),
        (None, Some(h)) => format!("{} or less", show_number(h)),
        (None, None) => "any value".into(),
    }
}

/// `(title, date)` of the record's first source, for the `+ record:` line.
fn cite(rec: &ClaimRecord, records: &RecordSet) -> String {
    let Some(first) = rec.sources.first() else {
        return "no source cited".into();
    };
    let src = records.source(&first.id);
    let title = src
        .and_then(|s| s.title.clone())
        .unwrap_or_else(|| first.id.clone());
    match src.and_then(|s| s.published.as_deref().or(s.retrieved.as_deref())) {
        Some(date) => format!("{title}, {date}"),
        None => title,
    }
}
