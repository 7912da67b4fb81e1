// args: 3
// `let ref mut` bindings to locals and to a temporary, mutated after awaits.
fn f(k: i64) -> i64 {
    let mut total = 0i64;
    let ref mut t = total;
    *t += ready("a", k).await;
    let ref mut fresh = Vec::<i64>::new();
    fresh.push(ready("b", 1).await);
    fresh.push(*t);
    total = fresh.iter().sum();
    total
}
