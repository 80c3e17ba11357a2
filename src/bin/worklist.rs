//! The maintainers' worklist: every record of the dataset with what its facts rest on, the record
//! whose newest evidence is oldest first. `cargo run --features worklist --bin worklist [file]`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| "data/directory.json".into());
    let loaded = match std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|json| michishirube::load::load(&json).map_err(|e| format!("{e:?}")))
    {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("worklist: {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    for skipped in &loaded.skipped {
        println!("left out, fix first: {skipped}");
    }
    print!("{}", michishirube::provenance::worklist(&loaded.data));
    ExitCode::SUCCESS
}
