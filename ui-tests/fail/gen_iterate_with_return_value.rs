#[coro::generator]
fn numbers() -> impl coro::Generator<Yield = u32, Return = bool> {
    yield_!(1);
    true
}

fn main() {
    for n in numbers() {
        println!("{n}");
    }
}
