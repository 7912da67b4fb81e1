// args:
// A struct literal listing fields out of declaration order, one field moved out, the rest dropped at scope end.
fn f() -> i64 {
    let t = Three { c: Tracked::new("c"), b: Tracked::new("b"), a: Tracked::new("a") };
    let x = t.a;
    tick("t").await;
    x.len()
}

pub struct Three { a: Tracked, b: Tracked, c: Tracked }
