//! The CI and pre-commit set-ups in docs/github-actions.md and action.yml, run as
//! written: the workflow's shell steps, the composite action's shell steps, and the
//! pre-commit hook (with the `pre-commit` tool from PyPI), against a temporary newsroom
//! repository with a pull request, installing claimcheck from a local clone of this
//! project pinned to a commit and a tag this test makes. A documented step that does not
//! work fails here.
//!
//! Three cargo builds of claimcheck make this slow, so it runs when
//! `CLAIMCHECK_WORKFLOW_TEST=1` (set by .ci/run) and skips otherwise; the pre-commit part
//! skips when `pre-commit` is not installed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_yaml::Value;

mod common;

use common::git;

const TAG: &str = "v0.0.0-workflow-test";

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// The fenced ```yaml blocks of a Markdown file.
fn yaml_blocks(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in md.lines() {
        match (&mut current, line.trim_start()) {
            (None, "```yaml") => current = Some(String::new()),
            (Some(block), "```") => {
                out.push(std::mem::take(block));
                current = None;
            }
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            _ => {}
        }
    }
    out
}

/// This project's files as they are in the working tree, committed to a new repository
/// and tagged: the "claimcheck repository" the docs install from. Returns its commit.
fn clone_of_this_project(to: &Path) -> String {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = git(
        here,
        &[
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ],
    );
    for rel in files.split('\0').filter(|r| !r.is_empty()) {
        let from = here.join(rel);
        if from.is_file() {
            let dest = to.join(rel);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::copy(&from, &dest).unwrap();
        }
    }
    git(to, &["init", "-q"]);
    git(to, &["add", "-A"]);
    git(to, &["commit", "-qm", "claimcheck as tested"]);
    git(to, &["tag", TAG]);
    git(to, &["rev-parse", "HEAD"])
}

const RECORDS: &str = "- id: ferry-passengers\n  statement: Ferry passengers in May\n  value: 48310\n  kind: number\n  unit: passengers\n  match: [passengers]\n  sources:\n    - id: port-report\n";

const SOURCES: &str = "- id: port-report\n  title: Port report for May\n  publisher: The port\n";

/// A newsroom's origin with `main`, and a checkout of it (as actions/checkout with
/// fetch-depth 0 leaves it) on a pull-request branch that changes a record.
fn newsroom(tmp: &Path) -> PathBuf {
    let base = tmp.join("newsroom-base");
    write(
        &base,
        "articles/ferry.txt",
        "The ferry carried 48,310 passengers in May, the port said.\n",
    );
    write(&base, "claims/ferry.yaml", RECORDS);
    write(&base, "sources/sources.yaml", SOURCES);
    git(&base, &["init", "-q"]);
    git(&base, &["add", "-A"]);
    git(&base, &["commit", "-qm", "newsroom"]);
    let origin = tmp.join("origin.git");
    git(
        tmp,
        &[
            "clone",
            "-q",
            "--bare",
            base.to_str().unwrap(),
            origin.to_str().unwrap(),
        ],
    );
    let checkout = tmp.join("newsroom");
    git(
        tmp,
        &[
            "clone",
            "-q",
            origin.to_str().unwrap(),
            checkout.to_str().unwrap(),
        ],
    );
    git(&checkout, &["checkout", "-q", "-b", "fix-record"]);
    write(
        &checkout,
        "claims/ferry.yaml",
        &RECORDS.replace("value: 48310", "value: 43810"),
    );
    git(
        &checkout,
        &["commit", "-qam", "correct the passenger count"],
    );
    checkout
}

