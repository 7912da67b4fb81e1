// args: 2
// Closures whose bodies only mention a binding in `let _ = t;` (no capture in 2021), `drop(&t)`, or by ref; awaits around.
fn f(k: i64) -> i64 {
    let t = Tracked::new("t");
    let u = Tracked::new("u");
    let c1 = || { let _ = t; log("c1"); };
    let c2 = || drop(&u);
    tick("a").await;
    c1();
    c2();
    let v = Tracked::new("v");
    let c3 = move || { let _ = v; 5 };
    tick("b").await;
    let r = c3();
    tick("c").await;
    r + k + t.len() + u.len()
}
