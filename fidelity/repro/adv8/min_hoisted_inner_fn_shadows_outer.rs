// args:
// MIN (mismatch, silent): a `fn` item declared in an inner block that suspends is hoisted to the function body, so it
// shadows a module-level item of the same name in code BEFORE the block too (the same with `const`).
// coro  Ok("22") ; async Ok("12")   (the first `helper()` calls the block's fn in the coroutine)
// Found by 111_inner_fn_shadows_module_fn.rs (coro 207029, async 103028: a `const LIMIT` shadowed too).
fn f() -> i64 {
    let a = helper();
    let b = {
        fn helper() -> i64 { 2 }
        tick("b").await;
        helper()
    };
    a * 10 + b
}
fn helper() -> i64 { 1 }
