// args:
// `if let Some(e) = v.iter_mut().find(..)` then await, then update through `e`; inventory-style Vec<(String, i64)>.
fn f() -> i64 {
    let mut inv: Vec<(String, i64)> = vec![("apple".into(), 3), ("pear".into(), 0)];
    for (item, delta) in [("pear", 2), ("plum", 1), ("apple", -1), ("pear", 5)] {
        if let Some(e) = inv.iter_mut().find(|e| e.0 == item) {
            let d = ready("lookup", delta).await;
            e.1 += d;
        } else {
            tick("insert").await;
            inv.push((item.to_string(), delta));
        }
    }
    inv.iter().fold(0, |a, (n, c)| a * 10 + n.ilen() + c)
}
