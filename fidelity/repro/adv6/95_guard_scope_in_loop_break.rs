// args:
// Per-iteration guards in a `loop` with `break` and `continue` after awaits; a guard declared before the loop moved into it on the last iteration.
fn f() -> i64 {
    let outer = Tracked::new("outer");
    let mut slot = Some(outer);
    let mut i = 0;
    let r = loop {
        i += 1;
        let _g = Tracked::new("iter");
        if i == 2 { tick("skip").await; continue; }
        let v = ready("v", i).await;
        if v >= 3 {
            let o = slot.take().unwrap();
            tick("last").await;
            break take(o) + v;
        }
    };
    r * 10 + slot.is_none() as i64
}
