//! Units of measure a figure may be stated in, and how big each is, so that a measure
//! and its conversion in brackets ("5 miles (8km)", "20C (68F)") can be checked
//! against each other. Only units whose size is fixed are known; a "ton" or a "gallon",
//! whose size depends on the country, is known as the range of its sizes.

use crate::extract::{Claim, Kind};

/// What a unit measures: two figures are a conversion only in the same dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    Length,
    Area,
    Volume,
    Mass,
    Speed,
    Temperature,
    /// A length of time, in seconds.
    Time,
}

/// A unit of measure as the copy states it.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub dimension: Dimension,
    /// How many of the dimension's base unit (metre, square metre, litre, kilogram,
    /// kilometre an hour) one of this unit is, at its smallest and largest (a US and an
    /// imperial gallon); for temperature, 1 for Celsius and 0 for Fahrenheit.
    size: (f64, f64),
    /// The unit's name for messages: "miles", "km", "sq km".
    pub name: String,
}

impl Unit {
    /// The values in `to` that `lo..=hi` of this unit come to, at the smallest and
    /// largest sizes of both units.
    pub fn convert(&self, lo: f64, hi: f64, to: &Unit) -> (f64, f64) {
        if self.dimension == Dimension::Temperature {
            let convert = |v: f64| match (self.celsius(), to.celsius()) {
                (true, false) => v * 1.8 + 32.0,
                (false, true) => (v - 32.0) / 1.8,
                _ => v,
            };
            return (convert(lo), convert(hi));
        }
        (lo * self.size.0 / to.size.1, hi * self.size.1 / to.size.0)
    }

    /// Whether a temperature is in degrees Celsius (its size is 1; Fahrenheit's is 0).
    fn celsius(&self) -> bool {
        self.size.0 > 0.5
    }
}

/// The unit of measure a figure is stated in, read from its counted noun and the words
/// describing it ("square" miles), or the "/h" after a glued "km"; `None` for a count,
/// money, or a unit whose size is not known. `after` is the copy just after the figure.
pub fn unit_of(c: &Claim, after: &str) -> Option<Unit> {
    if c.kind != Kind::Number {
        return None;
    }
    let mut noun = c.unit.as_deref()?;
    // "30km/h", "17m/s": a speed glued to its slash keeps the time in its unit
    let per = noun.split_once('/').map(|(length, per)| {
        noun = length;
        per
    });
    let power = match c.describes.as_deref() {
        Some("square" | "sq") => 2,
        Some("cubic") => 3,
        _ => 1,
    };
    let rest = past_unit(c, after);
    let per_second = per == Some("s");
    let per_hour = per == Some("h")
        || rest.starts_with("/h")
        || rest.trim_start().starts_with("per hour")
        || rest.trim_start().starts_with("an hour");
    // "95 degrees Fahrenheit": the scale after the degrees; "150 metric tons" are tonnes
    if matches!(noun, "degree" | "degrees") {
        let scale = rest
            .trim_start()
            .split(|ch: char| !ch.is_alphabetic())
            .next();
        noun = match scale? {
            "fahrenheit" | "f" => "f",
            "celsius" | "centigrade" | "c" => "c",
            _ => return None,
        };
    }
    if c.describes.as_deref() == Some("metric") && matches!(noun, "ton" | "tons") {
        noun = "tonnes";
    }
    let (dimension, size) = match (base(noun)?, power, per_hour) {
        // (a speed's size is in km/h: a metre a second is 3.6 of them)
        (Base::Length(m), 1, false) if per_second => (Dimension::Speed, (m * 3.6, m * 3.6)),
        (Base::Length(m), 1, false) => (Dimension::Length, (m, m)),
        (Base::Length(m), 2, false) => (Dimension::Area, (m * m, m * m)),
        (Base::Length(m), 3, false) => {
            (Dimension::Volume, (m * m * m * 1000.0, m * m * m * 1000.0))
        }
        (Base::Length(m), 1, true) => (Dimension::Speed, (m / 1000.0, m / 1000.0)),
        (Base::Other(d, lo, hi), 1, false) => (d, (lo, hi)),
        _ => return None,
    };
    let name = match c.describes.as_deref() {
        _ if dimension == Dimension::Temperature => format!("°{}", noun.to_uppercase()),
        Some(d) if power > 1 => format!("{d} {noun}"),
        _ if per.is_some() || rest.starts_with("/h") => format!("{noun}/{}", per.unwrap_or("h")),
        _ if per_hour => format!("{noun} per hour"),
        _ => noun.to_string(),
    };
    Some(Unit {
        dimension,
        size,
        name,
    })
}

