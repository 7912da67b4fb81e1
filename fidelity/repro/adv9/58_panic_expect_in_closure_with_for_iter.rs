// args: 1
// A panic (`expect` on None) inside a closure in a `for` over an owned Vec after awaits: the loop iterator's remaining
// elements, the loop item and guards unwind in order.
fn f(k: i64) -> i64 {
    let _g = Tracked::new("outer");
    let v = vec![Some(Tracked::new("a")), None, Some(Tracked::new("c"))];
    let mut s = 0;
    for (i, item) in v.into_iter().enumerate() {
        let _it = Tracked::new("iter");
        tick("loop").await;
        let get = |o: &Option<Tracked>| o.as_ref().map(|t| t.len()).expect("missing item");
        if i as i64 >= k { s += get(&item); }
    }
    s
}
