// args:
// Option<Box<Node>> traversal with awaits, by reference and by taking.
fn f() -> i64 {
    let mut head: Option<Box<Node>> = None;
    for name in ["a", "bb", "ccc"] {
        head = Some(Box::new(Node { t: Tracked::new(name), next: head }));
        tick("push").await;
    }
    let mut cur = head.as_deref();
    let mut n = 0;
    while let Some(node) = cur {
        n += ready("len", node.t.len()).await;
        cur = node.next.as_deref();
    }
    let mut taken = head.take();
    while let Some(mut node) = taken {
        taken = node.next.take();
        tick("pop").await;
        n += node.t.len();
    }
    n
}

pub struct Node {
    t: Tracked,
    next: Option<Box<Node>>,
}
