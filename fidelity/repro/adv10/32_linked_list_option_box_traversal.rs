// args: 3
// A singly linked list of Option<Box<Node>>: build with awaits, traverse by `while let Some(node) = cur`, take().
fn f(k: i64) -> i64 {
    let mut head: Option<Box<LNode>> = None;
    for i in 0..k {
        let v = ready("val", i).await;
        head = Some(Box::new(LNode { v, t: Tracked::new("node"), next: head }));
    }
    let mut sum = 0;
    let mut cur = &head;
    while let Some(node) = cur {
        sum += ready("visit", node.v).await;
        cur = &node.next;
    }
    let mut owned = head.take();
    let mut popped = 0;
    while let Some(mut node) = owned {
        owned = node.next.take();
        tick(node.t.name()).await;
        popped += 1;
        if popped == 2 { break; }
    }
    sum * 100 + popped * 10 + owned.is_some() as i64
}
pub struct LNode { v: i64, t: Tracked, next: Option<Box<LNode>> }
