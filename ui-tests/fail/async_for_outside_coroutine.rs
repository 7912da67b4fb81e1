fn main() {
    coro::async_for!(n in std::iter::empty::<u32>() {
        println!("{n}");
    });
}
