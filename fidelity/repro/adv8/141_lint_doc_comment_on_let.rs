// args:
// A `///` doc comment on a `let` statement before an await (rustc's unused_doc_comments) -- a common slip in ported code.
fn f() -> i64 {
    /// the request id
    let id = ready("id", 7).await;
    tick("a").await;
    id
}
