// args:
// A binary tree `Option<Box<Tree>>` summed iteratively with an explicit stack of references across awaits (no recursion).
fn f() -> i64 {
    let tree = node(1, node(2, None, node(3, None, None)), node(4, None, None));
    let mut stack: Vec<&Tree> = Vec::new();
    if let Some(t) = &tree { stack.push(t); }
    let mut sum = 0;
    while let Some(n) = stack.pop() {
        sum = sum * 10 + ready("visit", n.v).await;
        if let Some(r) = &n.right { stack.push(r); }
        if let Some(l) = &n.left { stack.push(l); }
    }
    tick("done").await;
    sum
}
pub struct Tree { v: i64, left: Option<Box<Tree>>, right: Option<Box<Tree>>, _t: Tracked }
fn node(v: i64, left: Option<Box<Tree>>, right: Option<Box<Tree>>) -> Option<Box<Tree>> {
    Some(Box::new(Tree { v, left, right, _t: Tracked::new("node") }))
}
