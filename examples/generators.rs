//! Generators: Python's `def` with `yield`, as `#[coro::generator]` functions.
//!
//! Run with:
//!
//! ```text
//! cargo run --example generators
//! ```
//!
//! Three classics:
//! - Fibonacci numbers, consumed as a plain `Iterator`;
//! - an in-order walk of a binary tree, by recursive delegation
//!   (`yield_from!`, Python's `yield from`);
//! - a running average driven by `send` (Python's `gen.send(v)`), whose
//!   return value is the number of values averaged.

use coro::{Generator, GeneratorExt, GeneratorState};
use std::pin::Pin;

/// The first `n` Fibonacci numbers.
#[coro::generator]
fn fibonacci(n: usize) -> impl Iterator<Item = u64> {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        yield_!(a);
        (a, b) = (b, a + b);
    }
}

/// A binary tree of `i32`s.
enum Tree {
    Leaf,
    Node(Box<Tree>, i32, Box<Tree>),
}

impl Tree {
    fn node(left: Tree, value: i32, right: Tree) -> Tree {
        Tree::Node(Box::new(left), value, Box::new(right))
    }
}

/// A boxed sub-walk. A recursive generator must erase its own type, and
/// `Box<dyn Generator<..> + Unpin>` cannot be used for it (proving that
/// `walk`'s return type is `Unpin` inside `walk` itself is a cycle), so the
/// sub-walk is pinned in a `Box` and wrapped in this small forwarding type.
struct SubWalk<'a>(Pin<Box<dyn Generator<Yield = i32, Return = usize> + 'a>>);

impl Generator for SubWalk<'_> {
    type Yield = i32;
    type Return = usize;
    fn resume(mut self: Pin<&mut Self>, arg: ()) -> GeneratorState<i32, usize> {
        self.0.as_mut().resume(arg)
    }
}

/// Yields the values of `tree` in order and returns the number of nodes.
#[coro::generator]
fn walk(tree: &Tree) -> impl Generator<Yield = i32, Return = usize> {
    match tree {
        Tree::Leaf => 0,
        Tree::Node(left, value, right) => {
            let before = yield_from!(SubWalk(Box::pin(walk(left))));
            yield_!(*value);
            let after = yield_from!(SubWalk(Box::pin(walk(right))));
            before + 1 + after
        }
    }
}

/// Receives numbers through `send` and yields the average so far; a
/// negative number ends it, returning how many numbers were averaged.
#[coro::generator]
fn averager() -> impl Generator<f64, Yield = f64, Return = u32> {
    let mut total = 0.0;
    let mut count = 0;
    let mut average = 0.0;
    loop {
        let value: f64 = yield_!(average);
        if value < 0.0 {
            return count;
        }
        total += value;
        count += 1;
        average = total / f64::from(count);
    }
}

fn main() {
    let fib: Vec<String> = fibonacci(12).map(|n| n.to_string()).collect();
    println!("fibonacci: {}", fib.join(" "));

    //         4
    //       /   \
    //      2     6
    //     / \   / \
    //    1   3 5   7
    let leaf = |v| Tree::node(Tree::Leaf, v, Tree::Leaf);
    let tree = Tree::node(
        Tree::node(leaf(1), 2, leaf(3)),
        4,
        Tree::node(leaf(5), 6, leaf(7)),
    );
    let mut in_order = Vec::new();
    let mut walker = walk(&tree);
    let visited = loop {
        match walker.send(()) {
            GeneratorState::Yielded(value) => in_order.push(value.to_string()),
            GeneratorState::Complete(count) => break count,
        }
    };
    println!("tree in order: {}", in_order.join(" "));
    println!("tree nodes visited: {visited}");

    let mut avg = averager();
    // The first send starts the generator (like Python's `send(None)`).
    avg.send(0.0);
    for value in [10.0, 20.0, 60.0, 10.0] {
        if let GeneratorState::Yielded(average) = avg.send(value) {
            println!("send {value} -> average {average}");
        }
    }
    if let GeneratorState::Complete(count) = avg.send(-1.0) {
        println!("averaged {count} values");
    }
}
