// args:
// A block declares its own `fn helper` / `const LIMIT` shadowing module-level ones used earlier in the body; the block awaits.
fn f() -> i64 {
    let a = helper() * 100 + LIMIT;
    tick("a").await;
    let b = {
        const LIMIT: i64 = 7;
        fn helper() -> i64 { 2 }
        tick("b").await;
        helper() * 10 + LIMIT
    };
    a * 1000 + b + helper()
}
fn helper() -> i64 { 1 }
const LIMIT: i64 = 3;
