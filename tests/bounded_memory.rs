//! Issue 19, item 8: the peak memory of `claimcheck check`, measured from outside as the
//! operating system counts it (`/usr/bin/time -f %M`, the largest resident set), at 1×,
//! 4× and 16× each input. Skipped, saying so, where `/usr/bin/time` is not installed.
//!
//! Two bounds, each so many times the input's size: the peak at every scale over the
//! peak on an empty file (the binary, its tables, its threads) plus slack for the
//! allocator; and what the peak grew by from 4× to 16× over what the input grew by, a
//! ratio that no constant hides.
//!
//! The bound is the issue's, 50×, for news copy however much of it, and for copy that is
//! nothing but figures ("5%" on every line, "120 people" over and over, a table of
//! numbers, "£3m" all along one line, "1 2 3" with nothing else), where a figure can be
//! two bytes of copy: a long document is checked a part at a time and keeps a verdict
//! for each figure, not the figure (docs/performance.md, "Hostile input").

mod common;

use std::path::Path;

/// Allocator arenas and the like, above the empty file's peak, in KB.
const SLACK_KB: u64 = 16 * 1024;

/// The allocator's give between two runs, in KB: what the growth of the peak may exceed
/// its bound by.
const GROWTH_SLACK_KB: u64 = 2 * 1024;

/// The peak resident set of `claimcheck check --format FORMAT FILE`, in KB; `None` without
/// `/usr/bin/time`.
fn peak_kb(dir: &Path, file: &str, format: &str) -> Option<u64> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        return None;
    }
    let out = std::process::Command::new(time)
        .args(["-f", "peak %M"])
        .arg(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", "--format", format, "--output"])
        .arg(dir.join(format!("{file}.{format}")))
        .arg(file)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .ok()?;
    assert!(
        matches!(common::code(&out), 0 | 1),
        "claimcheck check {file}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    err.lines()
        .rev()
        .find_map(|l| l.strip_prefix("peak ")?.trim().parse().ok())
}

/// Checks `copy(scale)` at 1×, 4× and 16× against `per_byte` times its size over the
/// empty file's peak, and the growth of the peak from 4× to 16× against `per_byte`
/// times the growth of the copy.
fn assert_bounded(name: &str, per_byte: u64, copy: impl Fn(usize) -> String) {
    assert_bounded_as("json", name, per_byte, copy);
}

/// [`assert_bounded`] for the report in `format`.
fn assert_bounded_as(format: &str, name: &str, per_byte: u64, copy: impl Fn(usize) -> String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let Some(empty) = peak_kb(dir.path(), "empty.txt", format) else {
        eprintln!("skipped: no /usr/bin/time to measure peak memory with");
        return;
    };
    let mut seen = Vec::new();
    for scale in [1, 4, 16] {
        let file = format!("{scale}x-{name}");
        let text = copy(scale);
        std::fs::write(dir.path().join(&file), &text).unwrap();
        let peak = peak_kb(dir.path(), &file, format).unwrap_or(0);
        let allowed = empty + SLACK_KB + per_byte * text.len() as u64 / 1024;
        assert!(
            peak <= allowed,
            "{name} ({format}) at {scale}×: {peak} KB at peak for {} KB of copy, over {allowed} KB \
             ({empty} KB for an empty file, +{per_byte}× the copy)",
            text.len() / 1024
        );
        seen.push((text.len() as u64, peak));
    }
    if let [_, (size4, peak4), (size16, peak16)] = seen[..] {
        let grew = peak16.saturating_sub(peak4);
        let allowed = GROWTH_SLACK_KB + per_byte * (size16 - size4) / 1024;
        assert!(
            grew <= allowed,
            "{name} ({format}): the peak grew by {grew} KB from 4× to 16× for {} KB more copy, over \
             {allowed} KB ({per_byte}× the copy's growth)",
            (size16 - size4) / 1024
        );
    }
}

/// News copy of about `9 KB × scale`: sentences of several shapes, each with its own
/// figures, about places of made-up names, none repeated word for word.
fn news_copy(scale: usize) -> String {
    const FRONT: [&str; 16] = [
        "Ash", "Brook", "Carl", "Dun", "Elm", "Fair", "Glen", "Hart", "Ivy", "Kings", "Lang",
        "Mill", "North", "Oak", "Pen", "Rye",
    ];
    const BACK: [&str; 16] = [
        "ford", "ton", "field", "wick", "by", "ley", "mouth", "stead", "well", "combe", "bury",
        "ham", "gate", "worth", "dale", "moor",
    ];
    let mut out = String::new();
    for i in 0..50 * scale {
        let town = format!("{}{}", FRONT[i % 16], BACK[(i / 16) % 16]);
        let (a, b, c) = (1200 + i * 37, 3 + i % 17, 40 + i % 50);
        let year = 2000 + (i / 256) % 24;
        out.push_str(&match i % 5 {
            0 => format!("{town} council built {a} homes in {year}, up {b}% on the year before. "),
            1 => format!("Waiting lists at the {c} surgeries in {town} fell to {a} patients in {year}, the trust said. "),
            2 => format!("Ticket sales at {town} museum rose to £{b}.{c}m in {year}, with {a} visitors. "),
            3 => format!("About {c}% of the {a} staff surveyed in {town} said pay had not kept up.\n\n"),
            _ => format!("Police in {town} recorded {a} thefts over {c} weeks in {year}.\n\n"),
        });
        // and, as in any story, sentences without a figure
        out.push_str(&match i % 4 {
            0 => format!("Residents of {town} said the change had been slow to arrive. "),
            1 => format!("A spokesman for {town} declined to comment on the plans. "),
            2 => format!("Campaigners in {town} want the review published before the summer. "),
            _ => format!(
                "Officials in {town} blamed the delay on the weather and on staff shortages. "
            ),
        });
    }
    out
}

#[test]
fn news_copy_peaks_under_fifty_times_its_size() {
    assert_bounded("news.txt", 50, |scale| news_copy(4 * scale));
}

#[test]
fn copy_of_nothing_but_figures_peaks_under_fifty_times_its_size() {
    // 16, 64 and 256 KB of each shape: the debug build the tests run is slow on them
    let size = |scale: usize| 16 * 1024 * scale;
    assert_bounded("percent-lines.txt", 50, |s| "5%\n".repeat(size(s) / 3));
    assert_bounded("people.txt", 50, |s| "120 people ".repeat(size(s) / 11));
    assert_bounded("table.md", 50, |s| {
        let rows: String = (0..size(s) / 20)
            .map(|i| format!("| {i} | {} | {} |\n", i * 2, i * 3))
            .collect();
        format!("| a | b | c |\n|---|---|---|\n{rows}")
    });
    assert_bounded("pounds-one-line.txt", 50, |s| "£3m ".repeat(size(s) / 5));
    assert_bounded("numbers.txt", 50, |s| {
        // two digits at most: "99 100 101" would be one figure grouped by spaces
        (0..size(s) / 3).map(|i| format!("{} ", i % 97)).collect()
    });
}

#[test]
fn an_html_report_of_figure_only_copy_peaks_under_fifty_times_its_size() {
    // the page marks every figure, many times the copy's size: it is written as it is
    // made, a paragraph (or, in a paragraph of a whole file, some figures) at a time
    let size = |scale: usize| 16 * 1024 * scale;
    assert_bounded_as("html", "percent-lines.txt", 50, |s| {
        "5%\n".repeat(size(s) / 3)
    });
    assert_bounded_as("html", "numbers.txt", 50, |s| {
        (0..size(s) / 3).map(|i| format!("{} ", i % 97)).collect()
    });
}
