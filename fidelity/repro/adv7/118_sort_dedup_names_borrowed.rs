// args:
// Names collected as `Vec<&str>` borrowed from a local `Vec<String>` built with awaits, sorted/deduped, and joined after another await.
fn f() -> i64 {
    let mut owned: Vec<String> = Vec::new();
    for n in ["bob", "ann", "bob", "cy"] {
        owned.push(ready("name", n.to_string()).await);
    }
    let mut names: Vec<&str> = owned.iter().map(|s| s.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    tick("sorted").await;
    let joined = names.join(",");
    log(joined.clone());
    joined.ilen() * 10 + names.ilen()
}
