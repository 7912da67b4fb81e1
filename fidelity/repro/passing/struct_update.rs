// args:
// class struct-update: `..p` with an awaiting explicit field; the rest of p is dropped at its scope end.
fn f() -> i64 {
    let p: Pair = Pair { a: Tracked::new("a"), b: Tracked::new("b") };
    let q: Pair = Pair { a: ready("r", Tracked::new("c")).await, ..p };
    log_pair(&q);
    log(p.a.name());
    0
}
