//! A fuzz-style stress run. A fixed number of generated documents —
//! random mixes of numerals, scales, qualifiers, comparisons, punctuation and markup —
//! go through every per-document stage of `check`, then a folder of them through the
//! whole run. The budget is a count of documents, never a time; the generator is seeded,
//! so a failure names the document that caused it and reproduces.

use std::sync::Arc;

use claimcheck::document::{Document, Format};
use claimcheck::finding::Finding;
use claimcheck::records::RecordSet;
use claimcheck::report::{self, Command, FileReport, Report};

/// Documents pushed through the per-document stages.
const DOCUMENTS: usize = 3000;
/// Documents written to disk for the whole `check` run.
const FOLDER: usize = 200;

/// xorshift64*: small, seeded, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const QUALIFIERS: &[&str] = &[
    "",
    "",
    "about ",
    "around ",
    "more than ",
    "over ",
    "at least ",
    "fewer than ",
    "under ",
    "up to ",
    "just over ",
    "nearly ",
    "almost ",
    "an estimated ",
    "some ",
    "between ",
];
const SCALES: &[&str] = &[
    "",
    "",
    "",
    " million",
    " billion",
    "m",
    "bn",
    " thousand",
    "k",
    " per cent",
    "%",
];
const CURRENCIES: &[&str] = &["", "", "", "\u{a3}", "$", "\u{20ac}", "US$"];
const NOUNS: &[&str] = &[
    "people", "removals", "flights", "homes", "jobs", "patients", "votes", "schools", "",
];
const LINKS: &[&str] = &[
    " rose from ",
    " fell to ",
    " doubled to ",
    ", up from ",
    ", a rise of ",
    " out of ",
    ", or ",
    " of ",
    " and ",
    ", compared with ",
    " - ",
    " \u{2013} ",
    "; ",
    " times ",
];
const WORDS: &[&str] = &[
    "the",
    "council",
    "said",
    "last year",
    "in 2024",
    "since 2019",
    "COVID-19",
    "Title 42",
    "one in",
    "a dozen",
    "two-thirds",
    "half",
    "three times",
    "Mr.",
    "U.S.",
    "No. 10",
    "on 3 March",
    "for 12 months",
    "24/7",
    "the 1990s",
    "first",
    "21st",
];
const MARKUP_MD: &[&str] = &[
    "**",
    "*",
    "_",
    "`",
    "[",
    "](https://x.org/7)",
    "![",
    "# ",
    "> ",
    "- ",
    "1. ",
    "\n\n",
    "<!-- 9 -->",
    "```\n",
    "\n",
];
const MARKUP_HTML: &[&str] = &[
    "<p>",
    "</p>",
    "<b>",
    "</b>",
    "<a href=\"/a/5\">",
    "</a>",
    "&nbsp;",
    "&amp;",
    "<br>",
    "<!-- 8 -->",
    "<script>var n = 3;</script>",
    "<td>",
    "\n",
];
const PUNCTUATION: &[&str] = &[
    ". ",
    ". ",
    ", ",
    "! ",
    "? ",
    "; ",
    ": ",
    "\u{2026} ",
    "\n",
    "\r\n",
];

fn numeral(rng: &mut Rng) -> String {
    match rng.below(7) {
        0 => rng.below(100).to_string(),
        1 => format!("{},{:03}", 1 + rng.below(999), rng.below(1000)),
        2 => format!("{}.{}", rng.below(100), rng.below(10)),
        3 => format!("{}-{}", rng.below(50), 50 + rng.below(50)),
        4 => (1 + rng.below(9)).to_string().repeat(1 + rng.below(30)),
        5 => format!(
            "{},{:03},{:03}",
            1 + rng.below(99),
            rng.below(1000),
            rng.below(1000)
        ),
        _ => rng
            .pick(&[
                "two",
                "ten",
                "a hundred",
                "a dozen",
                "three-quarters",
                "a third",
            ])
            .to_string(),
    }
}

fn figure(rng: &mut Rng) -> String {
    let q = rng.pick(QUALIFIERS);
    let mut s = format!("{q}{}{}", rng.pick(CURRENCIES), numeral(rng));
    if q == "between " {
        s.push_str(" and ");
        s.push_str(&numeral(rng));
    }
    s.push_str(rng.pick(SCALES));
    let noun = rng.pick(NOUNS);
    if !noun.is_empty() {
        s.push(' ');
        s.push_str(noun);
    }
    s
}

