//! `cargo bench -p coro-benches --bench throughput`: resume throughput of a
//! 1,000,000-await loop, `#[coro::coroutine]` against rustc's `async fn`, both
//! polled by the same minimal driver (a loop with `Waker::noop()`). Every
//! await suspends once (the leaf is pending once), so each iteration of the
//! loop is one resume of the machine.

use coro_benches::{coro_side, drive, drive_future, native_side};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

const N: u64 = 1_000_000;

fn flat(c: &mut Criterion) {
    let mut g = c.benchmark_group("await_loop_1M");
    g.throughput(Throughput::Elements(N));
    g.bench_function(BenchmarkId::new("flat", "coroutine"), |b| {
        b.iter(|| drive(coro_side::count_loop(black_box(N))))
    });
    g.bench_function(BenchmarkId::new("flat", "async_fn"), |b| {
        b.iter(|| drive_future(native_side::count_loop(black_box(N))))
    });
    g.bench_function(BenchmarkId::new("flat", "hand_fused"), |b| {
        b.iter(|| drive(coro_benches::hand::count_loop_fused(black_box(N))))
    });
    g.bench_function(BenchmarkId::new("flat", "hand_in_place"), |b| {
        b.iter(|| drive(coro_benches::hand::count_loop_in_place(black_box(N))))
    });
    g.bench_function(BenchmarkId::new("nested", "coroutine"), |b| {
        b.iter(|| drive(coro_side::count_nested(black_box(N))))
    });
    g.bench_function(BenchmarkId::new("nested", "async_fn"), |b| {
        b.iter(|| drive_future(native_side::count_nested(black_box(N))))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = flat
}
criterion_main!(benches);
