//! Inline ignores in copy (in plain text, a line holding only the comment): `<!-- claimcheck: ignore RULE reason="…" -->`
//! (or `reason='…'`) silences RULE for the next paragraph; `off RULE reason="…"` silences
//! it until `<!-- claimcheck: on RULE -->` (or the end of the file); `ignore-file RULE
//! reason="…"` for the whole file. A directive that silences nothing is reported as
//! `suppress/unused`, so a stale one does not hide the next real finding. (Baselines, for
//! any copy, plain text included, are in [`crate::baseline`].)
//!
//! A reason is required so that every silenced finding says why in review; a comment
//! without one (or naming a rule that does not exist) suppresses nothing and is itself
//! reported as `input/suppression`, so a typo never hides a finding quietly.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::document::{Document, Format};
use crate::finding::Finding;
use crate::rules::RuleId;

/// A finding that was not reported, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Suppressed {
    pub rule: RuleId,
    pub path: String,
    /// The finding's bytes in the file at `path`.
    pub span: Range<usize>,
    pub fingerprint: String,
    /// `inline` or `baseline`.
    pub by: String,
    pub reason: Option<String>,
}

impl Suppressed {
    /// Records `f` as silenced by `by` (`inline` or `baseline`).
    pub fn new(f: &Finding, by: &str, reason: Option<String>) -> Self {
        Suppressed {
            rule: f.rule,
            path: f.path.clone(),
            span: f.span.clone(),
            fingerprint: f.fingerprint.clone(),
            by: by.to_string(),
            reason,
        }
    }
}

/// One well-formed ignore comment.
#[derive(Debug, Clone, PartialEq)]
pub struct Directive {
    /// The comment itself, `<!--` to `-->`.
    pub span: Range<usize>,
    pub rules: Vec<RuleId>,
    pub reason: String,
    /// What it silences: the first paragraph after an `ignore` comment, the copy up to
    /// the matching `on` after an `off`, the whole file for `ignore-file`.
    pub target: Option<Range<usize>>,
}

/// What a `claimcheck:` comment asks for.
#[derive(Debug, Clone, PartialEq)]
enum Verb {
    /// `ignore`: the next paragraph.
    Next,
    /// `off`: until a matching `on`.
    Off,
    /// `on`: ends the `off` blocks of its rules (of every rule when it names none).
    On,
    /// `ignore-file`: the whole file.
    File,
}

/// The ignore comments in `doc`, and `input/suppression` findings for malformed ones.
/// In plain text, which has no comments, a directive is a line holding only one.
pub fn directives(doc: &Document) -> (Vec<Directive>, Vec<Finding>) {
    let mut good = Vec::new();
    let mut bad = Vec::new();
    let text = doc.text.as_str();
    // plain text has no comments: there a directive is a line that is only one
    let plain = doc.format == Format::Text;
    if plain && !text.contains("<!-- claimcheck:") {
        return (good, bad);
    }
    let mut from = 0;
    // the `off` directives not yet closed, by their place in `good`
    let mut open: Vec<usize> = Vec::new();
    while let Some(comment) = text[from..].find("<!--").map(|p| p + from) {
        let open_at = comment;
        let body_start = open_at + 4;
        let Some(close) = text[body_start..].find("-->").map(|p| p + body_start) else {
            break;
        };
        from = close + 3;
        let span = open_at..from;
        if plain && !alone_on_its_line(text, span.clone()) {
            continue;
        }
        let body = text[body_start..close].trim();
        let Some(rest) = body.strip_prefix("claimcheck:") else {
            continue;
        };
        match parse_body(rest) {
            Ok((Verb::On, rules, _)) => {
                // close the open blocks of these rules (or all) at the comment
                for d in open.iter().copied() {
                    let block: &mut Directive = &mut good[d];
                    if rules.is_empty() || block.rules.iter().any(|r| rules.contains(r)) {
                        block.target = Some(block.span.end..span.start);
                    }
                }
                open.retain(|&d| good[d].target.is_none());
            }
            Ok((verb, rules, reason)) => {
                let target = match verb {
                    Verb::File => Some(0..text.len()),
                    Verb::Off => None,
                    _ if plain => rest_of_paragraph(doc, span.end),
                    _ => {
                        let paras = doc.paragraphs();
                        paras
                            .get(paras.partition_point(|p| p.start < span.end))
                            .map(|p| match doc.format {
                                Format::Html => first_html_block(text, p.clone()),
                                _ => p.clone(),
                            })
                    }
                };
                if verb == Verb::Off {
                    open.push(good.len());
                }
                good.push(Directive {
                    span,
                    rules,
                    reason,
                    target,
                });
            }
            Err(message) => bad.push(Finding::new(RuleId::Suppression, doc, span, message)),
        }
    }
    // an `off` with no `on` holds to the end of the file
    for d in open {
        if let Some(block) = good.get_mut(d) {
            block.target = Some(block.span.end..text.len());
        }
    }
    (good, bad)
}

