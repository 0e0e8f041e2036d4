//! `claimcheck.yaml` (found by walking up from the working directory, or `--config`)
//! merged with flags into the [`Settings`] a run uses.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;

use crate::error::Result;
use crate::finding::Severity;

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

/// What the flags say; `None` leaves the config file's value (or the default).
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub config: Option<PathBuf>,
    pub claims: Option<PathBuf>,
    pub sources: Option<PathBuf>,
    pub fail_on: Option<FailOn>,
    pub min_words: Option<usize>,
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
    pub rules: BTreeMap<String, Level>,
    pub min_words: usize,
    pub exclude: Vec<String>,
    /// Largest record file read, in bytes.
    pub max_record_bytes: u64,
}

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
        }
    }
}

impl Settings {
    /// The severity `rule` is reported at, or `None` when it is off.
    pub fn severity(&self, rule: &str, default: Severity) -> Option<Severity> {
        match self.rules.get(rule) {
            None => Some(default),
            Some(Level::Off) => None,
            Some(Level::Info) => Some(Severity::Info),
            Some(Level::Warning) => Some(Severity::Warning),
            Some(Level::Error) => Some(Severity::Error),
        }
    }

    /// Resolves flags over the config file over the defaults.
    pub fn resolve(overrides: &Overrides) -> Result<Settings> {
        let mut s = Settings::default();
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
        Ok(s)
    }
}
