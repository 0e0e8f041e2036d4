//! `claimcheck.yaml` (found by walking up from the working directory, or `--config`)
//! merged with flags into the [`Settings`] a run uses.
//!
//! The config is strict: unknown keys and unknown rule ids are errors located at their
//! line and column (taken from the YAML parser, never by searching its message), because
//! a misspelt `fial_on:` that is silently ignored would let a newsroom's CI pass copy it
//! meant to fail.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer};

use crate::error::{Error, Result};
use crate::finding::Severity;
use crate::rules::RuleId;

/// The folder of copy a run reads when no path is named and `init` makes.
pub const ARTICLES_DIR: &str = "articles";

/// The file name looked for in the working directory and each folder above it.
pub const CONFIG_FILE: &str = "claimcheck.yaml";

/// The lowest severity that makes the run exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    /// Whether a finding of `severity` fails the run.
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Error => severity >= Severity::Error,
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Info => true,
            FailOn::Never => false,
        }
    }
}

/// A rule's configured level: its severity, or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Info,
    Warning,
    Error,
}

impl From<Severity> for Level {
    fn from(s: Severity) -> Self {
        match s {
            Severity::Info => Level::Info,
            Severity::Warning => Level::Warning,
            Severity::Error => Level::Error,
        }
    }
}

/// What the flags say; `None` leaves the config file's value (or the default).
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub config: Option<PathBuf>,
    pub claims: Option<PathBuf>,
    pub sources: Option<PathBuf>,
    pub fail_on: Option<FailOn>,
    pub min_words: Option<usize>,
    /// `--select`: rule ids or prefixes to run (all when empty), over the config's.
    pub select: Vec<String>,
    /// `--ignore`: rule ids or prefixes to leave out, added to the config's.
    pub ignore: Vec<String>,
}

/// Everything a run is configured with, resolved.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Settings {
    /// The config file used, if any.
    pub config: Option<PathBuf>,
    pub claims: PathBuf,
    pub sources: PathBuf,
    /// Whether the claims/sources folders were named (by flag or config) and so must exist.
    pub claims_named: bool,
    pub sources_named: bool,
    pub fail_on: FailOn,
    pub rules: BTreeMap<RuleId, Level>,
    pub min_words: usize,
    pub exclude: Vec<String>,
    /// Largest record file read, in bytes.
    pub max_record_bytes: u64,
    /// What to check when no path is given (`paths:`, relative to the config; by
    /// default `articles` when that folder exists, else the config's folder).
    pub paths: Vec<PathBuf>,
    /// Rule ids or prefixes run (`select:`, `--select`); every rule when empty.
    pub select: Vec<String>,
    /// Rule ids or prefixes left out (`ignore:`, `--ignore`), whatever `select` says.
    pub ignore: Vec<String>,
    /// Per-glob rule levels (`overrides:`), later entries over earlier ones.
    pub overrides: Vec<RuleOverride>,
}

/// Rule levels for the files one glob matches (`overrides: [{files, rules}]`), as
/// ruff's per-file-ignores and Vale's per-glob sections do: an opinion column may quote
/// figures no record holds.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RuleOverride {
    /// The glob, relative to the config's folder.
    pub files: String,
    pub rules: BTreeMap<RuleId, Level>,
}

/// The least `dupes.min_words` (`--min-words`) may be (issue 19).
pub const MIN_MIN_WORDS: usize = 3;

/// Default for `dupes.min_words`.
pub const DEFAULT_MIN_WORDS: usize = 30;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            config: None,
            claims: PathBuf::from("claims"),
            sources: PathBuf::from("sources"),
            claims_named: false,
            sources_named: false,
            fail_on: FailOn::Error,
            rules: BTreeMap::new(),
            min_words: DEFAULT_MIN_WORDS,
            exclude: Vec::new(),
            max_record_bytes: 8 * 1024 * 1024,
            paths: Vec::new(),
            select: Vec::new(),
            ignore: Vec::new(),
            overrides: Vec::new(),
        }
    }
}

