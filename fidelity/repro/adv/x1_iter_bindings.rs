// args:
// Iterator adapters held in bindings across awaits (copied/cloned borrow their source).
fn f() -> i64 {
    let v = vec![1i64, 2, 3];
    let names = vec![String::from("a"), String::from("bcd")];
    let it = v.iter().copied();
    tick("a").await;
    let s: i64 = it.sum();
    let mut cl = names.iter().cloned();
    let first = cl.next();
    tick("b").await;
    let rest: Vec<String> = cl.collect();
    let opt = names.first().cloned();
    tick("c").await;
    s + first.map(|x| x.len() as i64).unwrap_or(0) + rest.len() as i64 + opt.map_or(0, |s| s.len() as i64)
}
