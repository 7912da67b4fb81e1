// A homed binding read as the value of a labelled `break` is warning-free:
// its read was a block right after `break 'label`, which tripped
// `break_with_label_and_loop` (found by the fidelity generator, seed
// 14415425345905102346).
#![deny(warnings)]

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn labelled_value_of_a_homed_binding(k: i64) -> i64 {
    let r = &k; // borrowed across the await: `k` gets a home
    tick().await;
    let n = 'found: loop {
        break 'found k;
    };
    n + *r
}

fn main() {
    assert_eq!(coro::run(labelled_value_of_a_homed_binding(5)), 10);
}
