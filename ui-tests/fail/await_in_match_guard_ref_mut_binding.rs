#[coro::coroutine]
fn answer() -> u32 {
    42
}

#[coro::coroutine]
fn fetch(mut v: Option<String>) -> usize {
    match v {
        Some(ref mut s) if answer().await as usize > s.len() => s.len(),
        _ => 0,
    }
}

#[coro::coroutine]
fn through_mut_scrutinee(mut v: Option<String>) -> usize {
    match &mut v {
        Some(s) if answer().await as usize > s.len() => s.len(),
        _ => 0,
    }
}

fn main() {}
