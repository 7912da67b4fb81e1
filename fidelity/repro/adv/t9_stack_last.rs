// args:
// while let Some(top) = stack.last() with pops and awaits; sort_by_key; fold.
fn f() -> i64 {
    let mut stack = vec![Tracked::new("x"), Tracked::new("yyy"), Tracked::new("zz")];
    stack.sort_by_key(|t| t.name().len());
    let mut seen = 0;
    while let Some(top) = stack.last() {
        seen += top.len();
        tick("peek").await;
        if seen > 4 {
            break;
        }
        stack.pop();
    }
    let folded = stack.iter().fold(0, |acc, t| acc + t.name().len() as i64);
    tick("end").await;
    seen * 100 + folded
}
