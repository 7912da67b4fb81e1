// args: 3
// A 40-arm command dispatcher `match` (every arm awaits) inside a loop, then 16 sequential if/else statements with awaits (code size).
fn f(k: i64) -> i64 {
    let mut acc = 0;
    let _g = Tracked::new("g");
    for cmd in [k, k * 7 % 40, 39, 0] {
        match cmd {
            0 => { tick("c0").await; acc += 0; }
            1 => { tick("c1").await; acc += 1; }
            2 => { tick("c2").await; acc += 2; }
            3 => { tick("c3").await; acc += 3; }
            4 => { tick("c4").await; acc += 4; }
            5 => { tick("c5").await; acc += 5; }
            6 => { tick("c6").await; acc += 6; }
            7 => { tick("c7").await; acc += 7; }
            8 => { tick("c8").await; acc += 8; }
            9 => { tick("c9").await; acc += 9; }
            10 => { tick("c10").await; acc += 10; }
            11 => { tick("c11").await; acc += 11; }
            12 => { tick("c12").await; acc += 12; }
            13 => { tick("c13").await; acc += 13; }
            14 => { tick("c14").await; acc += 14; }
            15 => { tick("c15").await; acc += 15; }
            16 => { tick("c16").await; acc += 16; }
            17 => { tick("c17").await; acc += 17; }
            18 => { tick("c18").await; acc += 18; }
            19 => { tick("c19").await; acc += 19; }
            20 => { tick("c20").await; acc += 20; }
            21 => { tick("c21").await; acc += 21; }
            22 => { tick("c22").await; acc += 22; }
            23 => { tick("c23").await; acc += 23; }
            24 => { tick("c24").await; acc += 24; }
            25 => { tick("c25").await; acc += 25; }
            26 => { tick("c26").await; acc += 26; }
            27 => { tick("c27").await; acc += 27; }
            28 => { tick("c28").await; acc += 28; }
            29 => { tick("c29").await; acc += 29; }
            30 => { tick("c30").await; acc += 30; }
            31 => { tick("c31").await; acc += 31; }
            32 => { tick("c32").await; acc += 32; }
            33 => { tick("c33").await; acc += 33; }
            34 => { tick("c34").await; acc += 34; }
            35 => { tick("c35").await; acc += 35; }
            36 => { tick("c36").await; acc += 36; }
            37 => { tick("c37").await; acc += 37; }
            38 => { tick("c38").await; acc += 38; }
            39 => { tick("c39").await; acc += 39; }
            _ => { acc -= 100; }
        }
    }
    if k % 2 == 0 { tick("i0").await; acc += 1; } else { acc -= 1; }
    if k % 3 == 0 { tick("i1").await; acc += 1; } else { acc -= 1; }
    if k % 4 == 0 { tick("i2").await; acc += 1; } else { acc -= 1; }
    if k % 5 == 0 { tick("i3").await; acc += 1; } else { acc -= 1; }
    if k % 6 == 0 { tick("i4").await; acc += 1; } else { acc -= 1; }
    if k % 7 == 0 { tick("i5").await; acc += 1; } else { acc -= 1; }
    if k % 8 == 0 { tick("i6").await; acc += 1; } else { acc -= 1; }
    if k % 9 == 0 { tick("i7").await; acc += 1; } else { acc -= 1; }
    if k % 10 == 0 { tick("i8").await; acc += 1; } else { acc -= 1; }
    if k % 11 == 0 { tick("i9").await; acc += 1; } else { acc -= 1; }
    if k % 12 == 0 { tick("i10").await; acc += 1; } else { acc -= 1; }
    if k % 13 == 0 { tick("i11").await; acc += 1; } else { acc -= 1; }
    if k % 14 == 0 { tick("i12").await; acc += 1; } else { acc -= 1; }
    if k % 15 == 0 { tick("i13").await; acc += 1; } else { acc -= 1; }
    if k % 16 == 0 { tick("i14").await; acc += 1; } else { acc -= 1; }
    if k % 17 == 0 { tick("i15").await; acc += 1; } else { acc -= 1; }
    acc
}
