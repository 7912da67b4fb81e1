// args:
// A macro calling another macro (`square_sum!` -> `sq!`), used in operands around awaits with a Tracked binding passed by reference.
fn f() -> i64 {
    macro_rules! sq { ($e:expr) => { ($e) * ($e) }; }
    macro_rules! square_sum { ($($e:expr),+) => { 0 $(+ sq!($e))+ }; }
    let t = Tracked::new("t");
    let a = square_sum!(1, 2, 3) + ready("a", 1).await;
    let b = ready("b", square_sum!((&t).len(), a)).await;
    tick("end").await;
    a * 1000 + b
}
