prefixes = {
 'shadow': 'let a = 1u32; let a = a + 1; let a = ready("s", a).await + a;',
 'tuple': 'let (a, mut b) = (1u32, 2u32); b += a; let a = b;',
 'match_arms': 'let a = match Some(3u32) { Some(n) if n > 5 => n, Some(m) => m + 1, None => 0 };',
 'match_await_guard_none': 'let a = match ready("m", Some(3u32)).await { Some(n) => { let q = n; tick("arm").await; q } None => 0 };',
 'let_else': 'let Some(a) = ready("le", Some(4u32)).await else { return vec![] };',
 'let_else_await': 'let Some(a) = Some(4u32) else { tick("e").await; return vec![] };',
 'closure': 'let f = |q: u32, (r, s): (u32, u32)| { let z = q + r + s; z }; let a = f(1, (2, 3));',
 'closure_await_after': 'let f = |q: u32| q * 2; tick("c").await; let a = f(2);',
 'if_let': 'let a = if let Some(n) = ready("il", Some(5u32)).await { let k = n; k } else { 0 };',
 'while_let': 'let mut it = vec![1u32, 2].into_iter(); let mut a = 0; while let Some(n) = it.next() { let m = n; tick("w").await; a += m; }',
 'for_pat': 'let mut a = 0u32; for (i, x) in [5u32, 6].iter().enumerate() { let y = *x; tick("f").await; a += y + i as u32; }',
 'labelled': "let a = 'blk: { let z = ready(\"lb\", 3u32).await; if z > 1 { break 'blk z; } 0 };",
 'nested_block': 'let a = { let a = 1u32; let b = { let a = a + 1; tick("nb").await; a }; a + b };',
 'matches_macro': 'let a = if matches!(Some(2u32), Some(n) if n > 1) { 2u32 } else { 0 };',
 'fmt_inline': 'let n = 3u32; let s = format!("{n}{}", ready("fi", 1u32).await); let a = s.len() as u32;',
 'vec_await': 'let w = vec![1u32, ready("va", 2u32).await]; let a = w[1];',
 'loop_break_val': 'let mut i = 0u32; let a = loop { let j = i; i += 1; tick("lp").await; if j > 1 { break j; } };',
}
posts = {
 'plain': '',
 'shadow_after': 'let hv = 7u32; let hv = hv + 1;',
}
out = ['#![allow(warnings)]\n#[macro_use]\nmod support;\nuse support::*;\n', 'twins! {']
tests = []
for pn, p in prefixes.items():
    for where in ['before', 'after', 'both']:
        name = f'home_{pn}_{where}'
        body = []
        home1 = ['let hv = vec![10u32, 20];', 'let hr = &hv;', 'tick("h").await;']
        home2 = ['let gv = vec![30u32];', 'let gr = &gv[0];', 'tick("g").await;']
        if where in ('before','both'): body += home1
        body.append(p)
        if where in ('after','both'): body += home2
        body.append('let mut out = vec![a];')
        if where in ('before','both'): body.append('out.push(hr[1]);')
        if where in ('after','both'): body.append('out.push(*gr);')
        body.append('out')
        out.append(f'    fn {name}() -> Vec<u32> {{\n        ' + '\n        '.join(body) + '\n    }')
        tests.append(f'#[test] fn {name}_t() {{ assert_twins!({name}()); }}')
# homed arguments
args_cases = {
 'arg_plain': ('(v: Vec<u32>, w: Vec<u32>)', 'let r = &w; let q = &v; tick("a").await; let a = r[0] + q[0];', '(vec![1], vec![2])'),
 'arg_pattern': ('((v, n): (Vec<u32>, u32), w: Vec<u32>)', 'let r = &v; tick("a").await; let a = r[0] + n + w[0];', '((vec![1], 5), vec![2])'),
 'arg_pattern2': ('(k: u32, (v, n): (Vec<u32>, u32), (x, w): (u32, Vec<u32>))', 'let r = &w; let s = &v; tick("a").await; let a = r[0] + n + s[0] + x + k;', '(1, (vec![1], 5), (3, vec![2]))'),
 'arg_wild': ('(_: Vec<u32>, w: Vec<u32>)', 'let r = &w; tick("a").await; let a = r[0];', '(vec![1], vec![2])'),
 'arg_shadowed': ('(w: Vec<u32>)', 'let r = &w; tick("a").await; let w = r[0]; let r = &w; tick("b").await; let a = *r;', '(vec![2])'),
}
for name, (sig, body, call) in args_cases.items():
    out.append(f'    fn {name}{sig} -> Vec<u32> {{\n        {body}\n        vec![a]\n    }}')
    tests.append(f'#[test] fn {name}_t() {{ assert_twins!({name}{call}); }}')
out.append('}')
out += tests
open('tests/review_gen3.rs','w').write('\n'.join(out)+'\n')
print(len(tests))
