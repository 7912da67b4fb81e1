// args:
// &mut reborrows passed to sub-coroutines repeatedly; Option<&mut T> handling.
fn f() -> i64 {
    let mut v = vec![Tracked::new("a")];
    let r = &mut v;
    push_one(r).await;
    push_one(r).await;
    let mut o: Option<i64> = Some(1);
    if let Some(x) = o.as_mut() {
        *x += ready("inc", 10).await;
    }
    let mut best: Option<&mut Tracked> = v.iter_mut().max_by_key(|t| t.name().len());
    if let Some(t) = best.take() {
        tick("best").await;
        *t = Tracked::new("replaced");
    }
    v.len() as i64 + o.unwrap_or(0) + v[0].len()
}

#[co] fn push_one(v: &mut Vec<Tracked>) {
    tick("push").await;
    v.push(Tracked::new("pushed"));
}
