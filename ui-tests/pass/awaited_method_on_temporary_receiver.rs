// The temporary receiver of an awaited method taking `self` is moved into
// the call, as in an `async fn`; so is a bound receiver borrowed by one
// (`let s = ..; s.fetch().await`, the rewrite the check's error asks for).
struct Svc(String);

impl Svc {
    fn new(name: &str) -> Svc {
        Svc(name.to_string())
    }

    fn send(self, extra: usize) -> impl coro::Awaitable<Output = usize> {
        len_of(self.0.len() + extra)
    }

    #[coro::coroutine]
    fn peek(&self) -> usize {
        self.0.len()
    }
}

#[coro::coroutine]
fn len_of(n: usize) -> usize {
    n
}

#[coro::coroutine]
fn serve(k: usize) -> usize {
    let a = Svc::new("a").send(k).await;
    let s = Svc::new("bb");
    let b = s.peek().await;
    let c = Some(len_of(3)).unwrap().await;
    a + b + c
}

fn main() {
    assert_eq!(coro::run(serve(1)), 7);
}
