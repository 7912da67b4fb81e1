import random, sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 60
class G:
    def __init__(s, seed):
        s.r = random.Random(seed); s.lab = 0; s.ev = 0
    def e(s):
        s.ev += 1; return s.ev
    def stmts(s, labels, depth, in_loop_val=None):
        out = []
        for _ in range(s.r.randint(1, 4)):
            out.append(s.stmt(labels, depth))
        return out
    def cond(s):
        return s.r.choice(['n % 2 == 0', 'n % 3 == 1', 'n > 4', 'n % 5 == 2', 'true', 'n == 3'])
    def stmt(s, labels, depth):
        k = s.r.random()
        loops = [l for l in labels if l[1] == 'loop']
        if k < 0.28:
            return f'tick("t{s.e()}").await;'
        if k < 0.36:
            return f'n += 1; log(format!("e{s.e()} {{n}}"));'
        if k < 0.55 and loops:
            l = s.r.choice(loops)
            kind = s.r.choice(['break', 'continue']) if l[2] != 'val' else 'continue'
            lab = f"'{l[0]} " if s.r.random() < 0.7 else ''
            if lab == '' and l is not labels[-1]:
                lab = f"'{l[0]} "
            if kind == 'continue' and l[2] == 'val' and lab == '': pass
            if kind == 'break' and l[2] == 'valloop':
                return f'if {s.cond()} {{ n += 1; break {lab}n; }}'
            return f'if {s.cond()} {{ n += 1; {kind} {lab.strip()}; }}'.replace(' ;', ';')
        if k < 0.62:
            blocks = [l for l in labels if l[1] == 'block']
            if blocks:
                b = s.r.choice(blocks)
                return f"if {s.cond()} {{ break '{b[0]} n + 100; }}"
        if depth >= 3:
            return f'n += 2;'
        k2 = s.r.random()
        s.lab += 1; L = f'l{s.lab}'
        if k2 < 0.2:
            inner = s.stmts(labels + [(L, 'loop', None)], depth + 1)
            return f"'{L}: for i{s.lab} in 0..3u32 {{ n += i{s.lab}; log(format!(\"{L} {{n}}\")); {' '.join(inner)} }}"
        if k2 < 0.4:
            inner = s.stmts(labels + [(L, 'loop', None)], depth + 1)
            return f"let mut c{s.lab} = 0; '{L}: while c{s.lab} < 3 {{ c{s.lab} += 1; n += 1; log(format!(\"{L} {{n}}\")); {' '.join(inner)} }}"
        if k2 < 0.6:
            inner = s.stmts(labels + [(L, 'loop', 'valloop')], depth + 1)
            return f"let mut c{s.lab} = 0; let v{s.lab} = '{L}: loop {{ c{s.lab} += 1; if c{s.lab} > 3 {{ break '{L} 1000; }} n += 1; {' '.join(inner)} }}; log(format!(\"v{s.lab} {{}}\", v{s.lab}));"
        if k2 < 0.75:
            inner = s.stmts(labels + [(L, 'block', None)], depth + 1)
            return f"let b{s.lab} = '{L}: {{ {' '.join(inner)} n }}; log(format!(\"b{s.lab} {{}}\", b{s.lab}));"
        if k2 < 0.87:
            # closure with its own loop, continue/break inside closure
            return f"let f{s.lab} = |m: u32| -> u32 {{ let mut acc = 0; for j in 0..4u32 {{ if j == m {{ continue; }} if j == 3 {{ break; }} acc += j; }} acc }}; n += f{s.lab}(n % 3); log(format!(\"f {{n}}\"));"
        # await-free loop (fragment) inside
        inner_lab = f'q{s.lab}'
        brk = s.r.choice(['break', 'continue'])
        return f"'{inner_lab}: for j in 0..3u32 {{ if j == 1 {{ {brk} '{inner_lab}; }} n += j; }}"
out = ['#![allow(warnings)]\n#[macro_use]\nmod support;\nuse support::*;\n', 'twins! {']
tests = []
for seed in range(1000, 1000+N):
    g = G(seed)
    body = ['let mut n = 0u32;'] + g.stmts([], 0) + ['tick("end").await;', 'n']
    name = f'loops_{seed}'
    out.append(f'    fn {name}() -> u32 {{\n        ' + '\n        '.join(body) + '\n    }')
    tests.append(f'#[test] fn {name}_t() {{ assert_twins!({name}()); }}')
out.append('}')
out += tests
open('tests/review_gen5.rs','w').write('\n'.join(out)+'\n')
