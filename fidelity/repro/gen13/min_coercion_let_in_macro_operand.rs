// args: ("g", 7i64)
// MIN (refusal; NEW: limit 16 says a `let`'s annotation is written into each branch of an `if`/`match`
// whose value suspends; here it is not): `let bf8: Box<dyn Fn(i64) -> i64> = match show(&x.await) { 0 =>
// { Box::new(|x| x + 1) }, 1 => { Box::new(|x: i64| x * 2) }, _ => .. };` in a guarded arm of a `match`
// that is `println!`'s operand and whose other arm awaits (a simpler hand-written `println!("{}", { let
// b: .. = match x.await { .. }; b(1) })` passes):
// coro: error[E0308]: `match` arms have incompatible types: expected `Box<{closure@..}>`, found
// `Box<{closure@..}>`; async fn: compiles, runs. The same run: `let f: fn(i64) -> i64 = match x.await
// { 0 => { tick().await; |x| x * 3 }, 1 => { .. inc }, _ => dbl }` in an `if` inside `vec![..]`:
// "expected fn item, found closure" (program seed 7906173793056075375).
// Generator: --classes ci,coercion --seed 5, program seed 17702002886419371685 (shrunk by the generator).
fn f<T: Clone + std::fmt::Debug>(gv: T) -> Result<i64, String> {
    println!("{}", match take((Tracked::new("t1"), Tracked::new("t2")).0) { 3 => {
        add3(show(&ready("r3", gv.clone()).await), 5, ready("r4", 1).await)
    }, m5 if m5 > 2 - m5 => {
        let bf8: Box<dyn Fn(i64) -> i64> = match show(&ready("r6", gv.clone()).await) { 0 => {
            Box::new(|x| x + 1)
        }, 1 => {
            Box::new(|x: i64| x * 2)
        }, _ => Box::new(|x| x + 1) };
        let tv11: i64 = 0;
        tv11
    }, _ => {
        0
    } });
    log_i(0);
    log_i(0);
    log_i(0);
    log_i(0);
    log_i(0);
    log_i(0);
    let tv12: Result<i64, String> = Ok(0);
    log_i(show(&gv));
    tv12
}
