// args: 3
// Closure parameters and inner `let`s named like outer bindings that are shadowed and homed (borrowed across awaits).
fn f(k: i64) -> i64 {
    let x = Tracked::new("x1");
    let r = &x;
    let x = k;
    let add = |x: i64| x + 1;
    let pick = |x: &Tracked| { let r = x.len(); r * 2 };
    tick("t").await;
    let inner = { let x = 100; let r = x + 1; r };
    let mapped: Vec<i64> = (0..2).map(|r| r + x).collect();
    add(x) + pick(r) + inner + mapped.iter().sum::<i64>() + r.len()
}
