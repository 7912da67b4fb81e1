// args:
// MIN (refusal; NEW: limit 16 says a `let`'s annotation is written into each branch of an `if`/`match`
// whose branches suspend, but not where the `let` is in a block inside the operand of a macro coro
// lowers, `println!`/`vec!`): `println!("{}", { let b: Box<dyn Fn(i64) -> i64> = match x.await { .. }; b(1) })`:
// coro: error[E0308]: `match` arms have incompatible types: expected `Box<{closure@..}>`, found
// `Box<{closure@..}>`; async fn: compiles, runs. Also `let f: fn(i64) -> i64 = match .. { 0 => { ..; |x| x * 3 }
// .. _ => inc }` in a block inside `vec![..]`: "expected fn item, found closure".
// Generator: --classes ci,coercion --seed 5, program seeds 17702002886419371685 (`println!`),
// 7906173793056075375 (`vec!`) (shrunk by hand).
fn f() -> i64 {
    println!("{}", {
        let b: Box<dyn Fn(i64) -> i64> = match ready("r6", 0).await {
            0 => Box::new(|x| x + 1),
            _ => Box::new(|x: i64| x * 2),
        };
        b(1)
    });
    0
}
