//! `claimcheck draft ARTICLE`: YAML claim records for the article's unsourced figures,
//! for a reporter to fill in and move into claims/.
//!
//! The records carry exactly the claim-record fields README.md's "The records" lists, so once filled in the records
//! loader reads them back as they are. The value drafted is the figure as the copy states
//! it; the source list is left empty, because only a person can say where a figure came
//! from (and the check then confirms it).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Serialize;

use crate::document::Document;
use crate::error::{Error, Result};
use crate::extract::{Kind, Qualifier};
use crate::frame::Frame;
use crate::input::{self, Loaded};
use crate::link::{CheckedClaim, Verdict};
use crate::records::{ClaimRecord, ClaimSource, RecordKind, RecordSet};
use crate::settings::Settings;

mod terms;

use terms::{has_word, match_words, Rarity};

/// One drafted claim record, in the records' documented field order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftRecord {
    pub id: String,
    pub statement: String,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::num::serialize_opt"
    )]
    pub value: Option<f64>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::num::serialize_opt"
    )]
    pub low: Option<f64>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::num::serialize_opt"
    )]
    pub high: Option<f64>,
    pub kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The year (or month) the copy gives the figure for, so the record does not take
    /// the same measure in another year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// Whose figure it is, where the copy names someone before it in its sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The article drafted from: a record links only there until the scope is widened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub articles: Option<Vec<String>>,
    #[serde(rename = "match")]
    pub match_words: Vec<String>,
    pub sources: Vec<DraftSource>,
    /// Further distinctive words of the figure's sentence, taken in this order when the
    /// record would otherwise link to another figure of the article.
    #[serde(skip)]
    pub spare: Vec<String>,
}

/// Never filled in by `draft`: the type only gives `sources: []` its shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftSource {
    pub id: String,
    pub quote: String,
}

/// Reads every article in `paths` (files, folders walked as `check` walks them, or `-`),
/// links its figures to the records `settings` names, and drafts records for the
/// unsourced ones: one YAML document, ids unique across it, and how many records.
pub fn draft_paths(settings: &Settings, paths: &[std::path::PathBuf]) -> Result<(String, usize)> {
    let records = crate::run::load_records(settings)?;
    let root = settings
        .config
        .as_deref()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| std::path::PathBuf::from("."));
    let inputs = input::collect(paths, &settings.exclude, &root)?;
    if inputs.is_empty() {
        return Err(Error::Usage(
            "no articles to draft from (.txt, .md, .html) in the paths given".into(),
        ));
    }
    let mut out = String::new();
    let mut used = Ids::default();
    let mut count = 0;
    for input in &inputs {
        let doc = match input::load(input)? {
            Loaded::Doc(doc, _) => doc,
            Loaded::Skipped(f) => {
                return Err(Error::Usage(format!("{}: {}", f.path, f.message)));
            }
        };
        let figures = crate::extract::extract(&doc);
        let frames = crate::frame::frame(&doc, &figures);
        let (checked, _) = crate::link::link_framed(&doc, &figures, &frames, &records);
        let drafts = drafts_among(&doc, &checked, &frames, &mut used);
        if !out.is_empty() {
            out.push('\n');
        }
        if drafts.is_empty() && inputs.len() > 1 {
            // one document for all: a `[]` between block lists would not parse
            out.push_str(&format!(
                "# {}: every figure is already sourced (or there are none).\n",
                crate::escape::line(&doc.path)
            ));
        } else {
            out.push_str(&render(&doc, &drafts)?);
        }
        count += drafts.len();
    }
    if count == 0 && inputs.len() > 1 {
        out.push_str("[]\n");
    }
    Ok((out, count))
}

/// [`draft_paths`] for one article.
pub fn draft_file(settings: &Settings, article: &Path) -> Result<(String, usize)> {
    draft_paths(settings, &[article.to_path_buf()])
}

/// A record for every unsourced quantity, with ids unique within the draft. Frames the
/// figures first; `claimcheck draft`, which framed them for the linker, calls
/// [`drafts_framed`].
pub fn drafts<'a>(
    doc: &Document,
    checked: &'a [CheckedClaim],
) -> Vec<(&'a CheckedClaim, DraftRecord)> {
    let mut claims: Vec<crate::extract::Claim> = checked.iter().map(|c| c.claim.clone()).collect();
    claims.sort_by_key(|c| c.start);
    drafts_framed(doc, checked, &crate::frame::frame(doc, &claims))
}

