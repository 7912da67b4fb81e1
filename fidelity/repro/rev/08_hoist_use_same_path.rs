// args: 2
// A suspending block imports `BTreeMap`; outside, the same type is written by its full path `std::collections::BTreeMap`.
fn f(k: i64) -> i64 {
    let mut m: std::collections::BTreeMap<i64, i64> = std::collections::BTreeMap::new();
    m.insert(1, k);
    let n = {
        use std::collections::BTreeMap;
        let mut other: BTreeMap<i64, i64> = BTreeMap::new();
        tick("a").await;
        other.insert(2, 3);
        other.len() as i64
    };
    m.len() as i64 * 10 + n
}
