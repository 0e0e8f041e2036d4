//! docs/architecture.md states, for every top-level module under src/, which modules it
//! must never import and whether it may touch the filesystem. This test reads those
//! tables and scans the code (a text scan of `crate::` and `super::` paths, comments and
//! `#[cfg(test)]` items left out), so the page and the code cannot drift apart: a new
//! import that breaks a rule, a new module without a row, or a known exception that is
//! no longer needed all fail here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const DOC: &str = "docs/architecture.md";

/// What a module may import, as the page states it.
#[derive(Debug)]
enum Imports {
    /// "anything but `a`, `b`": only these.
    Only(BTreeSet<String>),
    /// "`a`, `b`": never these.
    Never(BTreeSet<String>),
}

#[derive(Debug)]
struct Row {
    imports: Imports,
    touches_files: bool,
}

/// One `.rs` file under src/: its top-level module and its code.
struct Source {
    /// `src/rules/record.rs`
    path: String,
    module: String,
    /// The file's module path below the crate root (`["rules", "record"]`).
    segments: Vec<String>,
    code: String,
}

/// The rows of the Markdown table between `<!-- architecture:NAME` and
/// `<!-- /architecture:NAME -->`, header and rule lines left out, as trimmed cells.
fn table(doc: &str, name: &str) -> Vec<Vec<String>> {
    let open = format!("<!-- architecture:{name}");
    let close = format!("<!-- /architecture:{name} -->");
    let start = doc
        .find(&open)
        .unwrap_or_else(|| panic!("{DOC} has no `{open}` marker"));
    let end = doc[start..]
        .find(&close)
        .unwrap_or_else(|| panic!("{DOC} has no `{close}` marker"))
        + start;
    doc[start..end]
        .lines()
        .filter(|l| l.starts_with('|'))
        .skip(2) // header and |---|
        .map(|l| {
            l.trim()
                .trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect()
        })
        .collect()
}

/// The names in backticks in `cell`.
fn ticked(cell: &str) -> BTreeSet<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn module_rows(doc: &str) -> BTreeMap<String, Row> {
    let mut rows = BTreeMap::new();
    for cells in table(doc, "modules") {
        assert_eq!(cells.len(), 4, "a module row needs 4 cells: {cells:?}");
        let module = cells[0].trim_matches('`').to_string();
        let rule = &cells[3];
        let imports = if let Some(rest) = rule.strip_prefix("anything") {
            // a parenthesis only explains
            let allowed = rest.split('(').next().unwrap_or("");
            Imports::Only(ticked(allowed))
        } else {
            Imports::Never(ticked(rule))
        };
        let touches_files = match cells[2].split_whitespace().next() {
            Some("yes") => true,
            Some("no") => false,
            other => panic!("`{module}`: 'touches files' must be yes or no, not {other:?}"),
        };
        let old = rows.insert(
            module.clone(),
            Row {
                imports,
                touches_files,
            },
        );
        assert!(old.is_none(), "`{module}` has two rows in {DOC}");
    }
    rows
}

/// (file, module it may import although its row says never).
fn exceptions(doc: &str) -> BTreeSet<(String, String)> {
    table(doc, "exceptions")
        .into_iter()
        .map(|cells| {
            assert_eq!(cells.len(), 3, "an exception row needs 3 cells: {cells:?}");
            (
                cells[0].trim_matches('`').to_string(),
                cells[1].trim_matches('`').to_string(),
            )
        })
        .collect()
}

/// The file's code without comments and without `#[cfg(test)]` items (rustfmt style: a
/// top-level `#[cfg(test)]` item ends at the next line that is just `}`).
fn code_of(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.starts_with("#[cfg(test)]") {
            for l in lines.by_ref() {
                if l == "}" || (!l.starts_with(' ') && l.trim_end().ends_with(';')) {
                    break;
                }
            }
            continue;
        }
        if line.trim_start().starts_with("//") {
            continue;
        }
        let code = line.split(" // ").next().unwrap_or("");
        out.push_str(code);
        out.push('\n');
    }
    out
}

