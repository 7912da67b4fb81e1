struct Command(u8);

#[coro::generator]
fn worker() -> impl coro::Generator<Command, Yield = u8, Return = ()> {
    let mut last = 0;
    loop {
        let Command(c) = yield_!(last);
        last = c;
    }
}

#[coro::generator]
fn manager() -> impl coro::Generator<Command, Yield = u8, Return = ()> {
    yield_from!(worker());
}

fn main() {
    let _ = manager();
}
