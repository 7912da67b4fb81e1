// args:
// Bank transfer: `split_at_mut` gives two &mut accounts held across awaits; audit log Vec<Tracked> appended.
fn f() -> i64 {
    let mut accts = vec![Acct { bal: 100, _t: Tracked::new("acct0") }, Acct { bal: 5, _t: Tracked::new("acct1") }];
    let mut audit: Vec<Tracked> = Vec::new();
    for amt in [30, 80, 10] {
        let (a, b) = accts.split_at_mut(1);
        let (from, to) = (&mut a[0], &mut b[0]);
        let ok = ready("check", from.bal >= amt).await;
        if ok {
            from.bal -= amt;
            tick("commit").await;
            to.bal += amt;
            audit.push(Tracked::new("ok"));
        } else {
            audit.push(Tracked::new("nsf"));
        }
    }
    accts[0].bal * 1000 + accts[1].bal * 10 + audit.ilen()
}
pub struct Acct { bal: i64, _t: Tracked }
