// args: 3
// Unary and cast operators on awaited operands: `-x.await`, `!b.await`, `x.await as u8`, deref of awaited Box.
fn f(k: i64) -> i64 {
    let a = -ready("a", k).await;
    let b = !ready("b", k > 2).await;
    let c = ready("c", 300 + k).await as u8;
    let d = *ready("d", Box::new(k * 3)).await;
    let e = (ready("e", 2.5f64).await * k as f64) as i64;
    let g = -(ready("g", Tracked::new("neg")).await.len());
    a + b as i64 + c as i64 + d + e + g
}
