// args: 1
// A panic (index out of bounds) after awaits with guards and a Tracked temporary alive: unwinding drop order.
fn f(k: i64) -> i64 {
    let _a = Tracked::new("a");
    tick("x").await;
    let _b = Tracked::new("b");
    let v: Vec<i64> = vec![1, 2];
    let n = Tracked::new("tmp").len() + v[k as usize * 3];
    tick("y").await;
    n
}
