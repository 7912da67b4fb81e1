// A macro at statement position whose expansion declares a local (a
// guard, scopeguard's `defer!`): Rust keeps it to the end of the block,
// but coro cannot see a macro's locals, which would drop at the block's
// next `.await`, silently early. Refused where the macro is known to
// declare one: a `macro_rules!` of the body writing `let`, and `defer!`.
struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.0);
    }
}

#[allow(unused_macros)] // (the refused body is not emitted)
macro_rules! defer {
    ($name:expr) => {
        let _guard = Guard($name);
    };
}

#[coro::coroutine]
fn body_macro() -> u32 {
    macro_rules! hold {
        ($name:expr) => {
            let _held = Guard($name);
        };
    }
    hold!("lock");
    coro::sleep(std::time::Duration::from_millis(1)).await;
    1
}

#[coro::coroutine]
fn deferred(n: u32) -> u32 {
    let mut total = 0;
    for i in 0..n {
        defer!("turn");
        coro::sleep(std::time::Duration::from_millis(1)).await;
        total += i;
    }
    total
}

fn main() {
    let _ = body_macro();
    let _ = deferred(2);
}
