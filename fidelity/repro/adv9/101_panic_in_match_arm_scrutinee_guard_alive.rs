// args: 1
// A panic in a match arm whose scrutinee is an awaited value with a Tracked, while a RefCell guard from the
// scrutinee's temporaries is alive; after the panic, the RefCell is checked in a second statement (not reached).
fn f(k: i64) -> i64 {
    let cell = std::cell::RefCell::new(Tracked::new("cell"));
    let _g = Tracked::new("g");
    match (cell.borrow().len(), ready("s", Tracked::new("scr")).await) {
        (n, t) if n > k => { tick("arm").await; let x: Option<i64> = None; x.expect("no value") + t.len() }
        (n, _) => n,
    }
}