/// What a runner gives every step, plus builds that share one target folder and skip
/// optimisation (environment overrides of the release profile; the commands are as
/// documented).
fn runner_env(tmp: &Path) -> BTreeMap<String, String> {
    let mut env = BTreeMap::new();
    let root = tmp.join("cargo-root");
    let path = format!(
        "{}:{}",
        root.join("bin").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/workflow-test");
    // cargo's probe of rustc (`rustc -`, its program on stdin) is taken from the outer
    // build's cache: run under the test harness, the probe has been seen to read stray
    // text instead of an empty program and fail
    let outer = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/.rustc_info.json");
    if std::fs::create_dir_all(&target).is_ok() && outer.is_file() {
        let _ = std::fs::copy(&outer, target.join(".rustc_info.json"));
    }
    for (k, v) in [
        ("PATH", path),
        ("CARGO_INSTALL_ROOT", root.display().to_string()),
        ("CARGO_TARGET_DIR", target.display().to_string()),
        ("CARGO_PROFILE_RELEASE_OPT_LEVEL", "0".into()),
        ("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "256".into()),
        ("CARGO_PROFILE_RELEASE_DEBUG", "false".into()),
        ("CARGO_PROFILE_RELEASE_LTO", "false".into()),
        ("RUNNER_OS", "Linux".into()),
        ("HOME", tmp.join("home").display().to_string()),
        ("CARGO_HOME", cargo_home()),
        (
            "PRE_COMMIT_HOME",
            tmp.join("pre-commit").display().to_string(),
        ),
        ("NO_COLOR", "1".into()),
    ] {
        env.insert(k.to_string(), v);
    }
    // the toolchain in use (the runner's would be set up by its own step)
    let home = std::env::var("HOME").unwrap_or_default();
    env.insert(
        "RUSTUP_HOME".into(),
        std::env::var("RUSTUP_HOME").unwrap_or_else(|_| format!("{home}/.rustup")),
    );
    if let Ok(t) = std::env::var("RUSTUP_TOOLCHAIN") {
        env.insert("RUSTUP_TOOLCHAIN".into(), t);
    }
    env
}

/// The cargo home in use, so the registry already downloaded is used again.
fn cargo_home() -> String {
    std::env::var("CARGO_HOME")
        .unwrap_or_else(|_| format!("{}/.cargo", std::env::var("HOME").unwrap_or_default()))
}

/// One `${{ … }}` expression of the forms the documented files use.
fn expression(
    e: &str,
    outputs: &BTreeMap<String, BTreeMap<String, String>>,
    ctx: &BTreeMap<&str, String>,
) -> String {
    let e = e.trim();
    if let Some(rest) = e.strip_prefix("steps.") {
        let (id, key) = rest.split_once(".outputs.").unwrap();
        return outputs
            .get(id)
            .and_then(|o| o.get(key))
            .cloned()
            .unwrap_or_default();
    }
    ctx.get(e)
        .cloned()
        .unwrap_or_else(|| panic!("the test does not know the expression `{e}`"))
}

fn substitute(
    text: &str,
    outputs: &BTreeMap<String, BTreeMap<String, String>>,
    ctx: &BTreeMap<&str, String>,
) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("${{") {
        out.push_str(&rest[..i]);
        let j = rest[i..].find("}}").unwrap() + i;
        out.push_str(&expression(&rest[i + 3..j], outputs, ctx));
        rest = &rest[j + 2..];
    }
    out.push_str(rest);
    out
}

/// Whether a step's `if:` holds here (a run with no cache, where every step runs).
fn condition(cond: Option<&Value>) -> bool {
    match cond.and_then(Value::as_str).map(str::trim) {
        None | Some("always()") => true,
        Some("steps.cache.outputs.cache-hit != 'true'") => true,
        Some(other) => panic!("the test does not know the condition `{other}`"),
    }
}

/// The outcome of each shell step, by name.
struct Ran {
    outputs: BTreeMap<String, BTreeMap<String, String>>,
    results: BTreeMap<String, Output>,
}

/// Runs the `run:` steps of `steps` in `dir` as a runner would (bash -e -o pipefail),
/// skipping `uses:` steps, with `env` and each step's own `env:`.
fn run_steps(
    steps: &[Value],
    dir: &Path,
    env: &BTreeMap<String, String>,
    ctx: &BTreeMap<&str, String>,
    tmp: &Path,
) -> Ran {
    let mut ran = Ran {
        outputs: BTreeMap::new(),
        results: BTreeMap::new(),
    };
    for (i, step) in steps.iter().enumerate() {
        let Some(script) = step.get("run").and_then(Value::as_str) else {
            continue;
        };
        if !condition(step.get("if")) {
            continue;
        }
        let name = step
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("unnamed")
            .to_string();
        let output_file = tmp.join(format!("output-{i}"));
        std::fs::write(&output_file, "").unwrap();
        let mut cmd = Command::new("bash");
        cmd.args(["--noprofile", "--norc", "-eo", "pipefail", "-c"])
            .arg(substitute(script, &ran.outputs, ctx))
            // a runner's steps read nothing; cargo's rustc probe reads its program from
            // stdin, so it must be empty rather than whatever the harness left open
            .stdin(std::process::Stdio::null())
            .current_dir(dir)
            .env_clear()
            .envs(env)
            .env("GITHUB_OUTPUT", &output_file)
            .env("GITHUB_STEP_SUMMARY", tmp.join("summary.md"));
        if let Some(Value::Mapping(m)) = step.get("env") {
            for (k, v) in m {
                let v = substitute(v.as_str().unwrap_or(""), &ran.outputs, ctx);
                cmd.env(k.as_str().unwrap(), v);
            }
        }
        let o = cmd.output().unwrap();
        if let Some(id) = step.get("id").and_then(Value::as_str) {
            let text = std::fs::read_to_string(&output_file).unwrap();
            let map = text
                .lines()
                .filter_map(|l| l.split_once('='))
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            ran.outputs.insert(id.to_string(), map);
        }
        ran.results.insert(name, o);
    }
    ran
}

fn show(o: &Output) -> String {
    format!(
        "exit {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn sarif_rules(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let log: serde_json::Value = serde_json::from_str(&text).unwrap();
    log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_documented_workflow_action_and_hook_work() {
    if std::env::var_os("CLAIMCHECK_WORKFLOW_TEST").is_none() {
        eprintln!("CLAIMCHECK_WORKFLOW_TEST is not set; the workflow test is skipped");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let tmp = tmp.path();
    let project = tmp.join("claimcheck");
    let commit = clone_of_this_project(&project);
    let checkout = newsroom(tmp);
    let mut env = runner_env(tmp);
    std::fs::create_dir_all(tmp.join("home")).unwrap();

    // The workflow in docs/github-actions.md, on a pull request into main.
    let doc = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/github-actions.md"),
    )
    .unwrap();
    let blocks = yaml_blocks(&doc);
    let workflow: Value = blocks
        .iter()
        .map(|b| serde_yaml::from_str::<Value>(b).unwrap())
        .find(|v| v.get("jobs").is_some())
        .expect("docs/github-actions.md has a workflow");
    if let Some(Value::Mapping(m)) = workflow.get("env") {
        for (k, v) in m {
            env.insert(k.as_str().unwrap().into(), v.as_str().unwrap().into());
        }
    }
    // The pin: the tag this test made, in the clone this test made.
    env.insert(
        "CLAIMCHECK_GIT".into(),
        format!("file://{}", project.display()),
    );
    env.insert("CLAIMCHECK_REV".into(), TAG.into());
    env.insert("GITHUB_EVENT_NAME".into(), "pull_request".into());
    env.insert("GITHUB_BASE_REF".into(), "main".into());
    let ctx: BTreeMap<&str, String> = [("runner.os", "Linux".to_string())].into();
    let steps = workflow["jobs"]["claimcheck"]["steps"]
        .as_sequence()
        .unwrap()
        .clone();
    let ran = run_steps(&steps, &checkout, &env, &ctx, tmp);
    assert_eq!(
        ran.outputs["pin"]["commit"], commit,
        "the cache key is made of the commit the tag names"
    );
    let install = &ran.results["Install claimcheck from source"];
    assert!(install.status.success(), "{}", show(install));
    let check = &ran.results["Check the copy"];
    assert_eq!(check.status.code(), Some(1), "{}", show(check));
    let log = String::from_utf8_lossy(&check.stdout);
    assert!(
        log.contains("::error file=articles/ferry.txt,line=1,")
            && log.contains("record/contradicted"),
        "{log}"
    );
    let sarif = &ran.results["Write SARIF"];
    assert!(sarif.status.success(), "{}", show(sarif));
    assert_eq!(
        sarif_rules(&checkout.join("claimcheck.sarif")),
        ["record/contradicted", "provenance/missing-snapshot"]
    );

    // The composite action, its shell steps as a runner runs them.
    let action: Value =
        serde_yaml::from_str(&std::fs::read_to_string(project.join("action.yml")).unwrap())
            .unwrap();
    let mut ctx: BTreeMap<&str, String> = [
        ("runner.os", "Linux".to_string()),
        ("github.action_path", project.display().to_string()),
        ("github.server_url", "https://github.example".to_string()),
        (
            "github.action_repository",
            "newsroom/claimcheck".to_string(),
        ),
        ("github.action_ref", commit.to_string()),
    ]
    .into();
    let given = [
        ("paths", "articles"),
        ("format", "concise"),
        ("changed-since", "origin/main"),
        ("sarif-file", "reports/action.sarif"),
    ];
    let inputs = action["inputs"].as_mapping().unwrap();
    let names: Vec<String> = inputs
        .keys()
        .map(|k| format!("inputs.{}", k.as_str().unwrap()))
        .collect();
    for (k, v) in inputs {
        let name = k.as_str().unwrap();
        let value = given
            .iter()
            .find(|(g, _)| *g == name)
            .map(|(_, v)| v.to_string())
            .unwrap_or_else(|| v["default"].as_str().unwrap_or("").to_string());
        let key: &str = names
            .iter()
            .find(|n| n.as_str() == format!("inputs.{name}"))
            .unwrap();
        ctx.insert(key, value);
    }
    std::fs::create_dir_all(checkout.join("reports")).unwrap();
    let steps = action["runs"]["steps"].as_sequence().unwrap().clone();
    // a runner names the action's repository in the environment of its steps
    let mut action_env = env.clone();
    action_env.insert(
        "GITHUB_ACTION_REPOSITORY".into(),
        "newsroom/claimcheck".into(),
    );
    let ran = run_steps(&steps, &checkout, &action_env, &ctx, tmp);
    assert!(
        ran.outputs["key"]["key"].starts_with("claimcheck-Linux-"),
        "{:?}",
        ran.outputs
    );
    let build = &ran.results["Build claimcheck"];
    assert!(build.status.success(), "{}", show(build));
    let check = &ran.results["Check the copy"];
    assert_eq!(check.status.code(), Some(1), "{}", show(check));
    assert!(
        String::from_utf8_lossy(&check.stdout)
            .starts_with("articles/ferry.txt:1:19: error[record/contradicted] "),
        "{}",
        show(check)
    );
    assert_eq!(
        sarif_rules(&checkout.join("reports/action.sarif")),
        ["record/contradicted", "provenance/missing-snapshot"]
    );
    let sarif = std::fs::read_to_string(checkout.join("reports/action.sarif")).unwrap();
    assert!(
        sarif.contains(&format!(
            "\"helpUri\": \"https://github.example/newsroom/claimcheck/blob/{commit}/docs/rules.md#recordcontradicted\""
        )),
        "{sarif}"
    );

    // The pre-commit hook, configured as docs/github-actions.md says.
    let has_pre_commit = Command::new("pre-commit")
        .arg("--version")
        .envs(&env)
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_pre_commit {
        eprintln!("pre-commit is not installed; the hook part is skipped");
        return;
    }
    let config = blocks
        .iter()
        .find(|b| b.starts_with("repos:"))
        .expect("docs/github-actions.md has a .pre-commit-config.yaml");
    let config = config
        .lines()
        .map(|l| {
            if l.trim_start().starts_with("- repo: ") {
                format!("  - repo: {}", project.display())
            } else if l.trim_start().starts_with("rev: ") {
                format!("    rev: {commit}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    write(&checkout, ".pre-commit-config.yaml", &config);
    let pre_commit = |args: &[&str]| {
        Command::new("pre-commit")
            .args(args)
            .current_dir(&checkout)
            .env_clear()
            .envs(&env)
            .output()
            .unwrap()
    };
    let installed = pre_commit(&["install"]);
    assert!(installed.status.success(), "{}", show(&installed));
    let commit_all = |message: &str| {
        Command::new("git")
            .current_dir(&checkout)
            .env_clear()
            .envs(&env)
            .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
            .args(["commit", "-qm", message])
            .output()
            .unwrap()
    };
    // Archiving a snapshot and a claims README: nothing there is copy, the commit passes.
    git(&checkout, &["add", ".pre-commit-config.yaml"]);
    write(
        &checkout,
        "sources/snapshots/port.txt",
        "Branches lent 2 and 3 books, a total of 9 books; passengers 41,000.\n",
    );
    write(
        &checkout,
        "claims/README.md",
        "Two and 3 make 9 records in total.\n",
    );
    git(&checkout, &["add", "sources", "claims/README.md"]);
    let o = commit_all("archive the port report");
    assert!(o.status.success(), "{}", show(&o));
    // A new article contradicting a record: the hook stops the commit.
    write(
        &checkout,
        "articles/ferry-june.md",
        "The ferry carried 41,000 passengers in May, the port said.\n",
    );
    git(&checkout, &["add", "articles/ferry-june.md"]);
    let o = commit_all("a new article");
    assert!(!o.status.success(), "{}", show(&o));
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        said.contains("error[record/contradicted]") && said.contains("articles/ferry-june.md"),
        "{said}"
    );
}
