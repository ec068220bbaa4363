//! The `tinbai` binary: parse the command line, run it, exit 0 (all ok), 1 (some inputs
//! failed) or 2 (usage or fatal error).

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