/// In plain text, the paragraph a directive line silences: the rest of its own when
/// copy follows it there (a line of its own opens no paragraph), else the next one.
fn rest_of_paragraph(doc: &Document, at: usize) -> Option<Range<usize>> {
    let paras = doc.paragraphs();
    let i = paras.partition_point(|p| p.end <= at);
    let p = paras.get(i)?;
    let rest = doc.text.get(at.max(p.start)..p.end).unwrap_or("");
    if p.start <= at && !rest.trim().is_empty() {
        return Some(at..p.end);
    }
    paras.get(paras.partition_point(|q| q.start < at)).cloned()
}

/// Whether `span` is all of its line but for spaces.
fn alone_on_its_line(text: &str, span: Range<usize>) -> bool {
    let line_start = text[..span.start].rfind('\n').map_or(0, |p| p + 1);
    let line_end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |p| p + span.end);
    text[line_start..span.start].trim().is_empty() && text[span.end..line_end].trim().is_empty()
}

/// `input/suppression` findings for the malformed ignore comments in `doc`.
pub fn malformed(doc: &Document) -> Vec<Finding> {
    directives(doc).1
}

/// Applies the inline suppressions in `doc` to `findings`, returning the kept findings
/// and the suppressed ones. Findings must already carry their fingerprints.
pub fn apply_inline(doc: &Document, findings: Vec<Finding>) -> (Vec<Finding>, Vec<Suppressed>) {
    let (kept, suppressed, _) = apply_with_use(doc, findings);
    (kept, suppressed)
}

/// [`apply_inline`], plus a `suppress/unused` finding for each directive that silenced
/// nothing of a rule `checked` says ran on this file: a stale suppression would
/// otherwise hide the next real finding in its paragraph without anyone deciding so.
pub fn apply_inline_reporting_unused(
    doc: &Document,
    findings: Vec<Finding>,
    checked: impl Fn(RuleId) -> bool,
) -> (Vec<Finding>, Vec<Suppressed>) {
    let (mut kept, suppressed, unused) = apply_with_use(doc, findings);
    for d in unused {
        let rules: Vec<&str> = d
            .rules
            .iter()
            .filter(|r| checked(**r))
            .map(|r| r.as_str())
            .collect();
        if rules.is_empty() || rules.len() < d.rules.len() {
            continue;
        }
        let mut f = Finding::new(
            RuleId::UnusedSuppression,
            doc,
            d.span.clone(),
            format!(
                "this suppression of {} silences nothing: no such finding is in what it covers; remove it, or move it to the paragraph it was meant for",
                rules.join(", ")
            ),
        );
        f.fill_fingerprint(&doc.text);
        kept.push(f);
    }
    (kept, suppressed)
}

/// The kept findings, the suppressed ones, and the directives that silenced nothing.
fn apply_with_use(
    doc: &Document,
    findings: Vec<Finding>,
) -> (Vec<Finding>, Vec<Suppressed>, Vec<Directive>) {
    let (dirs, _) = directives(doc);
    if dirs.is_empty() {
        return (findings, Vec::new(), Vec::new());
    }
    let mut used = vec![false; dirs.len()];
    let mut kept = Vec::with_capacity(findings.len());
    let mut suppressed = Vec::new();
    // Directives covering one paragraph, by its start, so each finding looks up the one
    // paragraph it could be in; blocks and whole-file directives are few, so each
    // finding tries them all.
    let mut by_target: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut wide: Vec<usize> = Vec::new();
    for (i, d) in dirs.iter().enumerate() {
        let Some(t) = &d.target else { continue };
        if t.start < d.span.start || t.start == d.span.end {
            wide.push(i); // `ignore-file`, or a block starting right at its comment
        } else {
            by_target.entry(t.start).or_default().push(i);
        }
    }
    let covers = |i: usize, f: &Finding| {
        dirs[i]
            .target
            .as_ref()
            .is_some_and(|t| t.start <= f.span.start && f.span.start < t.end)
            && dirs[i].rules.contains(&f.rule)
    };
    for f in findings {
        // in plain text the directive's own words are read as copy: a figure in its
        // reason is not one to check
        if doc.format == Format::Text && dirs.iter().any(|d| d.span.contains(&f.span.start)) {
            continue;
        }
        let by = by_target
            .range(..=f.span.start)
            .next_back()
            .and_then(|(_, ds)| ds.iter().copied().find(|&i| covers(i, &f)))
            .or_else(|| wide.iter().copied().find(|&i| covers(i, &f)));
        match by {
            Some(i) => {
                used[i] = true;
                suppressed.push(Suppressed::new(&f, "inline", Some(dirs[i].reason.clone())));
            }
            None => kept.push(f),
        }
    }
    let unused = dirs
        .into_iter()
        .zip(used)
        .filter(|(_, u)| !u)
        .map(|(d, _)| d)
        .collect();
    (kept, suppressed, unused)
}

