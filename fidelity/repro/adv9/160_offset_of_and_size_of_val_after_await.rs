// args: 1
// `offset_of!`, `size_of_val` and `align_of` used on locals held across awaits.
fn f(k: i64) -> i64 {
    let rec = Rec2 { a: 1u8, b: k, c: Tracked::new("c") };
    tick("t").await;
    let off = std::mem::offset_of!(Rec2, b) as i64;
    let sz = std::mem::size_of_val(&rec) as i64;
    let al = std::mem::align_of::<Rec2>() as i64;
    ready("r", off + sz + al + rec.b + rec.a as i64 + rec.c.len()).await
}
#[repr(C)]
pub struct Rec2 { a: u8, b: i64, c: Tracked }
