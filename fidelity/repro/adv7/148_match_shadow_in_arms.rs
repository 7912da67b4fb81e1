// args:
// Bindings shadowed inside match arms (`Some(x) => { let x = x + ..await; ..}`) and in closure params, with inline format args naming them.
fn f() -> i64 {
    let x = Tracked::new("outer-x");
    let mut total = 0;
    for o in [Some(1i64), None, Some(3)] {
        total += match o {
            Some(x) => { let x = x + ready("inner", 10).await; log(format!("x={x}")); x }
            None => { let x = ready("none", x.len()).await; log(format!("none x={x}")); x * 100 }
        };
    }
    let f = |x: i64| format!("{x}!");
    tick("end").await;
    log(f(total));
    total + x.len()
}
