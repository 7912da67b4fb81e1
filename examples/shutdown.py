# The same program as shutdown.rs, in asyncio (Python 3.11+): a graceful
# shutdown. Several workers run; main cancels them; each one's `finally`
# block awaits its cleanup (flush, close) before the task ends; one worker
# catches the cancellation and returns a value instead; main gathers them
# with return_exceptions=True.
import asyncio


async def worker(name, cleanup_delay, swallow):
    print(f"{name} started")
    try:
        try:
            while True:
                await asyncio.sleep(0.005)
        finally:
            print(f"{name} cleaning up (cancelling={asyncio.current_task().cancelling()})")
            await asyncio.sleep(cleanup_delay)
            print(f"{name} closed")
    except asyncio.CancelledError:
        if not swallow:
            raise
        asyncio.current_task().uncancel()
        return f"{name} saved its work"


async def main():
    tasks = [
        asyncio.create_task(worker("a", 0.03, False), name="a"),
        asyncio.create_task(worker("b", 0.01, False), name="b"),
        asyncio.create_task(worker("c", 0.02, True), name="c"),
    ]
    await asyncio.sleep(0.02)
    print("main: cancelling the workers")
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for task, result in zip(tasks, results):
        if isinstance(result, asyncio.CancelledError):
            print(f"{task.get_name()}: cancelled")
        else:
            print(f"{task.get_name()}: {result}")
    print("main: done")


asyncio.run(main())
