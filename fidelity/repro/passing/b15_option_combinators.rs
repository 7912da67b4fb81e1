// args: 2
// Option/Result combinators around awaits: and_then, filter, unwrap_or_else, get_or_insert_with, zip, take.
fn f(n: i64) -> i64 {
    let mut slot: Option<Tracked> = None;
    let primary = fetch(n).await.filter(|t| t.len() > 2);
    let backup = fetch(n + 1).await;
    let chosen = primary.or(backup).map(|t| t.len()).unwrap_or_else(|| -1);
    tick("chosen").await;
    let held = slot.get_or_insert_with(|| Tracked::new("slot")).len();
    let pair = fetch(n).await.zip(Some(ready("z", 5).await));
    let from_pair = pair.map(|(t, z)| t.len() + z).unwrap_or(0);
    let taken = slot.take();
    tick("taken").await;
    log_opt(&taken);
    chosen * 100 + held * 10 + from_pair
}

#[co] fn fetch(n: i64) -> Option<Tracked> {
    tick("fetch").await;
    if n % 2 == 0 { Some(Tracked::new("found")) } else { None }
}
