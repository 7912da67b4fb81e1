// args: 3
// A #[co] &self method with a `for` over self's items, `match` per item, early `return` with a reference into self.
fn f(k: i64) -> i64 {
    let inv = Inventory { items: vec![Item { sku: 1, qty: 0, t: Tracked::new("i1") }, Item { sku: 2, qty: 5, t: Tracked::new("i2") }, Item { sku: 3, qty: k, t: Tracked::new("i3") }] };
    let a = inv.first_in_stock(0).await.map(|i| i.sku).unwrap_or(-1);
    let b = inv.first_in_stock(4).await.map(|i| i.t.len()).unwrap_or(-1);
    let c = inv.first_in_stock(100).await.map(|i| i.sku).unwrap_or(-1);
    a * 100 + b * 10 + c
}
pub struct Item { sku: i64, qty: i64, t: Tracked }
pub struct Inventory { items: Vec<Item> }
impl Inventory {
    #[co] fn first_in_stock(&self, min: i64) -> Option<&Item> {
        for it in &self.items {
            match ready("check", it.qty).await {
                0 => continue,
                q if q > min => return Some(it),
                _ => tick("low").await,
            }
        }
        None
    }
}
