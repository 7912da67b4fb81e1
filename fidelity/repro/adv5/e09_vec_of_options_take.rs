// args:
// A slab of Option<Tracked> slots: insert into the first free slot, take by index, compact with retain; awaits.
fn f() -> i64 {
    let mut slab: Vec<Option<Tracked>> = vec![None, None, None];
    for name in ["a", "b", "c", "d"] {
        let t = ready("new", Tracked::new(name)).await;
        match slab.iter().position(|s| s.is_none()) {
            Some(i) => slab[i] = Some(t),
            None => slab.push(Some(t)),
        }
    }
    let taken = slab[1].take();
    tick("taken").await;
    let old = slab[0].replace(Tracked::new("a2"));
    slab.retain(|s| s.is_some());
    tick("compact").await;
    log_opt(&old);
    opt_len(&taken) * 100 + slab.len() as i64
}
