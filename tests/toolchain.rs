//! The pinned build tools agree with each other, so an offline build never needs a download.

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn locked_version(lock: &str, name: &str) -> String {
    let entry = lock.split("[[package]]").find(|p| p.contains(&format!("name = \"{name}\"\n"))).unwrap();
    entry.lines().find_map(|l| l.strip_prefix("version = \"")).unwrap().trim_end_matches('"').to_string()
}

#[test]
fn trunk_pins_the_wasm_bindgen_of_cargo_lock() {
    let version = locked_version(&read("Cargo.lock"), "wasm-bindgen");
    assert!(read("Trunk.toml").contains(&format!("wasm_bindgen = \"{version}\"")), "Trunk.toml must pin wasm-bindgen {version}");
    assert!(read("Cargo.toml").contains(&format!("wasm-bindgen = \"={version}\"")));
}

#[test]
fn wasm_opt_comes_from_npm_binaryen_132() {
    assert!(read("Trunk.toml").contains("wasm_opt = \"version_132\""));
    assert!(read("tests/package.json").contains("\"binaryen\": \"132.0.0\""));
}

#[test]
fn release_builds_are_optimised_for_size() {
    let manifest = read("Cargo.toml");
    let release = manifest.split("[profile.release]").nth(1).unwrap();
    for setting in ["opt-level = \"z\"", "lto = true", "codegen-units = 1", "panic = \"abort\""] {
        assert!(release.contains(setting), "missing {setting}");
    }
    assert!(read("index.html").contains("data-wasm-opt=\"z\""));
}
