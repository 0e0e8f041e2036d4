//! The command line: clap derive, one `///` per flag as its --help.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::report::extract::ExtractFormat;
use crate::report::Format;
use crate::settings::FailOn;

/// Checks the figures in news copy against sourced records, its own arithmetic, and
/// duplicated passages.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, about, long_about = None, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The exit-code table, shown under every --help.
pub const EXIT_CODES: &str = "Exit status:
  0  nothing at or above --fail-on (default: error)
  1  findings at or above --fail-on
  2  the run could not be done: bad flag, unreadable file, invalid YAML or config";

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the figures (numeric claims) in copy
    Extract(ExtractArgs),
    /// The full report: figures against records, arithmetic, consistency, duplicates
    #[command(after_help = EXIT_CODES)]
    Check(CheckArgs),
    /// Duplicated passages within and across files
    #[command(after_help = EXIT_CODES)]
    Dupes(DupesArgs),
    /// The archive index that `dupes --against` compares new copy with
    #[command(subcommand)]
    Index(IndexCommand),
    /// Provenance: snapshot hashes, quotes present in snapshots, records well-formed
    #[command(after_help = EXIT_CODES)]
    Verify(VerifyArgs),
    /// YAML claim records for an article's unsourced figures, to fill in
    Draft(DraftArgs),
    /// Manage source records
    #[command(subcommand)]
    Sources(SourcesCommand),
    /// Scaffold claims/, sources/ and claimcheck.yaml in the working directory
    Init,
    /// Show a rule's documentation
    Explain(ExplainArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Run the language server on stdio (diagnostics as you type, in any LSP editor)
    Lsp,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or folders to read; `-` reads standard input
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ExtractFormat::Text)]
    pub format: ExtractFormat,
    #[command(flatten)]
    pub input: InputArgs,
}

