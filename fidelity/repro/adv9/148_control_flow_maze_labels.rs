// args: 3
// A control-flow maze: labelled block inside a loop, `continue` from inside the block, `break 'blk` from a nested
// `loop`, `break 'outer value` from a `match` arm in a `while`, Tracked per scope, awaits at every level.
fn f(k: i64) -> i64 {
    let mut trace = Vec::new();
    let mut i = 0;
    let res = 'outer: loop {
        i += 1;
        let _l = Tracked::new("loop");
        let v = 'blk: {
            if ready("skip?", i % 4 == 0).await { continue 'outer; }
            let mut j = 0;
            loop {
                j += 1;
                let _in = Tracked::new("inner");
                if ready("j", j).await > k { break 'blk j * 10; }
                if j == 2 && i == 2 { break; }
            }
            let _after_loop = Tracked::new("after-loop");
            tick("after").await;
            -j
        };
        trace.push(v);
        let mut w = 0;
        while w < 2 {
            w += 1;
            match ready("w", v + w).await {
                x if x > 40 => break 'outer x,
                x if x < 0 => { tick("neg").await; continue; }
                _ => {}
            }
        }
        if i > 6 { break 'outer -1; }
    };
    res * 1000 + trace.len() as i64 * 10 + i
}
