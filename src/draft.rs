//! `claimcheck draft ARTICLE`: YAML claim records for the article's unsourced figures,
//! for a reporter to fill in and move into claims/.
//!
//! The records carry exactly the claim-record fields README.md's "The records" lists, so once filled in the records
//! loader reads them back as they are. The value drafted is the figure as the copy states
//! it; the source list is left empty, because only a person can say where a figure came
//! from (and the check then confirms it).

use std::path::Path;

use serde::Serialize;

use crate::document::Document;
use crate::error::{Error, Result};
use crate::extract::{Kind, Qualifier};
use crate::frame::Frame;
use crate::input::{self, Input, Loaded};
use crate::link::{CheckedClaim, Verdict};
use crate::settings::Settings;

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
    #[serde(rename = "match")]
    pub match_words: Vec<String>,
    pub sources: Vec<DraftSource>,
}

/// Never filled in by `draft`: the type only gives `sources: []` its shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftSource {
    pub id: String,
    pub quote: String,
}

/// Reads `article`, links its figures to the records `settings` names, and drafts records
/// for the unsourced ones as a YAML document.
pub fn draft_file(settings: &Settings, article: &Path) -> Result<(String, usize)> {
    let input = if article.as_os_str() == "-" {
        Input::Stdin
    } else {
        Input::File(article.to_path_buf())
    };
    let doc = match input::load(&input)? {
        Loaded::Doc(doc, _) => doc,
        Loaded::Skipped(f) => {
            return Err(Error::Usage(format!("{}: {}", f.path, f.message)));
        }
    };
    let records = crate::run::load_records(settings)?;
    let figures = crate::extract::extract(&doc);
    let frames = crate::frame::frame(&doc, &figures);
    let (checked, _) = crate::link::link_framed(&doc, &figures, &frames, &records);
    let drafts = drafts_framed(&doc, &checked, &frames);
    Ok((render(&doc, &drafts)?, drafts.len()))
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
    let stem = id_stem(doc);
    let mut used: Vec<String> = Vec::new();
    // The same figure in the same sentence (a pasted paragraph) is one record, not two
    // that would then tie and make each other ambiguous.
    let mut seen: Vec<(String, String)> = Vec::new();
    let mut out = Vec::new();
    for c in checked {
        if c.verdict != Verdict::Unsourced || !c.claim.kind.is_quantity() {
            continue;
        }
        let repeat_key = (statement_of(doc, &c.claim), c.claim.text.clone());
        if seen.contains(&repeat_key) {
            continue;
        }
        seen.push(repeat_key);
        let frame = frames
            .id_of(&c.claim)
            .and_then(|id| frames.get(id))
            .map(|f| &f.frame);
        if let Some(mut record) = draft(doc, c, frame) {
            record.id = unique_id(&mut used, format!("{stem}-{}", record.id));
            out.push((c, record));
        }
    }
    out
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

/// `base`, or `base-2`, `base-3`…, whichever is not yet in `used` (and is then).
fn unique_id(used: &mut Vec<String>, base: String) -> String {
    let mut id = base.clone();
    let mut n = 2;
    while used.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    used.push(id.clone());
    id
}

/// The record for one unsourced figure, its id only `{what}-{figure}` (the caller puts
/// the article's name before it and makes it unique); `None` for a figure with no value.
fn draft(doc: &Document, c: &CheckedClaim, frame: Option<&Frame>) -> Option<DraftRecord> {
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
    let what = claim
        .unit
        .as_deref()
        .map(slug)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| claim.kind.as_str().to_string());
    let figure = value
        .or(low)
        .map_or(String::new(), |v| crate::num::format(v, 3).replace(',', ""));
    Some(DraftRecord {
        id: format!("{what}-{figure}"),
        statement: statement_of(doc, claim),
        value,
        low,
        high,
        kind: claim.kind,
        unit: claim.unit.clone(),
        currency: claim.currency.clone(),
        match_words: match_words(doc, c, frame),
        sources: Vec::new(),
    })
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
        doc.path
    );
    if drafts.is_empty() {
        out.push_str("# Every figure is already sourced (or there are none).\n[]\n");
        return Ok(out);
    }
    for (c, rec) in drafts {
        let yaml = crate::records::yaml::to_string(&[rec])
            .map_err(|e| Error::Usage(format!("could not write the draft as YAML: {e}")))?;
        out.push_str(&format!(
            "\n# line {}, column {}: {}\n",
            c.claim.line,
            c.claim.column,
            c.claim
                .text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        ));
        out.push_str(&yaml);
    }
    Ok(out)
}

