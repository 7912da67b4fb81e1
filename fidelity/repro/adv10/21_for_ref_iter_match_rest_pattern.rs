// args: 2
// Matching a reference binding (from `for x in &v`, `iter()`, a `&T` parameter) with `..` patterns: nothing moves.
fn f(k: i64) -> i64 {
    let v = vec![Rec { id: 1, name: Tracked::new("r1"), tag: Tracked::new("g1") }, Rec { id: k, name: Tracked::new("r2"), tag: Tracked::new("g2") }];
    let mut n = 0;
    for r in v.iter() {
        match r {
            Rec { id, .. } if *id > 1 => { tick("big").await; n += id; }
            Rec { name, .. } => { tick("small").await; n += name.len(); }
        }
    }
    n + first_id(&v[0]).await
}
pub struct Rec { id: i64, name: Tracked, tag: Tracked }
#[co] fn first_id(r: &Rec) -> i64 {
    let Rec { id, .. } = r;
    tick("fid").await;
    *id + r.tag.len()
}
