// args: 3
// Slice patterns `[first, rest @ ..]`, `[.., last]`, `[a, b]` over &[Tracked] and &mut slices with awaits.
fn f(k: i64) -> i64 {
    let mut v: Vec<Tracked> = (0..k).map(|_| Tracked::new("e")).collect();
    let mut n = 0;
    if let [first, rest @ ..] = v.as_slice() {
        n += first.len();
        for r in rest { n += ready("rest", r.len()).await; }
    }
    match &v[..] {
        [] => n += 100,
        [only] => { tick("one").await; n += only.len() * 10; }
        [a, .., z] => { tick("many").await; n += a.len() + z.len(); }
    }
    if let [x, y, ..] = v.as_mut_slice() {
        std::mem::swap(x, y);
        tick("swapped").await;
        n += x.len();
    }
    let mut nums = [k, 2, 3, 4];
    if let [a, mid @ .., b] = &mut nums {
        *a += ready("a", 10).await;
        for m in mid.iter_mut() { *m *= 2; }
        *b = -1;
    }
    n * 1000 + nums.iter().sum::<i64>()
}
