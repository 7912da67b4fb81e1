// args: 1
// Lint expectations in ported code: `#[expect(unused_variables)]` on a connection guard and `#[expect(unused_mut)]` on a
// buffer borrowed across awaits.
fn f(k: i64) -> i64 {
    #[expect(unused_variables)]
    let conn = Tracked::new("conn");
    #[expect(unused_mut)]
    let mut buf = vec![k, 2];
    let view = &buf;
    tick("read").await;
    view.len() as i64 + buf[0]
}
