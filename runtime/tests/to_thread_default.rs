//! The default pool of `to_thread` runs ten blocking calls that wait for
//! each other without any configuration (asyncio's `min(32, cores + 4)`
//! default deadlocks a 2-core machine here, which is why coro's default is
//! `DEFAULT_TO_THREAD_LIMIT`). A file of its own: the limit is process-wide,
//! and no other test here changes it.

mod common;

#[test]
fn the_default_pool_does_not_deadlock_on_ten_blocking_calls_that_wait_for_each_other() {
    assert_eq!(common::ten_jobs_on(coro_runtime::to_thread), vec![true; 10]);
}