/// HTML elements whose end closes what an editor calls a paragraph.
const HTML_BLOCKS: &[&str] = &[
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "div",
    "td",
    "th",
    "dd",
    "dt",
    "figcaption",
    "section",
    "article",
    "pre",
    "table",
    "ul",
    "ol",
];

/// In HTML, consecutive `<p>` lines form one block of text; the paragraph an ignore
/// comment silences ends with the first block element closed in it.
fn first_html_block(text: &str, block: Range<usize>) -> Range<usize> {
    let Some(body) = text.get(block.clone()) else {
        return block;
    };
    let lower = body.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find("</").map(|p| p + from) {
        let name_start = p + 2;
        let name_end = lower[name_start..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .map_or(lower.len(), |e| e + name_start);
        if HTML_BLOCKS.contains(&&lower[name_start..name_end]) {
            if let Some(close) = lower[name_end..].find('>') {
                return block.start..block.start + name_end + close + 1;
            }
        }
        from = name_start;
    }
    block
}

const USAGE: &str = "write it as <!-- claimcheck: ignore RULE reason=\"why\" -->";

/// Parses what follows `claimcheck:` into what it asks, rule ids and a reason, or says
/// what is wrong.
fn parse_body(rest: &str) -> Result<(Verb, Vec<RuleId>, String), String> {
    let rest = rest.trim_start();
    let word = rest.split_whitespace().next().unwrap_or("");
    let verb = match word {
        "ignore" => Verb::Next,
        "ignore-file" => Verb::File,
        "off" => Verb::Off,
        "on" => Verb::On,
        _ => return Err(format!("unknown claimcheck directive {word:?}; {USAGE}")),
    };
    let rest = &rest[word.len()..];
    if verb == Verb::On {
        // `on` ends blocks; it silences nothing, so it needs no reason
        let ids: Vec<&str> = rest
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .collect();
        let rules = ids
            .iter()
            .map(|id| id.parse::<RuleId>().map_err(|_| unknown_rule(id)))
            .collect::<Result<Vec<_>, _>>()?;
        return Ok((Verb::On, rules, String::new()));
    }
    let (ids, reason) = match rest.find("reason=") {
        Some(p) => (&rest[..p], Some(&rest[p + "reason=".len()..])),
        None => (rest, None),
    };
    let ids: Vec<&str> = ids
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .collect();
    if ids.is_empty() {
        return Err(format!("the suppression names no rule; {USAGE}"));
    }
    let mut rules = Vec::with_capacity(ids.len());
    for id in &ids {
        match id.parse::<RuleId>() {
            Ok(rule) => rules.push(rule),
            Err(_) => return Err(unknown_rule(id)),
        }
    }
    let named = ids.join(", ");
    let reason = reason.and_then(quoted).map(str::trim).unwrap_or("");
    if reason.is_empty() {
        return Err(format!(
            "the suppression of {named} gives no reason, so it suppresses nothing; {USAGE}"
        ));
    }
    Ok((verb, rules, reason.to_string()))
}

/// What is wrong with a suppression naming `id`, which is not a rule, with the nearest
/// rule id as a hint.
fn unknown_rule(id: &str) -> String {
    let hint = nearest_rule(id)
        .map(|r| format!("did you mean `{r}`? "))
        .unwrap_or_default();
    format!(
        "the suppression names {id:?}, which is not a rule ({hint}`claimcheck explain` lists them); {USAGE}"
    )
}

/// The rule id nearest to a misspelt `id` (at most a quarter of its letters off), for a
/// "did you mean" hint.
fn nearest_rule(id: &str) -> Option<&'static str> {
    RuleId::ALL
        .iter()
        .map(|r| (edit_distance(id, r.as_str()), r.as_str()))
        .filter(|(d, _)| *d * 4 <= id.chars().count().max(4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, r)| r)
}

