//! Copy as it arrives from CMSs, Word and email — empty, binary, not
//! UTF-8, with byte-order marks, old line endings and NUL bytes — is read or skipped
//! with the right warning, and line numbers stay right.

use claimcheck::document::{Document, Format};
use claimcheck::input::{decode, load, Input, Loaded};

fn doc(bytes: &[u8], path: &str) -> (Document, Vec<String>) {
    let format = Format::from_path(path).unwrap_or(Format::Text);
    match decode(path.into(), bytes.to_vec(), format) {
        Loaded::Doc(d, w) => {
            let rules = w.iter().map(|f| f.rule.to_string()).collect();
            (d, rules)
        }
        Loaded::Skipped(f) => panic!("skipped: {}", f.message),
    }
}

/// The 1-based (line, column) of the first occurrence of `needle`.
fn at(d: &Document, needle: &str) -> (usize, usize) {
    let pos = d.text.find(needle).unwrap();
    d.line_col(pos)
}

#[test]
fn an_empty_file_is_an_empty_document() {
    let (d, warnings) = doc(b"", "empty.txt");
    assert!(warnings.is_empty());
    assert_eq!(d.text, "");
    assert_eq!(d.prose(), "");
    assert!(d.paragraphs().is_empty());
    assert!(d.sentences().is_empty());
    assert_eq!(d.line_col(0), (1, 1));
    assert_eq!(d.line_count(), 1);
    assert!(claimcheck::extract::extract(&d).is_empty());
}

#[test]
fn binary_files_are_skipped_with_a_located_warning() {
    // a PNG header followed by bytes spread over the whole range, as compressed data is
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..4000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    match decode("chart.txt".into(), png, Format::Text) {
        Loaded::Skipped(f) => {
            assert_eq!(f.rule, "input/binary");
            assert_eq!(f.severity.as_str(), "warning");
            assert_eq!((f.path.as_str(), f.span.clone()), ("chart.txt", 0..0));
        }
        Loaded::Doc(..) => panic!("a PNG was read as copy"),
    }
}

#[test]
fn a_stray_nul_in_copy_is_kept_as_text() {
    let (d, warnings) = doc(b"Turnout was 61 per cent\0 in the ward.\n", "nul.txt");
    assert!(warnings.is_empty());
    assert_eq!(d.text.len(), 38);
    assert_eq!(d.prose().len(), d.text.len());
    assert_eq!(at(&d, "in the"), (1, 26));
}

#[test]
fn windows_1252_is_decoded_and_the_warning_points_at_the_first_bad_byte() {
    // 0x80 is the euro sign, 0xe9 "é", 0x96 an en dash in Windows-1252
    let (d, warnings) = doc(
        b"The fee rose.\nIt is now \x8012 a night at the caf\xe9 \x96 up from \x809.\n",
        "fee.txt",
    );
    assert_eq!(
        d.text,
        "The fee rose.\nIt is now \u{20ac}12 a night at the caf\u{e9} \u{2013} up from \u{20ac}9.\n"
    );
    assert_eq!(warnings, vec!["input/encoding"]);
    let Loaded::Doc(d, w) = decode("fee.txt".into(), b"ok\n\x80".to_vec(), Format::Text) else {
        panic!("skipped");
    };
    assert_eq!(d.line_col(w[0].span.start), (2, 1));
    assert_eq!(w[0].span, 3..6); // the euro sign, three bytes in UTF-8
    assert!(
        w[0].message.contains("line 2, column 1"),
        "{}",
        w[0].message
    );
}

