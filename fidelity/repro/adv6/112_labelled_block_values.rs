// args:
// Labelled blocks as values (`'blk: { .. break 'blk v; .. }`) with awaits before and after the break and guards inside.
fn f() -> i64 {
    let mut acc = 0;
    for i in 0..3 {
        let v = 'blk: {
            let _g = Tracked::new("blk-guard");
            if ready("cond", i == 0).await {
                break 'blk 1;
            }
            let t = Tracked::new("inner");
            tick("mid").await;
            if i == 1 { break 'blk take(t); }
            2
        };
        acc = acc * 10 + v;
    }
    acc
}
