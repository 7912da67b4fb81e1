//! Async generators (a `#[coro::coroutine]` that yields) and `async_for!`.
#[macro_use]
mod support;
use coro::{AsyncIterator, AsyncIteratorExt, AwaitableExt};
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;
use support::*;

#[coro::coroutine]
fn counted(n: u32) -> impl coro::AsyncIterator<Item = u32> {
    let _guard = Tracked::new("agen local");
    for i in 0..n {
        tick("before yield").await;
        yield_!(i);
        log(format!("resumed after {i}"));
    }
    log("agen end");
}

#[coro::coroutine]
fn collect_all(n: u32) -> Vec<u32> {
    let mut out = Vec::new();
    async_for!(x in counted(n) {
        out.push(x);
    });
    out
}

#[test]
fn async_for_collects_every_value_in_order() {
    take_log();
    assert_eq!(coro::run(collect_all(3)), vec![0, 1, 2]);
    let log = take_log();
    assert_eq!(log.first().map(String::as_str), Some("new agen local"));
    assert_eq!(log.iter().filter(|e| *e == "poll before yield").count(), 6);
    let end = log
        .iter()
        .position(|e| e == "agen end")
        .expect("ran to the end");
    let dropped = log
        .iter()
        .position(|e| e == "drop agen local")
        .expect("local dropped");
    assert!(
        end < dropped,
        "the local drops after the body ends: {log:?}"
    );
}

#[coro::coroutine]
fn first_two() -> Vec<u32> {
    let mut out = Vec::new();
    async_for!(x in counted(10) {
        out.push(x);
        if out.len() == 2 {
            break;
        }
    });
    log("after loop");
    out
}

#[test]
fn breaking_out_drops_the_generator_like_aclose() {
    take_log();
    assert_eq!(coro::run(first_two()), vec![0, 1]);
    let log = take_log();
    let dropped = log
        .iter()
        .position(|e| e == "drop agen local")
        .expect("dropped");
    let after = log.iter().position(|e| e == "after loop").expect("after");
    assert!(
        dropped < after,
        "the generator is dropped when the loop ends: {log:?}"
    );
    assert!(
        !log.iter().any(|e| e == "agen end"),
        "the body did not run to its end"
    );
    assert!(
        !log.iter().any(|e| e == "resumed after 1"),
        "not resumed after the break"
    );
}

#[coro::coroutine]
fn stop_early(n: u32) -> impl coro::AsyncIterator<Item = u32> {
    for i in 0.. {
        if i == n {
            return;
        }
        yield_!(i * i);
    }
}

#[coro::coroutine]
fn sum_of(n: u32) -> u32 {
    let mut total = 0;
    async_for!(x in stop_early(n) {
        total += x;
    });
    total
}

#[test]
fn plain_return_ends_the_iteration() {
    assert_eq!(coro::run(sum_of(4)), 1 + 4 + 9);
    assert_eq!(coro::run(sum_of(0)), 0);
}

#[coro::coroutine]
fn evens(limit: u32) -> impl coro::AsyncIterator<Item = u32> {
    async_for!(x in stop_early(limit) {
        if x % 2 == 0 {
            coro::sleep(Duration::ZERO).await;
            yield_!(x);
        }
    });
}

#[coro::coroutine]
fn pipeline(limit: u32) -> Vec<u32> {
    let mut out = Vec::new();
    async_for!(x in evens(limit) {
        out.push(x);
    });
    out
}

#[test]
fn a_pipeline_of_two_async_generators() {
    let expected: Vec<u32> = (0..7).map(|i| i * i).filter(|x| x % 2 == 0).collect();
    assert_eq!(coro::run(pipeline(7)), expected);
}

