// args: 0
// Plain assignments whose place has a computed index (`v[idx()] = f().await`, `v[idx()].n = f().await`): Rust
// evaluates the value (and its await) first, then the place's index.
fn f(k: i64) -> i64 {
    let mut v = vec![Slot { n: 0, t: Tracked::new("s0") }, Slot { n: 0, t: Tracked::new("s1") }];
    v[idx(k)].n = ready("n", 5).await;
    v[idx(k + 1)] = Slot { n: ready("slot", 7).await, t: Tracked::new("new") };
    v[idx(0)].t = ready("t", Tracked::new("t")).await;
    v.iter().map(|s| s.n + s.t.len()).sum()
}
pub struct Slot { n: i64, t: Tracked }
fn idx(i: i64) -> usize { log(format!("idx {i}")); i as usize }
