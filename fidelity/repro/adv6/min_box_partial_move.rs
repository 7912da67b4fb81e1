// args:
// MIN (refusal, documented: limit 7, the split needs the syntax to show the type; a real partial move is E0382): a field moved out of a `Box` binding before an `.await`.
// E0382 "use of partially moved value: `node`". Found by 47_linked_list_traverse.rs (`take(node.t)` on a `Box<Node>` popped from a list).
fn f() -> i64 {
    let node = Box::new(Pair { a: Tracked::new("a"), b: Tracked::new("b") });
    let n = take(node.a);
    tick("t").await;
    n
}
