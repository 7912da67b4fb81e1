//! Differential tests: borrows stored into another binding and held across
//! an `.await` (`v.push(&s)`, `m.insert(k.as_str(), 1)`, `h.f =
//! Some(r.as_str())`: `analyse::stores`), closures naming a local only
//! inline in a format string (`format!("{prefix}{n}")`), and homed
//! receivers of `sum`/`count`/`or`.. moved out of their home or borrowed
//! there by their type (`receiver_probes::HomeSplit`). Each was refused
//! (E0505/E0597, E0507) before the tenth session.
#[macro_use]
mod support;
use std::collections::{BTreeMap, HashMap};
use support::*;

pub struct Best<'a> {
    pub best: Option<&'a Tracked>,
    pub seen: usize,
}

pub struct Holder<'a> {
    pub f: Option<&'a str>,
}

pub fn push_into<'a>(v: &mut Vec<&'a str>, s: &'a str) {
    v.push(s);
}

pub fn opt_len(o: &Option<Tracked>) -> usize {
    o.as_ref().map_or(0, |t| t.name().len())
}

/// A user type whose `count` borrows its receiver: in a home it is called
/// in place, not read out.
pub struct Counter(pub Tracked, pub usize);

impl Counter {
    pub fn count(&self) -> usize {
        self.1
    }
}

mod stored_into_collections {
    use super::*;
    twins! {
        fn pushed_ref() -> usize {
            let s = String::from("x");
            let mut v: Vec<&str> = Vec::new();
            v.push(&s);
            tick("a").await;
            v.len()
        }
        fn pushed_as_str() -> usize {
            let s = String::from("xy");
            let mut v: Vec<&str> = Vec::new();
            v.push(s.as_str());
            tick("a").await;
            v[0].len()
        }
        fn extended_by_split() -> usize {
            let text = String::from("a,b,c");
            let mut parts: Vec<&str> = Vec::new();
            parts.extend(text.split(','));
            tick("a").await;
            parts.len()
        }
        fn inserted_key() -> usize {
            let key = String::from("k");
            let mut m: BTreeMap<&str, usize> = BTreeMap::new();
            m.insert(key.as_str(), 1);
            tick("a").await;
            m.len() + m[key.as_str()]
        }
        fn pushed_tuple_of_tracked() -> usize {
            let t = Tracked::new("t");
            let mut q: Vec<(usize, &Tracked)> = Vec::new();
            q.push((1, &t));
            tick("a").await;
            q[0].0 + q[0].1.name().len()
        }
        fn entry_key_kept() -> usize {
            let key = String::from("kk");
            let mut m: HashMap<&str, usize> = HashMap::new();
            *m.entry(key.as_str()).or_insert(0) += 2;
            tick("a").await;
            m[key.as_str()]
        }
        fn pushed_through_last_mut() -> usize {
            let s = String::from("abc");
            let mut groups: Vec<Vec<&str>> = vec![Vec::new()];
            groups.last_mut().unwrap().push(&s);
            tick("a").await;
            groups[0][0].len()
        }
        fn pushed_through_a_ref_binding() -> usize {
            let t = Tracked::new("r");
            let r = &t;
            let mut v: Vec<&Tracked> = Vec::new();
            v.push(r);
            tick("a").await;
            v[0].name().len()
        }
        fn pushed_in_a_loop_then_awaited() -> usize {
            let words = vec![Tracked::new("a"), Tracked::new("bb")];
            let mut long: Vec<&Tracked> = Vec::new();
            for w in &words {
                if w.name().len() > 1 {
                    long.push(w);
                }
            }
            tick("a").await;
            long.len()
        }
        fn pushed_across_awaits_in_a_loop() -> usize {
            let words = vec![Tracked::new("a"), Tracked::new("bb")];
            let mut seen: Vec<&str> = Vec::new();
            for w in &words {
                tick(w.name()).await;
                seen.push(w.name());
            }
            seen.len()
        }
    }

    #[test]
    fn stored_borrows_are_held() {
        assert_twins!(pushed_ref());
        assert_twins!(pushed_as_str());
        assert_twins!(extended_by_split());
        assert_twins!(inserted_key());
        assert_twins!(pushed_tuple_of_tracked());
        assert_twins!(entry_key_kept());
        assert_twins!(pushed_through_last_mut());
        assert_twins!(pushed_through_a_ref_binding());
        assert_twins!(pushed_in_a_loop_then_awaited());
        assert_twins!(pushed_across_awaits_in_a_loop());
    }
}