/// A unit of time by its singular name ("hour", "month"), so that a length restated in
/// another unit ("148,000 hours, or more than 6,100 days") is judged as a measure's
/// conversion is. A month is 28 to 31 days and a year 365 to 366: copy restating months
/// as years or days as months means the calendar, not an average. `name` is the unit as
/// messages print it ("hours").
pub fn time_unit(singular: &str, name: &str) -> Option<Unit> {
    const DAY: f64 = 86_400.0;
    let size = match singular {
        "second" => (1.0, 1.0),
        "minute" => (60.0, 60.0),
        "hour" => (3_600.0, 3_600.0),
        "day" => (DAY, DAY),
        "week" => (7.0 * DAY, 7.0 * DAY),
        "fortnight" => (14.0 * DAY, 14.0 * DAY),
        "month" => (28.0 * DAY, 31.0 * DAY),
        "year" => (365.0 * DAY, 366.0 * DAY),
        _ => return None,
    };
    Some(Unit {
        dimension: Dimension::Time,
        size,
        name: name.to_string(),
    })
}

/// The copy after a figure past the words of its unit, lower-cased: " per hour)" of "100
/// miles per hour)", " fahrenheit (" of "95 degrees Fahrenheit (".
fn past_unit(c: &Claim, after: &str) -> String {
    let mut rest = after.to_lowercase();
    let words = [c.describes.as_deref(), c.unit.as_deref()];
    for word in words.into_iter().flatten().flat_map(str::split_whitespace) {
        let trimmed = rest.trim_start();
        if let Some(past) = trimmed.strip_prefix(word) {
            rest = past.to_string();
        }
    }
    rest
}

