// args: 3
// A bytecode VM: `match &prog[pc]` over enum Instr (Push, Add, Jz, Jmp, Print), pc jumps, awaits on Print and Add.
fn f(k: i64) -> i64 {
    use Instr::*;
    let prog = vec![Push(k), Print, Push(-1), Add, Jz(6), Jmp(1), Push(100), Print];
    let mut stack: Vec<i64> = Vec::new();
    let mut pc = 0;
    let mut printed = 0;
    let mut fuel = 50;
    while pc < prog.len() && fuel > 0 {
        fuel -= 1;
        match &prog[pc] {
            Push(v) => stack.push(*v),
            Add => { let b = stack.pop().unwrap(); let a = stack.pop().unwrap(); stack.push(ready("add", a + b).await); }
            Jz(t) => { if *stack.last().unwrap() == 0 { pc = *t; continue; } }
            Jmp(t) => { pc = *t; continue; }
            Print => { let top = *stack.last().unwrap(); tick("print").await; printed = printed * 10 + top; }
        }
        pc += 1;
    }
    printed
}
pub enum Instr { Push(i64), Add, Jz(usize), Jmp(usize), Print }
