// args:
// MIN (mismatch, silent): a `const` declared in an inner block that suspends is hoisted and shadows a module-level `const`
// of the same name before the block. Found by 111_inner_fn_shadows_module_fn.rs.
fn f() -> i64 {
    let a = LIMIT;
    let b = {
        const LIMIT: i64 = 7;
        tick("b").await;
        LIMIT
    };
    a * 10 + b
}
const LIMIT: i64 = 3;
