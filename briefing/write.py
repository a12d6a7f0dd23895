"""Write a file atomically: to a temporary file beside the target, then rename into place.

The temporary file's name carries the writer's process id (`.NAME.PID.RANDOM.part`), so a
later write to the same target removes the part files of writers that have died (a
build killed with SIGKILL cannot clean up after itself) and leaves a live writer's alone.
An existing target keeps its permissions; a target that is one of the command's own
inputs is refused.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path

from .errors import OutputError


def _part_name(name: str) -> str:
    return f".{name}.{os.getpid()}.{secrets.token_hex(6)}.part"


def _create_temporary(folder: Path, name: str, mode: int) -> tuple[int, str]:
    """A new, exclusive temporary file beside the target.

    Unlike mkstemp (mode 0600) the file is created with `mode` (an existing target's, else
    0666 less the umask), so the finished file has the permissions the user expects,
    without touching the process-wide umask.
    """
    for _ in range(100):
        path = os.path.join(folder, _part_name(name))
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        if mode >= 0:
            os.fchmod(fd, mode)
        return fd, path
    raise OutputError("cannot create a temporary file beside the output", folder)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def remove_stale_parts(target: Path) -> None:
    """Delete the part files that dead writers left beside `target`."""
    prefix = f".{target.name}."
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".part")):
            continue
        pid = name[len(prefix):-len(".part")].split(".")[0]
        if pid.isdigit() and (int(pid) == os.getpid() or _alive(int(pid))):
            continue  # a live writer's (ours is cleaned up by the write itself)
        try:
            os.unlink(target.parent / name)
        except OSError:
            pass


def _os_error(exc: OSError, target: Path) -> OutputError:
    """The one-line error for an OSError met while writing `target`."""
    if isinstance(exc, PermissionError):
        return OutputError("cannot write here: permission denied", target)
    if exc.errno == errno.ENOSPC:
        return OutputError("no space left on the device", target)
    if exc.errno == errno.ENAMETOOLONG:
        return OutputError("the file name is too long for the file system", target)
    return OutputError(f"cannot write ({exc.strerror or exc})", target)


def check_target(target: Path, inputs: Iterable[Path] = ()) -> None:
    """Fail early, before any rendering, when the file could not be written at `target`,
    or would replace one of `inputs` (the article, its sidecar, another output)."""
    folder = target.parent
    try:
        if not folder.is_dir():
            raise OutputError("output folder does not exist", folder)
        if target.is_dir():
            raise OutputError("output path is a directory", target)
        os.stat(target)  # a name too long for the file system fails here
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise _os_error(exc, target) from None
    if not os.access(folder, os.W_OK):
        raise OutputError("cannot write to the output folder: permission denied", folder)
    for path in inputs:
        if same_file(target, path):
            raise OutputError(f"refusing to write over {path}, which this command reads or writes", target)


def same_file(a: Path, b: Path) -> bool:
    """True when both name one file (links followed), whether or not it exists yet."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


#: The output name that means standard output.
STDOUT = "-"


def output_path(article: Path, output: str | None, *, force: bool = False) -> Path | None:
    """Where a briefing of `article` goes for `-o output`: beside the article (no -o), a
    file, a file named after the article inside a folder (`DIR/`, created, or an existing
    folder), or None for standard output (`-`). An existing file that does not start like
    a PDF (a user's document) is replaced only with `force`."""
    if output is None:
        return article.with_suffix(".pdf")
    if output == STDOUT:
        return None
    target = Path(output)
    if output.endswith(("/", os.sep)) or _is_folder(target):
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create the output folder ({exc.strerror or exc})", target) from None
        target = target / f"{'stdin' if str(article) == STDOUT else article.stem}.pdf"
    if not force and _is_other_file(target):
        raise OutputError("exists and is not a PDF; pass --force to replace it", target)
    return target


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False  # a name too long, say: the writer names the problem


def _is_other_file(path: Path) -> bool:
    """True for an existing file that does not start like a PDF."""
    try:
        with open(path, "rb") as handle:
            return not handle.read(5).startswith(b"%PDF-")
    except OSError:
        return False  # missing (the usual case), a folder, or a problem the writer names


def _existing_mode(target: Path) -> int:
    """The permission bits of an existing regular file at `target`, else -1."""
    try:
        st = os.stat(target)
    except OSError:
        return -1
    return stat.S_IMODE(st.st_mode) if stat.S_ISREG(st.st_mode) else -1


def write_atomic(data: bytes, target: Path) -> Path:
    """Write bytes to `target` so that a failure never leaves a partial file there."""
    check_target(target)
    remove_stale_parts(target)
    tmp_name = None
    try:
        fd, tmp_name = _create_temporary(target.parent, target.name, _existing_mode(target))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise _os_error(exc, target) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return target
