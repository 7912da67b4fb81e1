import sys, itertools
sys.path.insert(0, __import__('os').path.dirname(__file__)); from harness import build_iter
jumps = {
 'break': "break 'outer;",
 'continue': "continue 'outer;",
 'break_inner': "break;",
 'continue_inner': "continue;",
 'return': "return vec![999, n];",
 'break_block': "break 'blk 77;",
}
forms = {
 'call': 'pair({J}, ready("b", n).await)',
 'vec': 'vec![{J}, ready("b", n).await]',
 'format': '{{ let s = format!("{{}} {{}}", {J}, ready("b", n).await); vec![s.len() as u32] }}',
 'bin': 'vec![{J} + ready("b", n).await]',
 'method': 'Pairer.pair({J}, ready("b", n).await)',
 'arr': '[{J}, ready("b", n).await].to_vec()',
 'later': 'pair(ready("b", n).await, {J})',
 'awaitinside': 'pair({{ let k = {J}; k + ready("c", 1u32).await }}, ready("b", n).await)',
}
fns = []
for (jn, j), (fn_, f) in itertools.product(jumps.items(), forms.items()):
    for loopkind in ['loop', 'while', 'for']:
        J = '{ if n % 3 == 1 { n += 1; ' + j + ' } n }'
        head = {"loop": "'outer: loop { if n > 8 { break; }", "while": "'outer: while n < 9 {", "for": "'outer: for _ in 0..6u32 {"}[loopkind]
        inner_loop = jn.endswith('_inner')
        body = ['let mut n = 0u32;', 'let mut out = Vec::new();']
        blk = jn == 'break_block'
        if blk: body.append("let got: u32 = 'blk: {")
        body.append(head)
        body.append('n += 1;')
        if inner_loop:
            body.append("loop {")
        body.append(f'let v = {f.format(J=J)};')
        body.append('out.extend(v);')
        body.append('tick("t").await;')
        if inner_loop: body.append('break; }')
        body.append('}')
        if blk: body.append('0 }; out.push(got);')
        body.append('out.push(n);')
        body.append('out')
        name = f'j_{jn}_{fn_}_{loopkind}'
        fns.append((name, '() -> Vec<u32>', '\n'.join(body), '()'))
extra = 'fn pair(a: u32, b: u32) -> Vec<u32> { vec![a, b] }\nstruct Pairer; impl Pairer { fn pair(&self, a: u32, b: u32) -> Vec<u32> { vec![a, b] } }\n'
bad, cerr, fails, r = build_iter(fns, 'review_gen6', extra)
print('native-rejected', len(bad), 'of', len(fns), sorted(bad)[:10])
print('coro compile errors:')
for n, e in sorted(cerr.items()): print(' ', n, e[:2])
print('runtime fails', fails)
