// args:
// MIN (refusal): an iterator binding over a Vec consumed by std's `sum()` (not on the by-value list), where the
// Vec is only named in a later awaited operand: E0507 "cannot move out of a mutable reference ... `Map<Iter<..>>`"
// (the iterator gets a home because it borrows a homed binding, though nothing is borrowed across the await).
fn f() -> i64 {
    let words = vec![1i64, 2, 3];
    let lens = words.iter().map(|w| w * 2);
    let total: i64 = lens.sum();
    let n = ready("n", words.len() as i64).await;
    total + n
}
