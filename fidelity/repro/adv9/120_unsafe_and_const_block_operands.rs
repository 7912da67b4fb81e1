// args: 1
// `unsafe { .. }` and `const { .. }` blocks as operands of a statement that awaits later; unsafe block makes a String.
fn f(k: i64) -> i64 {
    let bytes = vec![b'o', b'k'];
    let a = unsafe { String::from_utf8_unchecked(bytes.clone()) }.len() as i64 + ready("a", k).await;
    let b = const { 6 * 7 } + ready("b", 1).await;
    let c = unsafe { std::str::from_utf8_unchecked(&bytes) }.len() as i64 * ready("c", 2).await;
    a + b + c
}