/// Levenshtein distance in characters (ids are short: one row is enough).
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The text between a leading quote mark (`"`, `'`, `“` or `‘`) and its closing one.
fn quoted(s: &str) -> Option<&str> {
    let s = s.trim_start();
    let (open, close) = match s.chars().next()? {
        '"' => ('"', '"'),
        '\'' => ('\'', '\''),
        '“' => ('“', '”'),
        '‘' => ('‘', '’'),
        _ => return None,
    };
    let inner = &s[open.len_utf8()..];
    inner.find(close).map(|end| &inner[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(text: &str) -> Document {
        Document::from_text("a.md", text, Format::Markdown)
    }

    /// A fake finding of `rule` over the first occurrence of `needle`.
    fn at(doc: &Document, rule: &str, needle: &str) -> Finding {
        let start = doc.text.find(needle).unwrap();
        let mut f = Finding::new(
            rule.parse().unwrap(),
            doc,
            start..start + needle.len(),
            "fake",
        );
        f.fill_fingerprint(&doc.text);
        f
    }

    const ARTICLE: &str = "The council approved 40 new homes.\n\n<!-- claimcheck: ignore record/unsourced reason=\"figure from the minutes, record pending\" -->\nThe plan adds 12 parks and 3 schools.\n\nA further 7 parks were refused.\n";

    #[test]
    fn silences_the_rule_in_the_next_paragraph_only() {
        let doc = md(ARTICLE);
        let findings = vec![
            at(&doc, "record/unsourced", "40"),
            at(&doc, "record/unsourced", "12"),
            at(&doc, "arithmetic/sum", "3 schools"),
            at(&doc, "record/unsourced", "7"),
        ];
        let (kept, suppressed) = apply_inline(&doc, findings);
        let kept: Vec<(&str, &str)> = kept
            .iter()
            .map(|f| (f.rule.as_str(), doc.slice(f.span.clone())))
            .collect();
        assert_eq!(
            kept,
            vec![
                ("record/unsourced", "40"),
                ("arithmetic/sum", "3 schools"),
                ("record/unsourced", "7"),
            ]
        );
        assert_eq!(suppressed.len(), 1);
        assert_eq!(suppressed[0].rule, "record/unsourced");
        assert_eq!(doc.line_col(suppressed[0].span.start).0, 4);
        assert_eq!(suppressed[0].by, "inline");
        assert_eq!(
            suppressed[0].reason.as_deref(),
            Some("figure from the minutes, record pending")
        );
        assert!(malformed(&doc).is_empty());
    }

    #[test]
    fn several_rules_in_one_comment() {
        let doc = md("<!-- claimcheck: ignore record/unsourced, arithmetic/sum reason=\"x\" -->\nThe plan adds 12 parks and 3 schools.\n");
        let findings = vec![
            at(&doc, "record/unsourced", "12"),
            at(&doc, "arithmetic/sum", "3 schools"),
        ];
        let (kept, suppressed) = apply_inline(&doc, findings);
        assert!(kept.is_empty());
        assert_eq!(suppressed.len(), 2);
    }

    #[test]
    fn single_quotes_hold_a_reason_and_a_typo_gets_a_hint() {
        assert_eq!(
            parse_body(" ignore record/unsourced reason='the minutes, page 4' "),
            Ok((
                Verb::Next,
                vec![RuleId::Unsourced],
                "the minutes, page 4".to_string()
            ))
        );
        assert_eq!(
            parse_body(" ignore record/unsourced reason=‘agency’ "),
            Ok((Verb::Next, vec![RuleId::Unsourced], "agency".to_string()))
        );
        assert_eq!(
            parse_body(" ignore record/unsorced reason='x' "),
            Err("the suppression names \"record/unsorced\", which is not a rule (did you mean `record/unsourced`? `claimcheck explain` lists them); write it as <!-- claimcheck: ignore RULE reason=\"why\" -->".to_string())
        );
        assert_eq!(nearest_rule("nothing/like-it"), None);
    }

    #[test]
    fn missing_reason_is_an_error_and_suppresses_nothing() {
        let doc =
            md("Intro.\n\n<!-- claimcheck: ignore record/unsourced -->\nThe plan adds 12 parks.\n");
        let bad = malformed(&doc);
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].rule, "input/suppression");
        assert_eq!(doc.line_col(bad[0].span.start), (3, 1));
        assert_eq!(
            bad[0].message,
            "the suppression of record/unsourced gives no reason, so it suppresses nothing; write it as <!-- claimcheck: ignore RULE reason=\"why\" -->"
        );
        let (kept, suppressed) = apply_inline(&doc, vec![at(&doc, "record/unsourced", "12")]);
        assert_eq!(kept.len(), 1);
        assert!(suppressed.is_empty());
    }

    #[test]
    fn empty_reason_and_unknown_rule_are_errors() {
        let doc = md("<!-- claimcheck: ignore record/unsourced reason=\"  \" -->\nA.\n\n<!-- claimcheck: ignore record/unsorced reason=\"typo\" -->\nB.\n\n<!-- claimcheck: silence record/unsourced -->\nC.\n");
        let bad = malformed(&doc);
        let lines: Vec<usize> = bad.iter().map(|f| doc.line_col(f.span.start).0).collect();
        assert_eq!(lines, vec![1, 4, 7]);
        assert!(bad[1]
            .message
            .contains("\"record/unsorced\", which is not a rule"));
        assert!(bad[2]
            .message
            .starts_with("unknown claimcheck directive \"silence\""));
    }

    #[test]
    fn other_comments_and_plain_text_are_left_alone() {
        let doc = md("<!-- editor: check with the desk -->\nThe plan adds 12 parks.\n");
        assert_eq!(directives(&doc), (Vec::new(), Vec::new()));
        let txt = Document::from_text(
            "a.txt",
            "The plan adds 12 parks. <!-- claimcheck: ignore record/unsourced reason=\"x\" -->\n",
            Format::Text,
        );
        assert_eq!(directives(&txt), (Vec::new(), Vec::new()));
    }

    #[test]
    fn in_plain_text_a_line_that_is_only_a_directive_is_one() {
        let text = "Intro with 1 figure.\n\n<!-- claimcheck: ignore record/unsourced reason=\"minutes, page 4\" -->\nThe plan adds 12 parks.\n\nA further 7 parks were refused.\n";
        let doc = Document::from_text("a.txt", text, Format::Text);
        let findings = vec![
            at(&doc, "record/unsourced", "1 figure"),
            at(&doc, "record/unsourced", "4"),
            at(&doc, "record/unsourced", "12"),
            at(&doc, "record/unsourced", "7"),
        ];
        let (kept, suppressed) = apply_inline(&doc, findings);
        assert_eq!(
            kept_of(&doc, &kept),
            vec![("record/unsourced", "1 figure"), ("record/unsourced", "7")]
        );
        assert_eq!(suppressed.len(), 1);
        assert_eq!(doc.slice(suppressed[0].span.clone()), "12");
    }

    #[test]
    fn html_comments_work_too() {
        let doc = Document::from_text(
            "a.html",
            "<p>One.</p>\n<!-- claimcheck: ignore record/unsourced reason=\"agency figure\" -->\n<p>The plan adds 12 parks.</p>\n",
            Format::Html,
        );
        let (kept, suppressed) = apply_inline(&doc, vec![at(&doc, "record/unsourced", "12")]);
        assert!(kept.is_empty());
        assert_eq!(suppressed.len(), 1);
    }

    #[test]
    fn in_html_only_the_next_element_is_silenced() {
        let doc = Document::from_text(
            "a.html",
            "<!-- claimcheck: ignore record/unsourced reason=\"agency figure\" -->\n<P>The plan adds 12 parks.</P>\n<p>It adds 7 pools.</p>\n",
            Format::Html,
        );
        let findings = vec![
            at(&doc, "record/unsourced", "12"),
            at(&doc, "record/unsourced", "7"),
        ];
        let (kept, suppressed) = apply_inline(&doc, findings);
        assert_eq!(kept.len(), 1);
        assert_eq!(doc.slice(kept[0].span.clone()), "7");
        assert_eq!(suppressed.len(), 1);
        assert_eq!(doc.line_col(suppressed[0].span.start).0, 2);
    }

    #[test]
    fn unclosed_comment_is_not_a_directive() {
        let doc =
            md("<!-- claimcheck: ignore record/unsourced reason=\"x\"\nThe plan adds 12 parks.\n");
        assert_eq!(directives(&doc), (Vec::new(), Vec::new()));
    }

    /// The rule and text of each kept finding.
    fn kept_of<'d>(doc: &'d Document, kept: &[Finding]) -> Vec<(&'static str, &'d str)> {
        kept.iter()
            .map(|f| (f.rule.as_str(), doc.slice(f.span.clone())))
            .collect()
    }

    const BLOCK: &str = "Intro with 1 figure.\n\n<!-- claimcheck: off record/unsourced reason=\"council minutes, records pending\" -->\n\nThe plan adds 12 parks.\n\nIt also adds 3 schools.\n\n<!-- claimcheck: on record/unsourced -->\n\nA further 7 parks were refused.\n";

    #[test]
    fn off_silences_until_on_and_no_further() {
        let doc = md(BLOCK);
        let findings = vec![
            at(&doc, "record/unsourced", "1 figure"),
            at(&doc, "record/unsourced", "12"),
            at(&doc, "arithmetic/sum", "3 schools"),
            at(&doc, "record/unsourced", "3 schools"),
            at(&doc, "record/unsourced", "7"),
        ];
        let (kept, suppressed) = apply_inline(&doc, findings);
        assert_eq!(
            kept_of(&doc, &kept),
            vec![
                ("record/unsourced", "1 figure"),
                ("arithmetic/sum", "3 schools"),
                ("record/unsourced", "7"),
            ]
        );
        assert_eq!(suppressed.len(), 2);
        assert!(malformed(&doc).is_empty());
    }

    #[test]
    fn off_without_on_holds_to_the_end_and_ignore_file_covers_all() {
        let doc = md("Intro with 1 figure.\n\n<!-- claimcheck: off arithmetic/sum reason='tables checked by hand' -->\n\nA 2 and 3 make 6.\n\nLater 9.\n");
        let findings = vec![
            at(&doc, "arithmetic/sum", "1 figure"),
            at(&doc, "arithmetic/sum", "6"),
            at(&doc, "arithmetic/sum", "9"),
        ];
        let (kept, _) = apply_inline(&doc, findings);
        assert_eq!(kept_of(&doc, &kept), vec![("arithmetic/sum", "1 figure")]);

        let doc = md("Intro with 1 figure.\n\nA 2 and 3 make 6.\n\n<!-- claimcheck: ignore-file record/unsourced reason=\"wire copy, sourced by the agency\" -->\n");
        let findings = vec![
            at(&doc, "record/unsourced", "1 figure"),
            at(&doc, "record/unsourced", "6"),
            at(&doc, "arithmetic/sum", "6"),
        ];
        let (kept, suppressed) = apply_inline(&doc, findings);
        assert_eq!(kept_of(&doc, &kept), vec![("arithmetic/sum", "6")]);
        assert_eq!(suppressed.len(), 2);
    }

    #[test]
    fn a_suppression_that_silences_nothing_is_reported_unless_its_rule_was_off() {
        let doc = md(ARTICLE);
        let findings = vec![at(&doc, "record/unsourced", "40")];
        let (kept, suppressed) = apply_inline_reporting_unused(&doc, findings.clone(), |_| true);
        assert!(suppressed.is_empty());
        let got: Vec<(&str, usize, String)> = kept
            .iter()
            .map(|f| {
                (
                    f.rule.as_str(),
                    doc.line_col(f.span.start).0,
                    f.message.clone(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("record/unsourced", 1, "fake".to_string()),
                ("suppress/unused", 3, "this suppression of record/unsourced silences nothing: no such finding is in what it covers; remove it, or move it to the paragraph it was meant for".to_string()),
            ]
        );
        let (kept, _) = apply_inline_reporting_unused(&doc, findings, |r| r != RuleId::Unsourced);
        assert_eq!(kept.len(), 1);
    }

    #[test]
    fn on_needs_no_reason_but_other_verbs_do() {
        let doc = md("<!-- claimcheck: off record/unsourced -->\n\nText 4.\n\n<!-- claimcheck: on -->\n\n<!-- claimcheck: ignore-file arithmetc/sum reason=\"x\" -->\n");
        let bad: Vec<String> = malformed(&doc).into_iter().map(|f| f.message).collect();
        assert_eq!(bad.len(), 2, "{bad:?}");
        assert!(bad[0].contains("gives no reason"), "{bad:?}");
        assert!(bad[1].contains("did you mean `arithmetic/sum`"), "{bad:?}");
    }
}
