// args:
// Closures returning closures, FnMut counters, closures capturing by move across awaits.
fn f() -> i64 {
    let make_adder = |n: i64| move |x: i64| x + n;
    let add5 = make_adder(5);
    let mut count = 0;
    let mut counter = || {
        count += 1;
        count
    };
    counter();
    tick("a").await;
    counter();
    let t = Tracked::new("cap");
    let describe = move || format!("{}:{}", t.name(), t.len());
    tick("b").await;
    let s = describe();
    add5(count) + s.len() as i64 + ready("c", add5(1)).await
}
