// Known limit: a `macro_rules!` defined in the body whose expansion names a
// local that is borrowed across an await does not compile (the macro's
// tokens are not rewritten; the local lives in a fixed home under another
// name). Pass the value to the macro as an argument instead.
#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn boxed() -> usize {
    let v = vec![1u8, 2, 3];
    let r = &v;
    tick().await;
    let n = r.len();
    let w = {
        macro_rules! take_v {
            () => {
                v
            };
        }
        take_v!()
    };
    n + w.len()
}

fn main() {}
