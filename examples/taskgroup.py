# The same program as taskgroup.rs, in asyncio (Python 3.11+): a TaskGroup
# where one child fails, so its running sibling is cancelled and the error
# surfaces from the group.
import asyncio


async def worker(name, delay, fail):
    print(f"{name} started")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} finished")
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("a", 0.01, False))
            tg.create_task(worker("b", 0.05, True))
            tg.create_task(worker("c", 1.0, False))
            print("body done")
    except* ValueError as group:
        for error in group.exceptions:
            print(f"caught: {error}")
    print("after the group")


asyncio.run(main())
