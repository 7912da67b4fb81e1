// args: 4
// A two-pointer merge of sorted vecs with `while i < a.len() && j < b.len()` and awaits in the body; leftovers.
fn f(k: i64) -> i64 {
    let a: Vec<i64> = (0..k).map(|x| x * 2).collect();
    let b: Vec<i64> = vec![1, 3, 4, 9];
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() && j < b.len() {
        if ready("cmp", a[i] <= b[j]).await { out.push(a[i]); i += 1; } else { out.push(b[j]); j += 1; }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    tick("merged").await;
    out.iter().enumerate().map(|(i, x)| i as i64 * x).sum()
}
