// args: 3
// Values dropped on some paths only (drop flags), then awaits; forget/ManuallyDrop on others.
fn f(k: i64) -> i64 {
    let a = Tracked::new("a");
    let b = Tracked::new("b");
    let c = Tracked::new("c");
    if k % 2 == 0 { drop(a); } else { tick("keep a").await; }
    tick("one").await;
    match k { 3 => std::mem::forget(b), 1 => drop(b), _ => {} }
    tick("two").await;
    let m = std::mem::ManuallyDrop::new(Tracked::new("md"));
    let n = m.len();
    if k > 2 { let inner = std::mem::ManuallyDrop::into_inner(m); tick("inner").await; drop(inner); }
    tick("three").await;
    n + c.len()
}