/// Flags shared by the commands that read config.
#[derive(Debug, Args, Clone, Default)]
pub struct ConfigArgs {
    /// Config file to use instead of the claimcheck.yaml found walking up from here
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Print the resolved settings and exit
    #[arg(long)]
    pub show_settings: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders to check; `-` reads standard input [default: the config's
    /// `paths:`, else articles/ when it exists, else .]
    pub paths: Vec<PathBuf>,
    /// Folder of claim records [default: claims]
    #[arg(long, value_name = "DIR")]
    pub claims: Option<PathBuf>,
    /// Folder of source records [default: sources]
    #[arg(long, value_name = "DIR")]
    pub sources: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Exit 1 when a finding at or above this severity is reported [default: error]
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Findings recorded in FILE are not reported again
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record today's findings in FILE (for --baseline)
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Report only on files (and paragraphs) changed since this git ref
    #[arg(long, value_name = "REF")]
    pub changed_since: Option<String>,
    /// Shortest shared run, in words, reported as a duplicate [default: 30]
    #[arg(long, value_name = "N")]
    pub min_words: Option<usize>,
    /// Write the report to FILE (or, for html with several articles, a folder)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print only findings, no summary
    #[arg(long, short)]
    pub quiet: bool,
    /// For each figure, print the records considered and why each was taken or refused
    /// (on standard error, so the report stays as it is)
    #[arg(long)]
    pub explain_links: bool,
    /// Apply the config's `exclude` globs to files named on the command line too (as a
    /// pre-commit hook names them), not only to folders walked
    #[arg(long)]
    pub force_exclude: bool,
    /// Run only these rules: ids or families (`record/`, `arithmetic`), comma-separated
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Leave out these rules: ids or families, comma-separated (wins over --select)
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Show only findings at or above this severity (the rest neither show nor fail the
    /// run); --quiet alone hides info findings from human and concise output
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub min_severity: Option<MinSeverity>,
    /// Print how many findings each rule gave, most first, instead of the findings
    #[arg(long)]
    pub statistics: bool,
    /// Keep info findings (unsourced figures) in SARIF output, where they are left out
    /// by default so code scanning shows what needs fixing
    #[arg(long)]
    pub sarif_include_info: bool,
    /// Where docs/rules.md is published (e.g. https://github.com/OWNER/claimcheck/blob/REF/docs/rules.md):
    /// SARIF's helpUri points at each rule's section of it
    #[arg(long, value_name = "URL")]
    pub rules_url: Option<String>,
    #[command(flatten)]
    pub config: ConfigArgs,
    #[command(flatten)]
    pub input: InputArgs,
}

/// The lowest severity shown (`--min-severity`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MinSeverity {
    Info,
    Warning,
    Error,
}

impl MinSeverity {
    /// As a finding's severity.
    pub fn severity(self) -> crate::finding::Severity {
        match self {
            MinSeverity::Info => crate::finding::Severity::Info,
            MinSeverity::Warning => crate::finding::Severity::Warning,
            MinSeverity::Error => crate::finding::Severity::Error,
        }
    }
}

#[derive(Debug, Args)]
pub struct DupesArgs {
    /// Files or folders to search; `-` reads standard input. With --against, the new
    /// articles to compare with the archive index
    #[arg(required_unless_present = "show_settings")]
    pub paths: Vec<PathBuf>,
    /// Shortest shared run, in words, reported as a duplicate [default: 30]
    #[arg(long, value_name = "N")]
    pub min_words: Option<usize>,
    /// Output format: the findings (human, json, sarif, github) or the audit of groups
    /// of copies (html, csv, jsonl; docs/dupes.md)
    #[arg(long, value_enum, default_value_t = DupesFormat::Human)]
    pub format: DupesFormat,
    /// Exit 1 when a finding at or above this severity is reported [default: error]
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Write the report to FILE
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print only findings, no summary
    #[arg(long, short)]
    pub quiet: bool,
    /// Apply the config's `exclude` globs to files named on the command line too
    #[arg(long)]
    pub force_exclude: bool,
    /// Which copy of a passage is the first: the earliest by `date:` front matter, else
    /// file modification time, else path (date); or the first path (path), which does
    /// not change when a checkout resets the times
    #[arg(long, value_enum, default_value_t = FirstCopy::Date, value_name = "BY")]
    pub first_copy: FirstCopy,
    /// Compare PATHS with the archive index INDEX (`claimcheck index build`) instead of
    /// with one another: what the new copy shares with the archive, without reading the
    /// archive's files
    #[arg(long, value_name = "INDEX")]
    pub against: Option<PathBuf>,
    /// Findings recorded in FILE are not reported again
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record today's findings in FILE (for --baseline)
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Report only copies in files (and paragraphs) changed since this git ref; every
    /// article is still searched for their first copies
    #[arg(long, value_name = "REF")]
    pub changed_since: Option<String>,
    #[command(flatten)]
    pub config: ConfigArgs,
    #[command(flatten)]
    pub input: InputArgs,
}

/// The output formats of `dupes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DupesFormat {
    /// the audit summary, then rustc-like diagnostics for people
    Human,
    /// the versioned JSON document docs/json.md describes, with `groups`
    Json,
    /// SARIF 2.1.0 for code-scanning tools
    Sarif,
    /// GitHub Actions workflow commands (annotations)
    Github,
    /// one line per finding: path:line:col: severity[rule] message
    Concise,
    /// one self-contained HTML page of groups of copies
    Html,
    /// one row per copy: group, path, lines, words, similarity, first copy
    Csv,
    /// the rows of csv as JSON Lines
    Jsonl,
}

