// args: 4
// `loop { match f().await { x if .. => break x, .. => continue } }` with a Tracked per iteration and a counter.
fn f(k: i64) -> i64 {
    let mut i = 0;
    let res = loop {
        let _it = Tracked::new("it");
        i += 1;
        match ready("next", i * k % 7).await {
            0 => continue,
            x if x > 5 => break x * 100,
            x if x % 2 == 0 => { tick("even").await; continue; }
            x if i > 6 => break -x,
            _ => {}
        }
        log(format!("fell {i}"));
    };
    res + i
}
