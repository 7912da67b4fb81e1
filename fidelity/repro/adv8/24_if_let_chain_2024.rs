// args: 2
// Edition 2024 let chains mixing `let` bindings of Tracked, boolean tests and awaited values, with an else-if chain.
fn f(k: i64) -> i64 {
    let mut out = 0;
    for i in 0..=k {
        let o = opt_trk("o", i > 0);
        if let Some(t) = &o && t.len() == 1 && let Ok(n) = ready("r", res_trk(i, "e")).await {
            out += n + t.len() * 10;
        } else if let Some(t) = o && i == 1 {
            tick("else").await;
            out += t.len() * 100;
        } else {
            out += 1000;
        }
    }
    out
}
