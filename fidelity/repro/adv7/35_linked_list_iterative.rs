// args:
// `Option<Box<Node>>` list walked iteratively by reference (`while let Some(n) = cur`) with awaits; then reversed by `take()` across awaits.
fn f() -> i64 {
    let mut head: Option<Box<Node>> = None;
    for name in ["c", "bb", "a"] {
        head = Some(Box::new(Node { t: Tracked::new(name), next: head.take() }));
        tick("push").await;
    }
    let mut sum = 0;
    let mut cur = &head;
    while let Some(n) = cur {
        sum += ready("visit", n.t.len()).await;
        cur = &n.next;
    }
    let mut rev: Option<Box<Node>> = None;
    let mut cur = head.take();
    while let Some(mut n) = cur {
        cur = n.next.take();
        tick("rev").await;
        n.next = rev;
        rev = Some(n);
    }
    let first = rev.as_ref().map_or(0, |n| n.t.len());
    sum * 10 + first
}
pub struct Node { t: Tracked, next: Option<Box<Node>> }
