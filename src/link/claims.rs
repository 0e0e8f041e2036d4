//! A checked file's figures with their verdicts, as a report holds them until it is
//! written.
//!
//! A document checked in one part (every article) holds its checked claims. A longer
//! one, checked a part at a time, holds only each figure's verdict (16 bytes, and the
//! record it links to, if any) and reads its figures again, a unit at a time, when a
//! report shows them: copy that is nothing but figures would otherwise hold hundreds of
//! bytes a figure for a figure of two bytes (issue 19, item 8).

use std::borrow::Cow;
use std::sync::Arc;

use serde::Serialize;

use super::{checked, CheckedClaim, Link, Links, Verdict};
use crate::document::Document;
use crate::extract::units::{extract_unit, Unit};
use crate::extract::Claim;

/// A checked file's figures: each quantity with its verdict, in order.
#[derive(Debug, Clone, Default)]
pub struct CheckedClaims(Held);

#[derive(Debug, Clone)]
enum Held {
    Claims(Vec<CheckedClaim>),
    /// The verdicts of `doc`'s quantities, in order; the figures are those
    /// [`extract_unit`] reads in `units`.
    Verdicts {
        doc: Arc<Document>,
        units: Vec<Unit>,
        links: Vec<Link>,
    },
}

impl Default for Held {
    fn default() -> Self {
        Held::Claims(Vec::new())
    }
}

impl From<Vec<CheckedClaim>> for CheckedClaims {
    fn from(claims: Vec<CheckedClaim>) -> Self {
        CheckedClaims(Held::Claims(claims))
    }
}

impl CheckedClaims {
    /// The figures of `doc` read in `units`, with their verdicts `links` (one for each
    /// quantity, in order), read again when shown.
    pub fn reread(doc: Arc<Document>, units: Vec<Unit>, links: Links) -> Self {
        CheckedClaims(Held::Verdicts {
            doc,
            units,
            links: links.0,
        })
    }

    pub fn len(&self) -> usize {
        match &self.0 {
            Held::Claims(c) => c.len(),
            Held::Verdicts { links, .. } => links.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the figures are read again when shown, rather than held.
    pub fn is_reread(&self) -> bool {
        matches!(self.0, Held::Verdicts { .. })
    }

    /// Every figure with its verdict, held.
    pub fn into_vec(self) -> Vec<CheckedClaim> {
        match self.0 {
            Held::Claims(c) => c,
            verdicts => CheckedClaims(verdicts)
                .iter()
                .map(Cow::into_owned)
                .collect(),
        }
    }

    /// Each figure's verdict, in order, without reading a figure again.
    pub fn verdicts(&self) -> Box<dyn Iterator<Item = Verdict> + '_> {
        match &self.0 {
            Held::Claims(c) => Box::new(c.iter().map(|c| c.verdict)),
            Held::Verdicts { links, .. } => Box::new(links.iter().map(|l| l.verdict)),
        }
    }

    /// The id of each record a figure links to, in order, without reading a figure
    /// again.
    pub fn records(&self) -> Box<dyn Iterator<Item = &str> + '_> {
        match &self.0 {
            Held::Claims(c) => Box::new(c.iter().filter_map(|c| c.record.as_deref())),
            Held::Verdicts { links, .. } => Box::new(links.iter().filter_map(Link::record)),
        }
    }

    /// Each figure with its verdict, in order: borrowed when held, else read again a
    /// unit at a time, so that no more than a unit's figures are held at once.
    pub fn iter(&self) -> Box<dyn Iterator<Item = Cow<'_, CheckedClaim>> + '_> {
        match &self.0 {
            Held::Claims(c) => Box::new(c.iter().map(Cow::Borrowed)),
            Held::Verdicts { doc, units, links } => Box::new(Rereading {
                doc,
                units: units.iter(),
                links: links.iter(),
                unit: Vec::new().into_iter(),
            }),
        }
    }
}

/// The figures of a document read again, unit by unit, joined to their verdicts.
struct Rereading<'a> {
    doc: &'a Document,
    units: std::slice::Iter<'a, Unit>,
    links: std::slice::Iter<'a, Link>,
    unit: std::vec::IntoIter<Claim>,
}

impl<'a> Iterator for Rereading<'a> {
    type Item = Cow<'a, CheckedClaim>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(claim) = self.unit.next() {
                if !claim.kind.is_quantity() {
                    continue;
                }
                let link = self.links.next()?.clone();
                return Some(Cow::Owned(checked(claim, link)));
            }
            let unit = self.units.next()?;
            self.unit = extract_unit(self.doc, unit).into_iter();
        }
    }
}

impl Serialize for CheckedClaims {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl PartialEq for CheckedClaims {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}
