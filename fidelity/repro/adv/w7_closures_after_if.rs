// args: true
// Closures after if/else joins whose branches await and decide a binding's type.
fn f(c: bool) -> i64 {
    let mut acc = Vec::new();
    let mut label = None;
    if c {
        acc.push(ready("a", String::from("x")).await);
        label = Some(ready("l", Tracked::new("lab")).await);
    } else {
        acc.push(String::from("yy"));
    }
    let total: usize = acc.iter().map(|s| s.len()).sum();
    let l = label.as_ref().map(|t| t.len()).unwrap_or(0);
    let found = acc.iter().position(|s| s.starts_with('x'));
    total as i64 + l + found.map(|i| i as i64).unwrap_or(-1)
}
