// args:
// MIN (mismatch, silent, severe): a compiled-out block (`#[cfg(any())] { .. }`, i.e. `#[cfg(feature = "x")]` with the
// feature off) that contains an `.await` is RUN by the coroutine: its awaits are polled and its code executes.
// coro  Ok("1", 3 polls) ["poll never", "poll never", "ran", "poll a", "poll a"]
// async Ok("1", 2 polls) ["poll a", "poll a"]
// Also: `#[cfg(any())] return 0;` after an `.await` RETURNS 0 in the coroutine; `#[cfg(any())] tick(..).await;` is polled;
// a cfg'd-out `if .. { f().await; continue; }` in a loop runs; a cfg'd-out match arm that awaits is E0283; a cfg'd-out
// `let n = f().await;` is E0425.
// Found while reducing 131_cfg_attr_statements.rs (h-variant of a cfg'd block borrowing a local).
fn f() -> i64 {
    #[cfg(any())]
    {
        tick("never").await;
        log("ran");
    }
    tick("a").await;
    1
}
