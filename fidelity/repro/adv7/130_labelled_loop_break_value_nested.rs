// args:
// `break 'outer value` from a nested `loop` after awaits, with guards in both loops, and a `return` from inside a labelled block in a loop.
fn f() -> i64 {
    let mut i = 0;
    let v = 'outer: loop {
        let _o = Tracked::new("outer");
        i += 1;
        let mut j = 0;
        loop {
            let _in = Tracked::new("inner");
            j += 1;
            let x = ready("x", i * 10 + j).await;
            if x == 22 { break 'outer x; }
            if j == 2 { break; }
        }
        tick("outer-tail").await;
    };
    for k in 0..3 {
        let r = 'blk: {
            if k == 0 { break 'blk 0; }
            let _g = Tracked::new("blk");
            if ready("k", k).await == 2 { return v * 10 + k; }
            1
        };
        i += r;
    }
    -1
}
