// args:
// Method chains on the awaited value: `fetch().await.items.iter().map(..).sum()`, `fetch().await.first().cloned()`, `.into_iter().rev().collect`.
fn f() -> i64 {
    let s: i64 = fetch(3).await.items.iter().map(|t| t.len()).sum();
    let first = fetch(2).await.names().first().cloned().unwrap_or_default();
    let rev: Vec<Tracked> = fetch(2).await.items.into_iter().rev().collect();
    tick("collected").await;
    s * 100 + first.len() as i64 * 10 + rev.len() as i64
}
pub struct Page { items: Vec<Tracked> }
impl Page { fn names(&self) -> Vec<String> { self.items.iter().map(|t| t.name().to_string()).collect() } }
fn fetch(n: usize) -> Ready<Page> {
    let all = ["one", "three", "five"];
    ready("fetch", Page { items: all[..n].iter().map(|s| Tracked::new(*s)).collect() })
}
