//! The verdict table: precision, each qualifier, kinds, currencies, tolerance, competing
//! records and competing figures. Figures are built by hand so linking is tested apart
//! from extraction.

use claimcheck::document::{Document, Format};
use claimcheck::extract::{Claim, Kind, Qualifier};
use claimcheck::link::{self, Verdict};
use claimcheck::records::{ClaimRecord, ClaimSource, RecordKind, RecordSet, SourceRecord};

/// A figure: `text` found in `doc`, with its value, interval and precision.
struct Fig {
    text: &'static str,
    kind: Kind,
    value: f64,
    qualifier: Qualifier,
    unit: Option<&'static str>,
    precision: f64,
    currency: Option<&'static str>,
    range: Option<(f64, f64)>,
}

fn fig(text: &'static str, value: f64, qualifier: Qualifier, precision: f64) -> Fig {
    Fig {
        text,
        kind: Kind::Number,
        value,
        qualifier,
        unit: None,
        precision,
        currency: None,
        range: None,
    }
}

impl Fig {
    fn unit(mut self, u: &'static str) -> Self {
        self.unit = Some(u);
        self
    }
    fn kind(mut self, k: Kind, currency: Option<&'static str>) -> Self {
        self.kind = k;
        self.currency = currency;
        self
    }
    fn range(mut self, lo: f64, hi: f64) -> Self {
        self.range = Some((lo, hi));
        self
    }

    fn claim(&self, doc: &Document) -> Claim {
        let start = doc.text.find(self.text).unwrap();
        let end = start + self.text.len();
        let (line, column) = doc.line_col(start);
        let v = self.value;
        let (low, high) = match (self.qualifier, self.range) {
            (_, Some((l, h))) => (Some(l), Some(h)),
            (Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::JustOver, _) => (Some(v), None),
            (Qualifier::LessThan | Qualifier::AtMost | Qualifier::Nearly, _) => (None, Some(v)),
            _ => (Some(v), Some(v)),
        };
        Claim {
            text: self.text.to_string(),
            start,
            end,
            line,
            column,
            kind: self.kind,
            value: self.range.is_none().then_some(v),
            low,
            high,
            qualifier: self.qualifier,
            unit: self.unit.map(str::to_string),
            describes: None,
            currency: self.currency.map(str::to_string),
            sentence: "".into(),
            precision: self.precision,
        }
    }
}

fn rec(id: &str, value: f64, words: &[&str]) -> ClaimRecord {
    ClaimRecord {
        id: id.to_string(),
        statement: None,
        value: Some(value),
        low: None,
        high: None,
        kind: RecordKind::Number,
        unit: None,
        currency: None,
        as_of: None,
        subject: None,
        articles: None,
        match_words: words.iter().map(|w| w.to_string()).collect(),
        tolerance: None,
        sources: vec![ClaimSource {
            id: format!("src-{id}"),
            quote: None,
        }],
    }
}

fn set(claims: Vec<ClaimRecord>) -> RecordSet {
    let mut s = RecordSet::default();
    for c in &claims {
        for src in &c.sources {
            s.sources.insert(
                src.id.clone(),
                SourceRecord {
                    id: src.id.clone(),
                    title: Some(format!("Report behind {}", c.id)),
                    publisher: None,
                    url: None,
                    published: None,
                    retrieved: None,
                    snapshot: None,
                    sha256: None,
                },
            );
        }
    }
    s.index = link::index(&claims);
    s.claims = claims;
    s
}

/// (verdict, record id) of each figure in `figs`, linked against `records`.
fn verdicts(text: &str, figs: &[Fig], records: &RecordSet) -> Vec<(Verdict, Option<String>)> {
    let doc = Document::from_text("a.txt", text, Format::Text);
    let claims: Vec<Claim> = figs.iter().map(|f| f.claim(&doc)).collect();
    let (checked, _) = link::link(&doc, &claims, records);
    checked.into_iter().map(|c| (c.verdict, c.record)).collect()
}

