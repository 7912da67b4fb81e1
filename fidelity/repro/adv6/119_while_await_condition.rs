// args:
// `while ready(..).await < limit` and `while let Some(x) = next(&mut it).await` with a guard made in the condition's operands.
fn f() -> i64 {
    let mut i = 0;
    while ready("cond", i).await < 3 && Tracked::new("cond-tmp").len() > 2 {
        i += 1;
        tick("body").await;
    }
    let mut src = vec![Tracked::new("a"), Tracked::new("bb")].into_iter();
    let mut total = 0;
    while let Some(t) = ready("next", src.next()).await {
        total += t.len();
        tick("item").await;
    }
    i * 10 + total
}
