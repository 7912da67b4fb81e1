// args: 2
// `if let Some(x) = v.iter().find(..)` and `position` results used across awaits in the body; max_by_key refs.
fn f(k: i64) -> i64 {
    let v = vec![Tracked::new("apple"), Tracked::new("kiwi"), Tracked::new("banana")];
    let mut n = 0;
    if let Some(t) = v.iter().find(|t| t.name().len() as i64 == k + 2) {
        tick("found").await;
        n += t.len();
    } else {
        tick("notfound").await;
    }
    let longest = v.iter().max_by_key(|t| t.name().len()).unwrap();
    let shortest = v.iter().min_by_key(|t| t.name().len()).unwrap();
    n += ready("cmp", longest.len() - shortest.len()).await;
    if let Some(i) = v.iter().position(|t| t.name().starts_with('k')) {
        n += ready("pos", i as i64).await * 100;
    }
    n
}
