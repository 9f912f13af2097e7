"""Run a native-code reader in a forked child, so that its crash costs one file, not the process.

python-calamine (Rust) aborts the whole process when an allocation fails, PDFium can allocate
gigabytes for one flate stream, and neither can be interrupted from Python. The bulk scan's worker
processes already contain that (a dead worker is one ``error`` line); every other path — ``check``
and ``scan --jobs 1``, ``explain``, ``stamp``, the mail gate, the Python API — calls
:func:`run`, which forks, caps the child's address space (RLIMIT_AS: what it has plus the
per-file memory limit) and its time (the per-file time limit), and returns the pickled result.
A child that dies, runs out of memory or time becomes a :class:`ReaderCrashedError` for that file.

Fork, not a fresh interpreter: the child already has every module loaded, so one isolated read
costs about 7 ms (docs/security.md §6 has the measurement). Inside a worker
(:func:`mark_supervised`) or where ``os.fork`` does not exist, :func:`run` calls directly.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import sys
import time
import warnings
from collections.abc import Callable
from typing import Any, TypeVar

from . import exceptions
from .exceptions import AssetclassError, ReaderCrashedError
from .redact import safe_message

T = TypeVar("T")

#: Set to "0" to read in-process (debugging a reader with pdb); the default isolates.
ENV = "ASSETCLASS_ISOLATE"

_supervised = False


def mark_supervised() -> None:
    """This process is a supervised worker (or an isolated child): read in-process from now on."""
    global _supervised
    _supervised = True


def supervised() -> bool:
    """True in a worker process whose supervisor enforces the limits by killing it."""
    return _supervised


def enabled() -> bool:
    if _supervised or not hasattr(os, "fork"):
        return False
    return os.environ.get(ENV, "1").strip().lower() not in {"0", "false", "no"}


def _address_space() -> int | None:
    """Current virtual size of this process in bytes (Linux), None when unknown."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _child(func: Callable[..., Any], args: tuple[Any, ...], memory_bytes: int, out: int) -> None:
    """Runs in the forked child; never returns (os._exit), whatever happens."""
    code = 0
    try:
        mark_supervised()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)  # a reader's panic text must not reach the JSONL stdout or the terminal
        os.dup2(devnull, 2)
        import faulthandler

        faulthandler.disable()  # it writes to a saved copy of stderr: a crash here is expected
        if memory_bytes > 0:
            current = _address_space()
            if current is not None:
                import resource

                cap = current + memory_bytes
                with contextlib.suppress(ValueError, OSError):
                    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        try:
            payload: tuple[Any, ...] = ("ok", func(*args))
        except AssetclassError as exc:
            payload = ("known", type(exc).__name__, exc.message_en, exc.message_ja)
        except MemoryError:
            payload = ("memory",)
        except RecursionError:
            payload = ("recursion",)
        except Exception as exc:
            payload = ("other", safe_message(exc))
        blob = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(blob)
        while view:
            view = view[os.write(out, view) :]
        os.close(out)  # the answer is complete now, before the exit tears the address space down
    except BaseException:
        code = 70
    finally:
        os._exit(code)


def _crashed(why_en: str, why_ja: str) -> ReaderCrashedError:
    return ReaderCrashedError(
        f"the reader stopped abnormally ({why_en}); the file was not inspected",
        f"読み取り処理が異常終了したため内容を確認できません（{why_ja}）",
    )


def _rebuild(payload: tuple[Any, ...], memory_bytes: int) -> Any:
    kind = payload[0]
    if kind == "ok":
        return payload[1]
    if kind == "known":
        cls = getattr(exceptions, payload[1], None)
        if not (isinstance(cls, type) and issubclass(cls, AssetclassError)):
            cls = exceptions.CorruptFileError
        raise cls(payload[2], payload[3])
    if kind == "memory":
        raise _memory(memory_bytes)
    if kind == "recursion":
        raise RecursionError("structure nested too deeply")
    raise exceptions.CorruptFileError(
        f"failed while reading ({payload[1]})", f"読み取り中にエラーが発生しました ({payload[1]})"
    )


def _memory(memory_bytes: int) -> ReaderCrashedError:
    return ReaderCrashedError(
        f"stopped: the memory limit of {memory_bytes} bytes per file was exceeded",
        f"メモリ使用量の上限（{memory_bytes} バイト）を超えたため中止しました",
    )


def run(func: Callable[..., T], *args: Any, memory_bytes: int, seconds: float) -> T:
    """``func(*args)`` in a forked child under the memory and time limits; in-process when
    :func:`enabled` is false. The child's AssetclassError comes back as the same class."""
    if not enabled():
        return func(*args)
    read_fd, write_fd = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    with warnings.catch_warnings():
        # Python 3.12+ warns when other threads exist (a progress bar, watchdog): the child only
        # runs the reader and leaves through os._exit, so no lock another thread held is needed
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # pragma: no cover - the child leaves through os._exit
        os.close(read_fd)
        _child(func, args, memory_bytes, write_fd)
    os.close(write_fd)
    chunks: list[bytes] = []
    status: int | None = None
    try:
        deadline = time.monotonic() + seconds if seconds > 0 else None
        while True:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([read_fd], [], [], wait)
            if not ready:
                raise ReaderCrashedError(
                    f"stopped: the time limit of {seconds:g} s per file was exceeded",
                    f"処理時間の上限 ({seconds:g} 秒) を超えたため中止しました",
                )
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(read_fd)
        if status is None:  # timed out, interrupted (Ctrl-C, the --jobs 1 alarm): never leave it running
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)
    blob = b"".join(chunks)
    if os.WIFSIGNALED(status) or not blob:
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            if sig in (signal.SIGABRT, signal.SIGSEGV, signal.SIGKILL, signal.SIGBUS) and memory_bytes > 0:
                # Rust/C++ allocation failures abort; under our RLIMIT_AS that is the memory limit
                why = (f"signal {sig}: out of memory or a crash", f"シグナル {sig}: メモリ不足または異常終了")
            else:
                why = (f"signal {sig}", f"シグナル {sig}")
        else:
            code = os.WEXITSTATUS(status)
            why = (f"exit code {code}", f"終了コード {code}")
        raise _crashed(*why)
    try:
        payload = pickle.loads(blob)
    except Exception:
        raise _crashed("its answer was cut short", "結果が途中で切れました") from None
    return _rebuild(payload, memory_bytes)  # type: ignore[no-any-return]