/// The units of a measure `a` and of its conversion `b` in brackets right after it, in
/// `prose`: "5 miles (8km)", "50,000 square metres (538,000 square feet)", "20C (68F;
/// 293K)". Between the two figures stand only the first one's unit and the opening
/// bracket; after the second, only its unit and a closing bracket or a separator.
/// `None` unless both are measures of one dimension in two different units.
pub fn conversion(prose: &str, a: &Claim, b: &Claim) -> Option<Converted> {
    let gap = prose.get(a.end..b.start)?;
    let (unit_words, bracket) = gap.rsplit_once('(')?;
    // (only the few bytes a unit takes are read after the second figure, however long
    // the copy after it)
    let after = crate::document::head(prose.get(b.end..)?, MAX_UNIT_BYTES + 1);
    let after = after.get(..after.find([')', ';', ','])?)?;
    if !bracket.trim().is_empty() || !only_its_unit(a, unit_words) || !only_its_unit(b, after) {
        return None;
    }
    let (from, to) = (unit_of(a, gap)?, unit_of(b, after)?);
    let said = |figure: &str, words: &str| {
        format!("{figure}{words}")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    (from.dimension == to.dimension && from.name != to.name).then(|| Converted {
        from_said: said(&a.text, unit_words),
        to_said: said(&b.text, after),
        from,
        to,
    })
}

/// A measure and its conversion, with each as the copy says it, unit and all ("5
/// miles", "8km").
#[derive(Debug, Clone, PartialEq)]
pub struct Converted {
    pub from: Unit,
    pub to: Unit,
    pub from_said: String,
    pub to_said: String,
}

/// Whether `words` after the figure `c` are nothing but its unit, when its text does
/// not hold it: "square miles", "miles per hour", "km/h" ("/h" after "40km").
fn only_its_unit(c: &Claim, words: &str) -> bool {
    if words.len() > MAX_UNIT_BYTES {
        return false;
    }
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|ch| ch.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let whole = fold(words);
    // what may follow a unit: a speed's hour, a temperature's scale
    let said = ["perhour", "anhour", "fahrenheit", "celsius", "centigrade"]
        .iter()
        .find_map(|end| whole.strip_suffix(end))
        .or_else(|| whole.strip_suffix('h').filter(|_| words.contains('/')))
        .or_else(|| {
            whole
                .strip_suffix(['f', 'c'])
                .filter(|s| s.ends_with("degrees") || s.ends_with("degree"))
        })
        .unwrap_or(&whole);
    let noun = fold(&format!(
        "{} {}",
        c.describes.as_deref().unwrap_or(""),
        c.unit.as_deref().unwrap_or("")
    ));
    // ("km/h" whole: the unit of a spaced speed holds its hour)
    said.is_empty() || said == noun || whole == noun
}

/// The most bytes a unit between a figure and its bracket takes: "square kilometres".
const MAX_UNIT_BYTES: usize = 24;

/// What a unit's name gives before "square" or "per hour" is applied.
enum Base {
    /// A length, in metres.
    Length(f64),
    /// Any other dimension, with the unit's smallest and largest size in the base unit.
    Other(Dimension, f64, f64),
}

const MILE: f64 = 1609.344;
const FOOT: f64 = 0.3048;
const GALLON_US: f64 = 3.785_411_784;
const GALLON_UK: f64 = 4.546_09;

/// The size of the unit a counted noun names.
fn base(noun: &str) -> Option<Base> {
    use Dimension::{Area, Mass, Speed, Temperature, Volume};
    let length = |m: f64| Some(Base::Length(m));
    let other = |d: Dimension, lo: f64, hi: f64| Some(Base::Other(d, lo, hi));
    match noun {
        "m" | "metre" | "metres" | "meter" | "meters" => length(1.0),
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => length(1000.0),
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => length(0.01),
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => length(0.001),
        "mi" | "mile" | "miles" => length(MILE),
        "ft" | "foot" | "feet" => length(FOOT),
        "in" | "inch" | "inches" => length(0.0254),
        "yd" | "yds" | "yard" | "yards" => length(0.9144),
        "m2" | "sqm" => other(Area, 1.0, 1.0),
        "km2" => other(Area, 1e6, 1e6),
        "sqft" => other(Area, FOOT * FOOT, FOOT * FOOT),
        "ha" | "hectare" | "hectares" => other(Area, 1e4, 1e4),
        "acre" | "acres" => other(Area, 4046.856, 4046.856),
        "l" | "litre" | "litres" | "liter" | "liters" => other(Volume, 1.0, 1.0),
        "ml" | "millilitre" | "millilitres" => other(Volume, 0.001, 0.001),
        "m3" => other(Volume, 1000.0, 1000.0),
        "gal" | "gallon" | "gallons" => other(Volume, GALLON_US, GALLON_UK),
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilo" | "kilos" => other(Mass, 1.0, 1.0),
        "g" | "gram" | "grams" => other(Mass, 0.001, 0.001),
        "tonne" | "tonnes" => other(Mass, 1000.0, 1000.0),
        // a short (US) or a long (imperial) ton, or a tonne written as "ton"
        "ton" | "tons" => other(Mass, 907.18, 1016.05),
        "lb" | "lbs" | "pound" | "pounds" => other(Mass, 0.453_592_37, 0.453_592_37),
        "oz" | "ounce" | "ounces" => other(Mass, 0.028_349_5, 0.028_349_5),
        "st" | "stone" | "stones" => other(Mass, 6.350_293, 6.350_293),
        "mph" => other(Speed, MILE / 1000.0, MILE / 1000.0),
        "kph" | "kmh" | "kmph" => other(Speed, 1.0, 1.0),
        "knot" | "knots" => other(Speed, 1.852, 1.852),
        "c" | "celsius" | "centigrade" => other(Temperature, 1.0, 1.0),
        "f" | "fahrenheit" => other(Temperature, 0.0, 0.0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};

    fn unit(copy: &str) -> Option<Unit> {
        let doc = Document::from_text("t.txt", copy, Format::Text);
        let claims = crate::extract::extract(&doc);
        let c = claims.first()?;
        unit_of(c, doc.prose().get(c.end..).unwrap_or(""))
    }

    fn converts(copy: &str, to: &str, v: f64) -> (f64, f64) {
        let (Some(from), Some(to)) = (unit(copy), unit(to)) else {
            panic!("no unit in {copy:?} or {to:?}");
        };
        let (lo, hi) = from.convert(v, v, &to);
        ((lo * 100.0).round() / 100.0, (hi * 100.0).round() / 100.0)
    }

    #[test]
    fn each_dimension_converts_by_the_size_of_its_units() {
        assert_eq!(converts("5 miles", "1km", 5.0), (8.05, 8.05));
        assert_eq!(converts("10 square miles", "1 sq km", 10.0), (25.9, 25.9));
        assert_eq!(converts("2 acres", "1 hectares", 2.0), (0.81, 0.81));
        assert_eq!(converts("20C", "1F", 20.0), (68.0, 68.0));
        assert_eq!(converts("86°F", "1°C", 86.0), (30.0, 30.0));
        assert_eq!(converts("38mph", "1km/h", 38.0), (61.16, 61.16));
        assert_eq!(converts("3 stone", "1kg", 3.0), (19.05, 19.05));
        // a gallon is a US or an imperial one
        assert_eq!(converts("10 gallons", "1 litres", 10.0), (37.85, 45.46));
    }

    fn pair(copy: &str) -> Option<(String, String)> {
        let doc = Document::from_text("t.txt", copy, Format::Text);
        let claims = crate::extract::extract(&doc);
        let (a, b) = (claims.first()?, claims.get(1)?);
        conversion(doc.prose(), a, b).map(|c| (c.from.name, c.to.name))
    }

    #[test]
    fn a_conversion_is_a_measure_and_its_units_in_brackets() {
        let p = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(pair("It is 5 miles (8km) long."), p("miles", "km"));
        assert_eq!(pair("A 300 feet (91 metres) tower."), p("feet", "metres"));
        assert_eq!(
            pair("Build 50,000 square metres (538,000 square feet) of it."),
            p("square metres", "square feet")
        );
        assert_eq!(
            pair("Gusts of 75mph (120km/h; 65 knots)."),
            p("mph", "km/h")
        );
        // a speed glued to its slash: the time is in the figure's unit
        assert_eq!(pair("Lifts reach 17m/s (38mph)."), p("m/s", "mph"));
        assert_eq!(pair("It walks at 3km/h (1.9mph)."), p("km/h", "mph"));
        assert_eq!(pair("The train hit 300 km/h (186mph)."), p("km/h", "mph"));
        // wire style: the scale after "degrees", the hour after the unit
        assert_eq!(
            pair("It hit 95 degrees Fahrenheit (35 degrees Celsius)."),
            p("°F", "°C")
        );
        assert_eq!(
            pair("Winds of 100 miles per hour (160 kilometers per hour)."),
            p("miles per hour", "kilometers per hour")
        );
        assert_eq!(
            pair("It weighed 150 tons (136 metric tons)."),
            p("tons", "tonnes")
        );
        assert_eq!(pair("It was 40 degrees (north of the line)."), None);
        // two measures of one unit, or of two dimensions, or with more in the brackets
        assert_eq!(pair("It fell 5 miles (2 miles of it downhill)."), None);
        assert_eq!(pair("It is 5 miles (8 people walked it)."), None);
        assert_eq!(pair("It weighs 5kg (8km away)."), None);
        assert_eq!(pair("It is 5 miles long (8km)."), None);
    }

    #[test]
    fn counts_money_and_unknown_units_have_no_measure() {
        assert_eq!(unit("40 people"), None);
        assert_eq!(unit("£40"), None);
        assert_eq!(unit("40 cubic acres"), None);
        assert_eq!(unit("40 fathoms"), None);
        assert_eq!(unit("40km").map(|u| u.name), Some("km".to_string()));
        assert_eq!(unit("40km/h").map(|u| u.name), Some("km/h".to_string()));
        assert_eq!(
            unit("40 square miles").map(|u| u.dimension),
            Some(Dimension::Area)
        );
    }
}