#[test]
fn next_and_poll_next_outside_coroutines_and_fused_end() {
    let mut agen = counted(2);
    let mut cx = Context::from_waker(Waker::noop());
    let mut values = Vec::new();
    loop {
        match Pin::new(&mut agen).poll_next(&mut cx) {
            Poll::Ready(Some(v)) => values.push(v),
            Poll::Ready(None) => break,
            Poll::Pending => {}
        }
    }
    assert_eq!(values, vec![0, 1]);
    for _ in 0..3 {
        assert_eq!(Pin::new(&mut agen).poll_next(&mut cx), Poll::Ready(None));
    }
    let mut again = counted(1);
    let first = coro::run(coro::from_future(async move {
        again.next().into_std_future().await
    }));
    assert_eq!(first, Some(0));
}

/// Sleeps `ms`, after `before` is set (if any); then sets `after`.
#[coro::coroutine]
fn finish_after(ms: u64, before: Option<coro::Event>, after: coro::Event) {
    if let Some(before) = before {
        before.wait().await;
    }
    coro::sleep(Duration::from_millis(ms)).await;
    after.set();
}

#[coro::coroutine]
fn completion_order() -> Vec<u64> {
    // The tasks finish in the order 10, 20, 30 whatever the machine's load
    // (each waits for the previous one), listed as 30, 10, 20: a consumer
    // that took them in argument order would see 30 first.
    let events: Vec<coro::Event> = (0..3).map(|_| coro::Event::new()).collect();
    let task = |ms: u64| {
        let (before, after) = match ms {
            10 => (None, events[0].clone()),
            20 => (Some(events[0].clone()), events[1].clone()),
            _ => (Some(events[1].clone()), events[2].clone()),
        };
        TaskThen {
            task: coro::spawn(finish_after(ms, before, after)),
            ms,
        }
    };
    let finished = coro::as_completed([task(30), task(10), task(20)]);
    let mut out = Vec::new();
    async_for!(ms in finished {
        out.push(ms);
    });
    out
}

/// A task that resolves to a label once it finishes.
struct TaskThen {
    task: coro::Task<()>,
    ms: u64,
}

