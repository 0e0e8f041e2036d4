//! Relations between figures: what the copy says one figure is of others (a change, a
//! multiple, a share, a sum, a comparison, the same quantity again), as values over
//! [`FigureId`]s.
//!
//! Recognisers (the phrasings in each rule's file under `rules/`) produce relations;
//! the rule of each kind judges them with interval arithmetic. Because a relation names
//! figures by id, not by their place in one sentence, a recogniser may bind figures in
//! different sentences or paragraphs and the judging does not change.

use super::FigureId;

/// A stated percentage change from one level to another: "from A to B, a C% rise".
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub from: FigureId,
    pub to: FigureId,
    pub stated: FigureId,
    /// +1 a rise, -1 a fall, 0 when the words do not say.
    pub direction: i8,
    /// The stated change is followed by "points" or "percentage points".
    pub points: bool,
}

/// Words of multiplication relating two figures: "doubled from A to B", "B, a third of A".
#[derive(Debug, Clone, PartialEq)]
pub struct Multiple {
    pub from: FigureId,
    pub to: FigureId,
    /// The factor the words name (2 for "doubled", 1/3 for "a third").
    pub factor: f64,
    /// The qualifier before the words ("nearly", "more than"), or "".
    pub qualifier: String,
    /// The words as the copy gives them ("doubled", "three times").
    pub words: String,
    /// "three times more than": also read as four times.
    pub more: bool,
    /// A verb ("doubled") or a change restated ("up from 350 - more than three times as
    /// many") rather than a comparison ("twice the"): a "more than" before it is a floor
    /// the figures must clear, where a comparison's is left to `consistency/comparison`.
    pub verb: bool,
}

/// A part of a whole with the share stated, or "most of" the whole (no stated share).
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    pub part: FigureId,
    pub whole: FigureId,
    pub stated: Option<FigureId>,
}

/// A ratio in words ("one in five") beside the percentage it states.
#[derive(Debug, Clone, PartialEq)]
pub struct Ratio {
    pub ratio: FigureId,
    pub stated: FigureId,
}

/// Parts said to make up, or to be included in, a total.
#[derive(Debug, Clone, PartialEq)]
pub struct Sum {
    pub total: FigureId,
    pub parts: Vec<FigureId>,
    /// The parts are said to be the whole ("made up of"), not merely part of it.
    pub whole: bool,
}

/// A comparison between two figures: "fewer than the B", "more than double the B".
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub a: FigureId,
    pub b: FigureId,
    /// `a` is said to be below `b` (times `factor`), rather than above.
    pub less: bool,
    pub factor: f64,
    /// The comparison as the copy words it ("fewer than").
    pub phrase: String,
}

/// One quantity stated twice.
#[derive(Debug, Clone, PartialEq)]
pub struct SameQuantity {
    pub first: FigureId,
    pub later: FigureId,
    /// The period both are stated for, in its normal form.
    pub period: String,
}

/// What the copy says of its figures.
#[derive(Debug, Clone, PartialEq)]
pub enum Relation {
    Change(Change),
    AmountChange(AmountChange),
    Difference(Difference),
    Multiple(Multiple),
    Share(Share),
    Ratio(Ratio),
    Restated(Restated),
    Sum(Sum),
    Complement(Complement),
    Answers(Answers),
    Average(Average),
    PeriodRate(PeriodRate),
    YearSpan(YearSpan),
    RatePer(RatePer),
    Comparison(Comparison),
    SameQuantity(SameQuantity),
    Balance(Balance),
    Conversion(Conversion),
    RateOutlier(RateOutlier),
    Malformed(Malformed),
    ListCount(ListCount),
    TwoShares(TwoShares),
    Across(Across),
}

/// Two counts set side by side, each with its share of one whole the copy does not
/// give: "21,412 votes, or 58%, to Brecken's 15,186, or 41%".
#[derive(Debug, Clone, PartialEq)]
pub struct TwoShares {
    pub first: FigureId,
    pub first_share: FigureId,
    pub second: FigureId,
    pub second_share: FigureId,
}

