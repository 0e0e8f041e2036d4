//! The HTML report in a real browser: headless Chromium loads the fixture report's page
//! and the DOM it builds must hold every marked figure and finding. Skipped (with a note)
//! when Chromium is not installed; .ci/run installs Debian's chromium.
//!
//! `CLAIMCHECK_SCREENSHOT=shot.png cargo test --test html_browser` also saves a
//! screenshot of the fixture's page. docs/report.png is the sample article's report:
//! `claimcheck check articles/deportation-target.txt --format html --output r.html`, then
//! `chromium --headless --window-size=1200,1800 --screenshot=docs/report.png file://…/r.html`.

mod report_fixture;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use claimcheck::report::html;

fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

/// Runs headless Chromium on `page` with `extra` flags, killed after a minute.
fn run(chromium: &Path, profile: &Path, page: &Path, extra: &[&str]) -> Output {
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1200,1500",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("chromium did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn the_report_loads_in_headless_chromium() {
    let Some(chromium) = chromium() else {
        eprintln!("note: chromium is not installed; the browser test is skipped");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let report = report_fixture::report();
    let mut bytes = Vec::new();
    html::render(&report, &mut bytes).unwrap();
    std::fs::write(&page, &bytes).unwrap();

    let out = run(
        &chromium,
        &dir.path().join("profile"),
        &page,
        &["--dump-dom"],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "chromium failed: {stderr}");
    let dom = String::from_utf8(out.stdout).unwrap();
    // The browser parsed the whole page: every figure and finding is in its DOM.
    assert!(dom.contains("<title>claimcheck report</title>"), "{dom}");
    assert_eq!(dom.matches("<mark data-verdict=").count(), 8);
    assert_eq!(dom.matches("<article class=\"finding").count(), 5);
    assert!(dom.trim_end().ends_with("</html>"));
    // No console errors, no failed loads (the page requests nothing).
    for bad in ["CONSOLE", "Uncaught", "net::ERR_", "Refused to"] {
        assert!(!stderr.contains(bad), "{bad} in chromium's log:\n{stderr}");
    }

    let shot = dir.path().join("report.png");
    let out = run(
        &chromium,
        &dir.path().join("profile"),
        &page,
        &[&format!("--screenshot={}", shot.display())],
    );
    assert!(out.status.success());
    let png = std::fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 10_000);
    if let Some(to) = std::env::var_os("CLAIMCHECK_SCREENSHOT") {
        std::fs::write(to, &png).unwrap();
    }
}
