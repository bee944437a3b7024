//! End-to-end tests: the `relais` binary on real files.
//!
//! One test binary with a module per area (faster to build and link than
//! one binary per file).

mod align;
mod check;
mod check_adoption;
mod common;
mod content;
mod corpus_tbx;
mod corpus_tmx;
mod corpus_xliff;
mod gate;
mod glossary_cli;
mod glossary_recognition;
mod help_catalogs;
mod i18n;
mod layering;
mod meaning_errors;
mod office;
mod onboarding;
mod pages;
mod pinned;
mod pipeline;
mod pipes;
mod reliability;
mod status;
mod tm_cli;
mod tm_lookup;
mod tm_recall;
mod tm_xliff;
mod xliff_roundtrip;
