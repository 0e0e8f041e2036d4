//! claimcheck: checks the figures in news copy against sourced records, its own
//! arithmetic, and duplicated passages.
//!
//! Data flows one way: read ([`input`]) → [`extract`] → [`link`] → [`rules`] and
//! [`dupes`] → finalize ([`suppress`], sort) → [`report`]. Only reading and the binary's
//! rendering touch the outside world; detection never prints.
#![forbid(unsafe_code)]
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod baseline;
pub mod changed;
mod check_parts;
pub mod cli;
pub mod document;
pub mod draft;
pub mod dupes;
pub mod error;
pub mod escape;
pub mod extract;
pub mod finding;
pub mod frame;
pub mod fsutil;
pub mod hash;
pub mod index;
pub mod init;
pub mod input;
pub mod interval;
pub mod lexicon;
pub mod link;
pub mod lsp;
pub mod measure;
pub mod num;
pub mod pattern;
pub mod progress;
pub mod records;
pub mod report;
pub mod rules;
pub mod run;
pub mod settings;
pub mod suppress;
pub mod telling;