/// `claimcheck.yaml` as written; every field optional, nothing else allowed.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    claims: Option<PathBuf>,
    sources: Option<PathBuf>,
    fail_on: Option<FailOn>,
    /// Checked against the registry while parsing, so an unknown id is reported at its
    /// own line and column.
    #[serde(default)]
    rules: BTreeMap<RuleId, Level>,
    dupes: Option<DupesConfig>,
    #[serde(default)]
    exclude: Vec<GlobText>,
    /// Largest record file read, in bytes.
    max_record_bytes: Option<u64>,
    /// What `check` with no path checks.
    #[serde(default)]
    paths: Vec<PathBuf>,
    #[serde(default)]
    select: Vec<Selector>,
    #[serde(default)]
    ignore: Vec<Selector>,
    #[serde(default)]
    overrides: Vec<OverrideConfig>,
}

/// One `overrides:` entry as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OverrideConfig {
    files: GlobText,
    #[serde(default)]
    rules: BTreeMap<RuleId, Level>,
}

/// A rule selector (`record/contradicted`, `record/`, `arithmetic`), checked while
/// parsing so one that names no rule is reported at its place.
#[derive(Debug)]
struct Selector(String);

impl<'de> Deserialize<'de> for Selector {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        check_selector(&s).map_err(serde::de::Error::custom)?;
        Ok(Selector(s))
    }
}

/// Whether `selector` picks `rule`: its id, or a family prefix (`record` or `record/`).
pub fn selects(selector: &str, rule: RuleId) -> bool {
    let id = rule.as_str();
    let family = selector.trim_end_matches('/');
    id == selector || id.strip_prefix(family).is_some_and(|r| r.starts_with('/'))
}

