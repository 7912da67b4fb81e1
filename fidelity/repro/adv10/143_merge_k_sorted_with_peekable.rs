// args: 2
// Merge k sorted vectors with a Vec<Peekable<IntoIter>> held across awaits; pick min by peeking.
fn f(k: i64) -> i64 {
    let lists = vec![vec![1, 4, 9], vec![2, 3, 10 + k], vec![0, 7]];
    let mut its: Vec<std::iter::Peekable<std::vec::IntoIter<i64>>> = lists.into_iter().map(|v| v.into_iter().peekable()).collect();
    let mut out = Vec::new();
    loop {
        let mut best: Option<(usize, i64)> = None;
        for (i, it) in its.iter_mut().enumerate() {
            if let Some(&v) = it.peek() {
                if best.map_or(true, |(_, b)| v < b) { best = Some((i, v)); }
            }
        }
        let Some((i, _)) = best else { break };
        let v = its[i].next().unwrap();
        out.push(ready("emit", v).await);
    }
    out.iter().fold(0, |a, x| (a * 7 + x) % 100003)
}
