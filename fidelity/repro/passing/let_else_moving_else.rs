// args: true
// class let-else: a move in a diverging `else` does not count on the path after the `let`.
fn f(c: bool) -> i64 {
    if let Some(t7) = opt_trk("t6", c) {
        let Some(t10) = Some(Tracked::new("t8")) else {
            let c9 = move || t7.len();
            return c9();
        };
        log_i(ready("r11", 7).await + 0);
        log(t10.name());
    }
    log_i(0);
    0
}