/// An error naming the rules when `selector` picks none of them (a typo would otherwise
/// select nothing, or ignore nothing, in silence).
pub fn check_selector(selector: &str) -> std::result::Result<(), String> {
    if selector.is_empty() || !RuleId::ALL.iter().any(|&r| selects(selector, r)) {
        let families: std::collections::BTreeSet<&str> = RuleId::ALL
            .iter()
            .filter_map(|r| r.as_str().split('/').next())
            .collect();
        return Err(format!(
            "{selector:?} names no rule; give a rule id (`claimcheck explain` lists them) or a family: {}",
            families.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    Ok(())
}

/// An `exclude` glob, checked while parsing so a bad one is reported at its place.
#[derive(Debug)]
struct GlobText(String);

impl<'de> Deserialize<'de> for GlobText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        d.deserialize_str(GlobVisitor)
    }
}

struct GlobVisitor;

impl serde::de::Visitor<'_> for GlobVisitor {
    type Value = GlobText;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a glob such as articles/archive/**")
    }

    fn visit_str<E: serde::de::Error>(self, g: &str) -> std::result::Result<GlobText, E> {
        match globset::Glob::new(g) {
            Ok(_) => Ok(GlobText(g.to_string())),
            Err(e) => Err(E::custom(format!("exclude glob {g:?}: {}", e.kind()))),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DupesConfig {
    min_words: Option<usize>,
}

impl Settings {
    /// The severity `rule` is reported at, or `None` when it is off (by its level, or
    /// left out by `select`/`ignore`).
    pub fn severity(&self, rule: RuleId, default: Severity) -> Option<Severity> {
        if !self.runs(rule) {
            return None;
        }
        level_severity(self.rules.get(&rule).copied(), default)
    }

    /// Whether `rule` runs by `select` and `ignore` (ignore wins).
    pub fn runs(&self, rule: RuleId) -> bool {
        (self.select.is_empty() || self.select.iter().any(|s| selects(s, rule)))
            && !self.ignore.iter().any(|s| selects(s, rule))
    }

    /// The severity `rule` is reported at in the file `rel` (relative to the config's
    /// folder): [`Settings::severity`], with the last matching `overrides` entry that
    /// sets the rule over `rules:`. `globs` is [`Settings::override_globs`].
    pub fn severity_in(
        &self,
        rel: &Path,
        globs: &[globset::GlobMatcher],
        rule: RuleId,
        default: Severity,
    ) -> Option<Severity> {
        if !self.runs(rule) {
            return None;
        }
        let level = self
            .overrides
            .iter()
            .zip(globs)
            .rev()
            .filter(|(_, g)| g.is_match(rel))
            .find_map(|(o, _)| o.rules.get(&rule).copied())
            .or_else(|| self.rules.get(&rule).copied());
        level_severity(level, default)
    }

    /// The `overrides` globs, compiled once per run.
    pub fn override_globs(&self) -> Vec<globset::GlobMatcher> {
        self.overrides
            .iter()
            .filter_map(|o| globset::Glob::new(&o.files).ok())
            .map(|g| g.compile_matcher())
            .collect()
    }

    /// What a run checks when no path is named: `paths:` from the config, else
    /// `articles` (beside the config, or here) when it exists, else that folder itself.
    pub fn default_paths(&self) -> Vec<PathBuf> {
        if !self.paths.is_empty() {
            return self.paths.clone();
        }
        let root = self.root();
        let articles = root.join(ARTICLES_DIR);
        if articles.is_dir() {
            vec![tidy(&articles)]
        } else {
            vec![root]
        }
    }

    /// Resolves flags over the config file over the defaults, looking for the config
    /// from the working directory up.
    pub fn resolve(overrides: &Overrides) -> Result<Settings> {
        let cwd = std::env::current_dir().map_err(|e| Error::io(".", &e))?;
        Settings::resolve_in(overrides, &cwd)
    }

    /// [`Settings::resolve`] for a run over `first` (the first path named): the config
    /// is looked for from that path's folder up, then from the working directory up,
    /// so `claimcheck check ../other-newsroom/articles` uses that newsroom's config.
    pub fn resolve_for(overrides: &Overrides, first: Option<&Path>) -> Result<Settings> {
        let cwd = std::env::current_dir().map_err(|e| Error::io(".", &e))?;
        if overrides.config.is_none() {
            let start = first.filter(|p| p.as_os_str() != "-").map(|p| {
                let abs = cwd.join(p);
                if abs.is_dir() {
                    abs
                } else {
                    abs.parent().map_or(cwd.clone(), Path::to_path_buf)
                }
            });
            if let Some(config) = start.as_deref().and_then(find_config) {
                let shown = config
                    .strip_prefix(&cwd)
                    .map_or(config.clone(), Path::to_path_buf);
                let found = Overrides {
                    config: Some(shown),
                    ..overrides.clone()
                };
                return Settings::resolve_in(&found, &cwd);
            }
        }
        Settings::resolve_in(overrides, &cwd)
    }

    /// [`Settings::resolve`] with the walk starting at `cwd`.
    pub fn resolve_in(overrides: &Overrides, cwd: &Path) -> Result<Settings> {
        let config = match &overrides.config {
            Some(p) => Some(p.clone()),
            None => find_config(cwd),
        };
        let mut s = match &config {
            Some(path) => from_file(path)?,
            None => Settings::default(),
        };
        if let Some(c) = &overrides.claims {
            s.claims = c.clone();
            s.claims_named = true;
        }
        if let Some(c) = &overrides.sources {
            s.sources = c.clone();
            s.sources_named = true;
        }
        if let Some(f) = overrides.fail_on {
            s.fail_on = f;
        }
        if let Some(n) = overrides.min_words {
            s.min_words = n;
        }
        for sel in overrides.select.iter().chain(&overrides.ignore) {
            check_selector(sel).map_err(|e| Error::Usage(format!("--select/--ignore: {e}")))?;
        }
        if !overrides.select.is_empty() {
            s.select = overrides.select.clone();
        }
        s.ignore.extend(overrides.ignore.iter().cloned());
        if s.min_words < MIN_MIN_WORDS {
            let from = if overrides.min_words.is_some() {
                "--min-words".to_string()
            } else {
                format!(
                    "dupes.min_words in {}",
                    s.config
                        .as_deref()
                        .map_or_else(String::new, |p| p.display().to_string())
                )
            };
            return Err(Error::Usage(format!(
                "{from} is {}; it must be at least {MIN_MIN_WORDS}: shorter runs of words repeat by chance in any copy, and finding every one takes time that grows with the square of the copy",
                s.min_words
            )));
        }
        Ok(s)
    }

    /// The folder `exclude` globs and config paths are relative to: the config file's,
    /// or the working directory when there is none.
    pub fn root(&self) -> PathBuf {
        match self.config.as_deref().and_then(Path::parent) {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        }
    }

    /// The resolved settings as YAML for `--show-settings`: every rule with the level
    /// it runs at, so what a run will do can be read off without knowing the defaults.
    pub fn to_yaml(&self) -> Result<String> {
        #[derive(serde::Serialize)]
        struct Shown<'a> {
            config: Option<String>,
            claims: String,
            sources: String,
            fail_on: FailOn,
            rules: RuleLevels<'a>,
            dupes: ShownDupes,
            exclude: &'a [String],
            max_record_bytes: u64,
            paths: Vec<String>,
            select: &'a [String],
            ignore: &'a [String],
            overrides: &'a [RuleOverride],
        }
        #[derive(serde::Serialize)]
        struct ShownDupes {
            min_words: usize,
        }
        let shown = Shown {
            config: self.config.as_deref().map(crate::input::display_path),
            claims: crate::input::display_path(&self.claims),
            sources: crate::input::display_path(&self.sources),
            fail_on: self.fail_on,
            rules: RuleLevels(self),
            dupes: ShownDupes {
                min_words: self.min_words,
            },
            exclude: &self.exclude,
            max_record_bytes: self.max_record_bytes,
            paths: self
                .default_paths()
                .iter()
                .map(|p| crate::input::display_path(p))
                .collect(),
            select: &self.select,
            ignore: &self.ignore,
            overrides: &self.overrides,
        };
        crate::records::yaml::to_string(&shown)
            .map_err(|e| Error::Usage(format!("could not write the settings as YAML: {e}")))
    }
}

/// Every rule with the level it runs at, in the registry's order (the order
/// docs/rules.md and `explain` use), not alphabetically.
struct RuleLevels<'a>(&'a Settings);

impl serde::Serialize for RuleLevels<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(RuleId::ALL.len()))?;
        for r in crate::rules::all() {
            let level = self
                .0
                .rules
                .get(&r.id)
                .copied()
                .unwrap_or(Level::from(r.default_severity));
            map.serialize_entry(r.id.as_str(), &level)?;
        }
        map.end()
    }
}

/// The nearest `claimcheck.yaml` in `start` or a folder above it.
pub fn find_config(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(CONFIG_FILE))
        .find(|p| p.is_file())
}

/// Settings from the config file at `path`, with its paths made relative to its folder.
/// Largest config read (`--config /dev/zero` is refused, not read forever).
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

pub fn from_file(path: &Path) -> Result<Settings> {
    // Errors name the file as the user would type it, not as the walk found it.
    let shown = PathBuf::from(crate::input::display_path(path));
    let text =
        crate::fsutil::read_text_capped(path, MAX_CONFIG_BYTES, "config").map_err(|e| match e {
            Error::Io { message, .. } => Error::Io {
                path: shown.clone(),
                message,
            },
            other => other,
        })?;
    parse(path, &text).map_err(|e| match e {
        Error::At {
            line,
            column,
            message,
            ..
        } => Error::At {
            path: shown,
            line,
            column,
            message,
        },
        other => other,
    })
}

/// Settings from config text; `path` names the file in errors and anchors its paths.
pub fn parse(path: &Path, text: &str) -> Result<Settings> {
    let file: ConfigFile = if text.trim().is_empty() {
        ConfigFile::default()
    } else {
        serde_yaml::from_str(text).map_err(|e| located(path, &e))?
    };
    let dir = path.parent().unwrap_or(Path::new(""));
    let mut s = Settings {
        config: Some(path.to_path_buf()),
        ..Settings::default()
    };
    s.claims = dir.join(&s.claims);
    s.sources = dir.join(&s.sources);
    if let Some(c) = file.claims {
        s.claims = dir.join(c);
        s.claims_named = true;
    }
    if let Some(c) = file.sources {
        s.sources = dir.join(c);
        s.sources_named = true;
    }
    if let Some(f) = file.fail_on {
        s.fail_on = f;
    }
    if let Some(n) = file.dupes.and_then(|d| d.min_words) {
        s.min_words = n;
    }
    s.exclude = file.exclude.into_iter().map(|g| g.0).collect();
    if let Some(n) = file.max_record_bytes {
        s.max_record_bytes = n;
    }
    s.rules = file.rules;
    s.paths = file.paths.into_iter().map(|p| tidy(&dir.join(p))).collect();
    s.select = file.select.into_iter().map(|x| x.0).collect();
    s.ignore = file.ignore.into_iter().map(|x| x.0).collect();
    s.overrides = file
        .overrides
        .into_iter()
        .map(|o| RuleOverride {
            files: o.files.0,
            rules: o.rules,
        })
        .collect();
    Ok(s)
}

/// A path without `./` parts, so `./articles` from a config in the working directory
/// is shown and matched as `articles`.
fn tidy(p: &Path) -> PathBuf {
    let t: PathBuf = p
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect();
    if t.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        t
    }
}

/// The severity a configured level gives, `None` for off; the default when unset.
fn level_severity(level: Option<Level>, default: Severity) -> Option<Severity> {
    match level {
        None => Some(default),
        Some(Level::Off) => None,
        Some(Level::Info) => Some(Severity::Info),
        Some(Level::Warning) => Some(Severity::Warning),
        Some(Level::Error) => Some(Severity::Error),
    }
}

/// A YAML error as `path:line:col: message`, the location from the parser itself.
fn located(path: &Path, e: &serde_yaml::Error) -> Error {
    let message = strip_location(&e.to_string());
    match e.location() {
        Some(loc) => Error::At {
            path: path.to_path_buf(),
            line: loc.line(),
            column: loc.column(),
            message,
        },
        None => Error::Io {
            path: path.to_path_buf(),
            message,
        },
    }
}

/// serde_yaml appends " at line L column C" to messages; the location is shown in front
/// instead, so the suffix is cut.
fn strip_location(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(p) => msg[..p].to_string(),
        None => msg.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        match parse(Path::new("cfg/claimcheck.yaml"), text) {
            Ok(s) => panic!("parsed: {s:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn full_config_resolves_paths_against_its_folder() {
        let text = "claims: facts\nfail_on: warning\nrules:\n  record/unsourced: off\n  duplicate/passage: error\ndupes:\n  min_words: 12\nexclude: [\"articles/archive/**\"]\n";
        let s = parse(Path::new("cfg/claimcheck.yaml"), text).unwrap();
        assert_eq!(s.claims, PathBuf::from("cfg/facts"));
        assert!(s.claims_named);
        assert_eq!(s.sources, PathBuf::from("cfg/sources"));
        assert!(!s.sources_named);
        assert_eq!(s.fail_on, FailOn::Warning);
        assert_eq!(s.min_words, 12);
        assert_eq!(s.exclude, vec!["articles/archive/**".to_string()]);
        assert_eq!(s.severity(RuleId::Unsourced, Severity::Info), None);
        assert_eq!(
            s.severity(RuleId::DuplicatePassage, Severity::Warning),
            Some(Severity::Error)
        );
        assert_eq!(
            s.severity(RuleId::Ambiguous, Severity::Warning),
            Some(Severity::Warning)
        );
        assert_eq!(s.root(), PathBuf::from("cfg"));
    }

    #[test]
    fn unknown_key_is_located() {
        assert_eq!(
            err("claims: c\nfial_on: error\n"),
            "cfg/claimcheck.yaml:2:1: unknown field `fial_on`, expected one of `claims`, `sources`, `fail_on`, `rules`, `dupes`, `exclude`, `max_record_bytes`, `paths`, `select`, `ignore`, `overrides`"
        );
    }

    #[test]
    fn unknown_nested_key_is_located() {
        assert_eq!(
            err("dupes:\n  min_word: 3\n"),
            "cfg/claimcheck.yaml:2:3: dupes: unknown field `min_word`, expected `min_words`"
        );
    }

    #[test]
    fn unknown_rule_is_located() {
        let e = err("rules:\n  record/unsourced: off\n  record/unsorced: off\n");
        assert!(
            e.starts_with("cfg/claimcheck.yaml:3:3: rules: unknown rule \"record/unsorced\""),
            "{e}"
        );
    }

    #[test]
    fn bad_level_is_located() {
        let e = err("rules:\n  record/unsourced: loud\n");
        assert!(e.starts_with("cfg/claimcheck.yaml:2:"), "{e}");
        assert!(e.contains("loud"), "{e}");
    }

    #[test]
    fn bad_glob_is_located() {
        let e = err("exclude:\n  - \"articles/**\"\n  - \"archive/[a\"\n");
        assert!(
            e.starts_with("cfg/claimcheck.yaml:3:5: exclude[1]: exclude glob \"archive/[a\": "),
            "{e}"
        );
    }

    #[test]
    fn empty_file_is_the_defaults() {
        let s = parse(Path::new("claimcheck.yaml"), "# nothing yet\n").unwrap();
        assert_eq!(s.fail_on, FailOn::Error);
        assert_eq!(s.min_words, DEFAULT_MIN_WORDS);
        assert_eq!(s.claims, PathBuf::from("claims"));
    }

    #[test]
    fn flags_override_the_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(CONFIG_FILE),
            "fail_on: never\ndupes:\n  min_words: 8\n",
        )
        .unwrap();
        let sub = dir.path().join("articles/2025");
        std::fs::create_dir_all(&sub).unwrap();
        let s = Settings::resolve_in(&Overrides::default(), &sub).unwrap();
        assert_eq!(s.config, Some(dir.path().join(CONFIG_FILE)));
        assert_eq!(s.fail_on, FailOn::Never);
        assert_eq!(s.min_words, 8);
        let s = Settings::resolve_in(
            &Overrides {
                fail_on: Some(FailOn::Warning),
                min_words: Some(40),
                claims: Some(PathBuf::from("elsewhere")),
                ..Overrides::default()
            },
            &sub,
        )
        .unwrap();
        assert_eq!(s.fail_on, FailOn::Warning);
        assert_eq!(s.min_words, 40);
        assert_eq!(s.claims, PathBuf::from("elsewhere"));
        assert!(s.claims_named);
    }

    #[test]
    fn shown_settings_list_every_rule() {
        let s = parse(
            Path::new("claimcheck.yaml"),
            "rules:\n  record/unsourced: off\n",
        )
        .unwrap();
        let y = s.to_yaml().unwrap();
        assert!(y.contains("record/unsourced: off\n"), "{y}");
        assert!(y.contains("record/contradicted: error\n"), "{y}");
        assert!(y.contains("min_words: 30\n"), "{y}");
    }
}
