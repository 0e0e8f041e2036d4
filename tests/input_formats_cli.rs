//! Through the binary, issue 15: every word of the copy is read, in every format, and
//! nothing else is. HTML and Markdown as a CMS exports them, standard input named with
//! `--stdin-filename`, files that are not copy, and runs that find no article.
//! (Every sentence here is our own.)

use std::path::Path;
use std::process::{Output, Stdio};

mod common;

use common::{bin, code, json, run, stderr, stdout, write};

/// A newsroom with an empty config, so no config above the temporary folder applies.
fn newsroom() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "claimcheck.yaml", "");
    dir
}

fn run_stdin(dir: &Path, args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = bin()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// (text, value, currency, line, column) of every figure `extract --format json` lists.
fn figures(o: &Output) -> Vec<(String, f64, String, u64, u64)> {
    let v = json(o);
    let mut out = Vec::new();
    for f in v["files"].as_array().unwrap() {
        for c in f["claims"].as_array().unwrap() {
            out.push((
                c["text"].as_str().unwrap().to_string(),
                c["value"].as_f64().unwrap_or(f64::NAN),
                c["currency"].as_str().unwrap_or("-").to_string(),
                c["line"].as_u64().unwrap(),
                c["column"].as_u64().unwrap(),
            ));
        }
    }
    out
}

fn texts(o: &Output) -> Vec<String> {
    figures(o).into_iter().map(|f| f.0).collect()
}

#[test]
fn a_figure_at_the_end_of_an_element_is_read() {
    let dir = newsroom();
    write(
        dir.path(),
        "a.html",
        "<h1>Ferry fares rise to 7.4 million</h1>\n<p>They built 300</p>\n<p>Nothing else here.</p>\n<ul><li>North gained 12</li><li>South lost 9</li></ul>\n",
    );
    let o = run(dir.path(), &["extract", "a.html", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(texts(&o), ["7.4 million", "300", "12", "9"]);
    let f = figures(&o);
    assert_eq!((f[1].3, f[1].4), (2, 15), "300 is at line 2, column 15");
}

#[test]
fn entities_keep_their_currency_and_thousands_and_spans_point_into_the_file() {
    let dir = newsroom();
    let html = "<p>The bridge cost &pound;4.5m, the tunnel &#163;5m and the port &euro;40m; 12&#8201;000 people use them.</p>\n";
    write(dir.path(), "a.html", html);
    let o = run(dir.path(), &["extract", "a.html", "--format", "json"]);
    let got = figures(&o);
    let want = [
        ("£4.5m", 4_500_000.0, "GBP"),
        ("£5m", 5_000_000.0, "GBP"),
        ("€40m", 40_000_000.0, "EUR"),
        ("12\u{2009}000", 12_000.0, "-"),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for (g, w) in got.iter().zip(want) {
        assert_eq!((g.0.as_str(), g.1, g.2.as_str()), w);
    }
    // start/end are the bytes of the file: the entity and all
    let v = json(&o);
    let c = &v["files"][0]["claims"][0];
    let (s, e) = (
        c["start"].as_u64().unwrap() as usize,
        c["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&html[s..e], "&pound;4.5m");
    assert_eq!(c["column"], 20);
}

#[test]
fn markdown_front_matter_titles_and_footnotes_are_read_code_is_not() {
    let dir = newsroom();
    write(
        dir.path(),
        "a.md",
        "---\ntitle: \"Council cuts 40 posts\"\nslug: council-cuts-2025\ndate: 2025-03-02\ndescription: The budget falls by 8%.\n---\n\nThe council will cut 40 posts.[^1]\n\n    for i in 1..99 { }\n\n```\nlet total = 77;\n```\n\nStaff were told on Monday.\n\n[^1]: Of a workforce of 1,250.\n",
    );
    let o = run(dir.path(), &["extract", "a.md", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let got = figures(&o);
    let seen: Vec<(&str, u64)> = got.iter().map(|f| (f.0.as_str(), f.3)).collect();
    assert_eq!(
        seen,
        [("40", 2), ("8%", 5), ("40", 8), ("1,250", 18)],
        "{got:?}"
    );
}

#[test]
fn a_markdown_table_is_one_unit_per_cell() {
    let dir = newsroom();
    write(
        dir.path(),
        "t.md",
        "Jobs by region.\n\n| Region | Jobs |\n|---|---|\n| North | 1,200 |\n| South | 950 |\n",
    );
    let o = run(dir.path(), &["extract", "t.md"]);
    assert_eq!(
        stdout(&o),
        "t.md:5:11\tnumber\t1,200\texact\t-\t\"1,200\"\nt.md:6:11\tnumber\t950\texact\t-\t\"950\"\n"
    );
}

#[test]
fn stdin_filename_gives_the_format_the_path_and_the_config() {
    let dir = newsroom();
    // a config beside the named file, not in the working directory
    write(
        dir.path(),
        "desk/claimcheck.yaml",
        "rules:\n  record/unsourced: off\n",
    );
    let md = b"# Title\n\nThey hired *300* staff &amp; `42` more.\n";
    let o = run_stdin(
        dir.path(),
        &["extract", "-", "--stdin-filename", "desk/story.md"],
        md,
    );
    assert_eq!(
        stdout(&o),
        "desk/story.md:3:13\tnumber\t300\texact\tstaff\t\"300\"\n"
    );
    // the config found from the named file's folder turns record/unsourced off
    let o = run_stdin(
        dir.path(),
        &[
            "check",
            "-",
            "--stdin-filename",
            "desk/story.md",
            "--format",
            "json",
        ],
        md,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["files"][0]["path"], "desk/story.md");
    assert_eq!(v["files"][0]["findings"].as_array().map(Vec::len), Some(0));
    // without the name, standard input is plain text and `*300*` is read as it stands
    let o = run_stdin(dir.path(), &["extract", "-"], md);
    assert!(stdout(&o).starts_with("-:3:"), "{}", stdout(&o));
}

#[test]
fn a_pdf_named_on_the_command_line_is_an_error_naming_its_format() {
    let dir = newsroom();
    write(
        dir.path(),
        "report.pdf",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> stream\n(Sales 300 400 500) Tj\nendstream\n",
    );
    for cmd in ["check", "extract", "dupes"] {
        let o = run(dir.path(), &[cmd, "report.pdf"]);
        assert_eq!(code(&o), 2, "{cmd}");
        assert!(
            stderr(&o).contains(
                "error: report.pdf:1:1: input/unsupported: a PDF document is not copy claimcheck can read; convert it to text first"
            ),
            "{cmd}: {}",
            stderr(&o)
        );
        assert!(!stdout(&o).contains("300"), "{cmd}");
    }
    // and on standard input, by its bytes
    let pdf = std::fs::read(dir.path().join("report.pdf")).unwrap();
    let o = run_stdin(dir.path(), &["check", "-"], &pdf);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("-:1:1: input/unsupported: a PDF document"));
}

#[test]
fn a_folder_walk_skips_what_is_not_copy_and_counts_it() {
    let dir = newsroom();
    write(
        dir.path(),
        "articles/story.txt",
        "The depot has 35 buses.\n",
    );
    write(dir.path(), "articles/scan.pdf", b"%PDF-1.4\n");
    write(
        dir.path(),
        "articles/draft.docx",
        b"PK\x03\x04word/document.xml",
    );
    write(dir.path(), "articles/photo.jpg", b"\xff\xd8\xff\xe0JFIF");
    let o = run(dir.path(), &["check", "articles", "--fail-on", "never"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("warning[input/binary]: a Word document is not copy, so it was skipped"),
        "{out}"
    );
    assert!(out.contains("articles/scan.pdf"), "{out}");
    assert!(out.contains("4 files,"), "{out}");
    assert!(out.contains("(0 errors, 3 warnings,"), "{out}");
}

#[test]
fn a_run_that_finds_no_article_is_exit_2_unless_allowed() {
    let dir = newsroom();
    write(dir.path(), "pdfs/a.pdf", b"%PDF-1.4\n");
    write(
        dir.path(),
        "pdfs/b.odt",
        b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.text",
    );
    std::fs::create_dir_all(dir.path().join("empty")).unwrap();
    for (folder, skipped) in [
        ("pdfs", "; 2 files were skipped as not copy"),
        ("empty", ""),
    ] {
        for cmd in ["check", "extract", "dupes"] {
            let o = run(dir.path(), &[cmd, folder]);
            assert_eq!(code(&o), 2, "{cmd} {folder}");
            assert!(
                stderr(&o).contains(&format!(
                    "error: no article found in {folder} (folders are walked for .txt, .md, .markdown, .html and .htm files{skipped}); --allow-empty accepts a run with nothing to check"
                )),
                "{cmd} {folder}: {}",
                stderr(&o)
            );
            let o = run(dir.path(), &[cmd, folder, "--allow-empty"]);
            assert_eq!(code(&o), 0, "{cmd} {folder} --allow-empty: {}", stderr(&o));
        }
    }
}

#[test]
fn the_html_report_shows_the_copy_as_the_reader_sees_it() {
    let dir = newsroom();
    write(
        dir.path(),
        "a.html",
        "<h1>Bridge costs &pound;4.5m</h1>\n<p>The toll, set by <code>rate_v2</code>, is &#163;3 &amp; rising.</p>\n<ul><li>North: 12&#8201;000 cars</li>\n<li>South: 9,000 cars</li></ul>\n<script>var n = 41;</script>\n",
    );
    let o = run(
        dir.path(),
        &["check", "a.html", "--format", "html", "--fail-on", "never"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let page = stdout(&o);
    // one block per element, each with its own line number
    let copy: Vec<&str> = page
        .match_indices("<p class=\"copy\">")
        .map(|(i, _)| &page[i..])
        .collect();
    let lines: Vec<&str> = copy
        .iter()
        .map(|c| {
            let at = c.find("<span class=\"ln\">").unwrap() + 17;
            &c[at..at + c[at..].find('<').unwrap()]
        })
        .collect();
    assert_eq!(lines, ["1", "2", "3", "4"], "{page}");
    // entities decoded, inline code shown, markup and scripts gone
    assert!(page.contains("Bridge costs <mark"), "{page}");
    assert!(page.contains(">£4.5m<span class=\"tip\""), "{page}");
    assert!(
        page.contains("The toll, set by rate_v2, is <mark"),
        "{page}"
    );
    assert!(page.contains(">£3<span class=\"tip\""), "{page}");
    assert!(page.contains("</mark> &amp; rising."), "{page}");
    assert!(page.contains(">12\u{2009}000<span class=\"tip\""), "{page}");
    assert!(!page.contains("&amp;pound;"), "{page}");
    assert!(!page.contains("&amp;#163;"), "{page}");
    assert!(!page.contains("&lt;li&gt;"), "{page}");
    assert!(!page.contains("var n"), "{page}");
}

#[test]
fn draft_states_one_clean_sentence_and_a_record_per_table_cell() {
    let dir = newsroom();
    write(
        dir.path(),
        "a.html",
        "<h1>Jobs by <b>region</b></h1>\n<p>The agency said <b>&pound;4.5m</b> was spent. <a href=\"/r/7\">Hiring</a> rose.</p>\n<table><tr><th>Region</th><th>Jobs</th><th>Firms</th></tr>\n<tr><th>North</th><td>1,200</td><td>35</td></tr>\n<tr><th>South</th><td>950</td><td>35</td></tr></table>\n",
    );
    let o = run(dir.path(), &["draft", "a.html"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("  statement: The agency said £4.5m was spent.\n"),
        "{out}"
    );
    assert!(!out.contains('<'), "{out}");
    for (statement, first, second) in [
        ("'Jobs, North: 1,200'", "jobs", "north"),
        ("'Firms, North: 35'", "firms", "north"),
        ("'Jobs, South: 950'", "jobs", "south"),
        ("'Firms, South: 35'", "firms", "south"),
    ] {
        assert!(
            out.contains(&format!(
                "  statement: {statement}\n  value: {}\n  kind: number\n  articles:\n  - a.html\n  match:\n  - {first}\n  - {second}\n",
                statement.rsplit(' ').next().unwrap().trim_end_matches('\'').replace(',', "")
            )),
            "{statement}: {out}"
        );
    }
    // a Markdown table the same way
    write(
        dir.path(),
        "t.md",
        "| Region | Jobs |\n|---|---|\n| North | 1,200 |\n| South | 950 |\n",
    );
    let out = stdout(&run(dir.path(), &["draft", "t.md"]));
    assert!(out.contains("statement: 'Jobs, North: 1,200'"), "{out}");
    assert!(out.contains("statement: 'Jobs, South: 950'"), "{out}");
}

#[test]
fn a_front_matter_headline_is_checked_against_the_body() {
    let dir = newsroom();
    write(
        dir.path(),
        "a.md",
        "---\ntitle: \"Harbour Lines sues port authority for $28bn\"\nslug: harbour-28\n---\n\nHarbour Lines, the ferry operator, is suing the port authority for $38.3bn in damages, the company said on Tuesday.\n",
    );
    let o = run(
        dir.path(),
        &["check", "a.md", "--format", "json", "--fail-on", "never"],
    );
    let v = json(&o);
    let findings = v["files"][0]["findings"].as_array().unwrap();
    let conflict = findings
        .iter()
        .find(|f| f["rule"] == "consistency/conflicting-values")
        .unwrap_or_else(|| panic!("{findings:?}"));
    assert_eq!(conflict["line"], 6);
    assert_eq!(conflict["related"][0]["line"], 2);
    // the slug's "28" is no figure
    let claims = v["files"][0]["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 2, "{claims:?}");
}
