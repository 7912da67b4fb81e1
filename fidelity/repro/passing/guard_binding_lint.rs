// args:
// class await-guard (item 10): a binding used only in an awaiting guard is reported unused.
fn f() -> i64 {
    match 3 {
        m if m > ready("g", 1).await => 1,
        _ => 0,
    }
}
