//! Figures shown one to a line, for extraction tests that compare outputs in full.

use claimcheck::document::{Document, Format};
use claimcheck::extract::{extract, Claim};

/// One line per figure: `text | kind | value-or-low..high | qualifier | unit | currency`.
pub fn show(c: &Claim) -> String {
    let v = |x: Option<f64>| x.map_or("-".to_string(), |v| format!("{}", (v * 1e4).round() / 1e4));
    let value = match c.value {
        Some(_) => v(c.value),
        None => format!("{}..{}", v(c.low), v(c.high)),
    };
    format!(
        "{} | {} | {} | {} | {} | {}",
        c.text,
        c.kind.as_str(),
        value,
        c.qualifier.as_str(),
        c.unit.as_deref().unwrap_or("-"),
        c.currency.as_deref().unwrap_or("-")
    )
}

/// The figures of plain text `s`, each checked to span exactly its own text.
pub fn figs(s: &str) -> Vec<String> {
    let doc = Document::from_text("t.txt", s, Format::Text);
    let claims = extract(&doc);
    for c in &claims {
        assert_eq!(&s[c.start..c.end], c.text);
    }
    claims.iter().map(show).collect()
}
