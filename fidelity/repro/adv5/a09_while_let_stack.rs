// args:
// Depth-first traversal with an explicit stack; nodes pushed after awaits, early return from deep inside.
fn f() -> i64 {
    let mut stack: Vec<(i64, Tracked)> = vec![(1, Tracked::new("root"))];
    let mut visited = 0;
    while let Some((id, tag)) = stack.pop() {
        visited += 1;
        let kids = children(id).await;
        for k in kids {
            if k == 11 {
                let _last = Tracked::new("last");
                tick("found").await;
                return visited * 100 + k + tag.len();
            }
            stack.push((k, Tracked::new("kid")));
        }
        tick("next").await;
    }
    -visited
}

#[co] fn children(id: i64) -> Vec<i64> {
    tick("children").await;
    if id > 5 { vec![] } else { vec![id * 2, id * 2 + 1] }
}