/// [`drafts`] with the figures' frames, which say what each measures.
pub fn drafts_framed<'a>(
    doc: &Document,
    checked: &'a [CheckedClaim],
    frames: &crate::frame::Frames<'_>,
) -> Vec<(&'a CheckedClaim, DraftRecord)> {
    drafts_among(doc, checked, frames, &mut Ids::default())
}

/// [`drafts_framed`], with ids unique among `used` too (several articles drafted at once).
///
/// One record per distinct quantity: figures of one value, kind and measure are drafted
/// once (a headline's "$280bn" and the body's are one fact). Each record's terms are then
/// tried against the article itself: a record that would link to another figure, and so
/// contradict it or tie with its own record, takes its next distinctive word until it
/// links only to its figure.
fn drafts_among<'a>(
    doc: &Document,
    checked: &'a [CheckedClaim],
    frames: &crate::frame::Frames<'_>,
    used: &mut Ids,
) -> Vec<(&'a CheckedClaim, DraftRecord)> {
    let stem = id_stem(doc);
    let frame_of = |c: &CheckedClaim| {
        frames
            .id_of(&c.claim)
            .and_then(|id| frames.get(id))
            .map(|f| &f.frame)
    };
    let mut groups: Vec<(String, Vec<&'a CheckedClaim>)> = Vec::new();
    // each key's group, found by hash rather than by a scan of every group
    let mut group_of: HashMap<String, usize> = HashMap::new();
    for c in checked {
        if c.verdict != Verdict::Unsourced || !c.claim.kind.is_quantity() {
            continue;
        }
        let key = quantity_key(doc, c, frame_of(c));
        match group_of.get(&key) {
            Some(&i) => groups[i].1.push(c),
            None => {
                group_of.insert(key.clone(), groups.len());
                groups.push((key, vec![c]));
            }
        }
    }
    let rarity = Rarity::of(doc, frames);
    let mut out = Vec::new();
    for (_, group) in &groups {
        // the occurrence that says most about what it measures speaks for the group
        let Some(&primary) = group
            .iter()
            .find(|c| frame_of(c).is_some_and(|f| f.measure.noun().is_some()))
            .or(group.first())
        else {
            continue;
        };
        let sentences: Vec<Vec<String>> = group
            .iter()
            .map(|c| crate::link::stems(doc.slice(doc.sentence_span(c.claim.start))).collect())
            .collect();
        if let Some(mut record) = draft(doc, primary, frame_of(primary), &rarity, &sentences) {
            record.id = unique_id(used, format!("{stem}-{}", record.id));
            out.push((primary, record));
        }
    }
    refine(doc, frames, &mut out);
    out
}

/// What makes two figures one quantity for drafting: kind, currency, value or range, and
/// what they measure.
fn quantity_key(doc: &Document, c: &CheckedClaim, frame: Option<&Frame>) -> String {
    let cl = &c.claim;
    // each table cell is its own quantity, told apart by its headers
    let headers = doc.cell_headers(cl.start).join(",");
    format!(
        "{headers}|{}|{:?}|{:?}|{:?}|{:?}|{}",
        cl.kind.as_str(),
        cl.currency,
        cl.value,
        cl.low,
        cl.high,
        frame
            .map(|f| {
                let mut m: Vec<String> = f
                    .measure
                    .noun()
                    .into_iter()
                    .map(crate::link::stem)
                    .collect();
                m.extend(f.measure.describes.iter().map(|d| crate::link::stem(d)));
                m.join(" ")
            })
            .unwrap_or_default()
    )
}

/// Links the drafts against their own article, and gives every record that would take
/// another figure (contradicting it, or tying with that figure's record) its next spare
/// word; three rounds at most.
fn refine(
    doc: &Document,
    frames: &crate::frame::Frames<'_>,
    drafts: &mut [(&CheckedClaim, DraftRecord)],
) {
    let claims: Vec<crate::extract::Claim> = frames.claims().cloned().collect();
    for _ in 0..3 {
        let mut records: Vec<ClaimRecord> = drafts.iter().map(|(_, d)| as_record(d)).collect();
        // sorted by id, as a loaded record set is
        records.sort_by(|a, b| a.id.cmp(&b.id));
        let set = RecordSet {
            index: crate::link::index(&records),
            claims: records,
            ..RecordSet::default()
        };
        let (linked, _) = crate::link::link_framed(doc, &claims, frames, &set);
        let mut widen: HashSet<String> = HashSet::new();
        let own_of: HashMap<usize, &str> = drafts
            .iter()
            .rev()
            .map(|(c, d)| (c.claim.start, d.id.as_str()))
            .collect();
        for l in &linked {
            let own = own_of.get(&l.claim.start).copied();
            match l.verdict {
                Verdict::Contradicted => widen.extend(l.record.clone()),
                Verdict::Ambiguous => widen.extend(
                    l.considered
                        .iter()
                        .filter(|k| k.taken && Some(k.record.as_str()) != own)
                        .map(|k| k.record.clone()),
                ),
                _ => {}
            }
        }
        let mut changed = false;
        for (_, d) in drafts.iter_mut().filter(|(_, d)| widen.contains(&d.id)) {
            if !d.spare.is_empty() {
                let w = d.spare.remove(0);
                d.match_words.push(w);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// A draft as the linker reads a record, citing a placeholder source so that its
/// verdicts are decided on the value.
fn as_record(d: &DraftRecord) -> ClaimRecord {
    ClaimRecord {
        id: d.id.clone(),
        value: d.value,
        low: d.low,
        high: d.high,
        kind: match d.kind {
            Kind::Percent => RecordKind::Percent,
            Kind::Money => RecordKind::Money,
            _ => RecordKind::Number,
        },
        unit: d.unit.clone(),
        currency: d.currency.clone(),
        as_of: d.as_of.clone(),
        subject: d.subject.clone(),
        match_words: d.match_words.clone(),
        sources: vec![ClaimSource {
            id: "draft".into(),
            quote: None,
        }],
        ..ClaimRecord::default()
    }
}

/// What every drafted id starts with: the article's name; copy from standard input
/// ("-") has none.
fn id_stem(doc: &Document) -> String {
    let name = Path::new(&doc.path)
        .file_stem()
        .map(|s| slug(&s.to_string_lossy()))
        .unwrap_or_default();
    if name.is_empty() {
        "article".to_string()
    } else {
        name
    }
}

/// The ids given so far, and for each base the next suffix to try, so that thousands of
/// figures with one base take their ids in linear time, not by a scan per try.
#[derive(Default)]
struct Ids {
    used: HashSet<String>,
    next: HashMap<String, usize>,
}

/// `base`, or `base-2`, `base-3`…, whichever is not yet in `used` (and is then).
fn unique_id(used: &mut Ids, base: String) -> String {
    let mut id = base.clone();
    let n = used.next.entry(base.clone()).or_insert(2);
    while used.used.contains(&id) {
        id = format!("{base}-{n}");
        *n += 1;
    }
    used.used.insert(id.clone());
    id
}

/// The record for one unsourced figure, its id only `{what}-{figure}` (the caller puts
/// the article's name before it and makes it unique); `None` for a figure with no value.
/// `sentences` are the stems of every sentence the quantity stands in: words they share
/// are preferred, so the record links to each.
fn draft(
    doc: &Document,
    c: &CheckedClaim,
    frame: Option<&Frame>,
    rarity: &Rarity,
    sentences: &[Vec<String>],
) -> Option<DraftRecord> {
    let claim = &c.claim;
    let ranged = claim.qualifier == Qualifier::Range && claim.low.is_some() && claim.high.is_some();
    let (value, low, high) = if ranged {
        (None, claim.low, claim.high)
    } else {
        (claim.value, None, None)
    };
    if value.is_none() && low.is_none() {
        return None;
    }
    let measure = frame.and_then(|f| f.measure.noun()).map(str::to_string);
    let what = claim
        .unit
        .as_deref()
        .or(measure.as_deref())
        .map(slug)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| claim.kind.as_str().to_string());
    let figure = value
        .or(low)
        .map_or(String::new(), |v| crate::num::format(v, 3).replace(',', ""));
    let (match_words, spare) = match_words(doc, c, frame, rarity, sentences);
    // whose figure: the sentence's subject, else the one the story's lead names
    let telling =
        |s: &String| !crate::link::is_common(s) && !has_word(&match_words, s) && rarity.names(s);
    // a table cell is said by its headers; the story's lead names no one for it
    let in_table = !doc.cell_headers(claim.start).is_empty();
    let subject = frame
        .and_then(|f| f.subject.clone())
        .filter(telling)
        .or_else(|| rarity.lead_subject(doc).filter(telling))
        .filter(|_| !in_table);
    Some(DraftRecord {
        id: format!("{what}-{figure}"),
        statement: statement_of(doc, claim),
        value,
        low,
        high,
        kind: claim.kind,
        unit: claim.unit.clone(),
        currency: claim.currency.clone(),
        as_of: frame.and_then(|f| f.period.as_ref()).and_then(as_of),
        subject,
        articles: (doc.path != "-").then(|| vec![doc.path.replace('\\', "/")]),
        match_words,
        sources: Vec::new(),
        spare,
    })
}

/// A period as an `as_of`: its year, or year and month; `None` for a relative period
/// ("last year"), which names no date.
fn as_of(p: &crate::frame::Period) -> Option<String> {
    match p {
        crate::frame::Period::Year { year, .. } => Some(year.to_string()),
        crate::frame::Period::Month {
            month,
            year: Some(y),
            ..
        } => Some(format!("{y}-{month:02}")),
        _ => None,
    }
}

/// A record's statement: the figure's one sentence as a reader sees it (the extractor
/// reads Markdown and HTML decoded, so no markup is in it), whitespace folded; in a
/// table, the cell after its column and row headers ("Jobs, North: 1,200").
fn statement_of(doc: &Document, claim: &crate::extract::Claim) -> String {
    let sentence = claim.sentence.split_whitespace().collect::<Vec<_>>();
    let headers = doc.cell_headers(claim.start);
    if headers.is_empty() {
        return sentence.join(" ");
    }
    format!("{}: {}", headers.join(", "), sentence.join(" "))
}

/// The YAML document: a header, then each record under a comment saying where its
/// figure stands in the copy.
pub fn render(doc: &Document, drafts: &[(&CheckedClaim, DraftRecord)]) -> Result<String> {
    let mut out = format!(
        "# Draft claim records for {}: check each value against its source, add the\n# source under `sources:`, then move the records into claims/.\n",
        crate::escape::line(&doc.path)
    );
    if drafts.is_empty() {
        out.push_str("# Every figure is already sourced (or there are none).\n[]\n");
        return Ok(out);
    }
    if drafts.iter().any(|(_, d)| d.articles.is_some()) {
        out.push_str("# Each record links only in this article (`articles:`); to let it link in others,\n# widen the glob (`articles/2025/**`) or delete the `articles:` lines.\n");
    }
    for (c, rec) in drafts {
        let yaml = crate::records::yaml::to_string(&[rec])
            .map_err(|e| Error::Usage(format!("could not write the draft as YAML: {e}")))?;
        out.push_str(&format!(
            "\n# line {}, column {}: {}\n",
            c.claim.line,
            c.claim.column,
            crate::escape::line(
                &c.claim
                    .text
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        ));
        out.push_str(&yaml);
    }
    Ok(out)
}

/// Runs of letters (with inner `-` and `'`) and their byte offsets in `s`.
pub(crate) fn word_spans(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, ch) in s.char_indices() {
        if ch.is_alphabetic() || ch == '-' || ch == '\'' {
            start.get_or_insert(i);
        } else if let Some(st) = start.take() {
            out.push((st, &s[st..i]));
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

/// Lowercase letters and digits joined by single `-`.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;
    use crate::extract::Claim;

    fn claim(
        doc: &Document,
        text: &str,
        kind: Kind,
        value: f64,
        unit: Option<&str>,
    ) -> CheckedClaim {
        let start = doc.text.find(text).unwrap();
        let (line, column) = doc.line_col(start);
        let sentence = doc.slice(doc.sentence_span(start)).to_string();
        CheckedClaim {
            claim: Claim {
                text: text.into(),
                start,
                end: start + text.len(),
                line,
                column,
                kind,
                value: Some(value),
                low: Some(value),
                high: Some(value),
                qualifier: Qualifier::Exact,
                unit: unit.map(str::to_string),
                describes: None,
                currency: None,
                sentence: sentence.into(),
                precision: 0.5,
            },
            verdict: Verdict::Unsourced,
            record: None,
            sources: Vec::new(),
            linked_by: None,
            record_value: None,
            considered: Vec::new(),
        }
    }

    #[test]
    fn drafts_unsourced_quantities_as_yaml() {
        let doc = Document::from_text(
            "articles/Parks Plan.md",
            "The council will open 12 parks next spring.\n\nParks funding rose 15% in the budget.\n",
            Format::Markdown,
        );
        let mut sourced = claim(&doc, "15%", Kind::Percent, 15.0, None);
        sourced.verdict = Verdict::Supported;
        let checked = vec![
            claim(&doc, "12 parks", Kind::Number, 12.0, Some("parks")),
            sourced,
            claim(&doc, "15%", Kind::Percent, 15.0, None),
        ];
        let d = drafts(&doc, &checked);
        let yaml = render(&doc, &d).unwrap();
        insta::assert_snapshot!(yaml, @r"
        # Draft claim records for articles/Parks Plan.md: check each value against its source, add the
        # source under `sources:`, then move the records into claims/.
        # Each record links only in this article (`articles:`); to let it link in others,
        # widen the glob (`articles/2025/**`) or delete the `articles:` lines.

        # line 1, column 23: 12 parks
        - id: parks-plan-parks-12
          statement: The council will open 12 parks next spring.
          value: 12
          kind: number
          unit: parks
          articles:
          - articles/Parks Plan.md
          match:
          - parks
          - council
          sources: []

        # line 3, column 20: 15%
        - id: parks-plan-funding-15
          statement: Parks funding rose 15% in the budget.
          value: 15
          kind: percent
          articles:
          - articles/Parks Plan.md
          match:
          - funding
          - budget
          sources: []
        ");
    }

    #[test]
    fn a_bare_clause_borrows_words_from_its_sentence() {
        let doc = Document::from_text(
            "a.txt",
            "Visitors rose to 500, up from 9 last year.\n",
            Format::Text,
        );
        let checked = [claim(&doc, "9", Kind::Number, 9.0, None)];
        let d = drafts(&doc, &checked);
        // "Visitors" only opens a sentence: a word, not a name
        assert_eq!(d[0].1.subject, None);
        assert_eq!(d[0].1.match_words, vec!["visitors"]);
    }

    #[test]
    fn ids_stay_unique() {
        let doc = Document::from_text(
            "a.txt",
            "It has 12 parks, and 12 parks more.\n",
            Format::Text,
        );
        let mut second = claim(&doc, "12 parks", Kind::Number, 12.0, Some("parks"));
        second.claim.start += 18;
        second.claim.end += 18;
        second.claim.sentence = "It will add 12 parks.".into();
        let checked = vec![
            claim(&doc, "12 parks", Kind::Number, 12.0, Some("parks")),
            second,
        ];
        let ids: Vec<String> = drafts(&doc, &checked)
            .into_iter()
            .map(|(_, r)| r.id)
            .collect();
        assert_eq!(ids, vec!["a-parks-12", "a-parks-12-2"]);
    }

    #[test]
    fn copy_from_standard_input_gets_ids_that_start_with_a_word() {
        let doc = Document::from_text("-", "It has 12 parks.\n", Format::Text);
        let checked = [claim(&doc, "12 parks", Kind::Number, 12.0, Some("parks"))];
        let ids: Vec<String> = drafts(&doc, &checked)
            .into_iter()
            .map(|(_, r)| r.id)
            .collect();
        assert_eq!(ids, vec!["article-parks-12"]);
    }

    #[test]
    fn a_pasted_sentence_is_drafted_once() {
        let doc = Document::from_text(
            "a.txt",
            "It has 12 parks.\nIt has 12 parks.\n",
            Format::Text,
        );
        let mut pasted = claim(&doc, "12 parks", Kind::Number, 12.0, Some("parks"));
        pasted.claim.start += 17;
        pasted.claim.end += 17;
        let checked = vec![
            claim(&doc, "12 parks", Kind::Number, 12.0, Some("parks")),
            pasted,
        ];
        assert_eq!(drafts(&doc, &checked).len(), 1);
    }

    #[test]
    fn nothing_to_draft_is_an_empty_list() {
        let doc = Document::from_text("a.txt", "No figures here.\n", Format::Text);
        let yaml = render(&doc, &[]).unwrap();
        assert!(yaml.ends_with("[]\n"), "{yaml}");
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Parks & Gardens 2025!"), "parks-gardens-2025");
        assert_eq!(slug("--"), "");
    }
}
