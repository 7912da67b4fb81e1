// args: 1
// A panic inside `vec![..]` and a tuple literal after awaited elements (array out of bounds).
fn f(k: i64) -> i64 {
    let idx = [0usize, 5];
    let _g = Tracked::new("g");
    let v = vec![Tracked::new("v0"), ready("v1", Tracked::new("v1")).await, Tracked::new("v2")];
    let t = (Tracked::new("t0"), ready("t1", 1).await, v[idx[k as usize]].len(), Tracked::new("t3"));
    t.1 + t.2
}
