// args: Tracked::new("arg0")
// class await-macro-drop / await-literal: a binding moved into an operand before a later operand's await drops with the temporaries when cancelled there.
fn f(a0: Tracked) -> i64 {
    let t1: Tracked = Tracked::new("t1");
    let p: Pair = Pair { a: a0, b: ready("r", Tracked::new("t2")).await };
    let v: Vec<Tracked> = vec![t1, ready("r2", Tracked::new("t3")).await];
    log_pair(&p);
    v.ilen()
}