fn sources() -> Vec<Source> {
    fn walk(dir: &Path, out: &mut Vec<Source>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let path = p.to_string_lossy().replace('\\', "/");
                let rel = path.strip_prefix("src/").unwrap().trim_end_matches(".rs");
                let mut segments: Vec<String> = rel.split('/').map(str::to_string).collect();
                if segments.last().is_some_and(|s| s == "mod") {
                    segments.pop();
                }
                if matches!(rel, "lib" | "main") {
                    segments.clear();
                }
                let module = match rel {
                    "lib" => String::new(),
                    "main" => "main".to_string(),
                    _ => segments[0].clone(),
                };
                let code = code_of(&std::fs::read_to_string(&p).unwrap());
                out.push(Source {
                    path,
                    module,
                    segments,
                    code,
                });
            }
        }
    }
    let mut out = Vec::new();
    walk(Path::new("src"), &mut out);
    out
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The leading identifier of each item in a `{a, b::c, d::{e, f}}` group starting at
/// `s[0] == '{'`.
fn group_heads(s: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut at_item = true;
    for (i, c) in s.char_indices() {
        match c {
            '{' => {
                depth += 1;
                at_item = depth == 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => at_item = true,
            c if at_item && depth == 1 && is_ident(c) => {
                let word: String = s[i..].chars().take_while(|&c| is_ident(c)).collect();
                heads.push(word);
                at_item = false;
            }
            _ => {}
        }
    }
    heads
}

/// The top-level modules `src` names by path (`crate::x`, `crate::{x, y}`, and
/// `super::` chains that climb to the crate root).
fn imports(src: &Source) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let code = &src.code;
    let bytes = code.as_bytes();
    let boundary = |at: usize| at == 0 || !is_ident(bytes[at - 1] as char);
    let mut i = 0;
    while let Some(off) = code[i..].find("crate::") {
        let at = i + off;
        i = at + "crate::".len();
        if !boundary(at) {
            continue;
        }
        let rest = &code[i..];
        if rest.starts_with('{') {
            found.extend(group_heads(rest));
        } else {
            let word: String = rest.chars().take_while(|&c| is_ident(c)).collect();
            found.insert(word);
        }
    }
    let mut i = 0;
    while let Some(off) = code[i..].find("super::") {
        let at = i + off;
        if !boundary(at) {
            i = at + 1;
            continue;
        }
        let mut rest = &code[at..];
        let mut ups = 0;
        while let Some(r) = rest.strip_prefix("super::") {
            ups += 1;
            rest = r;
        }
        i = code.len() - rest.len();
        // a file's own module is `segments`; `super` from it is one segment up
        if ups >= src.segments.len() {
            let heads = if rest.starts_with('{') {
                group_heads(rest)
            } else {
                vec![rest.chars().take_while(|&c| is_ident(c)).collect()]
            };
            found.extend(heads);
        }
    }
    found.retain(|m| !m.is_empty() && *m != src.module);
    found
}

fn doc() -> String {
    std::fs::read_to_string(DOC).unwrap_or_else(|e| panic!("{DOC}: {e}"))
}

#[test]
fn every_module_has_a_row_and_every_row_a_module() {
    let rows = module_rows(&doc());
    let modules: BTreeSet<String> = sources()
        .into_iter()
        .map(|s| s.module)
        .filter(|m| !m.is_empty())
        .collect();
    let named: BTreeSet<String> = rows.keys().cloned().collect();
    let missing: Vec<_> = modules.difference(&named).collect();
    let stale: Vec<_> = named.difference(&modules).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "{DOC}'s module table is out of date: no row for {missing:?}; rows for modules that do not exist: {stale:?}"
    );
    for (module, row) in &rows {
        let (Imports::Only(names) | Imports::Never(names)) = &row.imports;
        for n in names {
            assert!(
                modules.contains(n),
                "`{module}`'s row names `{n}`, which is not a module"
            );
        }
    }
}