fn one(text: &str, f: Fig, records: Vec<ClaimRecord>) -> Verdict {
    verdicts(text, &[f], &set(records))[0].0
}

use Qualifier::*;
use Verdict::*;

const REMOVALS: &str = "The agency carried out 271,000 removals last year.";

#[test]
fn stated_precision() {
    let f = || fig("271,000", 271_000.0, Exact, 500.0).unit("removals");
    assert_eq!(
        one(REMOVALS, f(), vec![rec("r", 271_484.0, &["removals"])]),
        Supported
    );
    assert_eq!(
        one(REMOVALS, f(), vec![rec("r", 271_600.0, &["removals"])]),
        Contradicted
    );
    let text = "An estimated 1.4 million people hold final orders.";
    let g = || fig("1.4 million", 1_400_000.0, Exact, 50_000.0).unit("people");
    assert_eq!(
        one(
            text,
            g(),
            vec![rec("o", 1_440_000.0, &["people", "final orders"])]
        ),
        Supported
    );
    assert_eq!(
        one(
            text,
            g(),
            vec![rec("o", 1_460_000.0, &["people", "final orders"])]
        ),
        Contradicted
    );
}

#[test]
fn each_qualifier() {
    let t = "Officials said more than 117,000 deportations had been carried out.";
    let f = || fig("more than 117,000", 117_000.0, MoreThan, 500.0).unit("deportations");
    let r = |v| vec![rec("d", v, &["deportations"])];
    assert_eq!(one(t, f(), r(116_000.0)), Contradicted);
    assert_eq!(one(t, f(), r(120_000.0)), Supported);

    let t = "At least 40 flights left in March.";
    let f = || fig("At least 40", 40.0, AtLeast, 0.5).unit("flights");
    assert_eq!(one(t, f(), vec![rec("f", 41.0, &["flights"])]), Supported);
    assert_eq!(
        one(t, f(), vec![rec("f", 38.0, &["flights"])]),
        Contradicted
    );

    let t = "Fewer than 50,000 people were held in detention.";
    let f = || fig("Fewer than 50,000", 50_000.0, LessThan, 500.0).unit("people");
    assert_eq!(
        one(t, f(), vec![rec("h", 39_200.0, &["people", "detention"])]),
        Supported
    );
    assert_eq!(
        one(t, f(), vec![rec("h", 52_000.0, &["people", "detention"])]),
        Contradicted
    );

    let t = "Talks are under way with up to 30 countries.";
    let f = || fig("up to 30", 30.0, AtMost, 0.5).unit("countries");
    assert_eq!(one(t, f(), vec![rec("c", 30.0, &["countries"])]), Supported);
    assert_eq!(
        one(t, f(), vec![rec("c", 31.0, &["countries"])]),
        Contradicted
    );

    let t = "Removals peaked at just over 400,000 in one year.";
    let f = || fig("just over 400,000", 400_000.0, JustOver, 500.0);
    assert_eq!(
        one(t, f(), vec![rec("p", 409_849.0, &["peaked"])]),
        Supported
    );
    assert_eq!(
        one(t, f(), vec![rec("p", 390_000.0, &["peaked"])]),
        Contradicted
    );

    let t = "The camp held nearly 2,000 families.";
    let f = || fig("nearly 2,000", 2_000.0, Nearly, 0.5).unit("families");
    assert_eq!(
        one(t, f(), vec![rec("n", 1_950.0, &["families", "camp"])]),
        Supported
    );
    assert_eq!(
        one(t, f(), vec![rec("n", 2_100.0, &["families", "camp"])]),
        Contradicted
    );

    let t = "Analysts expect around 212,000 removals this year.";
    let f = || fig("around 212,000", 212_000.0, Approximate, 500.0).unit("removals");
    // 10% of 212,000 is 21,200: 190,800 to 233,200.
    assert_eq!(
        one(t, f(), vec![rec("a", 233_000.0, &["removals", "analysts"])]),
        Supported
    );
    assert_eq!(
        one(t, f(), vec![rec("a", 234_000.0, &["removals", "analysts"])]),
        Contradicted
    );

    let t = "Between 1.3 and 1.5 million people are waiting.";
    let f =
        || fig("Between 1.3 and 1.5 million", 0.0, Range, 50_000.0).range(1_300_000.0, 1_500_000.0);
    assert_eq!(
        one(t, f(), vec![rec("w", 1_540_000.0, &["waiting"])]),
        Supported
    );
    assert_eq!(
        one(t, f(), vec![rec("w", 1_560_000.0, &["waiting"])]),
        Contradicted
    );
}

