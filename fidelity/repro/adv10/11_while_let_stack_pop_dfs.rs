// args: 3
// DFS with an explicit stack: `while let Some(x) = stack.pop()` with awaits, children pushed, Tracked nodes.
fn f(k: i64) -> i64 {
    let mut stack = vec![Node { id: 1, t: Tracked::new("root") }];
    let mut seen = Vec::new();
    while let Some(node) = stack.pop() {
        let kids = children(node.id, k).await;
        if node.id > 20 { log("deep"); continue; }
        for c in kids {
            stack.push(Node { id: c, t: Tracked::new("kid") });
        }
        seen.push(node.id);
        if seen.len() > 6 { break; }
        tick(node.t.name()).await;
    }
    seen.iter().sum::<i64>() * 100 + stack.len() as i64
}
pub struct Node { id: i64, t: Tracked }
#[co] fn children(id: i64, k: i64) -> Vec<i64> {
    tick("kids").await;
    (0..k.min(2)).map(|i| id * 2 + i).collect()
}
