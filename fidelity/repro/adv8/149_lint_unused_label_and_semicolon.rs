// args:
// An unused loop label (unused_labels) and a redundant `;;` (redundant_semicolons) in a loop with awaits.
fn f() -> i64 {
    let mut n = 0;
    'outer: for i in 0..3 {
        tick("i").await;;
        n += i;
    }
    n
}
