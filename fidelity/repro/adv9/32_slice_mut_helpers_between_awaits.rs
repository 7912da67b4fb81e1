// args: 2
// `&mut [T]` helper methods (swap, rotate, split_first_mut) interleaved with awaits on a Vec of Tracked.
fn f(k: i64) -> i64 {
    let mut v = vec![Tracked::new("a"), Tracked::new("bb"), Tracked::new("ccc"), Tracked::new("dddd")];
    let s = v.as_mut_slice();
    s.swap(0, ready("i", k as usize).await);
    s.rotate_left(1);
    tick("t").await;
    if let Some((first, rest)) = s.split_first_mut() {
        std::mem::swap(first, &mut rest[ready("j", 1usize).await]);
    }
    let names: Vec<&str> = v.iter().map(|t| t.name()).collect();
    log(names.join(","));
    v.truncate(ready("keep", 2usize).await);
    v.iter().map(|t| t.len()).sum()
}
