// args: 2
// A struct of boxed FnMut hooks borrowing locals (`Box<dyn FnMut(i64) + 'a>`), fired across awaits.
fn f(k: i64) -> i64 {
    let mut log_lines: Vec<String> = Vec::new();
    let mut count = 0;
    {
        let mut hooks = Hooks { on_event: Box::new(|n| log_lines.push(format!("ev {n}"))), on_done: Box::new(|| count += 1) };
        for i in 0..k {
            let ev = ready("ev", i).await;
            (hooks.on_event)(ev);
        }
        tick("done").await;
        (hooks.on_done)();
    }
    log(log_lines.join(";"));
    log_lines.len() as i64 * 10 + count
}
pub struct Hooks<'a> { on_event: Box<dyn FnMut(i64) + 'a>, on_done: Box<dyn FnMut() + 'a> }
