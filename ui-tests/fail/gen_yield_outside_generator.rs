use coro::yield_;

fn numbers() -> Vec<u32> {
    let v = vec![1, 2];
    yield_!(v[0]);
    v
}

fn main() {
    let _ = numbers();
}
