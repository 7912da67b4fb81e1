// args:
// MIN (refusal): an iterator binding consumed by std's `sum()` (a "consumer", not on the by-value list for
// bindings) before an await: E0507 "cannot move out of a mutable reference ... `std::slice::Iter<'_, i64>`"
// (the iterator, thought to stay alive to its scope's end across the await while borrowing `words`, gets a home).
fn f() -> i64 {
    let words = vec![1i64, 2, 3];
    let lens = words.iter();
    let total: i64 = lens.sum();
    tick("t").await;
    total
}
