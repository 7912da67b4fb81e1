// args:
// Disjoint field borrows of self across awaits: iterate one field while pushing to another.
fn f() -> i64 {
    let mut st = Store { inbox: vec![Tracked::new("m1"), Tracked::new("m22")], outbox: Vec::new(), errors: 0 };
    st.process().await;
    tick("done").await;
    st.outbox.len() as i64 * 10 + st.errors
}

pub struct Store { inbox: Vec<Tracked>, outbox: Vec<(i64, &'static str)>, errors: i64 }
impl Store {
    #[co] fn process(&mut self) {
        let Store { inbox, outbox, errors } = self;
        for m in inbox.iter() {
            let n = ready("proc", m.len()).await;
            if n > 2 {
                outbox.push((n, m.name()));
            } else {
                *errors += 1;
            }
        }
        inbox.clear();
        tick("cleared").await;
    }
}
