// args:
// Was MIN (fixed in the eleventh session): a reference bound to a `let` (`let r = &t;`) and passed to an awaited call whose awaitable keeps it
// (a #[co] fn taking `&i64`; `weigh(r, 1).await` from support is the same), `r` not used after the `.await`:
// E0597 "`t` does not live long enough: borrowed value does not live long enough" (with a `Tracked`, also E0505
// "cannot move out of `t` because it is borrowed"). `call(&t).await` passes, and so does the same program with `r` used after the `.await`.
// Found by 20_box_dyn_fnmut_param.rs / 71_boxed_fnmut_borrowing_local.rs (a `let cb: Box<dyn FnMut() + '_>` moved into a #[co] call).
fn f() -> i64 {
    let t = 5i64;
    let r = &t;
    call(r).await
}
#[co] fn call(x: &i64) -> i64 { *x }
