// args: 2
// Forms of min_pattern_binding_borrow_moved_into_awaitable_refused.rs: `match v.last_mut() { Some(x) => add(x).await }`,
// `match &v[..] { [a, ..] => show_len(a).await }`, each followed by a use of `v`.
fn f(k: i64) -> i64 {
    let mut w: Vec<Vec<Tracked>> = vec![Vec::new()];
    match w.last_mut() { Some(inner) => add(inner, "inner").await, None => {} }
    let v: Vec<Tracked> = vec![Tracked::new("a")];
    let n = match &v[..] { [a, ..] => show_len(a).await, _ => 0 };
    n + v.len() as i64 + w.len() as i64 + k
}
#[co] fn add(v: &mut Vec<Tracked>, name: &'static str) { tick(name).await; v.push(Tracked::new(name)); }
#[co] fn show_len(t: &Tracked) -> i64 { tick("s").await; t.len() }
