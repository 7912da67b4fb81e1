use coro::{Generator, GeneratorExt, GeneratorState};

enum Tree {
    Leaf,
    Node(Box<Tree>, i32, Box<Tree>),
}

#[coro::generator]
fn walk(t: &Tree) -> impl Generator<Yield = i32, Return = ()> {
    if let Tree::Node(l, v, r) = t {
        yield_from!(Box::new(walk(l)) as Box<dyn Generator<Yield = i32, Return = ()> + Unpin + '_>);
        yield_!(*v);
        yield_from!(Box::new(walk(r)) as Box<dyn Generator<Yield = i32, Return = ()> + Unpin + '_>);
    }
}

#[coro::generator]
fn walk2<'a>(t: &'a Tree) -> impl Iterator<Item = i32> {
    if let Tree::Node(l, v, r) = t {
        let left: Box<dyn Generator<Yield = i32, Return = ()> + Unpin + 'a> = Box::new(walk2(l));
        yield_from!(left);
        yield_!(*v);
    }
}

fn main() {
    let t = Tree::Node(
        Box::new(Tree::Node(Box::new(Tree::Leaf), 1, Box::new(Tree::Leaf))),
        2,
        Box::new(Tree::Leaf),
    );
    let mut g = walk(&t);
    loop {
        match g.send(()) {
            GeneratorState::Yielded(y) => print!("{y} "),
            GeneratorState::Complete(()) => break,
        }
    }
    println!("{:?}", walk2(&t).collect::<Vec<_>>());
}
