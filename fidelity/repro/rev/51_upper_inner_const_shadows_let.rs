// args: 2
// A local `MAX` (Python style) held across an await; a later non-suspending block declares its own `const MAX` and reads it.
fn f(k: i64) -> i64 {
    #[allow(non_snake_case)]
    let MAX = Tracked::new("max");
    let r = &MAX;
    tick("a").await;
    let inner = { const MAX: i64 = 3; k + MAX };
    inner * 100 + r.len()
}
