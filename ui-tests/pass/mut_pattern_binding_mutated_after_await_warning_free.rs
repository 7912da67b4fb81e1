// A `mut` binding of a branch's pattern that the branch changes only after
// an `.await` is not `unused_mut`: the segment that binds it only moves it
// into the state (`fidelity/repro/adv9/min_mut_pattern_binding_spurious_unused_mut.rs`:
// `if let` and guarded arms warned; unguarded arms too, `while let` and
// `for` had an allow of their own). No `async fn` with these bodies warns.
#![deny(warnings)]

#[coro::coroutine]
fn num(n: i64) -> i64 {
    n
}

#[coro::coroutine]
fn if_let_mut_binding(k: i64) -> i64 {
    if let Some(mut v) = Some(vec![k]) {
        v.push(num(3).await);
        return v.len() as i64;
    }
    0
}

#[coro::coroutine]
fn if_let_else_mut_binding(o: Option<Vec<i64>>) -> i64 {
    if let Some(mut w) = o {
        w.push(num(1).await);
        w.len() as i64
    } else {
        num(0).await
    }
}

#[coro::coroutine]
fn guarded_arm_mut_binding(k: i64) -> i64 {
    match Some(vec![k]) {
        Some(mut v) if v.len() == 1 => {
            v.push(num(3).await);
            v.len() as i64
        }
        _ => 0,
    }
}

#[coro::coroutine]
fn unguarded_arm_mut_binding(k: i64) -> i64 {
    match Some(vec![k]) {
        Some(mut v) => {
            v.push(num(3).await);
            v.len() as i64
        }
        None => 0,
    }
}

// The pattern leaves a part (`_`), kept to the arm's end.
#[coro::coroutine]
fn arm_mut_binding_leaving_a_part(k: i64) -> i64 {
    match (vec![k], String::from("kept")) {
        (mut v, _) => {
            v.push(num(3).await);
            v.len() as i64
        }
    }
}

// A guard that awaits: the chosen arm runs in a plain `match`.
#[coro::coroutine]
fn awaiting_guard_mut_binding(k: i64) -> i64 {
    match Some(vec![k]) {
        Some(mut v) if num(1).await == 1 => {
            v.push(num(3).await);
            v.len() as i64
        }
        _ => 0,
    }
}

#[coro::coroutine]
fn loops_mut_bindings() -> i64 {
    let mut q = vec![(1i64, String::from("q"))];
    let mut n = 0;
    while let Some(mut t) = q.pop() {
        t.0 += num(2).await;
        n += t.0;
    }
    for mut u in vec![1i64, 2] {
        u += num(1).await;
        n += u;
    }
    n
}

fn main() {
    assert_eq!(coro::run(if_let_mut_binding(1)), 2);
    assert_eq!(coro::run(if_let_else_mut_binding(Some(vec![]))), 1);
    assert_eq!(coro::run(if_let_else_mut_binding(None)), 0);
    assert_eq!(coro::run(guarded_arm_mut_binding(1)), 2);
    assert_eq!(coro::run(unguarded_arm_mut_binding(1)), 2);
    assert_eq!(coro::run(arm_mut_binding_leaving_a_part(1)), 2);
    assert_eq!(coro::run(awaiting_guard_mut_binding(1)), 2);
    assert_eq!(coro::run(loops_mut_bindings()), 3 + 2 + 3);
}
