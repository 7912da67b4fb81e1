// args: 2
// `@` bindings over subpatterns: `whole @ Some(_)` moving a Tracked option, `n @ (1..=3 | 7)`, `p @ Pair { .. }`
// bound by value in arms that await.
fn f(k: i64) -> i64 {
    let mut s = 0;
    for i in 0..3 {
        let o = opt_trk("o", i != 1);
        s += match o {
            whole @ Some(_) if i == 0 => { tick("whole").await; opt_len(&whole) }
            Some(t) => ready("t", t.len()).await,
            none @ None => { log_opt(&none); 0 }
        };
        s += match ready("n", i + k).await { n @ (1..=3 | 7) => n * 10, n => n };
    }
    let p = pair_of("x", "y");
    s + match p { q @ Pair { .. } => { tick("pair").await; log_pair(&q); q.a.len() } }
}
