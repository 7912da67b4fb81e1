// args: 2
// Struct literal field shorthand (`Pair { a, b }`, `P2 { x, y }`) and shorthand patterns naming bindings that the
// coroutine renames (shadowed) or homes (borrowed across awaits).
fn f(k: i64) -> i64 {
    let x = k;
    let x = x * 2;
    let a = Tracked::new("a0");
    let ra = &a;
    let a = Tracked::new("a1");
    tick("t").await;
    let y = ra.len();
    let b = Tracked::new("b");
    let p = Pair { a, b };
    let q = P2 { x, y };
    tick("u").await;
    let Pair { a, b } = p;
    let P2 { x, y } = q;
    a.len() + b.len() + x + y + ra.len()
}