#[test]
fn utf8_pasted_beside_windows_1252_keeps_its_accents() {
    // "naïve" in UTF-8, then a Windows-1252 right quote (0x92)
    let (d, warnings) = doc(b"A na\xc3\xafve plan\x92s cost: 40 jobs.", "mixed.txt");
    assert_eq!(d.text, "A na\u{ef}ve plan\u{2019}s cost: 40 jobs.");
    assert_eq!(warnings, vec!["input/encoding"]);
    assert_eq!(at(&d, "40"), (1, 22));
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded() {
    let text = "Some 300 homes\r\nwere flooded.";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let (d, warnings) = doc(&le, "word.txt");
    assert_eq!(d.text, text);
    assert_eq!(warnings, vec!["input/encoding"]);
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    assert_eq!(doc(&be, "word.txt").0.text, text);
}

#[test]
fn a_utf8_byte_order_mark_keeps_offsets_but_not_columns() {
    let (d, warnings) = doc(
        "\u{feff}About 250 people came.\nThen 40 left.\n".as_bytes(),
        "bom.md",
    );
    assert!(warnings.is_empty());
    // offsets count the mark's three bytes, as the file has them
    assert_eq!(d.text.find("About"), Some(3));
    assert!(d.prose().starts_with("   About"));
    // columns do not: an editor shows "About" at column 1
    assert_eq!(at(&d, "About"), (1, 1));
    assert_eq!(at(&d, "250"), (1, 7));
    assert_eq!(at(&d, "40"), (2, 6));
    assert_eq!(d.slice(d.sentences()[0].clone()), "About 250 people came.");
}

#[test]
fn crlf_and_lone_cr_line_endings_count_lines_right() {
    for (name, eol) in [("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")] {
        let text = ["First 10 lines.", "", "Then 20 more.", "And 30 after."].join(eol);
        for path in ["a.txt", "a.md", "a.html"] {
            let (d, _) = doc(text.as_bytes(), path);
            assert_eq!(at(&d, "10"), (1, 7), "{name} {path}");
            assert_eq!(at(&d, "20"), (3, 6), "{name} {path}");
            assert_eq!(at(&d, "30"), (4, 5), "{name} {path}");
            assert_eq!(d.line_count(), 4, "{name} {path}");
            assert_eq!(d.slice(d.line_span(3)), "Then 20 more.", "{name} {path}");
            let sentences: Vec<&str> = d.sentences().iter().map(|s| d.slice(s.clone())).collect();
            assert_eq!(
                sentences,
                ["First 10 lines.", "Then 20 more.", "And 30 after."],
                "{name} {path}"
            );
        }
    }
}

#[test]
fn markdown_with_lone_cr_line_endings_masks_each_line_marker() {
    let (d, _) = doc(b"# 3 steps\r1. Cut 5 costs.\r2. Add 7 staff.\r", "cr.md");
    let visible: Vec<&str> = d.prose().split_whitespace().collect();
    assert_eq!(
        visible,
        ["3", "steps", "Cut", "5", "costs.", "Add", "7", "staff."]
    );
}

#[test]
fn a_folder_or_a_missing_path_is_an_error_for_that_input_only() {
    let dir = tempfile::tempdir().unwrap();
    let err = load(&Input::File(dir.path().to_path_buf())).unwrap_err();
    assert!(
        err.to_string().ends_with(": is a directory, not a file"),
        "{err}"
    );

    let good = dir.path().join("good.txt");
    std::fs::write(&good, "Up 5 per cent.").unwrap();
    let missing = dir.path().join("missing.txt");
    let inputs =
        claimcheck::input::collect(&[missing.clone(), good.clone()], &[], dir.path()).unwrap();
    assert_eq!(inputs.len(), 2);
    let read = claimcheck::run::read_all(&inputs);
    assert_eq!(read.docs.len(), 1);
    assert_eq!(
        read.errors,
        [format!("{}: no such file or directory", missing.display())]
    );
}

#[test]
fn endless_input_is_refused_at_once() {
    let zero = std::path::Path::new("/dev/zero");
    if !zero.exists() {
        eprintln!("note: no /dev/zero here; skipped");
        return;
    }
    let err = load(&Input::File(zero.to_path_buf())).unwrap_err();
    assert_eq!(
        err.to_string(),
        // a device, refused before any byte is read (issue 19 item 10)
        "/dev/zero: is not a regular file (a FIFO, device or socket), so it is not read"
    );
}
