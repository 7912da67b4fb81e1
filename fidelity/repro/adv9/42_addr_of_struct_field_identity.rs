// args: 1
// Identity checks via `std::ptr::addr_of!` and `as *const` on a struct and its field across awaits.
fn f(k: i64) -> i64 {
    let node = Node { id: k, t: Tracked::new("n") };
    let pid = std::ptr::addr_of!(node.id);
    let pn = &node as *const Node;
    let before = ready("a", 1).await;
    let same_field = std::ptr::eq(pid, &node.id);
    let same_node = std::ptr::eq(pn, &node);
    log(format!("{same_field} {same_node}"));
    node.t.len() + before
}
pub struct Node { pub id: i64, pub t: Tracked }
