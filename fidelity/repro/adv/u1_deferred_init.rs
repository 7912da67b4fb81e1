// args: true
// Deferred initialisation across branches that await; break with value from nested match.
fn f(c: bool) -> i64 {
    let x: Tracked;
    let n;
    if c {
        n = ready("a", 1).await;
        x = Tracked::new("then");
    } else {
        x = ready("b", Tracked::new("else")).await;
        n = 2;
    }
    let v = loop {
        if let Ok(v) = ready("try", ok_if(n)).await {
            break v;
        }
    };
    x.len() + v
}
