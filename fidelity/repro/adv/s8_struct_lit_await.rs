// args:
// Struct literals, tuples and arrays whose fields await; method chain on awaited.
fn f() -> i64 {
    let p = Point { x: ready("x", 1).await, y: ready("y", 2).await, tag: Tracked::new("tag") };
    let (a, b) = (ready("a", 3).await, ready("b", Tracked::new("bt")).await);
    let arr = [ready("0", 4).await, ready("1", 5).await];
    let s = ready("s", String::from("  text  ")).await.trim().to_uppercase();
    let w = Wrapper(ready("w", Tracked::new("wrapped")).await);
    p.x + p.y + p.tag.len() + a + b.len() + arr.iter().sum::<i64>() + s.len() as i64 + w.0.len()
}

pub struct Point { x: i64, y: i64, tag: Tracked }
pub struct Wrapper(Tracked);
