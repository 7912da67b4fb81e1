// args: 1
// let-else on an owned tuple/struct value binding one part, ignoring others with `_` names, awaits after.
fn f(n: i64) -> i64 {
    let pair = if n > 0 { Some((Tracked::new("l"), Tracked::new("r"))) } else { None };
    let Some((left, _right)) = pair else {
        tick("none").await;
        return 0;
    };
    tick("some").await;
    let rec = Rec { id: n, name: Tracked::new("name"), extra: Tracked::new("extra") };
    let Rec { id, name, extra: _extra } = rec;
    tick("rec").await;
    left.len() + id + name.len()
}

pub struct Rec { id: i64, name: Tracked, extra: Tracked }
