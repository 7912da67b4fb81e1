// args:
// Loop-body locals borrowed across awaits each iteration; break from the middle; continue with a homed local alive.
fn f() -> i64 {
    let outer = Tracked::new("outer");
    let mut total = 0;
    for i in 0..4 {
        let it = Tracked::new("it");
        let w = weigh(&it, i).await;
        if i == 1 {
            let _skip = Tracked::new("skip");
            continue;
        }
        let extra = Tracked::new("extra");
        total += w + weigh(&outer, 0).await;
        if i == 2 {
            break;
        }
        log(extra.name());
    }
    total
}