fn document(rng: &mut Rng, format: Format) -> String {
    let mut s = String::new();
    for _ in 0..1 + rng.below(25) {
        match rng.below(10) {
            0..=3 => s.push_str(&figure(rng)),
            4..=5 => s.push_str(rng.pick(LINKS)),
            6..=7 => {
                s.push_str(rng.pick(WORDS));
                s.push(' ');
            }
            8 => s.push_str(rng.pick(PUNCTUATION)),
            _ => s.push_str(match format {
                Format::Markdown => rng.pick(MARKUP_MD),
                Format::Html => rng.pick(MARKUP_HTML),
                Format::Text => rng.pick(PUNCTUATION),
            }),
        }
    }
    s
}

fn format_of(i: usize) -> (Format, &'static str) {
    match i % 3 {
        0 => (Format::Text, "txt"),
        1 => (Format::Markdown, "md"),
        _ => (Format::Html, "html"),
    }
}

fn assert_findings_sound(docs: &[Document], findings: &[Finding], which: &str) {
    for f in findings {
        let d = docs
            .iter()
            .find(|d| d.path == f.path)
            .unwrap_or_else(|| panic!("{which}: finding on unknown path {}", f.path));
        let (start, end) = (f.span.start, f.span.end);
        assert!(start <= end && end <= d.text.len(), "{which}: {f:?}");
        assert!(d.text.is_char_boundary(start) && d.text.is_char_boundary(end));
        assert!(!f.message.is_empty(), "{which}: {}", f.rule);
    }
}

#[test]
fn generated_documents_pass_every_per_document_stage() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut batch: Vec<Document> = Vec::new();
    let mut claims_seen = 0;
    let mut findings_seen = 0;
    for i in 0..DOCUMENTS {
        let (format, ext) = format_of(i);
        let text = document(&mut rng, format);
        let d = Document::from_text(format!("gen/{i}.{ext}"), text, format);
        let which = format!("document {i}");

        let claims = claimcheck::extract::extract(&d);
        for c in &claims {
            // markup is read as a reader sees it: the figure's text is its copy, decoded
            assert_eq!(d.shown(c.start..c.end), c.text, "{which}");
            assert_eq!(d.line_col(c.start), (c.line, c.column), "{which}");
        }
        let (checked, mut findings) = claimcheck::link::link(&d, &claims, &RecordSet::default());
        findings.extend(claimcheck::rules::arithmetic::check(&d, &claims));
        findings.extend(claimcheck::rules::consistency::check(&d, &claims));
        assert_findings_sound(std::slice::from_ref(&d), &findings, &which);
        claims_seen += claims.len();
        findings_seen += findings.len();

        let report = Report {
            command: Command::Check,
            files: vec![FileReport {
                path: d.path.clone(),
                sha256: d.sha256.clone(),
                claims: checked.into(),
                findings,
                doc: Arc::new(d.clone()),
            }],
            suppressed: Vec::new(),
            records_digest: None,
            records_date: None,
            records_read: 0,
            sources_read: 0,
            errors: Vec::new(),
            other_docs: Vec::new(),
            groups: Vec::new(),
        };
        let mut out = Vec::new();
        report::json::render(&report, &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out)
            .unwrap_or_else(|e| panic!("{which}: JSON does not parse: {e}"));
        assert_eq!(v["summary"]["files"], 1, "{which}");

        // duplicates are found across documents: run them over batches of 50
        batch.push(d);
        if batch.len() == 50 {
            let refs: Vec<&Document> = batch.iter().collect();
            let dupes = claimcheck::dupes::find(&refs, 8);
            assert_findings_sound(&batch, &dupes, &format!("batch ending at {i}"));
            batch.clear();
        }
    }
    // the generator reaches the extractor and the rules, not only their prefilters
    assert!(claims_seen > DOCUMENTS, "{claims_seen} claims");
    assert!(findings_seen > 0, "no findings at all");
}

#[test]
fn a_folder_of_generated_documents_is_checked_whole() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let dir = tempfile::tempdir().unwrap();
    for i in 0..FOLDER {
        let (format, ext) = format_of(i);
        let text = document(&mut rng, format);
        std::fs::write(dir.path().join(format!("{i:03}.{ext}")), text).unwrap();
    }
    let settings = claimcheck::settings::Settings::default();
    let report = claimcheck::run::check(
        &settings,
        &[dir.path().to_path_buf()],
        &claimcheck::run::CheckOptions::default(),
    )
    .unwrap();
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert_eq!(report.files.len(), FOLDER);
    for format in [report::Format::Json, report::Format::Human] {
        let mut out = Vec::new();
        report::render(format, &report, false, &mut out).unwrap();
        if format == report::Format::Json {
            let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
            assert_eq!(v["summary"]["files"], FOLDER);
        }
    }
}
