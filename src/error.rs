//! Errors that stop a run (exit 2). Each layer wraps the one inside with where it
//! happened; the innermost says what.

use std::path::PathBuf;

/// A run that could not be done: bad flags, unreadable input, invalid records or config.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder that could not be read or written.
    #[error("{}: {}", crate::escape::line(&path.to_string_lossy()), crate::escape::line(message))]
    Io { path: PathBuf, message: String },
    /// A problem at a place in a file (YAML records, config).
    #[error("{}:{line}:{column}: {}", crate::escape::line(&path.to_string_lossy()), crate::escape::line(message))]
    At {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// A problem with what was asked for.
    #[error("{}", crate::escape::line(.0))]
    Usage(String),
    /// Several problems found in one pass (every mistake in the record files at once),
    /// shown one per line, each after its own `error: `.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\nerror: "))]
    Many(Vec<Error>),
}

impl Error {
    /// One error for all of `errors`: the error itself when there is one.
    pub fn all(mut errors: Vec<Error>) -> Self {
        if errors.len() == 1 {
            errors.remove(0)
        } else {
            Error::Many(errors)
        }
    }

    pub fn io(path: impl Into<PathBuf>, err: &std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            message: describe_io(err),
        }
    }
}

/// A short, lower-case description of an I/O error without the OS error number.
pub fn describe_io(err: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match err.kind() {
        NotFound => "no such file or directory".into(),
        PermissionDenied => "permission denied".into(),
        IsADirectory => "is a directory, not a file".into(),
        NotADirectory => "not a directory".into(),
        AlreadyExists => "already exists".into(),
        _ => {
            let s = err.to_string();
            match s.find(" (os error") {
                Some(p) => s[..p].to_lowercase(),
                None => s,
            }
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
