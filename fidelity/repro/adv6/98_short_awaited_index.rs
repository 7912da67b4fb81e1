// args:
// Short: indexing with awaited indexes, `v[f().await]`, `&v[a..f().await]`, `s.chars().nth(f().await)`.
fn f() -> i64 {
    let v = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc")];
    let a = v[ready("i", 1usize).await].len();
    let sl = &v[1..ready("j", 3usize).await];
    let s = String::from("hello");
    let c = s.chars().nth(ready("k", 4usize).await).unwrap_or('?');
    a * 100 + sl.len() as i64 * 10 + (c == 'o') as i64
}
