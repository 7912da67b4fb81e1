// args: 2
// A memo table: `*memo.entry(n).or_insert(compute(n).await)` (real code; refused, see the min file), and
// the rewrite that awaits first.
fn f(k: i64) -> i64 {
    let mut memo: BTreeMap<i64, i64> = BTreeMap::new();
    let mut s = 0;
    for n in [1, k, 1] {
        let computed = compute(n).await;
        s += *memo.entry(n).or_insert(computed);
    }
    s += *memo.entry(k + 10).or_insert(compute(k).await);
    s * 10 + memo.len() as i64
}
use std::collections::BTreeMap;
#[co] fn compute(n: i64) -> i64 { let _t = Tracked::new("cmp"); ready("cmp", n * n).await }
