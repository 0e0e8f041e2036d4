//! A progress bar on stderr for long runs over many articles.
//!
//! Shown only when the binary says stderr is a terminal (never in CI logs or pipes) and
//! the run is big enough to take more than a moment; a short run draws nothing, so
//! nothing flickers. Detection only calls [`Progress::start`], [`Progress::inc`] and
//! [`Progress::finish`], which do nothing when the bar is off.

use std::sync::{Arc, OnceLock};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Runs over more files than this get a bar.
pub const MIN_FILES: usize = 50;

/// A handle shared by the threads checking files; cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    enabled: bool,
    bar: Arc<OnceLock<ProgressBar>>,
}

impl Progress {
    /// A progress reporter that may draw (when `enabled`: stderr is a terminal and the
    /// user did not ask for quiet).
    pub fn new(enabled: bool) -> Self {
        Progress {
            enabled,
            bar: Arc::default(),
        }
    }

    /// A reporter that never draws.
    pub fn hidden() -> Self {
        Progress::default()
    }

    /// Announces `files` to check; draws a bar only for more than [`MIN_FILES`].
    pub fn start(&self, files: usize) {
        if !self.enabled || files <= MIN_FILES {
            return;
        }
        let bar = ProgressBar::with_draw_target(
            Some(files as u64),
            ProgressDrawTarget::stderr_with_hz(10),
        );
        if let Ok(style) =
            ProgressStyle::with_template("{spinner} checking {pos}/{len} files {wide_bar} {eta}")
        {
            bar.set_style(style);
        }
        let _ = self.bar.set(bar);
    }

    /// One file done.
    pub fn inc(&self) {
        if let Some(bar) = self.bar.get() {
            bar.inc(1);
        }
    }

    /// Removes the bar so the report starts on a clean line.
    pub fn finish(&self) {
        if let Some(bar) = self.bar.get() {
            bar.finish_and_clear();
        }
    }

    /// Whether a bar is being drawn.
    pub fn is_drawing(&self) -> bool {
        self.bar.get().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_only_when_enabled_and_the_run_is_long() {
        let p = Progress::new(true);
        p.start(MIN_FILES);
        assert!(!p.is_drawing());
        let p = Progress::new(false);
        p.start(10_000);
        assert!(!p.is_drawing());
        p.inc();
        p.finish();
        let p = Progress::new(true);
        p.start(MIN_FILES + 1);
        assert!(p.is_drawing());
        p.inc();
        p.finish();
    }
}
