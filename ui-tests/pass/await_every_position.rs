use std::time::Duration;

#[coro::coroutine]
fn num(n: i64) -> i64 {
    coro::sleep(Duration::ZERO).await;
    n
}

#[coro::coroutine]
fn opt(n: i64) -> Option<i64> {
    Some(num(n).await)
}

struct Point {
    x: i64,
    y: i64,
}

#[coro::coroutine]
fn everywhere() -> Option<i64> {
    let a = num(1).await;
    let (b, c) = (num(2).await, num(3).await);
    let arr = [num(4).await, num(5).await];
    let p = Point { x: num(6).await, y: num(7).await };
    let neg = -num(8).await;
    let cast = num(9).await as u8 as i64;
    let idx = arr[num(1).await as usize];
    let sum = num(10).await + num(11).await * 2;
    let short = num(0).await == 1 && num(99).await == 99;
    let v = vec![num(12).await, num(13).await];
    let chained = num(14).await.abs().max(num(15).await);
    let via_if = if num(1).await > 0 { num(16).await } else { 0 };
    let via_match = match num(2).await {
        2 => num(17).await,
        _ => 0,
    };
    let mut looped = 0;
    while looped < num(3).await {
        looped += num(1).await;
    }
    for i in vec![num(1).await, num(2).await] {
        looped += i;
    }
    let broke = loop {
        break num(18).await;
    };
    let block = {
        let t = num(19).await;
        t + 1
    };
    let tried = opt(21).await?;
    let s = format!("{}-{}", num(22).await, p.x);
    assert_eq!(s, "22-6");
    Some(
        a + b + c + arr[0] + arr[1] + p.x + p.y + neg + cast + idx + sum + i64::from(short)
            + v.iter().sum::<i64>() + chained + via_if + via_match + looped + broke + block
            + tried,
    )
}

fn main() {
    let expected = 1 + 2 + 3 + 4 + 5 + 6 + 7 - 8 + 9 + 5 + (10 + 22) + 0 + (12 + 13) + 15
        + 16 + 17 + (3 + 3) + 18 + 20 + 21;
    assert_eq!(coro::run(everywhere()), Some(expected));
}
