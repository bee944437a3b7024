//! End-to-end tests: the `relais` binary on real files.
//!
//! One test binary with a module per area (faster to build and link than
//! one binary per file).

mod check;
mod common;
mod corpus_tmx;
mod tm_cli;
