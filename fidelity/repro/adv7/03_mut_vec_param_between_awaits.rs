// args:
// `&mut Vec<Tracked>` parameter pushed to, popped and sorted between awaits; reborrowed `&mut *v` passed to another #[co] fn twice.
fn f() -> i64 {
    let mut v = vec![Tracked::new("b"), Tracked::new("aaa")];
    let n = fill(&mut v, 2).await;
    let r = &mut v;
    let m = fill(&mut *r, 1).await;
    let k = fill(r, 1).await;
    log(format!("names {:?}", v.iter().map(|t| t.name()).collect::<Vec<_>>()));
    n * 100 + m * 10 + k + v.ilen()
}
#[co] fn fill(v: &mut Vec<Tracked>, n: i64) -> i64 {
    for i in 0..n {
        let name = if i == 0 { "cc" } else { "d" };
        let t = ready("mk", Tracked::new(name)).await;
        v.push(t);
    }
    if let Some(last) = v.pop() {
        tick("popped").await;
        log(format!("last {}", last.name()));
    }
    v.sort_by_key(|t| t.name().len());
    tick("sorted").await;
    v.ilen()
}
