// args:
// MIN (mismatch, documented: README "runs differently", limit 2): a temporary made inside a user macro's
// expansion, in an operand before an .await of its statement, drops before the suspension (Rust: at the `;`).
fn f() -> i64 {
    macro_rules! tlen {
        ($e:expr) => { Tracked::new($e).len() };
    }
    tlen!("m1") + ready("x", 1).await
}
