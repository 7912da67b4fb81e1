// args:
// class closure (item 3): a closure capturing a homed local by &mut, called before and after an await.
fn f() -> i64 {
    let mut acc: i64 = 0;
    let mut bump = |x: i64| acc += x;
    bump(1);
    tick("r").await;
    bump(2);
    acc
}
