// args:
// MIN (mismatch, silent; KNOWN: limit 2, "Temporaries inside a user macro (opaque) nested in a hoisted
// operand drop with it"): a temporary made in a user macro's input (`len_of!(Tracked::new("tmp1"))`,
// expanding to `$t.len()`) drops before a later `.await` of the same statement; Rust keeps it to the `;`.
// coro  ["new tmp1", "len tmp1", "drop tmp1", "poll r2", "poll r2"]
// async ["new tmp1", "len tmp1", "poll r2", "poll r2", "drop tmp1"]
// Generator: --classes ci,user-macro --seed 5, program seed 633995061166602894 (shrunk).
fn f() -> i64 {
    macro_rules! len_of { ($t:expr) => { $t.len() }; }
    (len_of!(Tracked::new("tmp1")), [ready("r2", 3).await, 0][0]).0 + 0
}