impl coro::Awaitable for TaskThen {
    type Output = u64;
    fn resume(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u64> {
        let this = self.get_mut();
        match Pin::new(&mut this.task).resume(cx) {
            Poll::Ready(_) => Poll::Ready(this.ms),
            Poll::Pending => Poll::Pending,
        }
    }
}

#[test]
fn async_for_over_as_completed_yields_in_completion_order() {
    assert_eq!(coro::run(completion_order()), vec![10, 20, 30]);
}

#[cfg(feature = "stream")]
#[test]
fn an_async_generator_is_a_futures_stream() {
    use futures_core::Stream;
    let mut stream = coro::into_stream(counted(3));
    let mut cx = Context::from_waker(Waker::noop());
    let mut values = Vec::new();
    loop {
        match Pin::new(&mut stream).poll_next(&mut cx) {
            Poll::Ready(Some(v)) => values.push(v),
            Poll::Ready(None) => break,
            Poll::Pending => {}
        }
    }
    assert_eq!(values, vec![0, 1, 2]);
}

#[test]
fn the_agen_example_prints_ticks_and_squares() {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "agen"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    for (i, line) in lines[..3].iter().enumerate() {
        assert!(line.starts_with(&format!("tick {i} at ")), "{line}");
    }
    assert_eq!(lines[3], "odd squares: [1, 9, 25, 49]");
}

#[coro::coroutine]
fn with_next_loop(n: u32) -> Vec<u32> {
    let mut agen = counted(n);
    let mut out = Vec::new();
    while let Some(x) = agen.next().await {
        tick("between").await;
        out.push(x);
    }
    log("loop done");
    out
}

#[test]
fn while_let_next_await_iterates_a_local_async_generator() {
    take_log();
    assert_eq!(coro::run(with_next_loop(3)), vec![0, 1, 2]);
    let log = take_log();
    assert_eq!(log.iter().filter(|e| *e == "poll between").count(), 6);
    let end = log.iter().position(|e| e == "agen end").expect("exhausted");
    let done = log
        .iter()
        .position(|e| e == "loop done")
        .expect("loop ended");
    assert!(end < done, "{log:?}");
}

// Borrows across awaits and yields inside an async generator: the borrowed
// locals live in homes on the heap (the consumer carries the generator).

#[coro::coroutine]
fn fill_with(buf: &mut Vec<u32>, n: u32) {
    for i in 0..n {
        tick("fill").await;
        buf.push(i);
    }
}

#[coro::coroutine]
fn borrowed_items(n: u32) -> impl coro::AsyncIterator<Item = u32> {
    let guard = Tracked::new("borrowed agen local");
    let held = &guard;
    let mut buf = Vec::new();
    fill_with(&mut buf, n).await;
    for x in &buf {
        tick("item").await;
        yield_!(*x * 10);
    }
    log(format!("end {}", held.name()));
}

#[coro::coroutine]
fn consume_borrowed() -> Vec<u32> {
    let mut out = Vec::new();
    async_for!(x in borrowed_items(3) {
        out.push(x);
    });
    let mut agen = borrowed_items(2);
    while let Some(x) = agen.next().await {
        out.push(x + 1);
        if x == 0 {
            break;
        }
    }
    out
}

#[test]
fn an_async_generator_may_borrow_its_locals_across_awaits_and_yields() {
    take_log();
    assert_eq!(coro::run(consume_borrowed()), vec![0, 10, 20, 1]);
    let log = take_log();
    let created = log
        .iter()
        .filter(|e| *e == "new borrowed agen local")
        .count();
    let dropped = log
        .iter()
        .filter(|e| *e == "drop borrowed agen local")
        .count();
    assert_eq!((created, dropped), (2, 2), "{log:?}");
    // The first ran to its end before its local was dropped; the second was
    // dropped early (by `break`), without reaching its end.
    assert_eq!(
        log.iter()
            .filter(|e| e.starts_with("end ") || e.starts_with("drop borrowed"))
            .collect::<Vec<_>>(),
        [
            "end borrowed agen local",
            "drop borrowed agen local",
            "drop borrowed agen local"
        ]
    );
}

/// Async comprehensions: `[x * x async for x in counted(n) if x % 2 == 0]`.
#[coro::coroutine]
fn even_squares(n: u32) -> Vec<u32> {
    counted(n)
        .filter(|x| x % 2 == 0)
        .map(|x| x * x)
        .collect::<Vec<_>>()
        .await
}

#[coro::coroutine]
fn first_three_indexed() -> Vec<(usize, u32)> {
    let mut out = Vec::new();
    async_for!(pair in counted(100).enumerate().take(3) {
        out.push(pair);
    });
    out
}

#[coro::coroutine]
fn from_a_plain_iterator() -> String {
    coro::iter(["a", "b", "c"])
        .map(str::to_uppercase)
        .collect::<String>()
        .await
}

#[test]
fn async_comprehensions_filter_map_take_and_collect() {
    assert_eq!(coro::run(even_squares(7)), vec![0, 4, 16, 36]);
    assert_eq!(
        coro::run(first_three_indexed()),
        vec![(0, 0), (1, 1), (2, 2)]
    );
    assert_eq!(coro::run(from_a_plain_iterator()), "ABC");
}

#[test]
fn take_does_not_poll_its_source_again() {
    // `counted` logs "resumed after i" when resumed past a yield: after
    // `take(2)` it is never resumed past its second.
    take_log();
    assert_eq!(
        coro::run(counted(10).take(2).collect::<Vec<_>>()),
        vec![0, 1]
    );
    let log = take_log();
    assert!(log.contains(&"resumed after 0".to_string()), "{log:?}");
    assert!(!log.contains(&"resumed after 1".to_string()), "{log:?}");
}

#[cfg(feature = "stream")]
#[coro::coroutine]
fn sum_of_a_stream() -> u32 {
    let mut total = 0;
    async_for!(x in coro::from_stream(coro::into_stream(counted(5))) {
        total += x;
    });
    total
}

#[cfg(feature = "stream")]
#[test]
fn a_futures_stream_is_an_async_iterator() {
    assert_eq!(coro::run(sum_of_a_stream()), 10);
}
