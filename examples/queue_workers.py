# The queue-workers example of asyncio's documentation ("Queues"), in
# asyncio; queue_workers.rs beside it is the same program in coro. The
# docs draw the sleeps with random.uniform(0.05, 1.0); here they are a
# fixed list, so both programs print the same lines.
import asyncio
import time

SLEEPS = [0.08, 0.19, 0.26, 0.27, 0.33, 0.19, 0.28, 0.31, 0.36]


async def worker(name, queue):
    while True:
        # Get a "work item" out of the queue.
        sleep_for = await queue.get()

        # Sleep for the "sleep_for" seconds.
        await asyncio.sleep(sleep_for)

        # Notify the queue that the "work item" has been processed.
        queue.task_done()

        print(f"{name} has slept for {sleep_for:.2f} seconds")


async def main():
    # Create a queue that we will use to store our "workload".
    queue = asyncio.Queue()

    # Put the timings into the queue.
    total_sleep_time = 0
    for sleep_for in SLEEPS:
        total_sleep_time += sleep_for
        queue.put_nowait(sleep_for)

    # Create three worker tasks to process the queue concurrently.
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f"worker-{i}", queue))
        tasks.append(task)

    # Wait until the queue is fully processed.
    started_at = time.monotonic()
    await queue.join()
    total_slept_for = time.monotonic() - started_at

    # Cancel our worker tasks.
    for task in tasks:
        task.cancel()
    # Wait until all worker tasks are cancelled.
    results = await asyncio.gather(*tasks, return_exceptions=True)

    print("====")
    for i, result in enumerate(results):
        print(f"worker-{i}: {type(result).__name__}")
    # The docs print both durations; the parallel one varies from run to
    # run, so it is compared instead.
    shorter = "less" if total_slept_for < total_sleep_time else "more"
    print(f"3 workers slept in parallel for {shorter} than the total")
    print(f"total expected sleep time: {total_sleep_time:.2f} seconds")


asyncio.run(main())
