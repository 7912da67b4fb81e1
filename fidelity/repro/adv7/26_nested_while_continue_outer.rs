// args:
// Nested `while` loops with `continue 'outer` and `break 'outer` after awaits; guards in both loops.
fn f() -> i64 {
    let mut i = 0;
    let mut acc = 0;
    'outer: while i < 4 {
        i += 1;
        let _o = Tracked::new("outer");
        let mut j = 0;
        while j < 3 {
            j += 1;
            let _inner = Tracked::new("inner");
            let v = ready("v", i * 10 + j).await;
            if j == 2 && i % 2 == 0 { continue 'outer; }
            if v == 33 { break 'outer; }
            acc += v;
        }
        tick("outer-end").await;
    }
    acc
}
