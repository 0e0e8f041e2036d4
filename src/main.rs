//! The binary: parse flags, run, render, and map the outcome to an exit code.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use claimcheck::baseline::Baseline;
use claimcheck::changed::Changes;
use claimcheck::cli::{
    CheckArgs, Cli, Command, CompletionsArgs, ConfigArgs, DraftArgs, DupesArgs, DupesFormat,
    ExplainArgs, ExtractArgs, FirstCopy, IndexCommand, InputArgs, SourcesAddArgs, SourcesCommand,
    VerifyArgs,
};
use claimcheck::error::Error;
use claimcheck::fsutil::{write_atomic, Overwrite};
use claimcheck::progress::Progress;
use claimcheck::report::{self, Report};
use claimcheck::settings::{FailOn, Overrides, Settings};
use claimcheck::{draft, init, input, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`claimcheck check … | head`) is not a failure.
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            let _ = writeln!(io::stderr(), "error: {e}");
            ExitCode::from(2)
        }
    }
}

/// One short function per command.
fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => run_extract(args),
        Command::Check(args) => check(args),
        Command::Dupes(args) => run_dupes(args),
        Command::Index(cmd) => run_index(cmd),
        Command::Verify(args) => run_verify(args),
        Command::Explain(args) => run_explain(args),
        Command::Completions(args) => run_completions(args),
        Command::Draft(args) => run_draft(args),
        Command::Init => run_init(),
        Command::Sources(SourcesCommand::Add(args)) => sources_add(args),
        Command::Lsp => run_lsp(),
    }
}

