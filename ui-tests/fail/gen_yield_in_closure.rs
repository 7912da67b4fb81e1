#[coro::generator]
fn doubled(v: Vec<u32>) -> impl Iterator<Item = u32> {
    v.iter().for_each(|x| {
        yield_!(x * 2);
    });
}

fn main() {
    let _ = doubled(vec![1, 2]).count();
}
