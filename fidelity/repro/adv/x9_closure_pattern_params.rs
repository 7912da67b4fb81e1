// args:
// Closures with pattern parameters and tuples of Tracked; sort_by with closures capturing.
fn f() -> i64 {
    let mut pairs = vec![(3i64, Tracked::new("c")), (1, Tracked::new("a")), (2, Tracked::new("bb"))];
    let weight = 2;
    pairs.sort_by(|(x, _), (y, _)| (x * weight).cmp(&(y * weight)));
    tick("sorted").await;
    let sum: i64 = pairs.iter().map(|&(k, ref t)| k * t.len()).sum();
    let labels: Vec<&str> = pairs.iter().map(|(_, t)| t.name()).collect();
    tick("labels").await;
    sum + labels.concat().len() as i64
}
