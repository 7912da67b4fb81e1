// args:
// Visitor pattern: a trait `Visitor` with `fn visit(&mut self, n: &Node)`, a generic #[co] `walk<V: Visitor>(root: &Node, v: &mut V)` over an explicit stack with awaits.
fn f() -> i64 {
    let tree = Node { v: 1, kids: vec![Node { v: 2, kids: vec![] }, Node { v: 3, kids: vec![Node { v: 4, kids: vec![] }] }] };
    let mut sum = Sum(0);
    let mut depth = MaxKids(0, Tracked::new("mk"));
    walk(&tree, &mut sum).await;
    walk(&tree, &mut depth).await;
    sum.0 * 10 + depth.0
}
pub struct Node { v: i64, kids: Vec<Node> }
pub trait Visitor { fn visit(&mut self, n: &Node); }
pub struct Sum(i64);
pub struct MaxKids(i64, Tracked);
impl Visitor for Sum { fn visit(&mut self, n: &Node) { self.0 += n.v; } }
impl Visitor for MaxKids { fn visit(&mut self, n: &Node) { self.0 = self.0.max(n.kids.len() as i64); } }
#[co] fn walk<V: Visitor>(root: &Node, v: &mut V) {
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        tick("node").await;
        v.visit(n);
        stack.extend(n.kids.iter().rev());
    }
}