#[test]
fn record_tolerance_widens_the_interval() {
    let f = || fig("271,000", 271_000.0, Exact, 500.0).unit("removals");
    let mut r = rec("r", 274_000.0, &["removals"]);
    assert_eq!(one(REMOVALS, f(), vec![r.clone()]), Contradicted);
    r.tolerance = Some(0.01);
    assert_eq!(one(REMOVALS, f(), vec![r]), Supported);
}

#[test]
fn record_ranges_and_open_bounds() {
    let t = "Officials said more than 117,000 deportations had been carried out.";
    let f = || fig("more than 117,000", 117_000.0, MoreThan, 500.0).unit("deportations");
    let mut r = rec("d", 0.0, &["deportations"]);
    r.value = None;
    r.low = Some(117_000.0);
    assert_eq!(one(t, f(), vec![r.clone()]), Supported);
    r.low = Some(100_000.0);
    r.high = Some(110_000.0);
    assert_eq!(one(t, f(), vec![r]), Contradicted);
}

#[test]
fn kinds_must_agree() {
    let t = "Flights rose by 15 per cent in March.";
    let f = || fig("15 per cent", 15.0, Exact, 0.5).kind(Kind::Percent, None);
    assert_eq!(one(t, f(), vec![rec("n", 15.0, &["flights"])]), Unsourced);
    let mut p = rec("p", 15.0, &["flights"]);
    p.kind = RecordKind::Percent;
    assert_eq!(one(t, f(), vec![p.clone()]), Supported);
    p.value = Some(34.0);
    assert_eq!(one(t, f(), vec![p]), Contradicted);
}

#[test]
fn currencies_must_agree() {
    let t = "The contract is worth $2.5bn over five years.";
    let f = || fig("$2.5bn", 2.5e9, Exact, 5e7).kind(Kind::Money, Some("USD"));
    let mut r = rec("m", 2.5e9, &["contract"]);
    r.kind = RecordKind::Money;
    r.currency = Some("USD".into());
    assert_eq!(one(t, f(), vec![r.clone()]), Supported);
    r.currency = Some("GBP".into());
    assert_eq!(one(t, f(), vec![r]), Unsourced);
}

#[test]
fn two_records_competing_for_one_sentence() {
    let t = "Removals reached 271,484 in 2024 and 409,849 in 2012.";
    let figs = [
        fig("271,484", 271_484.0, Exact, 0.5),
        fig("409,849", 409_849.0, Exact, 0.5),
    ];
    let records = set(vec![
        rec("fy2012", 409_849.0, &["removals", "2012"]),
        rec("fy2024", 271_484.0, &["removals", "2024"]),
    ]);
    assert_eq!(
        verdicts(t, &figs, &records),
        [
            (Supported, Some("fy2024".to_string())),
            (Supported, Some("fy2012".to_string()))
        ]
    );
}

