// args:
// class struct-update: `..p9` leaves `p9.a` in `p9`, then an `.await` while `p9` is in scope: E0382 (the receiver rule; it was dropped at the `.await`).
fn f() -> i64 {
    let p9 = Pair { a: Tracked::new("a9"), b: Tracked::new("b9") };
    let p13: Pair = Pair { a: ready("r11", Tracked::new("t12")).await, ..p9 };
    log(p9.a.name());
    tick("t").await;
    log_pair(&p13);
    0
}
