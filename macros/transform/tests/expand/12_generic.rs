#[coro::coroutine]
pub fn first<'a, T: Clone, const N: usize>(items: &'a [T; N], label: &str) -> (T, String)
where
    T: std::fmt::Debug,
{
    let item = fetch(items[0].clone()).await;
    (item, format!("{label}:{N}"))
}
