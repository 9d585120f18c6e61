//! The `kadam` binary: parse the command line, run, and print any error once.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = kadam::cli::Cli::parse();
    match kadam::cli::run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("kadam: {err:#}");
            ExitCode::from(2)
        }
    }
}
