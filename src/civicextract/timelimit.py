"""A time limit on one article, for the library as well as the batch workers.

In the main thread it is SIGALRM (``setitimer``): the handler raises inside
pure-Python loops and inside ``regex`` matches, which poll for signals.  Off
the main thread no signal can be used, so a timer thread raises the same
exception asynchronously in the extracting thread
(``PyThreadState_SetAsyncExc``): that interrupts Python code between
bytecodes, but not one long call into C, which finishes first (best effort;
the batch command, which runs articles in worker processes, also kills a
worker that overruns).

:class:`Expired` is a ``BaseException``, like ``KeyboardInterrupt``:
extractors that turn any ``Exception`` on messy text into "no records" must
not swallow it, or an article over the limit would come back with records
missing instead of as an error.
"""

from __future__ import annotations

import ctypes
import signal
import threading


class Expired(BaseException):
    """Raised inside the guarded block when its time is up."""


class time_limit:
    """``with time_limit(seconds): ...`` raises :class:`Expired` after ``seconds``.

    ``None`` or 0 means no limit.  Inside an outer limit that is already
    running (an armed ``ITIMER_REAL``), the outer one governs: timers do not nest.
    """

    def __init__(self, seconds: float | None):
        self.seconds = seconds or None
        self._thread: _ThreadTimer | None = None
        self._signal = False

    def __enter__(self) -> time_limit:
        if not self.seconds:
            return self
        if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
            if signal.getitimer(signal.ITIMER_REAL)[0] == 0:
                self._old = signal.signal(signal.SIGALRM, _alarm)
                signal.setitimer(signal.ITIMER_REAL, self.seconds)
                self._signal = True
        else:
            self._thread = _ThreadTimer(self.seconds)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._signal:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old)
            self._signal = False
        elif self._thread is not None:
            self._thread.stop()
            self._thread = None


def _alarm(signum: int, frame: object) -> None:
    raise Expired()


def _set_async_exc(ident: int, exc: type[BaseException] | None) -> None:
    # exc None is passed as NULL: it withdraws a pending exception
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None if exc is None else ctypes.py_object(exc))


class _ThreadTimer:
    def __init__(self, seconds: float):
        self._ident = threading.get_ident()
        self._lock = threading.Lock()
        self._state = "armed"
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            if self._state == "armed":
                self._state = "fired"
                _set_async_exc(self._ident, Expired)

    def stop(self) -> None:
        self._timer.cancel()
        with self._lock:
            fired, self._state = self._state == "fired", "done"
        if fired:
            # Not delivered yet (the block ended first): withdraw it, so it can
            # never go off later in the caller's code.
            _set_async_exc(self._ident, None)
