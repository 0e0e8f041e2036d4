//! The bundled sample newsroom: `verify` holds, and `check articles/` shows supported,
//! contradicted and unsourced figures (the 217,000 removals against ICE's 271,484).

mod common;

use common::run_in_checkout as run;

#[test]
fn verify_on_the_bundle_exits_0_with_only_missing_snapshot_warnings() {
    let o = run(&["verify", "--format", "json"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    assert!(findings
        .iter()
        .all(|f| f["rule"] == "provenance/missing-snapshot" && f["severity"] == "warning"));
}

#[test]
fn bundle_has_at_least_ten_claim_records() {
    let set = claimcheck::run::load_records(&claimcheck::settings::Settings {
        claims: concat!(env!("CARGO_MANIFEST_DIR"), "/claims").into(),
        sources: concat!(env!("CARGO_MANIFEST_DIR"), "/sources").into(),
        ..Default::default()
    })
    .unwrap();
    assert!(set.claims.len() >= 10, "{}", set.claims.len());
    assert!(set.claims.iter().all(|c| !c.sources.is_empty()));
}

#[test]
fn check_on_the_bundle_shows_each_verdict() {
    let o = run(&["check", "articles/", "--format", "json"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["records_digest"].as_str().map(str::len), Some(64));
    let article = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "articles/deportation-target.txt")
        .unwrap();
    let verdict = |line: u64, text: &str| {
        article["claims"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["line"] == line && c["text"] == text)
            .map(|c| {
                (
                    c["verdict"].as_str().unwrap().to_string(),
                    c["record"].clone(),
                )
            })
    };
    let s = |v: &str, r: &str| Some((v.to_string(), serde_json::Value::from(r)));
    assert_eq!(
        verdict(15, "217,000"),
        s("contradicted", "ice-removals-fy2024")
    );
    assert_eq!(verdict(7, "271,000"), s("supported", "ice-removals-fy2024"));
    assert_eq!(
        verdict(3, "just over 400,000"),
        s("supported", "ice-removals-fy2012")
    );
    assert_eq!(
        verdict(6, "more than 117,000"),
        s("supported", "dhs-deportations-late-march")
    );
    assert_eq!(
        verdict(7, "around 212,000"),
        s("supported", "mpi-removals-projection")
    );
    assert_eq!(
        verdict(15, "more than 190"),
        s("supported", "ice-removal-countries-fy2024")
    );
    assert_eq!(
        verdict(4, "estimated 1.4 million"),
        Some(("unsourced".to_string(), serde_json::Value::Null))
    );
    let contradicted: Vec<(u64, &str)> = article["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "record/contradicted")
        .map(|f| (f["line"].as_u64().unwrap(), f["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        contradicted,
        [(
            15,
            "the copy says 217,000 removals, but record `ice-removals-fy2024` gives 271,484"
        )]
    );
}
