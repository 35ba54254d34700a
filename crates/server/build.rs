// Translations are embedded at compile time by fluent-templates; rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
