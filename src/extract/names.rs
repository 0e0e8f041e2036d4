//! What makes digits part of a name, a code or a score rather than a figure: "COVID-19",
//! "Title 42", "No. 10", phone numbers, "won 2-1", set scores, sentence openings.

use super::numeral::Cx;
use super::patterns::name_word;
use super::token::TokKind;

pub(super) const SCORE_WORDS: &[&str] = &[
    "won",
    "lost",
    "beat",
    "beating",
    "drew",
    "draw",
    "defeated",
    "trailed",
    "led",
    "leading",
    "score",
    "scored",
    "victory",
    "win",
    "defeat",
    "thrashed",
    "scoreline",
    "loss",
    "lead",
    "beats",
    "drawing",
    "draws",
    "losing",
    "winning",
    "wins",
    "trailing",
];

/// The end of a run of glued digit groups joined by `- / . –` (codes, phone numbers).
pub(super) fn chain_end(cx: &Cx, i: usize) -> usize {
    let mut k = i;
    while matches!(cx.text(k + 1), "-" | "/" | "–" | "." | ":")
        && cx.glued(k + 1)
        && matches!(
            cx.kind(k + 2),
            Some(TokKind::Num | TokKind::Mixed | TokKind::Word)
        )
        && cx.glued(k + 2)
    {
        k += 2;
    }
    k + 1
}

/// Whether token `i` opens a sentence or a quotation.
pub(super) fn sentence_start(cx: &Cx, i: usize) -> bool {
    // (a hyphen inside a word opens nothing: "Half-Life 2", "Spider-Man 2")
    if i >= 2 && cx.text(i - 1) == "-" && cx.glued(i - 1) && cx.glued(i) {
        return false;
    }
    i == 0
        || matches!(
            cx.text(i - 1),
            "." | "!"
                | "?"
                | ":"
                | ";"
                | "\""
                | "“"
                | "”"
                | "'"
                | "‘"
                | "’"
                | "("
                | "—"
                | "–"
                | "-"
                | "•"
                | "*"
                | "#"
                | ">"
        )
}

pub(super) fn weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

#[inline]
pub(super) fn capitalised(s: &str) -> bool {
    s.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
}

/// Whether a word's text ends in a possessive "'s", with a straight or a typographic
/// apostrophe ("Spain's", "Spain’s").
#[inline]
pub(super) fn possessive_s(s: &str) -> bool {
    matches!(
        s.as_bytes(),
        [.., b'\'', b's'] | [.., 0xE2, 0x80, 0x99, b's']
    )
}

/// The word that owns the possessive token `p` ends, if it ends one: "Spain's" (one
/// token), "Wales'" (the word, then the apostrophe), "Spain’ s" as some copy splits it.
pub(super) fn possessive_owner(cx: &Cx, p: usize) -> Option<usize> {
    let t = cx.text(p);
    // Ends in "s", "'" or "’" (whose last byte is 0x99), or it is none.
    if !matches!(t.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return None;
    }
    if cx.kind(p) == Some(TokKind::Word) && t.len() > 2 && possessive_s(t) {
        return Some(p);
    }
    let apostrophe = |j: usize| matches!(cx.text(j), "'" | "’");
    if cx.is(p, "s") && p >= 2 && apostrophe(p - 1) && cx.glued(p) && cx.glued(p - 1) {
        return Some(p - 2);
    }
    (apostrophe(p) && p >= 1 && cx.glued(p) && cx.text(p - 1).ends_with('s')).then(|| p - 1)
}

