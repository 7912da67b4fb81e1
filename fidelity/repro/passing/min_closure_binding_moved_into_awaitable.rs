// args:
// Was MIN (fixed in the eleventh session): a closure bound to a `let` that borrows a local (`let cb = || c + 1;`), moved into an awaited #[co] call:
// E0597 "`c` does not live long enough". Inline (`call(|| c + 1).await`) passes. Same cause as min_ref_binding_moved_into_awaitable.rs
// (the borrow the awaitable carries across its suspension is not seen once the binding is dead); with a `Box<dyn FnMut() + '_>`
// or a `Tracked` capture also E0503/E0505 at a later use of the local (20_box_dyn_fnmut_param.rs, 71_boxed_fnmut_borrowing_local.rs).
fn f() -> i64 {
    let c = 0;
    let cb = || c + 1;
    call(cb).await
}
#[co] fn call(cb: impl Fn() -> i64) -> i64 { cb() }
