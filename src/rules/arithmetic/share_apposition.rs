//! `arithmetic/share` set in apposition: a share given twice side by side, or beside the
//! amount it is of. "Nearly two thirds - 65% - of the 1,000 people" (the words against the
//! percentage), "only 2% of MPs - 13 out of 659 - are" (the percentage against the
//! ratio), "more than half the surplus, 6.962 trillion yen" and "to £640m, almost a third
//! of the total" (the part against the whole the sentence gave before).

use std::sync::LazyLock;

use regex::Regex;

use crate::frame::relation::{Ratio, Relation, Restated, Share};
use crate::frame::Frames;
use crate::interval::{is_share_of_counts, is_word_fraction};
use crate::pattern::compile_all;
use crate::rules::figure::{self, said, Interval, Skeleton, Tolerance};
use crate::rules::mismatch::{Mismatch, Side};

static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile_all(&[
        // nearly two thirds - 65% -; a third (34%)
        r"#p(?P<w>\d+)#(?: - | \(|, )(?:or )?#p(?P<c>\d+)#",
        // a third of adults (34%); four in 10 voters, or 41%, (the group between, and
        // the percentage closing the aside: "(45% of men)" is a share of another whole)
        r"#p(?P<w>\d+)# (?:of (?:the |all |those |these )?)?[A-Za-z'-]+(?: [A-Za-z'-]+){0,2}(?: - | \(|, or )#p(?P<c>\d+)#(?:\)| -|,|\.|$)",
        // nearly half of those polled, 48%, said; half of the 1,000 adults asked, 52%,
        // said (the percentage set off by commas on both sides)
        r"#p(?P<w>\d+)# of (?:the |all |those |these )?(?:#n\d+# )?[a-z'-]+(?: [a-z'-]+){0,4}, #p(?P<c>\d+)#,",
        // cancelled 3.5% of services, or about one in 30: the percentage first, restated
        // in words after it
        r"#p(?P<c>\d+)# of (?:the |all |those |these |its |their )?[a-z'-]+(?: [a-z'-]+){0,2},? or (?:about |around |roughly |some |nearly |almost |just over |just under )?#p(?P<w>\d+)#(?:,|\.|$| -|\))",
        // 2% of MPs - 13 out of 659 -
        r"#p(?P<c2>\d+)# of [a-z' ]{1,30}?(?: - | \(|, )#n(?P<r>\d+)#",
        // B ..., with more than half the surplus, A
        // (the comma sets the part in apposition: in "a tenth of the usual 20,000 trains"
        // the figure is the whole)
        r"#[nm](?P<b>\d+)#[^#.;]{0,80}?,? (?:with )?#p(?P<f>\d+)# (?:of )?(?:the |its |their )(?P<what>[a-z]+), #[nm](?P<a>\d+)#",
        // sales rose 3% to B, with online sales up 11% to A, almost a third of the total
        // (the part before its fraction; percentages of change may stand between)
        r"#[nm](?P<b>\d+)#(?:[^#.;]|#p\d+#){0,80}?#[nm](?P<a>\d+)#,? #p(?P<f>\d+)# of (?:the |its |their )(?P<what>[a-z]+)\b",
    ])
});

/// The relations of shares set in apposition in `skel`.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    if !skel.has_percent() {
        return;
    }
    let id = |c| frames.id_of(c);
    for re in PATTERNS.iter() {
        for cap in re.captures_iter(&skel.text) {
            if let (Some(w), Some(c)) = (skel.captured(&cap, "w"), skel.captured(&cap, "c")) {
                let digits = |t: &str| t.bytes().any(|b| b.is_ascii_digit());
                if (is_word_fraction(w) || is_share_of_counts(w)) && digits(&c.text) {
                    if let (Some(words), Some(stated)) = (id(w), id(c)) {
                        out.push(Relation::Restated(Restated { words, stated }));
                    }
                }
            }
            if let (Some(c), Some(r)) = (skel.captured(&cap, "c2"), skel.captured(&cap, "r")) {
                if r.text.contains(" out of ") {
                    if let (Some(ratio), Some(stated)) = (id(r), id(c)) {
                        out.push(Relation::Ratio(Ratio { ratio, stated }));
                    }
                }
            }
            let (Some(b), Some(f), Some(a), Some(what)) = (
                skel.captured(&cap, "b"),
                skel.captured(&cap, "f"),
                skel.captured(&cap, "a"),
                cap.name("what"),
            ) else {
                continue;
            };
            // the whole must be what the sentence named before it: "the surplus"
            let names_whole = frames
                .id_of(b)
                .and_then(|i| frames.get(i))
                .is_some_and(|fb| {
                    let before = skel.text.get(..cap.get(0).map_or(0, |m| m.start()) + 1);
                    let lead = crate::lexicon::lemma(what.as_str());
                    what.as_str() == "total"
                        || fb.frame.measure.noun() == Some(lead.as_ref())
                        || before.is_some_and(|t| t.contains(what.as_str()))
                });
            if is_word_fraction(f) && names_whole && figure::comparable(a, b) {
                if let (Some(part), Some(whole), Some(stated)) = (id(a), id(b), id(f)) {
                    out.push(Relation::Share(Share {
                        part,
                        whole,
                        stated: Some(stated),
                    }));
                }
            }
        }
    }
}

/// The mismatch between a share in words and the percentage stated beside it.
pub(crate) fn judge_restated(frames: &Frames<'_>, rel: &Restated) -> Option<Mismatch> {
    let (w, c) = (frames.claim(rel.words)?, frames.claim(rel.stated)?);
    let words = Interval::of(w, Tolerance::Stated)?;
    let stated = Interval::of(c, Tolerance::Arithmetic)?;
    if words.overlaps(&stated) {
        return None;
    }
    Some(
        Mismatch::computed(
            super::SHARE.id,
            c.start..c.end,
            format!("'{}'", said(w)),
            figure::stated_pct_range(words),
            Side::copy(said(c)),
        )
        .related(w, format!("the share in words, {}", said(w)))
        .tolerance(
            Tolerance::Arithmetic,
            Some("a share in words read as ±15% of itself, \"nearly\" as 80% to 102% of it".into()),
        )
        .key([said(w), said(c)]),
    )
}