/// A count and the list of the things it counts after it: "three marques - BMW, Mini
/// and Rolls-Royce".
#[derive(Debug, Clone, PartialEq)]
pub struct ListCount {
    pub count: FigureId,
    /// Each thing named.
    pub items: Vec<std::ops::Range<usize>>,
}

/// A figure whose digits run on past a comma into a group no figure has ("£135,00"), or
/// into a point with no digits after it ("£17.m").
#[derive(Debug, Clone, PartialEq)]
pub struct Malformed {
    pub figure: FigureId,
    /// What follows the figure's digits: the comma and the digits after it, or the point
    /// and the scale word glued to it.
    pub group: std::ops::Range<usize>,
}

/// A length of time beside the years it runs between: "for five years from 1996 to
/// 2001", "from 2010 to 2014, a period of four years".
#[derive(Debug, Clone, PartialEq)]
pub struct YearSpan {
    /// The length ("five years").
    pub length: FigureId,
    /// The span of years ("1996 to 2001").
    pub span: FigureId,
}

/// A sum of money and its conversion into another currency in brackets after it:
/// "$2.4bn (£1.3bn)"; or a measure and its conversion into another unit, "5 miles
/// (8km)".
#[derive(Debug, Clone, PartialEq)]
pub struct Conversion {
    pub original: FigureId,
    pub converted: FigureId,
    /// The two units of a measure's conversion, as read when it was recognised; `None`
    /// for money.
    pub measure: Option<crate::measure::Converted>,
}

/// A conversion whose rate is far from the one the article's other conversions between
/// the same two currencies use.
#[derive(Debug, Clone, PartialEq)]
pub struct RateOutlier {
    pub conversion: Conversion,
    /// The article's other conversions between the same two currencies.
    pub others: Vec<Conversion>,
}

/// A balance of trade stated beside the flows it is the difference of: "the deficit was
/// £4.6bn … the UK exported £16.9bn of goods but imported £21.5bn".
#[derive(Debug, Clone, PartialEq)]
pub struct Balance {
    pub exports: FigureId,
    pub imports: FigureId,
    pub stated: FigureId,
    /// The copy's word for the balance ("deficit", "gap", "difference").
    pub word: String,
}

/// A change stated both as an amount and as a percentage, with the level it reached:
/// "closed down 0.89 points, or 0.01%, at 10,385.48", "sank 14.87% - or $1.83 - to $10.48".
#[derive(Debug, Clone, PartialEq)]
pub struct AmountChange {
    pub amount: FigureId,
    pub stated: FigureId,
    /// The level after the change, or before it when `level_is_before`.
    pub level: FigureId,
    /// +1 a rise, -1 a fall.
    pub direction: i8,
    /// Whether the level is the price the change is taken from ("knocking £10 off a £200
    /// coat"), so that the finding computes against it and names it as the level before.
    pub level_is_before: bool,
}

/// A stated difference between two figures: "£35bn - £2.5bn less than the £37.5bn",
/// "$850m, a $697m improvement from $153m", "fell by more than £600 from A to B".
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// The figure the difference is measured from.
    pub from: FigureId,
    /// The figure it is measured to.
    pub to: FigureId,
    pub stated: FigureId,
    /// +1 when `to` is said to be the larger, -1 the smaller, 0 when the words do not say.
    pub direction: i8,
    /// The difference as the copy words it ("less than", "improvement").
    pub words: String,
    /// Where the words stand against the stated figure.
    pub wording: DifferenceWording,
}

