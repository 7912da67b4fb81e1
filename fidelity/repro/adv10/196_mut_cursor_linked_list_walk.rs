// args: 3
// A `&mut` cursor walking a linked list (`let mut cur = &mut head; while let Some(node) = cur { .. cur = &mut
// node.next; }`) with awaits updating each node; then appending at the end through the cursor.
fn f(k: i64) -> i64 {
    let mut head: Option<Box<LNode>> = None;
    for i in (0..k).rev() { head = Some(Box::new(LNode { v: i, _t: Tracked::new("node"), next: head })); }
    let mut cur = &mut head;
    while let Some(node) = cur {
        node.v += ready("inc", 10).await;
        cur = &mut node.next;
    }
    *cur = Some(Box::new(LNode { v: ready("tail", 99).await, _t: Tracked::new("tail"), next: None }));
    let mut sum = 0;
    let mut c = &head;
    while let Some(n) = c { sum = sum * 100 + n.v; c = &n.next; }
    sum
}
pub struct LNode { v: i64, _t: Tracked, next: Option<Box<LNode>> }
