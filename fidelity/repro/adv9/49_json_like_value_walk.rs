// args: 2
// Walk a JSON-like enum tree with an explicit stack of references; awaits per node; match on &Value with guards.
fn f(k: i64) -> i64 {
    let doc = V::Obj(vec![
        ("a", V::Num(k)),
        ("b", V::Arr(vec![V::Num(1), V::Str(Tracked::new("s")), V::Null])),
        ("c", V::Obj(vec![("d", V::Num(5))])),
    ]);
    let mut stack: Vec<&V> = vec![&doc];
    let mut score = 0;
    while let Some(v) = stack.pop() {
        score += match v {
            V::Num(n) if *n > 3 => ready("big", *n * 10).await,
            V::Num(n) => *n,
            V::Str(t) => { tick("str").await; t.len() }
            V::Arr(items) => { stack.extend(items.iter().rev()); 0 }
            V::Obj(fields) => { for (_, x) in fields.iter().rev() { stack.push(x); } ready("obj", 0).await }
            V::Null => -1,
        };
    }
    score
}
enum V { Null, Num(i64), Str(Tracked), Arr(Vec<V>), Obj(Vec<(&'static str, V)>) }
