//! Shared code of the coro benchmarks.
