// args:
// A `&mut self -> &mut Self` builder (Command-style) on a temporary and on a binding, finished with a &self method taking an awaited argument.
fn f() -> i64 {
    let a = Cmd::new("ls").arg("-l").arg("x").run(ready("env", 2).await);
    let mut cmd = Cmd::new("cat");
    cmd.arg("f1").arg("f2");
    let b = cmd.arg("f3").run(ready("env2", 3).await);
    tick("between").await;
    let c = cmd.run(1);
    a * 100 + b * 10 + c
}
pub struct Cmd { prog: Tracked, args: Vec<&'static str> }
impl Cmd {
    fn new(p: &'static str) -> Self { Cmd { prog: Tracked::new(p), args: vec![] } }
    fn arg(&mut self, a: &'static str) -> &mut Self { log(format!("arg {a}")); self.args.push(a); self }
    fn run(&self, env: i64) -> i64 { log(format!("run {} {}", self.prog.name(), self.args.len())); self.args.len() as i64 + env }
}
