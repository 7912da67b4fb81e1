"""Echo server for benches/benches/echo.rs: asyncio's streams, or uvloop.

    python3 benches/python/echo_server.py [asyncio|uvloop]

Binds 127.0.0.1 on a free port, prints the port on stdout, serves until
killed (the Rust side kills it when done). Each connection: read up to
64 KiB, write it back, drain, until EOF.
"""

import asyncio
import sys


async def handle(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except ConnectionError:
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    flavor = sys.argv[1] if len(sys.argv) > 1 else "asyncio"
    if flavor == "uvloop":
        import uvloop

        uvloop.run(main())
    else:
        asyncio.run(main())
