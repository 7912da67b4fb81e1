// The temporary receiver of an awaited method call is moved into the call
// (a builder's `send(self)` is the common such method). A method that
// borrows it instead (`fetch(&self)`) would have it dropped before the
// first poll, where an `async fn` holds it to the end of the statement,
// after the `.await`; with an awaitable that borrows it (`peek`) the body
// could not compile at all. rustc's method lookup, made on a value that
// cannot be borrowed, shows which: E0793 at the call, in a macro that says
// what to write. Rewrite: bind the receiver first (`let s = Svc::new("a");
// s.fetch().await`).
struct Svc(String);

impl Svc {
    fn new(name: &str) -> Svc {
        Svc(name.to_string())
    }

    // Borrows `self`; the awaitable it returns does not.
    fn fetch(&self) -> impl coro::Awaitable<Output = usize> {
        len_of(self.0.len())
    }

    // Borrows `self`, and so does the awaitable.
    #[coro::coroutine]
    fn peek(&self) -> usize {
        self.0.len()
    }

    // Takes `self`: moved into the call, as the coroutine does.
    fn send(self) -> impl coro::Awaitable<Output = usize> {
        len_of(self.0.len())
    }
}

#[coro::coroutine]
fn len_of(n: usize) -> usize {
    n
}

#[coro::coroutine]
fn make(name: &'static str) -> Svc {
    Svc::new(name)
}

#[coro::coroutine]
fn serve() -> usize {
    let a = Svc::new("a").fetch().await;
    let b = Svc::new("bb").peek().await;
    let c = Svc::new("ccc").send().await;
    // An awaited value as the receiver: the same.
    let d = make("dddd").await.fetch().await;
    let e = make("eeeee").await.send().await;
    a + b + c + d + e
}

fn main() {
    let _ = coro::run(serve());
}
