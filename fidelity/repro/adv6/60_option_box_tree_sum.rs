// args:
// A binary tree of Option<Box<Tree>>, summed with an explicit stack of `&Tree` across awaits (no recursion), then mirrored by value.
fn f() -> i64 {
    let t = Tree::node(1, Tree::node(2, None, Tree::leaf(4)), Tree::leaf(3));
    let mut stack: Vec<&Tree> = vec![t.as_ref().unwrap()];
    let mut sum = 0;
    while let Some(n) = stack.pop() {
        sum = sum * 10 + ready(n.t.name(), n.v).await;
        if let Some(l) = &n.left { stack.push(l); }
        if let Some(r) = n.right.as_deref() { stack.push(r); }
    }
    let mut root = t.unwrap();
    std::mem::swap(&mut root.left, &mut root.right);
    tick("mirrored").await;
    sum * 10 + root.left.map(|b| b.v).unwrap_or(0)
}
pub struct Tree { t: Tracked, v: i64, left: Option<Box<Tree>>, right: Option<Box<Tree>> }
impl Tree {
    fn node(v: i64, left: Option<Box<Tree>>, right: Option<Box<Tree>>) -> Option<Box<Tree>> { Some(Box::new(Tree { t: Tracked::new("node"), v, left, right })) }
    fn leaf(v: i64) -> Option<Box<Tree>> { Tree::node(v, None, None) }
}
