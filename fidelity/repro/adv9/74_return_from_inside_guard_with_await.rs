// args: 6
// A `match` guard containing a block that may `return` an awaited value; arms await; Tracked guards alive.
fn f(k: i64) -> i64 {
    let _g = Tracked::new("g");
    let mut acc = 0;
    for i in 0..3 {
        let _it = Tracked::new("it");
        acc += match i + k {
            n if { if n > 7 { return ready("ret", n * 100).await; } n % 2 == 0 } => ready("even", n).await,
            n => { tick("odd").await; -n }
        };
    }
    acc
}
