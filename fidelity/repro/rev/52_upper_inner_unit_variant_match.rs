// args: 1
// A closure parameter named `North` elsewhere; a nested block imports enum variants and matches on `North` in a suspending match.
fn f(k: i64) -> i64 {
    let double = |North: i64| North * 2;
    let d = if k == 1 { Dir::North } else { Dir::South };
    let r = {
        use Dir::*;
        let v = match d {
            North => { tick("n").await; 1 }
            South => 2,
        };
        v
    };
    double(r)
}
pub enum Dir { North, South }