/// Whether the digits at `i` are part of a name or code rather than a figure.
pub(super) fn digits_in_name(cx: &Cx, i: usize) -> bool {
    let t = cx.text(i);
    // "COVID-19", "F-35", "I-95": a capitalised word hyphenated onto the digits.
    if i >= 2 && matches!(cx.text(i - 1), "-" | "–") && cx.glued(i) && cx.glued(i - 1) {
        let w = cx.text(i - 2);
        if matches!(cx.kind(i - 2), Some(TokKind::Word | TokKind::Mixed))
            && w.bytes().any(|b| b.is_ascii_uppercase())
        {
            return true;
        }
    }
    // "4-4-2", "3-5-2": a team's formation, three or more single digits hyphened.
    let one_digit = |k: usize| cx.kind(k) == Some(TokKind::Num) && cx.text(k).len() == 1;
    let hyphened_digit =
        |k: usize| cx.text(k) == "-" && cx.glued(k) && cx.glued(k + 1) && one_digit(k + 1);
    if one_digit(i) && hyphened_digit(i + 1) && hyphened_digit(i + 3) {
        return true;
    }
    // "737-MAX", "777-200LR": digits hyphenated onto a capitalised word or a model code
    // (digits with two capitals or more that are no unit: "20-25C", "10-15GB" are spans).
    if matches!(cx.text(i + 1), "-") && cx.glued(i + 1) && cx.glued(i + 2) {
        let w = cx.text(i + 2);
        if cx.kind(i + 2) == Some(TokKind::Word)
            && w.len() > 1
            && w.bytes().all(|b| b.is_ascii_uppercase())
        {
            return true;
        }
        if cx.kind(i + 2) == Some(TokKind::Mixed) && model_code(w) {
            return true;
        }
    }
    // "Title 42", "Boeing 737", "No. 10".
    if i >= 1 {
        let p = i - 1;
        if cx.text(p) == "." && p >= 1 && cx.glued(p) && cx.is(p - 1, "no") {
            return true;
        }
        if cx.text(p) == "#" && cx.glued(i) {
            return true;
        }
        // "S&P 500", the share index
        if p >= 2 && cx.text(p) == "P" && cx.text(p - 1) == "&" && cx.text(p - 2) == "S" {
            return cx.glued(p) && cx.glued(p - 1) && !cx.glued(i);
        }
        // "at number 12", "world number seven" (a rank in a list), "Number 10".
        if cx.is(p, "number") {
            return true;
        }
        if cx.kind(p) == Some(TokKind::Word)
            && capitalised(cx.text(p))
            && !cx.glued(i)
            && name_word(cx.lower(p).as_str())
        {
            return true;
        }
        // "iPhone 15", "iPad 2": a product written in camel case, which no sentence
        // starts a count with.
        if cx.kind(p) == Some(TokKind::Word) && !cx.glued(i) && camel_case(cx.text(p)) {
            return true;
        }
    }
    // Leading zero: codes and phone numbers ("020", "007"), not "0.5" or "0".
    t.len() >= 2 && t.starts_with('0') && !t.starts_with("0.")
}

/// Whether a token of digits and letters is a model's code ("200LR", "300ER"): digits,
/// then two capitals or more that are no unit or scale ("10GB", "25MW", "5BN").
fn model_code(w: &str) -> bool {
    let letters = w.trim_start_matches(|c: char| c.is_ascii_digit());
    letters.len() >= 2
        && letters.len() < w.len()
        && letters.bytes().all(|b| b.is_ascii_uppercase())
        && !super::patterns::measure_unit(&letters.to_ascii_lowercase())
        && super::patterns::scale_abbrev(letters).is_none()
}

/// Whether token `p` is a capitalised word of two letters or more that is no month or
/// weekday: a word a name may end with before its digits ("Robocop 2", "Opera 8.0").
pub(super) fn name_word_at(cx: &Cx, p: usize) -> bool {
    let lower = cx.lower(p);
    cx.kind(p) == Some(TokKind::Word)
        && capitalised(cx.text(p))
        && cx.text(p).len() >= 2
        && !super::patterns::month(lower.as_str())
        && !weekday(lower.as_str())
}

/// [`name_word_at`], inside a sentence: a capital there is a name's.
pub(super) fn name_inside_sentence(cx: &Cx, p: usize) -> bool {
    name_word_at(cx, p) && !sentence_start(cx, p)
}

/// Whether the plain digits at tokens `first..=last` are a player's minute in a line-up
/// or a list of scorers: the first of "Terry 17, Gudjohnsen 46" (the rest follow a
/// comma, inside the sentence, where a name's digits are taken anyway); a substitute in
/// brackets, "(Balde 46)", as "(Table 3)" is a label; a replacement, "Everitt for
/// Mapletoft (53)".
pub(super) fn minute_in_a_line_up(cx: &Cx, first: usize, last: usize) -> bool {
    if first == 0 {
        return false;
    }
    let capital_word = |p: usize| cx.kind(p) == Some(TokKind::Word) && capitalised(cx.text(p));
    let first_scorer = !cx.glued(first)
        && capital_word(first - 1)
        && sentence_start(cx, first - 1)
        && cx.text(last + 1) == ","
        && capital_word(last + 2)
        && cx.kind(last + 3) == Some(TokKind::Num)
        && !cx.glued(last + 3);
    let closed = cx.text(last + 1) == ")";
    let substitute = !cx.glued(first)
        && first >= 2
        && cx.text(first - 2) == "("
        && capital_word(first - 1)
        && closed;
    let replacement =
        first >= 3 && cx.text(first - 1) == "(" && closed && replaced_before(cx, first - 2);
    first_scorer || substitute || replacement
}

/// Whether the words ending at token `end` name a player replaced: "for" and one to
/// three words, the last capitalised ("Everitt for Mapletoft", "Paice for van der Walt").
fn replaced_before(cx: &Cx, end: usize) -> bool {
    cx.kind(end) == Some(TokKind::Word)
        && capitalised(cx.text(end))
        && (1..=3).any(|n| {
            end >= n
                && cx.is(end - n, "for")
                && (end - n + 1..=end).all(|k| cx.kind(k) == Some(TokKind::Word))
        })
}

