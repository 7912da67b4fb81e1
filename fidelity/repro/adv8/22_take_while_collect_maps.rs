// args:
// `take_while`/`skip_while` on awaited data, collected into HashMap and BTreeMap, iterated (sorted) with awaits.
fn f() -> i64 {
    use std::collections::{BTreeMap, HashMap};
    let data = ready("load", vec![1, 3, 5, 6, 7, 9, 2]).await;
    let head: Vec<i64> = data.iter().copied().take_while(|x| x % 2 == 1).collect();
    let tail: HashMap<i64, usize> = data.iter().copied().skip_while(|x| x % 2 == 1).enumerate().map(|(i, x)| (x, i)).collect();
    let sorted: BTreeMap<_, _> = tail.iter().map(|(k, v)| (*k, *v as i64)).collect();
    let mut acc = head.iter().sum::<i64>();
    for (k, v) in &sorted {
        acc = acc * 3 + ready("kv", k + v).await;
    }
    acc
}
