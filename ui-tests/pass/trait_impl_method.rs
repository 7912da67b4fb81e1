trait Fetch {
    // The nearest valid form of an attribute on a bodiless trait method:
    // declare the return type, put #[coro::coroutine] on the impl's method.
    fn get(&self) -> impl coro::Awaitable<Output = u32>;
}

struct Client(u32);

impl Fetch for Client {
    #[coro::coroutine]
    fn get(&self) -> u32 {
        self.0 + 1
    }
}

trait Named {
    #[coro::coroutine]
    fn name(&self) -> String {
        String::from("default")
    }
}

impl Named for Client {}

fn main() {
    let c = Client(1);
    assert_eq!(coro::run(c.get()), 2);
    assert_eq!(coro::run(c.name()), "default");
}
