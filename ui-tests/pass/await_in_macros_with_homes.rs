// `.await` inside `vec!`, `format!`, `println!` and `assert_eq!` in a
// coroutine with homes: the never-run `async` copy looks inside the macros'
// operands too (it reported E0277 "not a future").
#[coro::coroutine]
fn two() -> u32 {
    2
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn with_home() -> (Vec<u32>, String) {
    let v = vec![7u32, 8];
    let r = &v;
    tick().await;
    let list = vec![r[0], two().await];
    println!("{} {}", r[1], two().await);
    assert_eq!(r[0] - 5, two().await);
    assert!(two().await == 2, "two was {}", r[0]);
    (list, format!("{}:{}", two().await, r[1]))
}

fn main() {
    assert_eq!(coro::run(with_home()), (vec![7, 2], "2:8".to_string()));
}
