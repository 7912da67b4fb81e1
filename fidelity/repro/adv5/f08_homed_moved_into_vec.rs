// args:
// A local borrowed across an await (homed), later moved into a Vec/struct/function; drop order afterwards.
fn f() -> i64 {
    let a = Tracked::new("a");
    let b = Tracked::new("b");
    let n = weigh(&a, 1).await;
    let mut v = Vec::new();
    v.push(a);
    let w = weigh(&b, 2).await;
    let p = Pair { a: b, b: Tracked::new("pb") };
    tick("moved").await;
    let c = Tracked::new("c");
    let m = weigh(&c, 3).await;
    let k = take(c);
    tick("end").await;
    n + w + m + k + v.len() as i64 + p.a.len()
}
