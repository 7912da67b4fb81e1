// args: 3
// A command interpreter: `loop { match queue.pop_front() { .. } }` with commands that push more commands.
fn f(k: i64) -> i64 {
    let mut q: VecDeque<Cmd> = VecDeque::from(vec![Cmd::Push(k), Cmd::Dup, Cmd::Add, Cmd::Print(Tracked::new("p1")), Cmd::Repeat(2), Cmd::Halt]);
    let mut stack: Vec<i64> = Vec::new();
    let mut steps = 0;
    loop {
        steps += 1;
        match q.pop_front() {
            Some(Cmd::Push(n)) => stack.push(ready("push", n).await),
            Some(Cmd::Dup) => { let top = *stack.last().unwrap_or(&0); stack.push(top); }
            Some(Cmd::Add) => { let b = stack.pop().unwrap_or(0); let a = stack.pop().unwrap_or(0); stack.push(ready("add", a + b).await); }
            Some(Cmd::Print(t)) => { tick(t.name()).await; log(format!("stack {:?}", stack)); }
            Some(Cmd::Repeat(0)) => continue,
            Some(Cmd::Repeat(n)) => { q.push_front(Cmd::Repeat(n - 1)); q.push_front(Cmd::Dup); tick("rep").await; }
            Some(Cmd::Halt) | None => break,
        }
        if steps > 30 { break; }
    }
    stack.iter().sum::<i64>() * 100 + steps
}
use std::collections::VecDeque;
pub enum Cmd { Push(i64), Dup, Add, Print(Tracked), Repeat(i64), Halt }
