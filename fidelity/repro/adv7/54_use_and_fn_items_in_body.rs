// args:
// Items inside the body: `use`, a nested `fn`, a `const`, a `struct` with an impl, used across awaits (in a block that suspends too).
fn f() -> i64 {
    use std::fmt::Write;
    const SCALE: i64 = 3;
    fn helper(x: i64) -> i64 { x * SCALE }
    struct Local { v: i64 }
    impl Local { fn get(&self) -> i64 { self.v } }
    let mut s = String::new();
    let l = Local { v: ready("v", 4).await };
    write!(s, "{}", helper(l.get())).unwrap();
    tick("w").await;
    let inner = {
        fn inner_helper(a: &str) -> i64 { a.ilen() }
        tick("blk").await;
        inner_helper(&s)
    };
    writeln!(s, "-{}", ready("x", inner).await).unwrap();
    log(s.clone());
    s.ilen() + inner
}
