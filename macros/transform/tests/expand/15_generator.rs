#[coro::generator]
fn averager() -> impl coro::Generator<f64, Yield = f64, Return = u32> {
    let (mut total, mut count) = (0.0, 0);
    loop {
        let x: f64 = yield_!(if count == 0 { 0.0 } else { total / count as f64 });
        if x < 0.0 {
            return count;
        }
        total += x;
        count += 1;
    }
}
