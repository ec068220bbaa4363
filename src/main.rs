//! The `tinbai` binary: parse the command line, run it, exit 0 (all ok), 1 (some inputs
//! failed) or 2 (usage or fatal error).

mod cli;

/// mimalloc: batch runs allocate and free many small strings per page (DOM nodes, tokens,
/// facts) from several threads; it costs less there than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