mod stored_into_fields {
    use super::*;
    twins! {
        fn field_assigned_as_str() -> usize {
            let r = String::from("abc");
            let mut h = Holder { f: None };
            h.f = Some(r.as_str());
            tick("a").await;
            h.f.map_or(0, str::len)
        }
        fn best_of_a_loop() -> usize {
            let cands = vec![Tracked::new("a"), Tracked::new("bbb"), Tracked::new("cc")];
            let mut h = Best { best: None, seen: 0 };
            for c in &cands {
                h.seen += 1;
                if h.best.is_none_or(|b| c.name().len() > b.name().len()) {
                    h.best = Some(c);
                }
            }
            tick("chosen").await;
            h.best.map_or(0, |b| b.name().len()) * 10 + h.seen
        }
        fn option_set_by_insert() -> usize {
            let t = Tracked::new("t");
            let mut slot: Option<&Tracked> = None;
            let _ = slot.insert(&t);
            tick("a").await;
            slot.map_or(0, |t| t.name().len())
        }
    }

    #[test]
    fn borrows_assigned_to_fields_are_held() {
        assert_twins!(field_assigned_as_str());
        assert_twins!(best_of_a_loop());
        assert_twins!(option_set_by_insert());
    }
}

mod stored_indirectly {
    use super::*;
    twins! {
        fn by_a_free_function() -> usize {
            let s = String::from("x");
            let mut v: Vec<&str> = Vec::new();
            push_into(&mut v, &s);
            tick("a").await;
            v.len()
        }
        fn by_a_path_call() -> usize {
            let t = Tracked::new("t");
            let mut v: Vec<&Tracked> = Vec::new();
            Vec::push(&mut v, &t);
            tick("a").await;
            v[0].name().len()
        }
        fn through_a_mut_ref_binding() -> usize {
            let s = String::from("x");
            let mut v: Vec<&str> = Vec::new();
            let r = &mut v;
            r.push(&s);
            tick("a").await;
            v.len()
        }
        fn in_a_suspending_statement() -> usize {
            let s = String::from("x");
            let mut v: Vec<(&str, usize)> = Vec::new();
            v.push((&s, ready("r", 4).await));
            tick("a").await;
            v.len() + v[0].1
        }
        fn by_a_closure_binding() -> usize {
            let s = String::from("x");
            let mut v: Vec<&str> = Vec::new();
            {
                let mut add = |x| v.push(x);
                add(&s);
            }
            tick("a").await;
            v.len()
        }
        fn by_a_closure_binding_kept_across_an_await() -> usize {
            let s = String::from("x");
            let t = String::from("yy");
            let mut v: Vec<&str> = Vec::new();
            let mut add = |x| v.push(x);
            add(&s);
            tick("a").await;
            add(&t);
            v.len()
        }
        fn helper_closure_called_with_borrows() -> usize {
            let rows = vec![Tracked::new("a"), Tracked::new("bb")];
            let width = |t: &Tracked| t.name().len();
            let mut total = 0;
            for r in &rows {
                total += width(r);
                tick("row").await;
            }
            total
        }
        fn into_a_set_in_a_suspending_loop() -> usize {
            let text = String::from("a b a c");
            let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
            for w in text.split(' ') {
                if seen.insert(w) {
                    tick("new").await;
                }
            }
            seen.len()
        }
        fn entry_or_default_push() -> usize {
            let names = vec![Tracked::new("x"), Tracked::new("yy")];
            let mut by_len: BTreeMap<usize, Vec<&Tracked>> = BTreeMap::new();
            for n in &names {
                by_len.entry(n.name().len()).or_default().push(n);
            }
            tick("a").await;
            by_len.len()
        }
        fn lookup_keeps_no_borrow() -> usize {
            let key = String::from("k");
            let mut m = HashMap::new();
            m.insert(String::from("k"), 3);
            let got = m.get(&key).copied().unwrap_or(0);
            tick("a").await;
            got + key.len() + m.len()
        }
    }

    #[test]
    fn indirect_stores_are_held() {
        assert_twins!(by_a_free_function());
        assert_twins!(by_a_path_call());
        assert_twins!(through_a_mut_ref_binding());
        assert_twins!(in_a_suspending_statement());
        assert_twins!(by_a_closure_binding());
        assert_twins!(by_a_closure_binding_kept_across_an_await());
        assert_twins!(helper_closure_called_with_borrows());
        assert_twins!(into_a_set_in_a_suspending_loop());
        assert_twins!(entry_or_default_push());
        assert_twins!(lookup_keeps_no_borrow());
    }
}

