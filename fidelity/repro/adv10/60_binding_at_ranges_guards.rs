// args: 4
// `n @ 1..=5`, guards reading awaited values, char ranges, or-patterns with bindings, awaits in arms.
fn f(k: i64) -> i64 {
    let mut out = 0;
    for x in [0, 3, 7, k, 12, 20] {
        out += match ready("x", x).await {
            0 => 1,
            n @ 1..=5 => { tick("small").await; n * 10 }
            n if n % 2 == 0 && n < 15 => { let t = Tracked::new("even"); ready("even", n).await + t.len() }
            n @ (7 | 20) => n * 100,
            _ => { tick("other").await; 0 }
        };
    }
    let c = ready("ch", 'q').await;
    out + match c { 'a'..='m' => 1, 'n'..='z' => { tick("nz").await; 2 }, _ => 3 }
}
