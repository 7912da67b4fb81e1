// args: 5
// `@` bindings with ranges and guards (`small @ 0..=2`, `big @ 3.. if big % 2 == 0`), awaits in guards' arms, Tracked per arm.
fn f(k: i64) -> i64 {
    let mut out = 0;
    for i in 0..=k {
        let v = ready("v", i * 2 - 1).await;
        out += match v {
            neg @ ..=-1 => { tick("neg").await; neg }
            small @ 0..=2 => { let t = Tracked::new("small"); ready("s", small + t.len()).await }
            big @ 3.. if big % 3 == 0 => big * 10,
            other => { let _t = Tracked::new("other"); tick("o").await; other * 100 }
        };
    }
    out
}
