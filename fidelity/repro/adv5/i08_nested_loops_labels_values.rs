// args:
// Three nested loops with labels, continue 'mid, break 'outer with a value from the innermost, Tracked per level.
fn f() -> i64 {
    let res = 'outer: loop {
        let _o = Tracked::new("o");
        let mut i = 0;
        'mid: while i < 3 {
            i += 1;
            let _m = Tracked::new("m");
            for j in 0..3 {
                let _in = Tracked::new("in");
                let v = ready("v", i * 10 + j).await;
                if v == 12 {
                    continue 'mid;
                }
                if v == 31 {
                    break 'outer v;
                }
            }
            tick("mid-end").await;
        }
        break -1;
    };
    res
}
