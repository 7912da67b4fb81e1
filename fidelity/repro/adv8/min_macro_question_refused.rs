// args:
// MIN (refusal E0277): `?` inside a user macro's expansion in a #[co] fn returning Option: "the `?` operator can only be
// used in a closure that returns `Result` or `Option` .. in a closure that returns `Poll<_>`". Found by 31_macro_question_in_helper.rs.
fn f() -> i64 {
    get(Some(3)).await.unwrap_or(-1)
}
#[co] fn get(o: Option<i64>) -> Option<i64> {
    macro_rules! must { ($e:expr) => { $e? }; }
    tick("a").await;
    let v = must!(o);
    Some(v)
}
