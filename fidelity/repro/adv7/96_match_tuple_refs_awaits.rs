// args:
// `match (&a, &mut b)` tuple of references with awaits in arms writing through the `&mut` and reading the `&`.
fn f() -> i64 {
    let a = Tracked::new("alpha");
    let mut b = vec![1i64];
    for k in 0..3 {
        match (&a, &mut b, k) {
            (t, v, 0) => { v.push(ready("z", t.len()).await); }
            (_, v, 1) if v.len() > 1 => { tick("one").await; v.pop(); }
            (t, v, _) => { v.push(t.len() * 10); tick("other").await; }
        }
    }
    b.iter().sum()
}
