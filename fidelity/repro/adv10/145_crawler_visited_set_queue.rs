// args: 2
// A crawler: BFS over links fetched with awaits, BTreeSet visited, depth limit, early stop on a target.
fn f(k: i64) -> i64 {
    let mut visited: BTreeSet<String> = BTreeSet::new();
    let mut q: VecDeque<(String, i64)> = VecDeque::from(vec![("/".to_string(), 0)]);
    let mut found_at = -1;
    while let Some((url, depth)) = q.pop_front() {
        if !visited.insert(url.clone()) { continue; }
        let page = fetch(&url).await;
        if page.body.contains("target") { found_at = depth; break; }
        if depth >= k { continue; }
        for link in page.links { if !visited.contains(&link) { q.push_back((link, depth + 1)); } }
    }
    found_at * 100 + visited.len() as i64 * 10 + q.len() as i64
}
use std::collections::{BTreeSet, VecDeque};
pub struct Page { body: String, links: Vec<String>, _t: Tracked }
#[co] fn fetch(url: &str) -> Page {
    tick("fetch").await;
    let links = match url { "/" => vec!["/a".to_string(), "/b".to_string()], "/a" => vec!["/".to_string(), "/c".to_string()], "/b" => vec!["/c".to_string()], _ => vec![] };
    Page { body: if url == "/c" { "target".into() } else { "x".into() }, links, _t: Tracked::new("page") }
}