/// Whether the capitalised word at token `p`, which opens a sentence, is a name: the
/// copy nearby writes it capitalised inside a sentence and never in lower case ("Halo 2
/// won", with "Halo" mid-sentence elsewhere; "Byrne 33." after a line-up naming Byrne).
/// "The", "In", "Aged" are written in lower case somewhere, or never inside a sentence.
/// Only the text within [`NAME_WINDOW`] bytes either side is read.
pub(super) fn opens_with_a_name(cx: &Cx, p: usize) -> bool {
    let word = cx.text(p);
    let Some(tok) = cx.toks.get(p) else {
        return false;
    };
    if word.len() < 2 || OPENERS.contains(&cx.lower(p).as_str()) {
        return false;
    }
    let b = cx.s.as_bytes();
    let from = tok.start().saturating_sub(NAME_WINDOW);
    let to = (tok.end() + NAME_WINDOW).min(b.len());
    let Some(window) = b.get(from..to) else {
        return false;
    };
    let whole = |at: usize, len: usize| {
        !window
            .get(at.wrapping_sub(1))
            .is_some_and(u8::is_ascii_alphanumeric)
            && !window.get(at + len).is_some_and(u8::is_ascii_alphanumeric)
    };
    let lower = word.to_ascii_lowercase();
    if memchr::memmem::find_iter(window, lower.as_bytes()).any(|at| whole(at, lower.len())) {
        return false;
    }
    memchr::memmem::find_iter(window, word.as_bytes()).any(|at| {
        from + at != tok.start() && whole(at, word.len()) && inside_a_sentence(&window[..at])
    })
}

/// Whether a word after `before` stands inside a sentence: after a word or a mark that
/// opens none (a single quote, straight or typographic: "the 'Halo 2 flu'"), not after a
/// full stop, a colon, a double quote, a bracket, a digit or another mark outside ASCII.
fn inside_a_sentence(before: &[u8]) -> bool {
    let Some(end) = before.iter().rposition(|c| !c.is_ascii_whitespace()) else {
        return false;
    };
    let c = before[end];
    if c >= 0x80 {
        return end >= 2 && matches!(before[end - 2..=end], [0xE2, 0x80, 0x98 | 0x99]);
    }
    !b".!?:;\"(\n".contains(&c) && !c.is_ascii_digit()
}

/// How far either side of a sentence's first word [`opens_with_a_name`] reads: about an
/// article.
const NAME_WINDOW: usize = 8 * 1024;

/// Words that open sentences and are read before a figure ("The 20 clubs", "In 2003",
/// "By 2010"): never a name, and no need to look.
const OPENERS: &[&str] = &[
    "the", "in", "by", "a", "an", "at", "on", "since", "during", "but", "from", "for", "until",
    "all", "just", "after", "aged", "some", "about", "only", "another", "around", "over", "under",
    "nearly", "almost", "and", "or", "its", "his", "her", "their", "our", "my", "your", "these",
    "those", "every", "each", "with", "of", "to", "before", "as", "if", "when",
];

/// "iPhone", "eBay": one lower-case letter, then a capital ("atLabour", two words run
/// together, is no name).
fn camel_case(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && b[0].is_ascii_lowercase() && b[1].is_ascii_uppercase()
}

/// Whether the words around a hyphenated pair make it a score: "won 2-1", "a 3-0 win",
/// "found himself 30-40 down", "went 2-0 up"; or a result line, "Italy 17-28 Ireland".
pub(super) fn score_context(cx: &Cx, first: usize, last: usize) -> bool {
    let before = (first.saturating_sub(3)..first).any(|k| {
        cx.word(k)
            .is_some_and(|w| SCORE_WORDS.contains(&w.as_str()))
    });
    let after = cx.word(last + 1).is_some_and(|w| {
        SCORE_WORDS.contains(&w.as_str())
            || matches!(w.as_str(), "home" | "away" | "down")
            || w.as_str() == "up" && !cx.is(last + 2, "to")
    });
    before || after || between_names(cx, first, last)
}

/// Whether the pair `first..=last` of whole numbers under 200 stands between two names,
/// as a result does ("Wasps 31-37 Leicester", "Man City 0-2 Man Utd"); a range sits
/// before what it counts, which is seldom a name.
fn between_names(cx: &Cx, first: usize, last: usize) -> bool {
    let small = |k: usize| {
        cx.kind(k) == Some(TokKind::Num) && cx.text(k).parse::<u32>().is_ok_and(|v| v < 200)
    };
    let name = |k: usize| cx.kind(k) == Some(TokKind::Word) && capitalised(cx.text(k));
    first >= 1
        && small(first)
        && small(last)
        && name(first - 1)
        && !cx.glued(first)
        && name(last + 1)
        && !cx.glued(last + 1)
}

