// args: 2
// A callee that is a struct field (`(s.cb)(x.await)`), a `&mut` temporary receiver, and a tuple-field temp receiver.
fn f(k: i64) -> i64 {
    let s = S { cb: |n| n * 3, _t: Tracked::new("s") };
    let a = (s.cb)(ready("a", k).await);
    let b = (&mut bag("x", "y")).iter().map(|t| t.len()).sum::<i64>() + ready("b", 1).await;
    let c = duo("d0", "d1").1.len() + ready("c", 1).await;
    a + b + c
}
pub struct S { cb: fn(i64) -> i64, _t: Tracked }
