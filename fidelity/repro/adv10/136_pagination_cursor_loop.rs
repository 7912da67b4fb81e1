// args: 3
// Pagination: fetch pages with an Option<String> cursor until None; items accumulated; a page guard per fetch.
fn f(k: i64) -> i64 {
    let mut cursor: Option<String> = None;
    let mut items: Vec<Tracked> = Vec::new();
    let mut pages = 0;
    loop {
        let page = fetch_page(cursor.as_deref(), k).await;
        pages += 1;
        items.extend(page.items);
        cursor = page.next;
        if cursor.is_none() || pages > 5 { break; }
    }
    pages * 100 + items.len() as i64
}
pub struct Page { items: Vec<Tracked>, next: Option<String>, _g: Tracked }
#[co] fn fetch_page(cursor: Option<&str>, k: i64) -> Page {
    let n: i64 = cursor.map_or(0, |c| c.len() as i64);
    tick("page").await;
    Page { items: (0..2).map(|_| Tracked::new("item")).collect(), next: if n < k { Some("x".repeat(n as usize + 1)) } else { None }, _g: Tracked::new("pg") }
}
