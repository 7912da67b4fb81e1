// args: Tracked::new("arg0")
// MIN (mismatch, silent; KNOWN: limit 2, temporaries inside a user macro are opaque): a temporary made in a
// user macro's input inside a `match` scrutinee (`res_trk(sum2!(Tracked::new("tmp1").len(), 2), ..)`) drops
// before an `.await` of the arm; Rust keeps a scrutinee's temporaries to the end of the `match`.
// coro  [.., "new tmp1", "len tmp1", "new t6", "new t7", "drop tmp1", "poll r5", "poll r5", "drop t6", "drop t7", "i 0", ..]
// async [.., "new tmp1", "len tmp1", "new t6", "new t7", "poll r5", "poll r5", "drop t6", "drop t7", "drop tmp1", "i 0", ..]
// Generator: --classes ci,user-macro --seed 5, program seed 16043603842941914931 (shrunk).
fn f(a0: Tracked) -> i64 {
    macro_rules! sum2 { ($a:expr, $b:expr) => { $a + $b }; }
    match res_trk(sum2!(Tracked::new("tmp1").len(), 2), "t2") {
        Ok(n3) => {
            let r8: &Tracked = &ready("r5", Pair { a: Tracked::new("t6"), b: Tracked::new("t7") }).await.b;
        }
        Err(e4) => {
            log(e4.name());
        }
    }
    log_i(0);
    log(a0.name());
    0
}
