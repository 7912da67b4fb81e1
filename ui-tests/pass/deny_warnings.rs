#![deny(warnings)]

use std::time::Duration;

#[coro::coroutine]
fn num(n: u32) -> u32 {
    coro::sleep(Duration::ZERO).await;
    n
}

#[coro::coroutine]
fn parse(s: String) -> Result<u32, std::num::ParseIntError> {
    coro::sleep(Duration::ZERO).await;
    s.parse()
}

/// Loops, matches, shadowing, `?`, early return and an unused `_`-prefixed
/// variable: nothing here warns in an `async fn`, so nothing may warn here.
#[coro::coroutine]
fn busy(input: Vec<String>) -> Result<u32, std::num::ParseIntError> {
    let _unused = num(0).await;
    let mut numbers = Vec::new();
    for s in input {
        numbers.push(s.parse::<u32>()?);
    }
    let first = parse(String::from("0")).await?;
    let mut total = first;
    for n in numbers {
        let n = n + num(0).await;
        if n == 0 {
            continue;
        }
        match n {
            1 => {
                total += num(1).await;
            }
            n if n > 100 => return Ok(n),
            n => total += n,
        }
    }
    let mut i = 0;
    'outer: loop {
        while i < 3 {
            i += num(1).await;
            if i == 2 {
                break 'outer;
            }
        }
    }
    let total = total + i;
    Ok(total)
}

#[coro::coroutine]
fn unit(mut n: u32) {
    while n > 0 {
        n -= num(1).await;
    }
}

#[coro::coroutine]
fn ignores_argument(_: u32, _unused: String) -> bool {
    true
}

/// One-line `let .. else` blocks (`unused_braces` fired at them when the
/// macro wrapped the `else` block in braces of its own).
#[coro::coroutine]
fn let_else_one_line(o: Option<u32>) -> u32 {
    let Some(x) = o else { return 0 };
    let mut n = num(x).await;
    loop {
        let Some(m) = n.checked_sub(1) else { break };
        n = num(m).await;
    }
    x
}

struct Pt {
    x: u32,
    y: u32,
}

impl Pt {
    fn sum(&self) -> u32 {
        self.x + self.y
    }
}

/// A parenthesised struct literal, awaiting, borrowed by a `match`
/// scrutinee (`unused_parens` fired at the parentheses once the literal
/// was bound to a `let` of its own).
#[coro::coroutine]
fn paren_scrutinee(m: u32) -> u32 {
    match (Pt { x: m, y: num(1).await }.sum()) {
        3 => 1,
        _ => 2,
    }
}

/// The checks added in code that never runs: an awaited method taking a
/// temporary receiver (`Pt::into_sum`), a compound assignment whose value
/// suspends beside a place with an index (both sides `u32`).
#[coro::coroutine]
fn never_run_checks(k: usize) -> u32 {
    let sum = Pt { x: 1, y: 2 }.into_sum().await;
    let mut v = vec![0u32, 1];
    v[k % 2] += num(sum).await;
    v[k % 2] <<= num(1).await;
    v[0] + v[1]
}

impl Pt {
    #[coro::coroutine]
    fn into_sum(self) -> u32 {
        self.x + self.y
    }
}

struct Pair {
    a: String,
    b: String,
}

/// Lint differences found in the tenth session (twins in
/// `tests/diff_lints.rs`, where a `macro_rules!` expansion hides lints):
/// the user's parentheses around a literal bound before a later `.await`
/// (`unused_parens`), of `(&mut r).await`, and a `mut` binding of a
/// `while let` / `for` pattern that one segment only moves on.
#[coro::coroutine]
fn lint_differences(n: usize) -> usize {
    let k = (Pair { a: "a".into(), b: "bb".into() }).b.len() + num(n as u32).await as usize;
    let mut r = num(1);
    let one = (&mut r).await as usize;
    let mut q = vec![(1usize, String::from("q"))];
    let mut total = 0;
    while let Some(mut t) = q.pop() {
        t.0 += num(2).await as usize;
        total += t.0 + t.1.len();
    }
    for mut t in vec![(1usize, String::from("f"))] {
        t.0 += num(2).await as usize;
        total += t.0;
    }
    let a = Pair { a: "x".into(), b: String::new() }.a;
    k + one + total + a.len()
}

fn main() {
    assert_eq!(coro::run(never_run_checks(1)), 8);
    let input = vec!["1".to_string(), "0".to_string(), "5".to_string()];
    assert_eq!(coro::run(busy(input)), Ok(1 + 5 + 2));
    assert_eq!(coro::run(busy(vec!["500".to_string()])), Ok(500));
    assert!(coro::run(busy(vec!["x".to_string()])).is_err());
    coro::run(unit(3));
    assert!(coro::run(ignores_argument(1, String::new())));
    assert_eq!(coro::run(let_else_one_line(Some(3))), 3);
    assert_eq!(coro::run(let_else_one_line(None)), 0);
    assert_eq!(coro::run(paren_scrutinee(2)), 1);
    assert_eq!(coro::run(lint_differences(1)), 3 + 1 + 4 + 3 + 1);
}
