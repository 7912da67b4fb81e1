// `#[cfg]` on an item of the body and on a macro statement that does not
// await: what is compiled out changes nothing the transform decides.
#[coro::coroutine]
fn logged(n: usize) -> usize {
    #[cfg(any())]
    fn helper() -> usize {
        0
    }
    #[cfg(all())]
    fn helper() -> usize {
        2
    }
    #[cfg(any())]
    println!("never printed {n}");
    #[cfg(all())]
    eprintln!("printed {n}");
    coro::sleep(std::time::Duration::from_millis(1)).await;
    n + helper()
}

fn main() {
    assert_eq!(coro::run(logged(1)), 3);
}
