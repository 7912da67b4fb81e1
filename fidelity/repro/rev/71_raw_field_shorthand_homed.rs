// args:
// A raw-keyword local `r#type` held across an await (and borrowed), then used in struct-literal shorthand `Kind { r#type }`.
fn f() -> i64 {
    let r#type = Tracked::new("ty");
    let r = &r#type;
    tick("a").await;
    let n = r.len();
    let k = Kind { r#type };
    n + k.r#type.len()
}
pub struct Kind { r#type: Tracked }
