// args: 2
// Arms of type `!` (`return`, `continue`, `panic!` unreachable, `loop {}` never reached) beside awaited arms in a let.
fn f(k: i64) -> i64 {
    let mut out = 0;
    for i in 0..=k + 1 {
        let v: i64 = match i {
            0 => continue,
            1 => ready("one", 10).await,
            2 if k == 2 => { tick("ret").await; return out * 100 + 2; }
            n if n > 100 => unreachable!("never"),
            n => { let t = Tracked::new("n"); ready("n", n + t.len()).await }
        };
        out += v;
    }
    out
}
