// args: &(3, 4), (Tracked::new("m"), 2)
// Reference patterns and mut bindings in parameter patterns.
fn f(&(a, b): &(i64, i64), (mut t, mut n): (Tracked, i64)) -> i64 {
    tick("a").await;
    n += a * b;
    t = Tracked::new("t2");
    tick("b").await;
    n + t.len()
}
