// args: 2
// Forms of min_rest_pattern_on_reference_scrutinee_refused.rs: `let Rec { id, .. } = r;` with `r` from `for r in &v`,
// `if let Some(Rec { id, .. }) = v.first()`, `while let Some(Rec { id, .. }) = it.next()`, `let (x, ..) = t;`.
fn f(k: i64) -> i64 {
    let v = vec![Rec { id: k, name: Tracked::new("r") }];
    let mut n = 0;
    for r in &v { let Rec { id, .. } = r; tick("let").await; n += id; }
    if let Some(Rec { id, .. }) = v.first() { tick("iflet").await; n += id; }
    let mut it = v.iter();
    while let Some(Rec { id, .. }) = it.next() { tick("whilelet").await; n += id; }
    let ts = vec![(k, Tracked::new("a"), Tracked::new("b"))];
    for t in &ts { let (x, ..) = t; tick("tuple").await; n += x; }
    n
}
pub struct Rec { id: i64, name: Tracked }
