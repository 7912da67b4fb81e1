// args:
// `loop { .. break value }` after awaits, with a guard per iteration and the break value built from an awaited call.
fn f() -> i64 {
    let mut i = 0;
    let found = loop {
        let g = Tracked::new("iter");
        i += 1;
        let v = ready("probe", i * i).await;
        if v > 5 {
            break Tracked::new(if v > 10 { "big" } else { "found" }).len() + ready("last", v).await;
        }
        log(format!("miss {} {}", v, g.name()));
    };
    tick("after").await;
    found * 10 + i
}