#[test]
fn two_figures_competing_for_one_record() {
    let t = "The agency removed 271,000 people last year against 142,580 the year before.";
    let figs = [
        fig("271,000", 271_000.0, Exact, 500.0).unit("people"),
        fig("142,580", 142_580.0, Exact, 0.5),
    ];
    let records = set(vec![rec("fy2024", 271_484.0, &["people", "removed"])]);
    assert_eq!(
        verdicts(t, &figs, &records),
        [(Supported, Some("fy2024".to_string())), (Unsourced, None)]
    );
}

#[test]
fn a_record_does_not_leave_its_figure_for_another_noun() {
    // The removals record fits "more than 190" (unbounded above) but the countries record
    // is that figure's better match, so 217,000 keeps the removals record.
    let t = "Last fiscal year ICE reported 217,000 removals to more than 190 countries.";
    let figs = [
        fig("217,000", 217_000.0, Exact, 500.0).unit("removals"),
        fig("more than 190", 190.0, MoreThan, 0.5).unit("countries"),
    ];
    let mut countries = rec("countries", 192.0, &["countries"]);
    countries.unit = Some("countries".into());
    let records = set(vec![rec("fy2024", 271_484.0, &["removals"]), countries]);
    assert_eq!(
        verdicts(t, &figs, &records),
        [
            (Contradicted, Some("fy2024".to_string())),
            (Supported, Some("countries".to_string()))
        ]
    );
}

#[test]
fn counted_noun_weighs_most() {
    let t = "Border agents made 8,000 arrests and 2,000 removals in the month.";
    let figs = [fig("2,000", 2_000.0, Exact, 0.5).unit("removals")];
    let mut a = rec("arrests", 2_000.0, &["agents"]);
    a.unit = Some("arrests".into());
    let mut r = rec("removals", 2_000.0, &["month"]);
    r.unit = Some("removals".into());
    assert_eq!(
        verdicts(t, &figs, &set(vec![a, r])),
        [(Supported, Some("removals".to_string()))]
    );
}

#[test]
fn equal_records_are_ambiguous() {
    let f = || fig("271,000", 271_000.0, Exact, 500.0).unit("removals");
    let records = vec![
        rec("a", 271_484.0, &["removals"]),
        rec("b", 271_200.0, &["removals"]),
    ];
    assert_eq!(one(REMOVALS, f(), records), Ambiguous);
}

#[test]
fn match_words_must_stand_near_the_figure() {
    let f = || fig("271,000", 271_000.0, Exact, 500.0).unit("removals");
    // A word only elsewhere in the copy does not link.
    assert_eq!(
        one(REMOVALS, f(), vec![rec("r", 1.0, &["people", "detention"])]),
        Unsourced
    );
    // Every entry must be in the sentence.
    assert_eq!(
        one(REMOVALS, f(), vec![rec("r", 1.0, &["removals", "Obama"])]),
        Unsourced
    );
    // And one in the figure's own clause: here "removals" is beyond the semicolon.
    let t = "Detention held 47,000 people; removals slowed.";
    let g = fig("47,000", 47_000.0, Exact, 500.0).unit("people");
    assert_eq!(one(t, g, vec![rec("r", 1.0, &["removals"])]), Unsourced);
    // Plurals and case fold: "Removal" in a record matches "removals" in copy.
    assert_eq!(
        one(REMOVALS, f(), vec![rec("r", 271_484.0, &["Removal"])]),
        Supported
    );
}

#[test]
fn broken_provenance_makes_a_figure_unverifiable() {
    let f = || fig("271,000", 271_000.0, Exact, 500.0).unit("removals");
    let mut records = set(vec![rec("r", 271_484.0, &["removals"])]);
    records.broken.insert("src-r".into());
    assert_eq!(verdicts(REMOVALS, &[f()], &records)[0].0, Unverifiable);
}

#[test]
fn a_record_citing_no_source_cannot_support_a_figure() {
    let f = || fig("271,000", 271_000.0, Exact, 500.0).unit("removals");
    let mut drafted = rec("r", 271_000.0, &["removals"]);
    drafted.sources.clear();
    let records = set(vec![drafted]);
    assert_eq!(verdicts(REMOVALS, &[f()], &records)[0].0, Unverifiable);
}

