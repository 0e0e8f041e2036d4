//! The fix a finding offers: its span replaced by the computed value (the record's, or
//! what the arithmetic gives), where the span says exactly what the finding says the
//! copy has, so the edit swaps like for like. SARIF writes it as `fixes`, the language
//! server as a quick fix.

use crate::finding::Finding;

/// `(what the copy has, what replaces it)` for `f` in `text`, or `None` when the finding
/// has no computed value for exactly its span. A change computed as `+34%` against the
/// copy's `15%` (its "increase" giving the sign) is offered as `34%`; one of the other
/// sign is not offered, the copy's words being wrong too.
pub fn replacement(text: &str, f: &Finding) -> Option<(String, String)> {
    let (mut expected, mut actual) = (f.expected.as_deref()?, f.actual.as_deref()?);
    if let (Some(e), Some(a)) = (expected.strip_prefix('+'), actual.strip_prefix('+')) {
        (expected, actual) = (e, a);
    }
    let written = text.get(f.span.clone())?;
    (written == actual && !expected.is_empty() && expected != actual)
        .then(|| (actual.to_string(), expected.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};

    #[test]
    fn only_an_exact_span_is_replaced() {
        let doc = Document::from_text("a.txt", "a 15% rise", Format::Text);
        let mut f = Finding::new(crate::rules::RuleId::PercentChange, &doc, 2..5, "x");
        f.expected = Some("+34%".into());
        f.actual = Some("+15%".into());
        assert_eq!(
            replacement(&doc.text, &f),
            Some(("15%".to_string(), "34%".to_string()))
        );
        f.expected = Some("-20%".into());
        assert_eq!(replacement(&doc.text, &f), None);
        f.span = 0..5;
        f.expected = Some("+34%".into());
        assert_eq!(replacement(&doc.text, &f), None);
    }
}
