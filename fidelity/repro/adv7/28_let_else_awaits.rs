// args:
// `let ... else` with awaits in the initializer and after; else branches return/continue; Tracked bound by the pattern.
fn f() -> i64 {
    let inputs = ["12", "x", "7", ""];
    let mut acc = 0;
    for s in inputs {
        let Some(first) = ready("first", s.chars().next()).await else {
            log("empty");
            continue;
        };
        let Ok(n) = s.parse::<i64>() else {
            tick("bad").await;
            acc += 1000;
            continue;
        };
        let Some(t) = opt_trk("val", n > 9) else { acc += n; continue; };
        tick("good").await;
        acc += n + t.len() + first as i64;
    }
    let Some(x) = ready("final", Some(Tracked::new("fin"))).await else { return -1 };
    acc + x.len()
}
