//! `figure/malformed`: a figure whose digits a comma breaks where no figure has one
//! ("£135,00", "$1,8923"), or whose point has no digits after it ("£17.m"). The slip
//! leaves the reader, and every other rule, a different number from the one meant, and
//! no record or sum can show it.

use std::ops::Range;

use crate::document::Document;
use crate::extract::Claim;
use crate::frame::relation::{Malformed, Relation};
use crate::frame::Frames;
use crate::rules::mismatch::{Mismatch, Side};

/// `figure/malformed`: A figure broken by a comma or a point where no figure has one.
pub const MALFORMED: crate::rules::Rule = crate::rules::Rule {
    id: crate::rules::RuleId::Malformed,
    default_severity: crate::finding::Severity::Warning,
    summary:
        "A figure broken by a comma or a point where no figure has one: \"£135,00\", \"£17.m\".",
    doc: r#"Checks the digit groups of every amount, count and percentage: a comma inside a figure
is followed by three digits ("1,350", "12,500,000"). Two digits after it ("£135,00"), or
four or more ("$1,8923"), are a slip: a digit dropped from a thousands group, or a
decimal comma where the copy's style takes a point. So is a point with no digits after it,
glued to a scale word ("£17.m", "4.bn"), and a space that cuts a thousands group off a
sum of money or off "000" ("£507, 596", "$30, 000"). The figure is read as the digits
before the comma or the point, so every other check reads a different number from the
one meant.

Left alone: a single digit after the comma ("1,2"), which is as often a list as a slip;
runs of numbers ("22,24,26") and Indian grouping ("12,34,567"); scores and ranges ("6-1,6-4",
"10-12,15"); figures glued to letters or other marks (codes, versions, times "10:30,45");
and dates and years ("May 15,16", "2004,05"). After a comma and a space, a count other
than "000" ("aged 12, 150 more joined"), and a group that a list goes on from ("£400, 500
and 600", "sizes 147, 156, 166").

**Why.** A broken figure is a wrong figure that looks like a typo only to a careful reader;
"$110,00" may be $110.00 or $110,000.

**Example.**

    The suits sold for $110,00 (£59,000) at auction.

'$110,00' has two digits after its comma, where a thousands group has three.

**Fix.** Restore the dropped digit ("$110,000", "£17.5m") or write the decimal with a
point ("$110.00")."#,
};

/// Every quantity whose digits run on past a comma or a point into a group no figure has.
pub(crate) fn recognise(doc: &Document, frames: &Frames<'_>, out: &mut Vec<Relation>) {
    let prose = doc.prose();
    for f in &frames.figures {
        if !f.claim.kind.is_quantity() {
            continue;
        }
        let (start, end) = (f.claim.start, f.claim.end);
        let money = f.claim.currency.is_some();
        if let Some(group) = broken_group(prose, start, end)
            .or_else(|| empty_decimal(prose, end))
            .or_else(|| spaced_group(prose, start, end, money))
        {
            out.push(Relation::Malformed(Malformed {
                figure: f.id,
                group,
            }));
        }
    }
}

/// The finding for a figure and the broken group after it.
pub(crate) fn judge(doc: &Document, frames: &Frames<'_>, rel: &Malformed) -> Option<Mismatch> {
    let figure: &Claim = frames.claim(rel.figure)?;
    let prose = doc.prose();
    // the figure's last word, without the qualifier before it ("up to £135")
    let own = figure.start
        + prose
            .get(figure.start..figure.end)?
            .rfind(char::is_whitespace)
            .map_or(0, |k| k + 1);
    let span = own..rel.group.end;
    let written = prose.get(span.clone())?;
    let read_as = prose.get(own..figure.end)?;
    let message = if prose.as_bytes().get(rel.group.start) == Some(&b'.') {
        format!("'{written}' has a point with no digits after it; it is read as {read_as}")
    } else if prose.as_bytes().get(rel.group.start + 1) == Some(&b' ') {
        format!("'{written}' has a space inside it, after its comma; it is read as {read_as}")
    } else {
        // (the group holds the comma and the digits after it)
        let digits = match rel.group.len().saturating_sub(1) {
            2 => "two".to_string(),
            4 => "four".to_string(),
            n => n.to_string(),
        };
        format!(
            "'{written}' has {digits} digits after its comma, where a thousands group has three; it is read as {read_as}"
        )
    };
    Some(
        Mismatch::new(crate::rules::RuleId::Malformed, span, message)
            .copy(Side::copy(written))
            .note("a comma inside a figure is followed by three digits, a decimal point by one or more")
            .key([written]),
    )
}

/// The comma that ends the figure at `start..end` and the digits after it, when they
/// make a group no figure has: the figure's own digits a well-formed run ("135",
/// "1,000") that starts the number, and after the comma two digits, or four or more, that
/// end it.
fn broken_group(prose: &str, start: usize, end: usize) -> Option<Range<usize>> {
    let b = prose.as_bytes();
    if b.get(end) != Some(&b',') || !well_formed_head(prose, start, end)? {
        return None;
    }
    let tail = end + 1;
    let digits = b
        .get(tail..)?
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(digits == 2 || digits >= 4) {
        return None;
    }
    // nor after: a range or score ("6,4-6"), a further group or a decimal ("1,00.5")
    let after = prose.get(tail + digits..)?;
    let glued_number = |mark: char| {
        after
            .strip_prefix(mark)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    };
    if after.starts_with(['-', '–', '—', '/', ':']) || glued_number(',') || glued_number('.') {
        return None;
    }
    Some(end..tail + digits)
}

/// The comma after the figure at `start..end`, a space and a thousands group of three
/// digits that the space cut off ("£507, 596", "$30, 000"): a figure typed or converted
/// with a gap. Only where no list can be meant: the figure is money (a list of sums
/// repeats the currency sign) or the group is "000", which no one writes alone; and no
/// further number, "and" or "or" follows the group.
fn spaced_group(prose: &str, start: usize, end: usize, money: bool) -> Option<Range<usize>> {
    let b = prose.as_bytes();
    if b.get(end..end + 2) != Some(b", ".as_slice()) || !well_formed_head(prose, start, end)? {
        return None;
    }
    let tail = end + 2;
    let group = b.get(tail..tail + 3)?;
    if !group.iter().all(u8::is_ascii_digit) || !(money || group == b"000") {
        return None;
    }
    let after = prose.get(tail + 3..)?;
    if after.starts_with(|c: char| c.is_alphanumeric() || "-–—/:,.".contains(c)) {
        return None;
    }
    let next_word = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let list_goes_on = ["and", "or", "to"].contains(&next_word)
        || next_word.starts_with(|c: char| c.is_ascii_digit());
    (!list_goes_on).then_some(end..tail + 3)
}

/// Whether the figure ending at `end` is a run of digits with well-formed thousands
/// groups that starts the number ("135", "1,000"), with nothing glued before it that makes
/// it a code, score, range, time or part of another number.
fn well_formed_head(prose: &str, start: usize, end: usize) -> Option<bool> {
    let b = prose.as_bytes();
    if !b.get(end.checked_sub(1)?)?.is_ascii_digit() {
        return Some(false);
    }
    let head_from = (start..end)
        .rev()
        .take_while(|&k| b[k].is_ascii_digit() || b[k] == b',')
        .last()?;
    let head = prose.get(head_from..end)?;
    let mut groups = head.split(',');
    let first = groups.next()?;
    if !(1..=3).contains(&first.len()) || groups.any(|g| g.len() != 3) {
        return Some(false);
    }
    let before = prose.get(..head_from)?;
    Some(!before.ends_with(|c: char| c.is_alphanumeric() || "-–—:/.,'’".contains(c)))
}

/// The point after the figure ending at `end` and the scale word glued to it, with no
/// digits between ("£17.m", "4.bn"): a decimal that lost its digits.
fn empty_decimal(prose: &str, end: usize) -> Option<Range<usize>> {
    let b = prose.as_bytes();
    if b.get(end) != Some(&b'.') || !b.get(end.checked_sub(1)?)?.is_ascii_digit() {
        return None;
    }
    let after = prose.get(end + 1..)?;
    let scale = ["bn", "mn", "tn", "m", "k"]
        .into_iter()
        .find(|s| after.starts_with(s))?;
    let rest = after.get(scale.len()..)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None; // "1.mp3", "3.km"
    }
    Some(end..end + 1 + scale.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The broken group after `figure`, the first of its kind in `text`.
    fn group<'a>(text: &'a str, figure: &str) -> Option<&'a str> {
        let start = text.find(figure)?;
        let end = start + figure.len();
        let money = figure.starts_with(['£', '$']);
        broken_group(text, start, end)
            .or_else(|| empty_decimal(text, end))
            .or_else(|| spaced_group(text, start, end, money))
            .map(|g| &text[g])
    }

    #[test]
    fn a_group_of_two_or_four_digits_after_a_comma_is_broken() {
        assert_eq!(group("sold for £135,00 in all", "£135"), Some(",00"));
        assert_eq!(group("at $1,8923.", "$1"), Some(",8923"));
        assert_eq!(group("cost 12,50 euros", "12"), Some(",50"));
        assert_eq!(group("some 1,000,00 people", "1,000"), Some(",00"));
        assert_eq!(group("some 1,000,00 people", "1"), None);
    }

    #[test]
    fn a_point_glued_to_a_scale_word_with_no_digits_is_broken() {
        assert_eq!(group("took $33.1m (£17.m) in all", "£17"), Some(".m"));
        assert_eq!(group("worth 4.bn, they said", "4"), Some(".bn"));
        assert_eq!(group("worth 4.5bn, they said", "4.5"), None);
    }

    #[test]
    fn a_space_that_cuts_off_a_thousands_group_is_broken() {
        assert_eq!(group("made £507, 596 in a week", "£507"), Some(", 596"));
        assert_eq!(group("less than $30, 000 (£15,000)", "$30"), Some(", 000"));
        assert_eq!(group("some 40, 000 people", "40"), Some(", 000"));
    }

    #[test]
    fn lists_scores_codes_and_single_digits_are_left_alone() {
        for text in [
            ("lost 1-6,4-6 in the final", "6"),
            ("pages 3,4 and 9", "3"),
            ("numbers 22,24,26 were drawn", "22"),
            ("version A1,20 of the code", "1"),
            ("at 10:30,45 seconds", "30"),
            ("scores of 6,45-40", "6"),
            ("rates of 1,25.5", "1"),
            ("in 2004,05 and 2006", "2004"),
            ("about 1234,56 tonnes", "1234"),
            ("the file track1.mp3 played", "1"),
            ("it ran for 3.km along", "3"),
            ("born in 1954.Many years on", "1954"),
            ("aged 12, 150 more joined", "12"),
            ("rents of £400, 500 and 600", "£400"),
            ("models 147, 156, 166", "147"),
            ("paid £40, 500m more", "£40"),
        ] {
            let (text, figure) = text;
            assert_eq!(group(text, figure), None, "{text}");
        }
    }
}
