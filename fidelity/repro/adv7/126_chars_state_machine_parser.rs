// args:
// A char-by-char number/word parser with an enum state, `match (state, c)` arms awaiting, `String::push` and `parse` on accumulated tokens.
fn f() -> i64 {
    let input = "ab 12 c 345 x";
    let mut st = Lex::Start;
    let mut cur = String::new();
    let mut nums = Vec::new();
    let mut words = 0;
    for c in input.chars().chain(std::iter::once(' ')) {
        st = match (st, c.is_ascii_digit(), c == ' ') {
            (Lex::Start, true, _) | (Lex::Num, true, _) => { cur.push(c); Lex::Num }
            (Lex::Num, _, true) => { nums.push(ready("num", cur.parse::<i64>().unwrap()).await); cur.clear(); Lex::Start }
            (Lex::Word, _, true) => { words += 1; tick("word").await; cur.clear(); Lex::Start }
            (_, _, true) => Lex::Start,
            (_, _, false) => { cur.push(c); Lex::Word }
        };
    }
    let _g = Tracked::new("done");
    nums.iter().sum::<i64>() * 10 + words
}
#[derive(Clone, Copy)]
pub enum Lex { Start, Num, Word }
