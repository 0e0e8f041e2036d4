//! Rules on figures against their records: contradicted, ambiguous, unsourced.

use super::Rule;
use crate::finding::Severity;

/// `record/contradicted`: A figure disagrees with the record it links to.
pub const CONTRADICTED: Rule = Rule {
    id: super::RuleId::Contradicted,
    default_severity: Severity::Error,
    summary: "A figure disagrees with the record it links to.",
    doc: r#"A figure links to a claim record when the record's `match` words stand near it
(all of them in its sentence, at least one in its clause, or in the clause before when its
own names nothing else), and its kind and currency agree. The figure is contradicted when
the record's value lies outside the interval the figure allows: its qualifier's bounds
("more than", "up to", "between"), widened by its stated precision ("271,000" allows
270,500 to 271,500), by 10% when approximate ("about", "around"), and by the record's
`tolerance`.

**Why it matters.** A figure that disagrees with the newsroom's own sourced record is
either a typo (transposed digits are common) or a stale number.

**Example.** With a record `ferry-passengers` of 48,310 matched on `passengers`:

```text
The ferry carried 43,810 passengers in May.
- copy: 43,810 passengers
+ record: 48,310 (Port annual report, 2025-02-01)
```

**How to fix.** Correct the copy, or, if the record is wrong or out of date, correct the
record and its source. If the figure is a different quantity, give the record more
specific `match` words."#,
};

/// `record/ambiguous`: Two records fit a figure equally well.
pub const AMBIGUOUS: Rule = Rule {
    id: super::RuleId::Ambiguous,
    default_severity: Severity::Warning,
    summary: "Two records fit a figure equally well.",
    doc: r#"Two or more records match the words around a figure equally well, and the value
does not tell them apart, so claimcheck will not guess which one the copy means.

**Why it matters.** A figure checked against the wrong record is checked against nothing.

**Example.** Records `arrivals-2024` and `arrivals-2025`, both matched on `arrivals`, and
the copy "Arrivals reached 9,000." with both values within its precision.

**How to fix.** Add words to each record's `match` that only its own context has (a year,
a place, an agency)."#,
};

/// `record/unsourced`: No record links to the figure.
pub const UNSOURCED: Rule = Rule {
    id: super::RuleId::Unsourced,
    default_severity: Severity::Info,
    summary: "No record links to the figure.",
    doc: r#"No claim record's `match` words stand near the figure, so nothing backs it.
Reported once per figure, as information: the summary counts figures by verdict so that
"0 findings" never hides "0 figures checked".

**Example.** "The council plans 300 new homes." with no record matched on `homes`.

**How to fix.** `claimcheck draft ARTICLE` writes a claim record for each unsourced
figure; fill in its value and source and move it into claims/. Set the rule to `off` in
claimcheck.yaml for copy that is not meant to be sourced."#,
};