/// Whether the pair `first..=last` sits in a run of pairs, as set scores do:
/// "7-6 (7-5) 6-7", "6-7 (6/8) 6-2".
pub(super) fn score_run(cx: &Cx, first: usize, last: usize) -> bool {
    // (a comma may join the sets: "1-6,4-6")
    let pair_at = |k: usize| {
        let k = if cx.text(k) == "," { k + 1 } else { k };
        cx.kind(k) == Some(TokKind::Num)
            && matches!(cx.text(k + 1), "-" | "–" | "/")
            && cx.glued(k + 1)
            && cx.kind(k + 2) == Some(TokKind::Num)
            && cx.glued(k + 2)
    };
    let after = pair_at(last + 1) || (cx.text(last + 1) == "(" && pair_at(last + 2));
    let before = (first >= 3 && pair_at(first - 3))
        || (first >= 4 && cx.text(first - 1) == "," && pair_at(first - 4))
        || (first >= 1 && cx.text(first - 1) == ")")
        || (first >= 4 && cx.text(first - 1) == "(" && pair_at(first - 4));
    after || before
}

/// Whether the digits at `first..=last` stand in a clause whose verb the sentence gave
/// once, earlier: "Republicans hold 222 and Democrats 223", "32 are Labour, 20
/// Conservative and 12 Liberal Democrat". The capitalised word beside such digits is the
/// subject or the complement of that verb, as in the first clause, not a title with a
/// number ("Robocop 2", "50 Cent"), so the digits are a figure. The later clause must end
/// where its name or its digits end, as a clause with its verb left out does; "and
/// Windows 11 is" has a verb of its own.
pub(super) fn tally_with_verb_left_out(cx: &Cx, first: usize, last: usize) -> bool {
    if first == 0 || cx.kind(first) != Some(TokKind::Num) || cx.glued(first) {
        return false;
    }
    let capital_word = |k: usize| {
        cx.kind(k) == Some(TokKind::Word) && capitalised(cx.text(k)) && !possessive_s(cx.text(k))
    };
    let joins = |k: usize| cx.text(k) == "," || cx.is(k, "and");
    // The first token of a run of one to three capitalised words ending at `end`.
    let name_from = |end: usize| -> Option<usize> {
        let mut q = end;
        if !capital_word(q) {
            return None;
        }
        while q > 0 && end - q < 2 && capital_word(q - 1) && !sentence_start(cx, q) {
            q -= 1;
        }
        Some(q)
    };
    // The first clause: digits, within the sentence, that a lower-case verb of one or two
    // words joins to a name ("Republicans hold 222", "32 are Labour").
    let earlier = |until: usize, name_before: bool| {
        let mut t = until;
        while t > 0 && !matches!(cx.text(t), "." | "!" | "?" | ";" | ":") {
            t -= 1;
            if cx.kind(t) != Some(TokKind::Num) || cx.glued(t) {
                continue;
            }
            let verb = |k: usize| {
                cx.word(k).is_some_and(|w| {
                    !capitalised(cx.text(k)) && !FUNCTION_WORDS.contains(&w.as_str())
                })
            };
            let found = if name_before {
                t >= 2
                    && verb(t - 1)
                    && (capital_word(t - 2) || t >= 3 && verb(t - 2) && capital_word(t - 3))
            } else {
                verb(t + 1) && (capital_word(t + 2) || verb(t + 2) && capital_word(t + 3))
            };
            if found {
                return true;
            }
        }
        false
    };
    let clause_ends =
        |k: usize| matches!(cx.text(k), "" | "," | "." | ";" | ")" | "!" | "?") || cx.is(k, "and");
    // "and Democrats 223", ", the Greens 4"
    if let Some(q) = name_from(first - 1) {
        let q = if q >= 1 && cx.is(q - 1, "the") {
            q - 1
        } else {
            q
        };
        if q >= 2 && joins(q - 1) && clause_ends(last + 1) && earlier(q - 1, true) {
            return true;
        }
    }
    // ", 20 Conservative and 12 Liberal Democrat"
    if joins(first - 1) && capital_word(last + 1) && !cx.glued(last + 1) {
        let mut end = last + 1;
        while end < last + 3 && capital_word(end + 1) {
            end += 1;
        }
        return clause_ends(end + 1) && earlier(first - 1, false);
    }
    false
}

/// Words that join a figure to what is around it without being a verb ("in 2010", "of
/// 20", "the 12"): a clause with its verb left out copies a verb, not these.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "by", "for", "to", "from", "with", "and", "or",
    "than", "about", "around", "nearly", "almost", "over", "under", "some", "just", "only",
    "since", "until", "between", "after", "before", "as", "its", "their", "his", "her", "our",
    "into", "per", "each", "every", "all", "top", "first", "last",
];
