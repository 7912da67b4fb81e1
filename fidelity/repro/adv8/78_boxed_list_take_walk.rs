// args:
// A singly linked list of `Option<Box<Node>>` with Tracked payloads walked by value: `while let Some(mut node) = cur.take() { .. cur = node.next.take(); }`.
fn f() -> i64 {
    let mut head: Option<Box<Node>> = None;
    for n in ["c", "bb", "a"] { head = Some(Box::new(Node { v: Tracked::new(n), next: head })); }
    let mut cur = head.take();
    let mut acc = 0;
    while let Some(mut node) = cur.take() {
        acc = acc * 10 + ready("visit", node.v.len()).await;
        cur = node.next.take();
        if acc > 10 { tick("stop").await; break; }
    }
    acc
}
pub struct Node { v: Tracked, next: Option<Box<Node>> }