#[test]
fn no_module_imports_what_its_row_forbids() {
    let doc = doc();
    let rows = module_rows(&doc);
    let allowed = exceptions(&doc);
    let mut used = BTreeSet::new();
    let mut broken = Vec::new();
    for src in sources() {
        let Some(row) = rows.get(&src.module) else {
            continue; // lib.rs, or a module the other test reports
        };
        for m in imports(&src) {
            if m == "main" {
                continue; // not a library module (`crate::main` does not resolve)
            }
            let forbidden = match &row.imports {
                Imports::Only(only) => !only.contains(&m),
                Imports::Never(never) => never.contains(&m),
            };
            if !forbidden {
                continue;
            }
            if allowed.contains(&(src.path.clone(), m.clone())) {
                used.insert((src.path.clone(), m.clone()));
            } else {
                broken.push(format!("{} imports `{m}`", src.path));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "imports that {DOC} says must never happen:\n  {}\nRemove the import, or change the rule (and say why) on that page.",
        broken.join("\n  ")
    );
    let unneeded: Vec<_> = allowed.difference(&used).collect();
    assert!(
        unneeded.is_empty(),
        "known exceptions in {DOC} that the code no longer needs (remove their rows): {unneeded:?}"
    );
}

#[test]
fn only_main_imports_cli() {
    let broken: Vec<String> = sources()
        .into_iter()
        .filter(|s| s.module != "main" && imports(s).contains("cli"))
        .map(|s| s.path)
        .collect();
    assert!(
        broken.is_empty(),
        "only main imports cli (clap's types stay out of the library): {broken:?}"
    );
}

#[test]
fn only_main_prints() {
    const PRINTING: &[&str] = &[
        "print!(",
        "println!(",
        "eprint!(",
        "eprintln!(",
        "dbg!(",
        "stdout()",
        "stderr()",
    ];
    let mut broken = Vec::new();
    for src in sources() {
        if src.module == "main" {
            continue;
        }
        for p in PRINTING {
            // `print!(` is also the tail of `eprint!(`; both are forbidden anyway
            if src.code.contains(p) {
                broken.push(format!("{} uses {p}", src.path));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "only main prints:\n  {}",
        broken.join("\n  ")
    );
}

#[test]
fn only_the_modules_marked_touch_files() {
    const OUTSIDE: &[&str] = &[
        "std::fs",
        "fs::",
        "File::",
        "OpenOptions",
        "read_dir",
        "std::env",
        "env::",
        "std::process",
        "Command::new",
    ];
    let rows = module_rows(&doc());
    let mut broken = Vec::new();
    for src in sources() {
        let Some(row) = rows.get(&src.module) else {
            continue;
        };
        if row.touches_files {
            continue;
        }
        for p in OUTSIDE {
            if src.code.contains(p) {
                broken.push(format!("{} uses {p}", src.path));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "{DOC} marks these modules as not touching files:\n  {}",
        broken.join("\n  ")
    );
}

#[test]
fn the_scan_reads_paths_as_rustc_would() {
    let src = Source {
        path: "src/rules/arithmetic/x.rs".into(),
        module: "rules".into(),
        segments: vec!["rules".into(), "arithmetic".into(), "x".into()],
        code: code_of(
            "use crate::{document::Document, frame::{Frames, Relation}};\n\
             use super::Rule; // not another module\n\
             // crate::report in a comment\n\
             fn f() { crate::link::words(\"\"); super::super::super::records::x(); }\n\
             #[cfg(test)]\nmod tests {\n    use crate::dupes;\n}\n",
        ),
    };
    let want: BTreeSet<String> = ["document", "frame", "link", "records"]
        .map(String::from)
        .into();
    assert_eq!(imports(&src), want);
}