/// `lsp`: the language server, speaking JSON-RPC on stdin and stdout until the editor
/// shuts it down.
fn run_lsp() -> anyhow::Result<ExitCode> {
    let (connection, io_threads) = lsp_server::Connection::stdio();
    claimcheck::lsp::serve(&connection).map_err(|e| anyhow::anyhow!("lsp: {e}"))?;
    drop(connection);
    io_threads.join().map_err(|e| anyhow::anyhow!("lsp: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

/// `extract`: the figures of every input, then read warnings and errors on stderr.
fn run_extract(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let inputs = input::collect(&args.paths, &[], std::path::Path::new("."))?;
    let inputs = input::name_stdin(inputs, args.input.stdin_filename.as_deref());
    let run::ReadDocs {
        docs,
        warnings,
        errors,
    } = run::read_warned(&inputs);
    if errors.is_empty() {
        // (a skipped file's warning is about the whole file, at its start)
        let skipped = warnings.iter().filter(|w| w.rule == "input/binary").count();
        run::require_articles(&args.paths, docs.len(), skipped, args.input.allow_empty)?;
    }
    // Buffered: a large document is millions of small writes otherwise.
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    report::extract::write(args.format, &docs, &mut out)?;
    out.flush()?;
    // Read warnings (a binary file skipped, copy decoded from Windows-1252) do not
    // fail the run; files that could not be read make it incomplete.
    let at = report::Locator::new(&docs);
    for w in &warnings {
        let (line, column) = at.line_col(&w.path, w.span.start);
        let _ = writeln!(
            io::stderr(),
            "warning: {}:{line}:{column}: {}",
            claimcheck::report::escape::line(&w.path),
            claimcheck::report::escape::line(&w.message)
        );
    }
    for e in &errors {
        let _ = writeln!(io::stderr(), "error: {e}");
    }
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// `dupes`: duplicated passages, reported like `check`, and gathered into groups of
/// copies for the audit formats; with `--against`, new copy compared with an archive
/// index.
fn run_dupes(args: DupesArgs) -> anyhow::Result<ExitCode> {
    let (format, output, quiet) = (args.format, args.output.clone(), args.quiet);
    let out = Out {
        file: output.as_deref(),
        quiet,
        rules_url: None,
    };
    // a failed run writes its document in the findings formats; the audit formats
    // (html, csv, jsonl) have none to write
    match format.findings() {
        Some(format) => {
            or_document_of_failure(report::Command::Dupes, format, out, dupes_run(args))
        }
        None => dupes_run(args),
    }
}

/// [`run_dupes`] itself.
fn dupes_run(args: DupesArgs) -> anyhow::Result<ExitCode> {
    let settings = Settings::resolve(&Overrides {
        config: config_for(&args.config, &args.input),
        fail_on: args.fail_on,
        min_words: args.min_words,
        ..Overrides::default()
    })?;
    if args.config.show_settings {
        return show_settings(&settings);
    }
    let baseline = args.baseline.as_deref().map(Baseline::load).transpose()?;
    let changes = args
        .changed_since
        .as_deref()
        .map(Changes::since)
        .transpose()?;
    let by_path = args.first_copy == FirstCopy::Path;
    let opts = run::CheckOptions {
        changes,
        stdin_filename: args.input.stdin_filename.clone(),
        allow_empty: args.input.allow_empty,
        force_exclude: args.force_exclude,
        first_copy_by_path: by_path,
        ..run::CheckOptions::default()
    };
    let mut report = match &args.against {
        Some(index) => claimcheck::index::against(index, &settings, &args.paths, &opts)?,
        None => run::dupes_with(&settings, &args.paths, &opts)?,
    };
    if let Some(path) = &args.output {
        let own = own_files(&settings, report.files.iter().map(|f| f.path.as_str()));
        claimcheck::fsutil::refuse_onto_inputs(path, own.iter().map(|p| p.as_path()), "-o")?;
    }
    if let Some(path) = &args.write_baseline {
        write_baseline(&mut report, path, args.quiet)?;
    }
    if let Some(b) = &baseline {
        b.apply(&mut report);
    }
    if baseline.is_some() || args.write_baseline.is_some() {
        run::group_duplicates(&mut report, by_path);
    }
    let to = Out {
        file: args.output.as_deref(),
        quiet: args.quiet,
        rules_url: None,
    };
    match args.format.findings() {
        Some(report::Format::Human) if !args.quiet => {
            let mut buf = Vec::new();
            let docs = report.locator();
            let lookup = |p: &str| docs.doc(p);
            let files = report.summary().files;
            claimcheck::dupes::audit::summary(&report.groups, files, &lookup, &mut buf)?;
            let color = to.file.is_none()
                && io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            report::render(report::Format::Human, &report, color, &mut buf)?;
            finish(&report, &buf, settings.fail_on, to.file)
        }
        Some(format) => emit(&report, format, settings.fail_on, to),
        None => {
            let mut buf = Vec::new();
            let docs = report.locator();
            let lookup = |p: &str| docs.doc(p);
            let groups = &report.groups;
            match args.format {
                DupesFormat::Csv => claimcheck::dupes::audit::csv(groups, &lookup, &mut buf)?,
                DupesFormat::Jsonl => claimcheck::dupes::audit::jsonl(groups, &lookup, &mut buf)?,
                _ => {
                    let files = report.summary().files;
                    claimcheck::dupes::audit::html::render(groups, files, &lookup, &mut buf)?
                }
            }
            finish(&report, &buf, settings.fail_on, to.file)
        }
    }
}

/// `index build` / `index add`: the archive index, and what was done, on stderr.
fn run_index(cmd: IndexCommand) -> anyhow::Result<ExitCode> {
    use claimcheck::index::store;
    let (config, by_path) = match &cmd {
        IndexCommand::Build(a) => (&a.config, a.first_copy == FirstCopy::Path),
        IndexCommand::Add(a) => (&a.config, a.first_copy == FirstCopy::Path),
    };
    let settings = Settings::resolve(&Overrides {
        config: config.config.clone(),
        min_words: match &cmd {
            IndexCommand::Build(a) => a.min_words,
            IndexCommand::Add(_) => None,
        },
        ..Overrides::default()
    })?;
    let started = std::time::Instant::now();
    // the crash-safety tests' hook: die before the index is committed
    let crash_before_commit = std::env::var_os("CLAIMCHECK_TEST_CRASH_BEFORE_COMMIT").is_some();
    let (stats, path) = match &cmd {
        IndexCommand::Build(a) => {
            let opts = store::BuildOptions {
                min_words: settings.min_words,
                max_memory: a.max_memory.unwrap_or(512 << 20),
                emit_fingerprints: a.emit_fingerprints.clone(),
                by_path,
                crash_before_commit,
            };
            (
                store::build(&settings, &a.archive, &a.output, &opts)?,
                &a.output,
            )
        }
        IndexCommand::Add(a) => {
            let opts = store::BuildOptions {
                min_words: settings.min_words,
                max_memory: 512 << 20,
                emit_fingerprints: None,
                by_path,
                crash_before_commit,
            };
            (store::add(&settings, &a.index, &a.paths, &opts)?, &a.index)
        }
    };
    let mut err = io::stderr().lock();
    for e in &stats.errors {
        let _ = writeln!(err, "error: {e}");
    }
    let _ = writeln!(
        err,
        "{}: {} articles ({} added, {} replaced, {} unchanged), {} fingerprints, {:.1} MB, {:.2} s",
        path.display(),
        stats.articles,
        stats.added,
        stats.replaced,
        stats.unchanged,
        stats.fingerprints,
        stats.bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    Ok(if stats.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// Writes a rendered report to FILE (atomically) or stdout, then the run's errors, and
/// gives the exit code: 2 for an incomplete run, 1 for a finding at or above `fail_on`.
fn finish(
    report: &Report,
    buf: &[u8],
    fail_on: FailOn,
    file: Option<&std::path::Path>,
) -> anyhow::Result<ExitCode> {
    match file {
        Some(path) => write_atomic(path, buf, Overwrite::Allow)?,
        None => {
            let mut out = io::stdout().lock();
            out.write_all(buf)?;
            out.flush()?;
        }
    }
    Ok(exit_code(report, fail_on))
}

/// The run's errors on stderr, and the exit code: 2 for an incomplete run, 1 for a
/// finding at or above `fail_on`, else 0.
fn exit_code(report: &Report, fail_on: FailOn) -> ExitCode {
    for e in &report.errors {
        let _ = writeln!(io::stderr(), "error: {e}");
    }
    if !report.errors.is_empty() {
        return ExitCode::from(2);
    }
    if report.max_severity().is_some_and(|s| fail_on.fails(s)) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `verify`: provenance of the records and their snapshots.
fn run_verify(args: VerifyArgs) -> anyhow::Result<ExitCode> {
    let settings = Settings::resolve(&Overrides {
        config: args.config.config.clone(),
        claims: args.claims.clone(),
        sources: args.sources.clone(),
        fail_on: args.fail_on,
        ..Overrides::default()
    })?;
    if args.config.show_settings {
        return show_settings(&settings);
    }
    let report = run::verify(&settings)?;
    emit(
        &report,
        args.format,
        settings.fail_on,
        Out {
            file: None,
            quiet: args.quiet,
            rules_url: None,
        },
    )
}

/// `explain`: every rule in one line each, or one rule's documentation.
fn run_explain(args: ExplainArgs) -> anyhow::Result<ExitCode> {
    let mut out = io::stdout().lock();
    match args.rule {
        None => {
            for r in claimcheck::rules::all() {
                writeln!(
                    out,
                    "{:<34} {:<8} {}",
                    r.id.as_str(),
                    r.default_severity.as_str(),
                    r.summary
                )?;
            }
        }
        Some(id) => match id.parse::<claimcheck::rules::RuleId>() {
            Ok(r) => explain(r.rule(), &mut out)?,
            Err(_) => {
                return Err(Error::Usage(format!(
                    "no rule named {id:?}; `claimcheck explain` lists them"
                ))
                .into())
            }
        },
    }
    Ok(ExitCode::SUCCESS)
}

/// `completions SHELL`: the shell's completion script on stdout.
fn run_completions(args: CompletionsArgs) -> anyhow::Result<ExitCode> {
    use clap::CommandFactory;
    let mut cmd = Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "claimcheck", &mut io::stdout());
    Ok(ExitCode::SUCCESS)
}

/// `draft ARTICLE`: claim records to fill in, on stdout or into `--write FILE`.
fn run_draft(args: DraftArgs) -> anyhow::Result<ExitCode> {
    let settings = Settings::resolve(&Overrides {
        config: args.config.config.clone(),
        claims: args.claims.clone(),
        sources: args.sources.clone(),
        ..Overrides::default()
    })?;
    // clap asks for ARTICLE unless --show-settings is given
    if args.config.show_settings || args.articles.is_empty() {
        return show_settings(&settings);
    }
    let (yaml, n) = draft::draft_paths(&settings, &args.articles)?;
    match &args.write {
        Some(path) => {
            let own = own_files(&settings, args.articles.iter().filter_map(|p| p.to_str()));
            claimcheck::fsutil::refuse_onto_inputs(
                path,
                own.iter().map(|p| p.as_path()),
                "--write",
            )?;
            write_atomic(path, yaml.as_bytes(), Overwrite::Refuse)?;
            let _ = writeln!(
                io::stderr(),
                "wrote {n} draft records to {}",
                path.display()
            );
        }
        None => {
            let mut out = io::stdout().lock();
            out.write_all(yaml.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `init`: scaffold the newsroom folders in the working directory.
fn run_init() -> anyhow::Result<ExitCode> {
    let written = init::init(std::path::Path::new("."))?;
    let mut out = io::stdout().lock();
    for p in written {
        writeln!(out, "created {}", p.display())?;
    }
    writeln!(
        out,
        "next: put copy in articles/ and claim records in claims/ (`claimcheck draft ARTICLE` starts them), then run `claimcheck check articles`"
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `sources add`: archive a file and append its source record.
fn sources_add(args: SourcesAddArgs) -> anyhow::Result<ExitCode> {
    let settings = Settings::resolve(&Overrides {
        sources: args.sources.clone(),
        ..Overrides::default()
    })?;
    let added = claimcheck::records::add::add(&claimcheck::records::add::AddRequest {
        file: args.file,
        id: args.id.clone(),
        url: args.url,
        title: args.title,
        publisher: args.publisher,
        published: args.published,
        sources_dir: settings.sources.clone(),
        max_record_bytes: settings.max_record_bytes,
    })?;
    writeln!(
        io::stdout().lock(),
        "archived {} (sha256 {})\nadded source `{}` to {}",
        claimcheck::report::escape::line(&input::display_path(&added.snapshot)),
        added.sha256,
        args.id,
        claimcheck::report::escape::line(&input::display_path(&added.record_file))
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `check`: settings, then the run, then baselines, then the report. A run that cannot
/// be done still writes its JSON or SARIF document, with the error in it.
fn check(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let (format, output, quiet) = (args.format, args.output.clone(), args.quiet);
    let rules_url = args.rules_url.clone();
    let out = Out {
        file: output.as_deref(),
        quiet,
        rules_url,
    };
    or_document_of_failure(report::Command::Check, format, out, check_run(args))
}

/// `result`, or for a run that could not be done the report saying so, in `format` when
/// it is a document a later step reads (JSON, SARIF); for other formats the error alone,
/// as ever.
fn or_document_of_failure(
    command: report::Command,
    format: report::Format,
    to: Out<'_>,
    result: anyhow::Result<ExitCode>,
) -> anyhow::Result<ExitCode> {
    let e = match result {
        Err(e) if !is_broken_pipe(&e) => e,
        other => return other,
    };
    if !matches!(format, report::Format::Json | report::Format::Sarif) {
        return Err(e);
    }
    let failed = Report::failed(command, e.to_string());
    emit(&failed, format, FailOn::Never, to)
}

/// [`check`] itself.
fn check_run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let settings = Settings::resolve_for(
        &Overrides {
            config: config_for(&args.config, &args.input),
            claims: args.claims.clone(),
            sources: args.sources.clone(),
            fail_on: args.fail_on,
            min_words: args.min_words,
            select: args.select.clone(),
            ignore: args.ignore.clone(),
        },
        args.paths.first().map(std::path::PathBuf::as_path),
    )?;
    if args.config.show_settings {
        return show_settings(&settings);
    }
    // `check` alone checks what the config's `paths:` names (articles/ by default).
    let paths = if args.paths.is_empty() {
        settings.default_paths()
    } else {
        args.paths.clone()
    };
    // Read the baseline and ask git first, so a bad baseline or ref fails fast.
    let baseline = args.baseline.as_deref().map(Baseline::load).transpose()?;
    let changes = args
        .changed_since
        .as_deref()
        .map(Changes::since)
        .transpose()?;
    let opts = run::CheckOptions {
        changes,
        progress: Progress::new(!args.quiet && io::stderr().is_terminal()),
        stdin_filename: args.input.stdin_filename.clone(),
        allow_empty: args.input.allow_empty,
        force_exclude: args.force_exclude,
        ..run::CheckOptions::default()
    };
    let mut report = run::check(&settings, &paths, &opts)?;
    if args.explain_links {
        let mut err = io::stderr().lock();
        for f in report.files.iter().filter(|f| !f.is_record_file()) {
            let _ = err.write_all(claimcheck::link::explain::render(&f.path, &f.claims).as_bytes());
        }
    }
    // Nothing is written onto the run's own inputs (an article, a record, the config).
    let own = own_files(&settings, report.files.iter().map(|f| f.path.as_str()));
    if let Some(path) = &args.write_baseline {
        claimcheck::fsutil::refuse_onto_inputs(
            path,
            own.iter().map(|p| p.as_path()),
            "--write-baseline",
        )?;
    }
    if let Some(path) = &args.output {
        let read = own
            .iter()
            .map(|p| p.as_path())
            .chain(args.baseline.as_deref());
        claimcheck::fsutil::refuse_onto_inputs(path, read, "-o")?;
    }
    if let Some(path) = &args.write_baseline {
        write_baseline(&mut report, path, args.quiet)?;
    }
    if let Some(b) = &baseline {
        let stale = b.apply(&mut report);
        if stale > 0 && !args.quiet {
            let _ = writeln!(
                io::stderr(),
                "note: {stale} baseline {} no longer {} (fixed or changed since); --write-baseline refreshes the file",
                if stale == 1 { "entry" } else { "entries" },
                if stale == 1 { "matches" } else { "match" },
            );
        }
    }
    report.suppressed.sort_by(|a, b| {
        (&a.path, a.span.start, a.rule.as_str()).cmp(&(&b.path, b.span.start, b.rule.as_str()))
    });
    let for_people = matches!(args.format, report::Format::Human | report::Format::Concise);
    let sarif_without_info = args.format == report::Format::Sarif && !args.sarif_include_info;
    let min = match args.min_severity {
        Some(m) => Some(m.severity()),
        None if (args.quiet && for_people) || sarif_without_info => {
            Some(claimcheck::finding::Severity::Warning)
        }
        None => None,
    };
    if let Some(min) = min {
        report.keep_at_least(min);
    }
    if args.statistics {
        return statistics(&report, settings.fail_on);
    }
    emit(
        &report,
        args.format,
        settings.fail_on,
        Out {
            file: args.output.as_deref(),
            quiet: args.quiet,
            rules_url: args.rules_url.clone(),
        },
    )
}

/// The config to use: `--config`, else with `--stdin-filename` the one found walking up
/// from that file's folder (as for the file itself), else the usual search.
fn config_for(config: &ConfigArgs, input: &InputArgs) -> Option<std::path::PathBuf> {
    config.config.clone().or_else(|| {
        let name = input.stdin_filename.as_deref()?;
        let folder = std::env::current_dir().ok()?.join(name.parent()?);
        claimcheck::settings::find_config(&folder)
    })
}

/// `--write-baseline`: records the findings and treats them as baselined in this run.
/// An incomplete run (exit 2 follows) would record an incomplete baseline, so it
/// writes nothing.
fn write_baseline(report: &mut Report, path: &std::path::Path, quiet: bool) -> anyhow::Result<()> {
    if !report.errors.is_empty() {
        let _ = writeln!(
            io::stderr(),
            "error: the run was incomplete, so the baseline {} was not written",
            path.display()
        );
        return Ok(());
    }
    let written = Baseline::from_report(report);
    written.write(path)?;
    if !quiet {
        let n = written.findings.len();
        let _ = writeln!(
            io::stderr(),
            "wrote {n} finding{} to the baseline {}",
            if n == 1 { "" } else { "s" },
            path.display()
        );
    }
    let _ = written.apply(report);
    Ok(())
}

/// Where and how a report is written.
struct Out<'a> {
    /// `--output FILE`: written atomically instead of to stdout.
    file: Option<&'a std::path::Path>,
    /// `--quiet`: findings only, no summary line.
    quiet: bool,
    /// `--rules-url`: where SARIF's rule links point.
    rules_url: Option<String>,
}

/// Renders the report and turns it into an exit code.
fn emit(
    report: &Report,
    format: report::Format,
    fail_on: FailOn,
    to: Out<'_>,
) -> anyhow::Result<ExitCode> {
    let color = to.file.is_none()
        && io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let opts = report::RenderOptions {
        color,
        quiet: to.quiet,
        step_summary: std::env::var_os("GITHUB_STEP_SUMMARY")
            .filter(|v| !v.is_empty())
            .map(std::path::PathBuf::from),
        rules_url: to.rules_url.clone(),
    };
    match to.file {
        Some(dir) if format == report::Format::Html && report::html::is_folder(dir) => {
            report::html::write_folder(report, dir)?;
        }
        Some(path) => {
            // `-o reports/claimcheck.sarif` in a fresh checkout: the folder is made.
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, &e))?;
            }
            // streamed into the temporary file that then replaces `path`: a report
            // larger than its input is never held whole (issue 19, item 8)
            claimcheck::fsutil::write_atomic_streamed(path, Overwrite::Allow, |out| {
                report::render_with(format, report, &opts, out)
            })?;
        }
        None => {
            // Streamed: a report larger than its input is never held whole (issue 19).
            let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
            report::render_with(format, report, &opts, &mut out)?;
            out.flush()?;
        }
    }
    Ok(exit_code(report, fail_on))
}

/// The files a run reads (see [`input::own_files`]), which nothing is written onto.
fn own_files<'a>(
    settings: &Settings,
    copy: impl IntoIterator<Item = &'a str>,
) -> Vec<std::path::PathBuf> {
    input::own_files(
        copy,
        settings.config.as_deref(),
        [&settings.claims, &settings.sources],
    )
}

/// Whether writing failed because the reader went away, also when a serializer wrapped
/// the I/O error (serde_json reports it as its own error inside `io::Error::other`).
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        let Some(io) = cause.downcast_ref::<io::Error>() else {
            return false;
        };
        io.kind() == io::ErrorKind::BrokenPipe
            || io
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<serde_json::Error>())
                .and_then(serde_json::Error::io_error_kind)
                == Some(io::ErrorKind::BrokenPipe)
    })
}

/// `--statistics`: how many findings each rule gave, most first, then the exit code as
/// the findings would give it.
fn statistics(report: &Report, fail_on: FailOn) -> anyhow::Result<ExitCode> {
    let mut out = io::stdout().lock();
    for (rule, severity, n) in report.statistics() {
        writeln!(out, "{n:>6}  {:<7}  {rule}", severity.as_str())?;
    }
    let s = report.summary();
    writeln!(out, "{:>6}  total", s.findings)?;
    out.flush()?;
    Ok(exit_code(report, fail_on))
}

/// `--show-settings`: the resolved settings as YAML.
fn show_settings(settings: &Settings) -> anyhow::Result<ExitCode> {
    let mut out = io::stdout().lock();
    out.write_all(settings.to_yaml()?.as_bytes())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `explain RULE`: the rule's id, default, summary and documentation, and how to
/// configure or silence it.
fn explain(r: &claimcheck::rules::Rule, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "{} (default severity: {})\n",
        r.id,
        r.default_severity.as_str()
    )?;
    let doc = r.doc.trim();
    if !doc.starts_with(r.summary.trim()) {
        writeln!(out, "{}\n", r.summary.trim())?;
    }
    writeln!(out, "{}", for_terminal(doc))?;
    writeln!(out, "Configure it in claimcheck.yaml:")?;
    writeln!(
        out,
        "  rules:\n    {}: off | info | warning | error\n",
        r.id
    )?;
    writeln!(
        out,
        "Silence it for one paragraph of Markdown or HTML copy:"
    )?;
    writeln!(out, "  <!-- claimcheck: ignore {} reason=\"why\" -->", r.id)
}

/// A rule's Markdown doc for a terminal: headings without their `#`s and underlined,
/// code blocks indented without their fences; everything else as written.
fn for_terminal(doc: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    for line in doc.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            out.push_str("    ");
            out.push_str(line);
        } else if let Some(h) = line.strip_prefix('#') {
            let h = h.trim_start_matches('#').trim();
            out.push_str(h);
            out.push('\n');
            out.push_str(&"-".repeat(h.chars().count()));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::for_terminal;

    #[test]
    fn rule_docs_read_well_on_a_terminal() {
        let doc = "Checks sums.\n\n## Example\n\n```text\nA 3 and 4 make 8.\n```\nFix it.";
        assert_eq!(
            for_terminal(doc),
            "Checks sums.\n\nExample\n-------\n\n    A 3 and 4 make 8.\nFix it.\n"
        );
    }
}
