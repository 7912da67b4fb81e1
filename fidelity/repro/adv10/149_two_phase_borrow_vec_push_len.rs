// args: 2
// Two-phase borrows: `v.push(v.len())`, `v.insert(0, f(&v).await)`-like forms with awaits, `s.push_str(&s.clone())`.
fn f(k: i64) -> i64 {
    let mut v: Vec<i64> = vec![k];
    v.push(v.len() as i64);
    v.push(ready("p", v.len() as i64 * 10).await);
    let n = sum_of(&v).await;
    v.push(n);
    let mut s = String::from("ab");
    s.push_str(&s.clone());
    s.push_str(&ready("s", s.len().to_string()).await);
    v.iter().sum::<i64>() * 100 + s.len() as i64
}
#[co] fn sum_of(v: &[i64]) -> i64 { tick("sum").await; v.iter().sum() }