impl DupesFormat {
    /// The findings format this is, for the formats `check` shares.
    pub fn findings(self) -> Option<Format> {
        match self {
            DupesFormat::Human => Some(Format::Human),
            DupesFormat::Json => Some(Format::Json),
            DupesFormat::Sarif => Some(Format::Sarif),
            DupesFormat::Github => Some(Format::Github),
            DupesFormat::Concise => Some(Format::Concise),
            DupesFormat::Html | DupesFormat::Csv | DupesFormat::Jsonl => None,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum IndexCommand {
    /// Index every article of ARCHIVE (files or folders) into a new index file
    Build(IndexBuildArgs),
    /// Add articles to an index, replacing those whose path is there with changed copy
    /// (one transaction: a crash leaves the index as it was)
    Add(IndexAddArgs),
}

#[derive(Debug, Args)]
pub struct IndexBuildArgs {
    /// The archive: files or folders (walked as `dupes` walks them)
    #[arg(required = true, value_name = "ARCHIVE")]
    pub archive: Vec<PathBuf>,
    /// The index file to write (replaced only once the new one is complete)
    #[arg(long, short, value_name = "INDEX")]
    pub output: PathBuf,
    /// Shortest shared run, in words, the index must find [default: 30]; `dupes
    /// --against` can ask for this or more
    #[arg(long, value_name = "N")]
    pub min_words: Option<usize>,
    /// Memory for fingerprints and the store's cache, e.g. 512M or 2G; past it sorted
    /// runs are spilled to disk [default: 512M]
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_memory: Option<usize>,
    /// Also write every fingerprint as JSON Lines into DIR (docs/dupes.md has the
    /// schema and a DuckDB query across shards)
    #[arg(long, value_name = "DIR")]
    pub emit_fingerprints: Option<PathBuf>,
    /// Record no dates: the earliest copy is the first path
    #[arg(long, value_enum, default_value_t = FirstCopy::Date, value_name = "BY")]
    pub first_copy: FirstCopy,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Debug, Args)]
pub struct IndexAddArgs {
    /// The index file (`claimcheck index build`)
    #[arg(value_name = "INDEX")]
    pub index: PathBuf,
    /// Articles to add: files or folders
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Record no dates: the earliest copy is the first path
    #[arg(long, value_enum, default_value_t = FirstCopy::Date, value_name = "BY")]
    pub first_copy: FirstCopy,
    #[command(flatten)]
    pub config: ConfigArgs,
}

/// `512M`, `2G`, `1500000` (bytes), `64K`.
pub fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let (digits, mult) = match t.chars().last().map(|c| c.to_ascii_uppercase()) {
        Some('K') => (&t[..t.len() - 1], 1usize << 10),
        Some('M') => (&t[..t.len() - 1], 1 << 20),
        Some('G') => (&t[..t.len() - 1], 1 << 30),
        _ => (t, 1),
    };
    digits
        .trim()
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .filter(|&n| n >= 1 << 20)
        .ok_or_else(|| format!("{s:?} is no size of at least 1M (such as 512M or 2G)"))
}

/// How `dupes` tells the first copy of a passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FirstCopy {
    /// `date:` in the front matter, else the file's modification time, else the path
    Date,
    /// the first path (and the earlier place in one file)
    Path,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Folder of claim records [default: claims]
    #[arg(long, value_name = "DIR")]
    pub claims: Option<PathBuf>,
    /// Folder of source records [default: sources]
    #[arg(long, value_name = "DIR")]
    pub sources: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Exit 1 when a finding at or above this severity is reported [default: error]
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Print only findings, no summary
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Debug, Args)]
pub struct DraftArgs {
    /// The articles to draft records for: files, folders (walked), or `-` for standard input
    #[arg(required_unless_present = "show_settings", value_name = "ARTICLE")]
    pub articles: Vec<PathBuf>,
    /// Folder of claim records, to leave out figures already sourced [default: claims]
    #[arg(long, value_name = "DIR")]
    pub claims: Option<PathBuf>,
    /// Folder of source records [default: sources]
    #[arg(long, value_name = "DIR")]
    pub sources: Option<PathBuf>,
    /// Write the drafts to FILE (refused if it exists) instead of standard output
    #[arg(long, value_name = "FILE")]
    pub write: Option<PathBuf>,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Debug, Subcommand)]
pub enum SourcesCommand {
    /// Archive FILE under sources/snapshots/, hash it, and append its source record
    Add(SourcesAddArgs),
}

#[derive(Debug, Args)]
pub struct SourcesAddArgs {
    /// The document to archive (a text copy of the source)
    pub file: PathBuf,
    /// The new source's id (letters, digits, `-`, `_`, `.`)
    #[arg(long)]
    pub id: String,
    /// Where the source was published
    #[arg(long)]
    pub url: Option<String>,
    /// The source's title
    #[arg(long)]
    pub title: Option<String>,
    /// Who published it
    #[arg(long)]
    pub publisher: Option<String>,
    /// When it was published (YYYY-MM-DD)
    #[arg(long)]
    pub published: Option<String>,
    /// Folder of source records [default: sources]
    #[arg(long, value_name = "DIR")]
    pub sources: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A rule id such as arithmetic/percent-change; omit to list every rule
    pub rule: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write completions for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// How the copy is found, for the commands that read articles.
#[derive(Debug, Args, Clone, Default)]
pub struct InputArgs {
    /// Read standard input (`-`) as the file PATH: its extension gives the format
    /// (.md, .html), reports name it, and the config is looked for from its folder
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,
    /// Accept a run that finds no article at all (exit 0 rather than 2)
    #[arg(long)]
    pub allow_empty: bool,
}
