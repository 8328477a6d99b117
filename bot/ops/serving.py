"""What polling and webhook mode share: SIGINT/SIGTERM as an event the loop awaits, a start
that a stop signal interrupts, and one order of stopping that always closes the database.

PTB's own `run_polling` turns a stop signal into SystemExit raised inside whatever callback the
loop is running; one that lands while polling starts (deleteWebhook) leaves the loop stopped
under PTB's own shutdown, the database is never closed and its thread keeps the process alive."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Awaitable, Iterator

from handlers.kit.context import BotApplication

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def stop_signals() -> Iterator[asyncio.Event]:
    """An event set by SIGINT or SIGTERM while inside; outside, the signals act as usual, so a
    second one during a slow stop ends the process."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in STOP_SIGNALS:
        loop.add_signal_handler(signum, stopping.set)
    try:
        yield stopping
    finally:
        for signum in STOP_SIGNALS:
            loop.remove_signal_handler(signum)


async def unless(stopping: asyncio.Event, step: Awaitable[object]) -> bool:
    """Run `step` to its end (True), unless `stopping` is set first (False: `step` cancelled)."""
    work = asyncio.ensure_future(step)
    halt = asyncio.ensure_future(stopping.wait())
    try:
        await asyncio.wait((work, halt), return_when=asyncio.FIRST_COMPLETED)
    finally:
        halt.cancel()
    if work.done():
        work.result()  # its error, if any, goes up
        return True
    work.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await work
    return False


async def stop_application(application: BotApplication) -> None:
    """Whatever got started, stopped; then the database closed (post_shutdown)."""
    updater = application.updater
    try:
        if updater is not None and updater.running:
            await updater.stop()
        if application.running:
            await application.stop()  # handles every update already on the queue first
    finally:
        try:
            await application.shutdown()
        finally:
            # Whatever failed above, the database closes: its thread would keep the process up.
            if application.post_shutdown is not None:
                await application.post_shutdown(application)
