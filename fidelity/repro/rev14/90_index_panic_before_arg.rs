// args: 2
// Rust calls IndexMut::index_mut (bounds check) on the receiver place before evaluating the arguments.
fn f(k: i64) -> i64 {
    let mut rows = vec![Vec::new(), Vec::new()];
    rows[k as usize + 1].push({ log("arg"); ready("a", k).await });
    rows.len() as i64
}
