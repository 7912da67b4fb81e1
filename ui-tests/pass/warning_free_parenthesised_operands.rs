// Parenthesised operands of `||` / `&&` stay warning-free when the other
// side awaits: the left one becomes a temporary's initialiser and the right
// one a join's value, where parentheses tripped `unused_parens` (found by the
// fidelity generator, seeds 6898053450821477234 and 14228650324372559664).
#![deny(warnings)]

#[coro::coroutine]
fn ready(v: bool) -> bool {
    v
}

#[coro::coroutine]
fn parenthesised(n: i32) -> u32 {
    let mut hits = 0;
    if (n > 0 && n < 5) || ready(false).await {
        hits += 1;
    }
    if ready(n > 2).await || (n < 7 || n == 9) {
        hits += 2;
    }
    let tuple_stays = ((n, 1), ready(true).await);
    hits + (tuple_stays.0).1 as u32
}

fn main() {
    assert_eq!(coro::run(parenthesised(3)), 4);
}
