// args: 2
// Arms of type `!` (`panic!`, `return`, `continue`, `loop {}` never reached) beside awaiting arms, and an
// `Option<Box<dyn Fn(i64) -> i64>>` built in branches that await.
fn f(k: i64) -> i64 {
    let mut s = 0;
    for i in 0..3 {
        let v: i64 = match ready("m", i + k).await {
            0 => continue,
            n if n > 10 => return -1,
            n if n < 0 => panic!("negative {n}"),
            n => { tick("n").await; n }
        };
        s += v;
    }
    let cb: Option<Box<dyn Fn(i64) -> i64>> = if s > 3 { tick("cb").await; Some(Box::new(move |x| x + s)) } else { None };
    cb.map_or(s, |g| g(1))
}