/// Where the words of a stated difference stand against its figure, so that a finding
/// quotes them as the copy has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DifferenceWording {
    /// A verb before it: "fell by £600".
    Verb,
    /// After it: "a £20 rise", "£4.5bn less than".
    After,
    /// A noun before it: "an increase of 300,000".
    NounOf,
    /// A word before it with no "of", closing a change from one level to another: "from
    /// 30,000 to 36,000, an extra 6,000 seats", "adding 6,000".
    Before,
    /// A vote's margin after its two tallies: "by 312 votes to 298, a majority of 14".
    /// The first tally less the second.
    Margin,
    /// A gap between two sides set beside each other, either way round: "men earn £15.20
    /// and women £13.10, a gap of £2.10".
    Gap,
    /// A party's seats out of a chamber's and the overall majority they give: "33 of the
    /// 60 seats, a majority of six" is its seats less all the others' (2 × 33 − 60);
    /// "three more than half" is read too, as some copy means it.
    Seats,
}

/// A relation a binder made across sentences, by what the figures measure rather than
/// by a phrasing: a lead's "a 40% drop in profits" bound to "a pre-tax profit of £75m
/// compared with £125m a year earlier" two paragraphs down. Judged as `inner`, at
/// warning severity: the binding is a reading, however careful.
#[derive(Debug, Clone, PartialEq)]
pub struct Across {
    pub inner: Box<Relation>,
    /// The measure that bound them ("profit").
    pub measure: String,
    /// Where the stated change stands when it is words rather than a figure ("a
    /// doubling in profit").
    pub words: Option<std::ops::Range<usize>>,
}

/// One share written twice side by side, once in words and once as a percentage:
/// "nearly two thirds - 65% - of the 1,000 people".
#[derive(Debug, Clone, PartialEq)]
pub struct Restated {
    /// The share in words ("nearly two thirds").
    pub words: FigureId,
    pub stated: FigureId,
}

/// An average stated beside the total and the count it divides: "30 goals in 10
/// matches, an average of three a game".
#[derive(Debug, Clone, PartialEq)]
pub struct Average {
    pub total: FigureId,
    pub count: FigureId,
    pub stated: FigureId,
    /// Both operands are counts, and either may be the total.
    pub either_way: bool,
    /// How many of the average's periods make one unit of the count, at least and at
    /// most: (12, 12) for "£30,000 over three years, or £833 a month"; (1, 1) otherwise.
    pub periods: (f64, f64),
    /// The period a total spread over a length is restated in ("month"); `None` for an
    /// average over a count.
    pub per: Option<String>,
}

/// A rate restated over another period beside it: "2,000 cars a week, or about 150,000
/// a year".
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodRate {
    pub rate: FigureId,
    pub restated: FigureId,
    /// The rate's period ("week") and the restated one's ("year").
    pub from: String,
    pub to: String,
    /// A price not said to be the equivalent: the longer period may be sold for less
    /// ("£4.99 a month or £50 a year", "£120 a year, or £12 a month"), so only the
    /// longer period dearer than the shorter one gives is wrong.
    pub price_offer: bool,
}

/// A rate per so many people beside the count and population it comes from: "120
/// deaths among its 400,000 residents, a rate of 40 per 100,000".
#[derive(Debug, Clone, PartialEq)]
pub struct RatePer {
    pub count: FigureId,
    pub population: FigureId,
    pub rate: FigureId,
    /// The round number the rate is per (100,000).
    pub base: FigureId,
}

/// Percentages that the words say are the answers to one question ("45% said yes, 40%
/// said no and 15% did not know"): shares of one whole that exclude each other.
#[derive(Debug, Clone, PartialEq)]
pub struct Answers {
    pub shares: Vec<FigureId>,
    /// Read as one whole because the last share is everyone left ("others on 10%"),
    /// not because the words say the answers exclude each other.
    pub closed_by_the_rest: bool,
    /// Read as one whole because they are the shares of one vote ("52% of the vote,
    /// against 44% for her rival").
    pub votes: bool,
}

/// Percentages of one whole and "the remaining" one: "Japanese films took 37.5%, with
/// foreign films taking the remaining 62.5%" must make 100%.
#[derive(Debug, Clone, PartialEq)]
pub struct Complement {
    pub parts: Vec<FigureId>,
    pub rest: FigureId,
}
