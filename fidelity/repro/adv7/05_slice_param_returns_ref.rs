// args:
// A #[co] fn over `&'a [Tracked]` returning `Option<&'a Tracked>` found after awaits; caller uses it after another await.
fn f() -> i64 {
    let items = [Tracked::new("one"), Tracked::new("three"), Tracked::new("sixsix")];
    let hit = find_len(&items, 5).await;
    let miss = find_len(&items[..1], 9).await;
    tick("after").await;
    let n = match hit { Some(t) => t.len(), None => -1 };
    n * 10 + miss.map_or(0, |t| t.len())
}
#[co] fn find_len<'a>(xs: &'a [Tracked], n: i64) -> Option<&'a Tracked> {
    for x in xs {
        let l = ready("probe", x.len()).await;
        if l == n {
            return Some(x);
        }
    }
    None
}
