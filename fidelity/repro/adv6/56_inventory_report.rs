// args:
// An order-processing report: BTreeMap<String, Vec<Item>> grouping, awaited price lookups, `iter_mut` updates, and a formatted summary.
fn f() -> i64 {
    let orders = vec![("alice", "pen", 2), ("bob", "ink", 1), ("alice", "pad", 3)];
    let mut by_user: BTreeMap<String, Vec<Item>> = BTreeMap::new();
    for (user, sku, qty) in orders {
        let price = price_of(sku).await;
        by_user.entry(user.to_string()).or_default().push(Item { sku: Tracked::new(sku), qty, price });
    }
    for items in by_user.values_mut() {
        for it in items.iter_mut() {
            it.price -= ready("discount", 1).await;
        }
    }
    let mut summary = String::new();
    for (u, items) in &by_user {
        let total: i64 = items.iter().map(|i| i.qty * i.price).sum();
        summary += &format!("{u}:{total};");
        tick("line").await;
    }
    log(summary.clone());
    summary.len() as i64
}
use std::collections::BTreeMap;
pub struct Item { sku: Tracked, qty: i64, price: i64 }
#[co] fn price_of(sku: &str) -> i64 { ready("price", sku.len() as i64 * 3).await }
