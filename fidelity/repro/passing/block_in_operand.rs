// args:
// class block-in-operand: E0282 for a match on a borrow, in a block that is a call argument.
fn f() -> i64 {
    let o: Option<Tracked> = None;
    log_i({
        match opt_len(&o) {
            n => tick("r").await,
        }
        0
    });
    0
}
