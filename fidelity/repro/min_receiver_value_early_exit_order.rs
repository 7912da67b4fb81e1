// args:
// MIN (mismatch until the thirteenth session, fixed; limit 2): a `return` inside an argument of a method whose receiver is a value it borrows
// (a block), after a statement temporary made later than the receiver (`&Tracked::new("tmp8")`): the coroutine drops
// the receiver's `t7` before `tmp8`, Rust drops `tmp8` first.
// coro  ["new t6", "new t7", "drop t6", "new tmp8", "drop t7", "drop tmp8"]
// async ["new t6", "new t7", "drop t6", "new tmp8", "drop tmp8", "drop t7"]
// Found by the twelfth session's long run (program seed 270883831738877233, shrunk).
fn f() -> i64 {
    log_i({ {
        let n5: i64 = vec![0, 0].ilen();
        duo("t6", "t7").1
    } }.plus(consume(&Tracked::new("tmp8"), match 0 { 3 => {
        0
    }, m9 if m9 > 0 => {
        ready("r10", 5).await
    }, _ => {
        if true {
            return 0;
        }
        0
    } })));
    0
}
