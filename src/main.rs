//! The binary: parse flags, run, render, and map the outcome to an exit code.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use claimcheck::cli::{Cli, Command};
use claimcheck::error::Error;
use claimcheck::report::{self, Report};
use claimcheck::settings::{FailOn, Overrides, Settings};
use claimcheck::{input, run};

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

fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => {
            let inputs = input::collect(&args.paths, &[], std::path::Path::new("."))?;
            let (docs, errors) = run::extract_all(&inputs);
            let files: Vec<_> = docs
                .into_iter()
                .map(|(d, claims)| report::extract::ExtractedFile {
                    path: d.path,
                    sha256: d.sha256,
                    claims,
                })
                .collect();
            let mut out = io::stdout().lock();
            report::extract::render(args.format, &files, &mut out)?;
            out.flush()?;
            // The files that could be read are reported; the rest make the run incomplete.
            for e in &errors {
                let _ = writeln!(io::stderr(), "error: {e}");
            }
            Ok(if errors.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            })
        }
        Command::Check(args) => {
            let settings = Settings::resolve(&Overrides {
                config: args.config.config.clone(),
                claims: args.claims.clone(),
                sources: args.sources.clone(),
                fail_on: args.fail_on,
                min_words: args.min_words,
            })?;
            let report = run::check(&settings, &args.paths, &run::CheckOptions::default())?;
            emit(&report, args.format, settings.fail_on)
        }
        Command::Dupes(args) => {
            let settings = Settings::resolve(&Overrides {
                config: args.config.config.clone(),
                fail_on: args.fail_on,
                min_words: args.min_words,
                ..Overrides::default()
            })?;
            let report = run::dupes(&settings, &args.paths)?;
            emit(&report, args.format, settings.fail_on)
        }
        Command::Verify(args) => {
            let settings = Settings::resolve(&Overrides {
                config: args.config.config.clone(),
                claims: args.claims.clone(),
                sources: args.sources.clone(),
                fail_on: args.fail_on,
                ..Overrides::default()
            })?;
            let report = run::verify(&settings)?;
            emit(&report, args.format, settings.fail_on)
        }
        Command::Explain(args) => {
            let mut out = io::stdout().lock();
            match args.rule {
                None => {
                    for r in claimcheck::rules::RULES {
                        writeln!(
                            out,
                            "{:<34} {:<8} {}",
                            r.id,
                            r.default_severity.as_str(),
                            r.summary
                        )?;
                    }
                }
                Some(id) => match claimcheck::rules::lookup(&id) {
                    Some(r) => writeln!(out, "{}\n\n{}", r.id, r.doc)?,
                    None => {
                        return Err(Error::Usage(format!(
                            "no rule named {id:?}; `claimcheck explain` lists them"
                        ))
                        .into())
                    }
                },
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Completions(args) => {
            use clap::CommandFactory;
            let mut cmd = Cli::command();
            clap_complete::generate(args.shell, &mut cmd, "claimcheck", &mut io::stdout());
            Ok(ExitCode::SUCCESS)
        }
        Command::Draft(_) | Command::Sources(_) | Command::Init => {
            Err(Error::Usage("not implemented yet".into()).into())
        }
    }
}

/// Renders the report to stdout and turns it into an exit code.
fn emit(report: &Report, format: report::Format, fail_on: FailOn) -> anyhow::Result<ExitCode> {
    let color =
        io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let mut out = io::stdout().lock();
    report::render(format, report, color, &mut out)?;
    out.flush()?;
    for e in &report.errors {
        let _ = writeln!(io::stderr(), "error: {e}");
    }
    if !report.errors.is_empty() {
        return Ok(ExitCode::from(2));
    }
    let failed = report.max_severity().is_some_and(|s| fail_on.fails(s));
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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