#[test]
fn contradicted_finding_shows_copy_against_record() {
    let doc = Document::from_text("a.txt", REMOVALS, Format::Text);
    let c = fig("271,000", 271_000.0, Exact, 500.0)
        .unit("removals")
        .claim(&doc);
    let records = set(vec![rec("fy2024", 290_000.0, &["removals"])]);
    let (_, findings) = link::link(&doc, &[c], &records);
    let f = &findings[0];
    assert_eq!(f.rule, "record/contradicted");
    assert_eq!(
        (doc.line_col(f.span.start), f.span.clone()),
        ((1, 24), 23..30)
    );
    assert_eq!(
        f.message,
        "the copy says 271,000 removals, but record `fy2024` gives 290,000"
    );
    assert_eq!(f.expected.as_deref(), Some("290,000"));
    assert_eq!(f.actual.as_deref(), Some("271,000"));
    let diff: Vec<String> = f
        .diff
        .iter()
        .map(|d| format!("{} {}", d.sign, d.text))
        .collect();
    assert_eq!(
        diff,
        [
            "- copy: 271,000 removals",
            "+ record: 290,000 (Report behind fy2024)"
        ]
    );
    assert_eq!(
        f.notes,
        [
            "`271,000` allows 270,500 to 271,500 (exact, stated precision ±500, record tolerance 0%); the record lies outside",
            "linked by: terms removals in the clause; measures removal; no period on the record, the copy's last year"
        ]
    );
    assert_eq!(f.key, "fy2024");
}

#[test]
fn unsourced_and_ambiguous_findings() {
    let doc = Document::from_text("a.txt", REMOVALS, Format::Text);
    let c = fig("271,000", 271_000.0, Exact, 500.0)
        .unit("removals")
        .claim(&doc);
    let (_, none) = link::link(&doc, std::slice::from_ref(&c), &RecordSet::default());
    let msgs: Vec<(&str, &str)> = none
        .iter()
        .map(|f| (f.rule.as_str(), f.message.as_str()))
        .collect();
    assert_eq!(
        msgs,
        [("record/unsourced", "no record links to 271,000 removals")]
    );
    let records = set(vec![
        rec("a", 271_484.0, &["removals"]),
        rec("b", 271_200.0, &["removals"]),
    ]);
    let (_, amb) = link::link(&doc, &[c], &records);
    let msgs: Vec<(&str, &str)> = amb
        .iter()
        .map(|f| (f.rule.as_str(), f.message.as_str()))
        .collect();
    assert_eq!(
        msgs,
        [(
            "record/ambiguous",
            "records `a` and `b` match 271,000 removals equally well"
        )]
    );
}

/// "or 45 per cent" says nothing of what it counts: the clause before it does, and the
/// record that `draft` writes for it (match words from that clause) links.
#[test]
fn a_clause_that_names_nothing_is_read_with_the_clause_before_it() {
    let text = "Of the 93 groups that applied, 42 received a grant, or 45 per cent.";
    let pct = || fig("45 per cent", 45.0, Exact, 0.5).kind(Kind::Percent, None);
    let record = || {
        let mut r = rec("grant-share", 45.0, &["received", "grant"]);
        r.kind = RecordKind::Percent;
        r
    };
    assert_eq!(one(text, pct(), vec![record()]), Supported);
    // a clause with words of its own keeps to them: "inflation" is not "unemployment"
    let text = "Unemployment fell to 4.5%, and inflation rose to 5.1%.";
    let inflation = fig("5.1%", 5.1, Exact, 0.05).kind(Kind::Percent, None);
    let mut jobless = rec("jobless", 4.6, &["unemployment"]);
    jobless.kind = RecordKind::Percent;
    assert_eq!(one(text, inflation, vec![jobless]), Unsourced);
}
