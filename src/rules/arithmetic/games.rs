//! `arithmetic/sum` for a playing record: the games won, drawn and lost against the
//! games played. "Played 31, won 14, drawn 9 and lost 10" adds up to 33, not 31. A record
//! that names its draws covers every game, so a sum short of the total is wrong as well;
//! wins and defeats alone ("won 14 of their 31 games and lost 10") leave room for draws,
//! and only a sum above the total is.

use std::sync::LazyLock;

use regex::Regex;

use crate::frame::relation::{Relation, Sum};
use crate::frame::Frames;
use crate::lexicon;
use crate::pattern::compile;
use crate::rules::figure::Skeleton;

/// The draws of a record, when it gives them, between its wins and its defeats.
const DRAWS: &str = r"(?:(?:drew|drawn|drawing|draws|tied|tying) {N:d}(?: [a-z]+)?,? )?";
/// Its defeats, and the draws when they are given after them ("losing five and drawing
/// three", "lost 10 and drew 9"), captured as `e`.
const DEFEATS: &str = r"(?:and )?(?:lost|losing|loses) {N:l}(?:(?: [a-z]+)?,? (?:and )?(?:drew|drawing|tied|tying) {N:e})?";
/// A possessive or article before the games played.
const OWNER: &str = r"(?:the |its |their |his |her |all |all the )?";

/// The nouns of the results themselves ("15 wins, 6 draws and 12 defeats").
const RESULT_NOUNS: &[&str] = &[
    "wins",
    "win",
    "victories",
    "draws",
    "ties",
    "defeats",
    "losses",
];

/// Each phrasing of a record, captured as `t` (played), `w`, `d` or `e` (the draws, when
/// given) and `l`.
static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // played 31 games, winning 14, drawing 9 and losing 10; of their 31 games, they
        // won 14, drew 9 and lost 10
        format!(
            r"\b(?:played|playing|plays|from|in|of|after|over) {OWNER}{{N:t}}(?: [a-z'-]+){{0,3}}?,? (?:[a-z]+ ){{0,2}}?(?:won|winning|wins) {{N:w}}(?: [a-z]+)?,? {DRAWS}{DEFEATS}"
        ),
        // won 14 of its 31 games, drew 9 and lost 10
        format!(
            r"\b(?:won|winning|wins) {{N:w}} (?:of|from|out of) {OWNER}{{N:t}}(?: [a-z'-]+){{0,5}}?,? {DRAWS}{DEFEATS}"
        ),
        // won 14, drew 9 and lost 10 of their 31 games: the games played last
        format!(
            r"\b(?:won|winning|wins) {{N:w}}(?: [a-z]+)?,? {DRAWS}{DEFEATS} (?:of|from|out of|in) {OWNER}{{N:t}}"
        ),
        // 14 wins, 9 draws and 10 defeats from 31 games
        format!(
            r"{{N:w}} (?:wins|victories),? (?:{{N:d}} (?:draws|ties),? )?and {{N:l}} (?:defeats|losses) (?:from|in|out of) {OWNER}{{N:t}}"
        ),
    ]
    .iter()
    .map(|p| compile(p))
    .collect()
});

/// Words without which no pattern can match.
static HINT: LazyLock<Regex> = LazyLock::new(|| compile(r"\bw[io]n|victor"));

/// A [`Sum`] for every playing record in `skel`: its wins, draws and defeats against
/// its games played.
pub(crate) fn recognise(frames: &Frames<'_>, skel: &Skeleton<'_>, out: &mut Vec<Relation>) {
    if skel.figs.len() < 3 || !HINT.is_match(&skel.text) {
        return;
    }
    for re in PATTERNS.iter() {
        for cap in re.captures_iter(&skel.text) {
            let id = |group: &str| skel.captured(&cap, group).and_then(|c| frames.id_of(c));
            let (Some(total), Some(won), Some(lost)) = (id("t"), id("w"), id("l")) else {
                continue;
            };
            let drawn = id("d").or_else(|| id("e"));
            let parts: Vec<_> = [Some(won), drawn, Some(lost)]
                .into_iter()
                .flatten()
                .collect();
            // "won 20 of its 31 games, lost 15 players": a part that counts something
            // else of its own is no result
            let total_unit = frames.claim(total).and_then(|c| c.unit.as_deref());
            let counts_other = |part| {
                frames
                    .claim(part)
                    .and_then(|c| c.unit.as_deref())
                    .is_some_and(|u| {
                        !RESULT_NOUNS.contains(&u)
                            && total_unit.is_none_or(|t| !lexicon::same_lemma(t, u))
                    })
            };
            if parts.iter().any(|&p| counts_other(p)) {
                continue;
            }
            out.push(Relation::Sum(Sum {
                total,
                parts,
                whole: drawn.is_some(),
            }));
        }
    }
}
