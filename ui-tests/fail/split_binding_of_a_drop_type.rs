// A field used by value while another field is used after an `.await`: the
// binding might be partly moved, so the macro splits it into its fields
// (`split.rs`). A type with a `Drop` impl cannot be partly moved (the use
// was a copy) and must not be split, which would drop it at once: that
// wrong guess is E0119 (conflicting implementations of a trait named
// `__CoroPartlyMoved..MustNotImplDrop..`), never an early drop. Rewrite:
// read the field through a reference, `(&conn).id`, or `conn.id.clone()`.
struct Conn {
    id: u32,
    name: String,
}

impl Drop for Conn {
    fn drop(&mut self) {}
}

#[coro::coroutine]
fn tick() {}

#[coro::coroutine]
fn serve() -> usize {
    let conn = Conn { id: 7, name: String::from("c") };
    let id = conn.id;
    tick().await;
    conn.name.len() + id as usize
}

fn main() {}
