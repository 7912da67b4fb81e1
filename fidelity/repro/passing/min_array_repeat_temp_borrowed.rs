// args:
// Was MIN (refusal) until the eleventh session, fixed (twins diff_borrowed_values, diff_partial_moves::parameters): an array repeat expression `[n; 2]` as a temporary borrowed across an `.await` (a `for` head's receiver).
// E0716 "temporary value dropped while borrowed ... assignment requires that borrow lasts for `'1`" at the attribute, the state holding `[i64; 2]`.
// With the list form `[n, n].iter()` it passes. Guess: borrowed_temps/walk.rs `makes_temporaries` has no arm for `Expr::Repeat` and its
// fallback `_ => true` ("anything not listed, may") keeps the temporary unbound, though `[n; 2]` makes no temporaries of its own; `count(&[n; 2]).await` and `count([n; 2].iter()).await` fail the same way (found by 12_generic_co_fn_where.rs: `total_len(["q"; 4].iter().copied()).await`).
fn f() -> i64 {
    let n = 1;
    let mut s = 0;
    for x in [n; 2].iter() {
        s += ready("x", *x).await;
    }
    s
}
