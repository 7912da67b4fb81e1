// args:
// Destructuring assignment of Tracked values with an awaited operand; mem::swap and mem::replace across awaits.
fn f() -> i64 {
    let mut a = Tracked::new("a0");
    let mut b = Tracked::new("b0");
    (a, b) = (b, ready("nb", Tracked::new("b1")).await);
    tick("t1").await;
    std::mem::swap(&mut a, &mut b);
    let old = std::mem::replace(&mut a, make("a2").await);
    tick("t2").await;
    let mut n: i64;
    (n, b) = (old.len(), make("b3").await);
    n += a.len() + b.len();
    n
}

#[co] fn make(name: &'static str) -> Tracked {
    tick("make").await;
    Tracked::new(name)
}