/// What the figure measures (its counted noun as the copy writes it, or the thing an
/// amount in a unit or currency measures: "profit", never "dlrs"), then the words that
/// describe it, then telling words of its clause: two words in all, since every match
/// word must stand near a figure for it to link.
fn match_words(doc: &Document, c: &CheckedClaim, frame: Option<&Frame>) -> Vec<String> {
    // A table cell is said by its column and row headers, not by words beside it.
    let headers = doc.cell_headers(c.claim.start);
    if !headers.is_empty() {
        return headers.iter().map(|h| h.to_lowercase()).collect();
    }
    let mut words: Vec<String> = Vec::new();
    let measure = frame.map(|f| &f.measure);
    match (&c.claim.unit, measure) {
        (Some(_), Some(m)) if m.unit.is_some() => words.extend(m.thing.clone()),
        (Some(u), _) => words.push(u.to_lowercase()),
        (None, Some(m)) => words.extend(m.thing.clone()),
        (None, None) => {}
    }
    for d in measure.map_or(&[][..], |m| m.describes.as_slice()) {
        if words.len() < 2 && crate::telling::is_telling(d) && !has_word(&words, d) {
            words.push(d.clone());
        }
    }
    let figure = c.claim.start..c.claim.end;
    let has_unit = !words.is_empty();
    // The clause first (as the linker reads it); the whole sentence only when the clause
    // has nothing telling.
    for span in [
        crate::telling::figure_clause(doc, figure.clone()),
        doc.sentence_span(c.claim.start),
    ] {
        let prose = doc.prose().get(span.clone()).unwrap_or("");
        for (at, w) in word_spans(prose) {
            if words.len() >= 2 {
                break;
            }
            let w = w.trim_matches(['-', '\'']).to_lowercase();
            if !crate::telling::is_telling(&w)
                || has_word(&words, &w)
                || crate::lexicon::is_opener_word(&w)
                || figure.contains(&(span.start + at))
            {
                continue;
            }
            words.push(w);
        }
        if words.len() > usize::from(has_unit) {
            break;
        }
    }
    words
}

/// Whether `words` holds `w` in any of its forms: the linker folds "shares" to "share",
/// so a record matching on both says the same thing twice.
fn has_word(words: &[String], w: &str) -> bool {
    let lemma = crate::lexicon::lemma(w);
    words.iter().any(|x| crate::lexicon::lemma(x) == lemma)
}

/// Runs of letters (with inner `-` and `'`) and their byte offsets in `s`.
fn word_spans(s: &str) -> Vec<(usize, &str)> {
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
                currency: None,
                sentence: sentence.into(),
                precision: 0.5,
            },
            verdict: Verdict::Unsourced,
            record: None,
            sources: Vec::new(),
            record_value: None,
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

        # line 1, column 23: 12 parks
        - id: parks-plan-parks-12
          statement: The council will open 12 parks next spring.
          value: 12
          kind: number
          unit: parks
          match:
          - parks
          - council
          sources: []

        # line 3, column 20: 15%
        - id: parks-plan-percent-15
          statement: Parks funding rose 15% in the budget.
          value: 15
          kind: percent
          match:
          - funding
          - parks
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
        assert_eq!(d[0].1.match_words, vec!["visitors", "rose"]);
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
