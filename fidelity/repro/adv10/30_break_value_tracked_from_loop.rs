// args: 3
// `loop { .. break t; }` returning a Tracked from nested loop after awaits; the rest dropped on each iteration.
fn f(k: i64) -> i64 {
    let mut i = 0;
    let found = loop {
        let cand = Tracked::new("cand");
        let other = Tracked::new("other");
        i += 1;
        if ready("check", i).await >= k { break cand; }
        tick(other.name()).await;
        if i > 10 { break Tracked::new("none"); }
    };
    let pair = 'outer: loop {
        for j in 0..3 {
            let t = Tracked::new("inner");
            if ready("j", j).await == k - 2 { break 'outer (t, j); }
        }
        break (Tracked::new("fallback"), -1);
    };
    found.len() * 100 + pair.0.len() * 10 + pair.1 + i
}
