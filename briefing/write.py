"""Write a PDF atomically: to a temporary file beside the target, then rename into place."""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from .errors import OutputError


def _create_temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new, exclusive temporary file beside the target, with the user's usual permissions.

    Unlike mkstemp (mode 0600) the file is created 0666 less the umask, so the finished
    PDF has ordinary permissions, without touching the process-wide umask.
    """
    for _ in range(100):
        path = os.path.join(folder, f".{name}.{secrets.token_hex(6)}.part")
        try:
            return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), path
        except FileExistsError:
            continue
    raise OutputError("cannot create a temporary file beside the output", folder)


def check_target(target: Path) -> None:
    """Fail early, before any rendering, when the PDF could not be written at `target`."""
    folder = target.parent
    if not folder.is_dir():
        raise OutputError("output folder does not exist", folder)
    if target.is_dir():
        raise OutputError("output path is a directory", target)
    if not os.access(folder, os.W_OK):
        raise OutputError("cannot write to the output folder: permission denied", folder)


def write_atomic(data: bytes, target: Path) -> Path:
    """Write bytes to `target` so that a failure never leaves a partial file there."""
    check_target(target)
    folder = target.parent
    tmp_name = None
    try:
        fd, tmp_name = _create_temporary(folder, target.name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except PermissionError:
        raise OutputError("cannot write here: permission denied", target) from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise OutputError("no space left on the device", target) from None
        raise OutputError(f"cannot write ({exc.strerror or exc})", target) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return target
