//! End-to-end tests: the `relais` binary on real files.
//!
//! One test binary with a module per area (faster to build and link than
//! one binary per file).

mod common;
mod corpus_tmx;
mod tm_cli;
mod tm_lookup;
mod tm_recall;
