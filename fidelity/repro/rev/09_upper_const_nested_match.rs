// args: 2
// A nested block's `const LIMIT` used as a match pattern (in a match that suspends); elsewhere the body binds a local `LIMIT`.
fn f(k: i64) -> i64 {
    let a = {
        const LIMIT: i64 = 2;
        match k {
            LIMIT => { tick("hit").await; 10 }
            _ => 20,
        }
    };
    #[allow(non_snake_case)]
    let LIMIT = Tracked::new("lim");
    tick("t").await;
    a + LIMIT.len()
}
