//! THE operand-order rule (`lower::operands`): operands before the last
//! suspending one are evaluated first, in Rust's order, whatever the form.

use super::expanded;

/// The position of `needle` in `text`, which must contain it.
fn at(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in:\n{text}"))
}

#[test]
fn a_place_a_later_operand_assigns_is_read_first_in_every_form() {
    for form in [
        "pair(x, { x = 5; two() }.await)",
        "vec![x, { x = 5; two() }.await]",
        "[x, { x = 5; two() }.await]",
        "(x, { x = 5; two() }.await)",
    ] {
        let out = expanded(&format!(
            "fn f() -> u32 {{ let mut x = 1u32; let v = {form}; x }}"
        ));
        // `x` is copied into a temporary before the block that assigns it.
        let read = at(&out, "= x ;");
        // (The variant docs quote the source: look in the awaited operand.)
        let assign = at(&out, "({ x = 5");
        assert!(read < assign, "{form}: x read after the assignment:\n{out}");
    }
}

#[test]
fn an_operand_after_the_last_suspension_is_evaluated_in_place() {
    let out = expanded("fn f() -> Vec<u32> { vec![two().await, three()] }");
    // `three()` is not hoisted: it runs after the await, inside `vec!`.
    assert!(!out.contains("= three ()"), "{out}");
    assert!(out.contains("three ()"), "{out}");
}

#[test]
fn a_format_argument_is_borrowed_in_place_with_its_index_hoisted() {
    let out = expanded(
        "fn f(v: Vec<String>, mut i: usize) -> String { format!(\"{} {}\", v[i], { i += 1; two() }.await) }",
    );
    // The index is read before the later operand changes it; the element
    // itself is not moved out (format arguments are borrowed).
    assert!(at(&out, "= i ;") < at(&out, "({ i += 1"), "{out}");
    assert!(!out.contains("= v [i] ;"), "{out}");
}

#[test]
fn awaits_in_a_lazily_evaluated_macro_argument_run_only_when_it_is_evaluated() {
    let out = expanded("fn f(x: u32) { assert!(x > 0, \"{}\", two().await); }");
    // The message's await is inside the failure branch: the condition is
    // tested first, and the `assert!` became `if !(cond) { panic!(..) }`.
    assert!(at(&out, "if ! (x > 0)") < at(&out, "two ()"), "{out}");
    assert!(!out.contains("assert !"), "{out}");
    let out = expanded("fn f() { debug_assert!(two().await == 2); }");
    assert!(
        at(&out, "cfg ! (debug_assertions)") < at(&out, "two ()"),
        "{out}"
    );
}
