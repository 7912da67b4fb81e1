"""The peers benchmark's workloads on Python's asyncio (standard library only).

Run by benches/run_peers.sh: python3 benches/python/peers.py [OUT]
Prints a table and, if OUT is given, writes `workload seconds` lines (the
median of PEERS_RUNS runs, default 5, after one warm-up) for the Rust side's
combined table. The work is the same as benches/benches/peers.rs, including
the xorshift64* sequence of the timer delays.
"""

import asyncio
import os
import statistics
import sys
import time

SPAWN_TASKS = 100_000
PING_PONG_MESSAGES = 200_000  # in total: half pings, half pongs
TIMERS = 100_000
TIMER_MAX_MICROS = 10_000
CHAIN_AWAITS = 1_000_000
SEED = 0x2545F4914F6CDD1D
MASK = (1 << 64) - 1


def timer_delays():
    """xorshift64*, as in peers.rs: delays in microseconds (0..=10 ms)."""
    x = SEED
    out = []
    for _ in range(TIMERS):
        x ^= x >> 12
        x ^= (x << 25) & MASK
        x ^= x >> 27
        r = (x * 0x2545F4914F6CDD1D) & MASK
        out.append((r >> 11) % (TIMER_MAX_MICROS + 1))
    return out


async def yield_once(i):
    await asyncio.sleep(0)
    return i


async def spawn_many(n):
    tasks = [asyncio.create_task(yield_once(i)) for i in range(n)]
    total = 0
    for t in tasks:
        total += await t
    return total


async def ponger(rx, tx, rounds):
    for _ in range(rounds):
        v = await rx.get()
        await tx.put(v + 1)


async def ping_pong(messages):
    rounds = messages // 2
    ping, pong = asyncio.Queue(), asyncio.Queue()
    other = asyncio.create_task(ponger(ping, pong, rounds))
    total = 0
    for i in range(rounds):
        await ping.put(i)
        total += await pong.get()
    await other
    return total


async def sleeper(micros):
    await asyncio.sleep(micros / 1e6)
    return micros


async def timers(delays):
    tasks = [asyncio.create_task(sleeper(d)) for d in delays]
    total = 0
    for t in tasks:
        total += await t
    return total


async def step(i):
    return i + 1


async def chain(n):
    acc = 0
    for i in range(n):
        acc += await step(i)
    return acc


def workloads():
    delays = timer_delays()
    rounds = PING_PONG_MESSAGES // 2
    return [
        ("spawn", lambda: spawn_many(SPAWN_TASKS), SPAWN_TASKS * (SPAWN_TASKS - 1) // 2),
        ("ping_pong", lambda: ping_pong(PING_PONG_MESSAGES), rounds * (rounds - 1) // 2 + rounds),
        ("timers", lambda: timers(delays), sum(delays)),
        ("chain", lambda: chain(CHAIN_AWAITS), CHAIN_AWAITS * (CHAIN_AWAITS - 1) // 2 + CHAIN_AWAITS),
    ]


def main():
    runs = max(1, int(os.environ.get("PEERS_RUNS", "5")))
    out = sys.argv[1] if len(sys.argv) > 1 else None
    results = {}
    print(f"Python {sys.version.split()[0]} asyncio, median of {runs} runs (after 1 warm-up)")
    for name, make, want in workloads():
        assert asyncio.run(make()) == want, name
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            got = asyncio.run(make())
            times.append(time.perf_counter() - start)
            assert got == want, name
        results[name] = statistics.median(times)
        print(f"  {name:10} {results[name] * 1e3:10.2f} ms")
    if out:
        with open(out, "w") as f:
            for name, secs in results.items():
                f.write(f"{name} {secs}\n")


if __name__ == "__main__":
    main()
