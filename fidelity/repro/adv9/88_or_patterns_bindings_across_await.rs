// args: 1
// Or-patterns binding the same Tracked in each alternative, nested or-patterns and `@` ranges, awaits in arms.
fn f(k: i64) -> i64 {
    let mut s = 0;
    for i in 0..4 {
        let r: Result<Tracked, Tracked> = if (i + k) % 2 == 0 { Ok(Tracked::new("ok")) } else { Err(Tracked::new("err")) };
        s += match r {
            Ok(t) | Err(t) if t.len() == 2 => { tick("two").await; t.len() * 10 }
            Ok(t) | Err(t) => ready("other", t.len()).await,
        };
        let code = ready("code", i * 3 + k).await;
        s += match code {
            n @ (1 | 3 | 5) => n,
            n @ 6..=9 => { tick("mid").await; n * 2 }
            _ => 0,
        };
    }
    s
}
