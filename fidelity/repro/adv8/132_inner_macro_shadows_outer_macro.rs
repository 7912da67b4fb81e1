// args:
// A body-level `macro_rules! m` and a same-named one declared inside an inner block that suspends; textual scoping picks per use site.
fn f() -> i64 {
    macro_rules! m { () => { 1 }; }
    let a = m!();
    let b = {
        macro_rules! m { () => { 2 }; }
        tick("inner").await;
        m!()
    };
    let c = m!();
    tick("end").await;
    a * 100 + b * 10 + c
}
