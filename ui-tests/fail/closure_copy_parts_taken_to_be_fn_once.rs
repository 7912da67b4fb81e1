// A `move` closure whose body matches a capture against a pattern that
// binds (`let (a, _) = p;`) is taken to be `FnOnce`, so `c()` is taken to
// consume `c`; but the pattern binds only a `Copy` part of `p`, which it
// copies: `c` is `Fn`, and an `async fn` keeps it (and the `String` it owns)
// to the end of its scope, after `tick().await`. The check makes the same
// match, in code that never runs, on a value of `p`'s type and looks at the
// types of the parts it binds: all `Copy`, it is a compile error at the
// call. Rewrite: `(&c)()`, or `{ c }()` for an `FnOnce`. (A `let` of a
// tuple pattern splits `p` into its parts first, limit 7's split: the check
// then probes the part it binds, `__coro_p_0`.)
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn measure() -> usize {
    let p = (3usize, String::from("p"));
    let t = String::from("owned");
    let c = move || {
        let (a, _) = p;
        a + t.len()
    };
    let a = c();
    tick().await;
    a
}

// The same through `match`, with a part bound by reference.
#[coro::coroutine]
fn matched() -> usize {
    let p = Some((3usize, String::from("p")));
    let t = String::from("owned");
    let c = move || match p {
        Some((a, ref s)) => a + s.len() + t.len(),
        None => 0,
    };
    let a = c();
    tick().await;
    a
}

fn main() {}
