// args:
// An `Option<Box<Node>>` linked list built then traversed with a `&Option<Box<Node>>` cursor across awaits, then popped by value.
fn f() -> i64 {
    let mut head: Option<Box<Node>> = None;
    for name in ["n1", "n22", "n333"] {
        let v = ready(name, name.len() as i64).await;
        head = Some(Box::new(Node { t: Tracked::new(name), v, next: head.take() }));
    }
    let mut cur = &head;
    let mut sum = 0;
    while let Some(node) = cur {
        sum += ready(node.t.name(), node.v).await;
        cur = &node.next;
    }
    let mut popped = 0;
    while let Some(mut node) = head {
        head = node.next.take();
        tick("pop").await;
        popped += take(node.t);
    }
    sum * 100 + popped
}
pub struct Node { t: Tracked, v: i64, next: Option<Box<Node>> }