mod inline_format_captures {
    use super::*;
    twins! {
        fn closure_inline_format_arg() -> usize {
            let prefix = String::from("item-");
            let fmt = |n: usize| format!("{prefix}{n}");
            tick("t").await;
            let s = fmt(1);
            s.len()
        }
        fn closure_inline_width_arg() -> usize {
            let width = 6;
            let name = Tracked::new("n");
            let fmt = |n: usize| format!("{:>width$}{}", n, name.name());
            tick("t").await;
            fmt(3).len()
        }
        fn closure_inline_debug_in_group() -> usize {
            let t = Tracked::new("dbg");
            let show = || format!("{}", (t.name(), 1).0);
            tick("t").await;
            show().len()
        }
        fn closure_printing_inline_args_called_twice() -> usize {
            let x = String::from("abc");
            let log_it = |tag: &str| log(format!("{tag}: {x}"));
            log_it("a");
            tick("a").await;
            log_it("b");
            x.len()
        }
        fn closure_passed_to_map_after_an_await() -> usize {
            let items = vec![Tracked::new("a"), Tracked::new("b")];
            let mut lines: Vec<String> = Vec::new();
            for it in &items {
                let tag = it.name();
                lines.push(format!("{tag}:{}", ready("v", 1).await));
            }
            let pre = String::from("> ");
            let render = |l: &String| format!("{pre}{l}");
            tick("r").await;
            lines.iter().map(render).map(|s| s.len()).sum()
        }
        fn inline_format_arg_outside_closures() -> usize {
            let word = String::from("w");
            let line = format!("{word}-{}", word.len());
            tick("t").await;
            line.len() + word.len()
        }
    }

    #[test]
    fn format_string_captures_are_borrows() {
        assert_twins!(closure_inline_format_arg());
        assert_twins!(closure_inline_width_arg());
        assert_twins!(closure_inline_debug_in_group());
        assert_twins!(closure_printing_inline_args_called_twice());
        assert_twins!(closure_passed_to_map_after_an_await());
        assert_twins!(inline_format_arg_outside_closures());
    }
}

mod homed_consumers {
    use super::*;
    twins! {
        fn iter_binding_summed() -> i64 {
            let words = vec![1i64, 2, 3];
            let lens = words.iter();
            let total: i64 = lens.sum();
            tick("t").await;
            total
        }
        fn iter_binding_counted() -> usize {
            let words = vec![Tracked::new("a"), Tracked::new("b")];
            let it = words.iter();
            let n = it.count();
            tick("t").await;
            n + words.len()
        }
        fn iter_binding_max_then_await() -> usize {
            let words = vec![Tracked::new("a"), Tracked::new("bbb")];
            let it = words.iter().map(|t| t.name().len());
            let m = it.max().unwrap_or(0);
            tick("t").await;
            m
        }
        fn option_or_held() -> usize {
            let primary = Some(Tracked::new("p"));
            let chosen = primary.or(None);
            tick("t").await;
            opt_len(&chosen)
        }
        fn option_take_in_place() -> usize {
            let mut slot = Some(Tracked::new("s"));
            let r = &slot;
            let n = opt_len(r);
            tick("t").await;
            let taken = slot.take();
            tick("u").await;
            n + opt_len(&taken) + opt_len(&slot)
        }
        fn user_count_borrows_in_place() -> usize {
            let c = Counter(Tracked::new("c"), 4);
            let r = &c;
            tick("t").await;
            let n = c.count();
            tick("u").await;
            n + r.1
        }
        fn iterator_adapter_kept_across_awaits() -> i64 {
            let v = vec![1i64, 2, 3];
            let it = v.iter().map(|x| x * 2);
            tick("a").await;
            let s: i64 = it.sum();
            tick("b").await;
            s
        }
        fn split_iterator_counted_after_an_await() -> usize {
            let words = String::from("a bb ccc");
            let mut it = words.split(' ');
            it.next();
            tick("a").await;
            it.count()
        }
        fn summed_in_a_suspending_statement() -> i64 {
            let v = vec![1i64, 2];
            let it = v.iter();
            let r = &it;
            let k = r.len() as i64;
            tick("t").await;
            it.sum::<i64>() + ready("r", k).await
        }
    }

    #[test]
    fn homed_receivers_follow_their_type() {
        assert_twins!(iter_binding_summed());
        assert_twins!(iter_binding_counted());
        assert_twins!(iter_binding_max_then_await());
        assert_twins!(option_or_held());
        assert_twins!(option_take_in_place());
        assert_twins!(user_count_borrows_in_place());
        assert_twins!(iterator_adapter_kept_across_awaits());
        assert_twins!(split_iterator_counted_after_an_await());
        assert_twins!(summed_in_a_suspending_statement());
    }
}
