// A builder chain ending in an awaited method: each link on a temporary
// receiver is taken to move it, as a builder's setter takes `self`
// (`client.get(u).header(k).send().await` compiles). A link that borrows
// its temporary receiver (`fn flag(&mut self) -> &mut Request`, a `Command`
// style setter of a user type) would have an `async fn` keep that
// temporary to the end of the statement, after the `.await`, beside an
// awaitable that may borrow it, which the machine cannot hold: refused at
// the link by rustc's own method lookup, made in code that never runs.
// Bind the receiver first: `let mut r = Request::new(); r.flag().run().await`.
struct Request {
    n: usize,
}

impl Request {
    fn new() -> Request {
        Request { n: 0 }
    }
    fn flag(&mut self) -> &mut Request {
        self.n += 1;
        self
    }
    #[coro::coroutine]
    fn run(&mut self) -> usize {
        self.n
    }
}

#[coro::coroutine]
fn send() -> usize {
    Request::new().flag().run().await
}

fn main() {}
