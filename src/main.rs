//! The `relais` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    relais::cli::main_entry()
}
