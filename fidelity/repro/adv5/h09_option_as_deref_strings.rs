// args:
// Option<String> handling with as_deref, unwrap_or_default, map_or, filter across awaits; String moved into Vec.
fn f() -> i64 {
    let mut names: Vec<String> = Vec::new();
    let mut missing = 0;
    for i in 0..4 {
        let name: Option<String> = lookup(i).await;
        match name.as_deref() {
            Some("") | None => missing += 1,
            Some(s) if s.starts_with('_') => log(format!("hidden {s}")),
            Some(_) => names.push(name.unwrap_or_default()),
        }
    }
    let longest = names.iter().map(|s| s.len()).max().map_or(0, |l| l as i64);
    tick("end").await;
    longest * 100 + names.len() as i64 * 10 + missing
}

#[co] fn lookup(i: i64) -> Option<String> {
    tick("lookup").await;
    match i {
        0 => Some("alice".into()),
        1 => Some(String::new()),
        2 => Some("_root".into()),
        _ => None,
    }
}
