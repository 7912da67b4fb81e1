// Moving an argument out while a match binding that borrows it is held
// across an `.await` (E0505).
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn matched(o: Option<String>) -> usize {
    match &o {
        Some(s) => {
            tick().await;
            drop(o);
            s.len()
        }
        None => 0,
    }
}

fn main() {}
