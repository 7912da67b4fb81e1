// args:
// Iterator pipelines (`map`/`filter`/`collect::<Vec<_>>()`, `fold`, `sum`) whose results are used across awaits; closures capture locals.
fn f() -> i64 {
    let scale = ready("scale", 3).await;
    let data: Vec<i64> = (1..=8).collect();
    let evens: Vec<i64> = data.iter().map(|x| x * scale).filter(|x| x % 2 == 0).collect::<Vec<_>>();
    tick("a").await;
    let folded = evens.iter().fold(String::new(), |mut s, x| { s.push_str(&x.to_string()); s });
    let total: i64 = evens.iter().copied().sum();
    let g = Tracked::new("g");
    let bonus = ready("bonus", folded.ilen()).await;
    log(folded);
    total * 100 + bonus + g.len()
}
