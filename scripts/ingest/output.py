"""Write the ingest's output into docs/ as one transaction.

Everything the ingest writes lives in one folder, `docs/generated/` (pages, question pages, the
manifest, the id registry and the report); the site maps it to the site's root (scripts/site/hooks.py).
A run builds the whole new folder aside, in a work folder beside docs/ (`.docs.ingest/`), then swaps it
with the old one in a single atomic rename (Linux `renameat2(RENAME_EXCHANGE)`, macOS `renamex_np(RENAME_SWAP)`),
then deletes the old one. Killed at any instant, docs/generated/ is exactly the old tree or exactly the new
one; what a killed run leaves in the work folder is never inside docs/ (so it cannot be published) and is
swept by the next run. (A file system without atomic exchange gets two renames instead: if the second
fails the old tree goes back, and if the run is killed between them the next run puts it back first.)
A lock on docs/ refuses a second run at the same time.

The ingest owns only what it wrote: every file it writes carries a marker (front matter
`generated: scripts.ingest` in pages, `"generated_by": "scripts.ingest"` in JSON). It refuses to replace
a folder holding anything else, and refuses to write a page whose address a hand-written page already has.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .models import IngestError
from .text import display

GENERATED = "generated"
GENERATED_BY = "scripts.ingest"
MARKERS = (f"\ngenerated: {GENERATED_BY}\n".encode(), f'"generated_by": "{GENERATED_BY}"'.encode())
HEAD_BYTES = 600  # the marker is always within a file's first lines


@dataclass(frozen=True)
class Changes:
    written: tuple[str, ...]  # new or changed files, relative to docs/generated/
    removed: tuple[str, ...]

    @property
    def any(self) -> bool:
        return bool(self.written or self.removed)


def _fail(path: Path, message: str) -> IngestError:
    return IngestError(display(path), "", message)


def carries_marker(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = b"\n" + f.read(HEAD_BYTES)
    except OSError:
        return False
    return any(m in head for m in MARKERS)


def foreign_entries(folder: Path) -> list[Path]:
    """What in a generated folder the ingest did not write: files without the marker, links, special files."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not (path.is_dir() or path.is_file()) or path.is_file() and not carries_marker(path):
            found.append(path)
    return found


def page_address(rel: str) -> str | None:
    """Where MkDocs puts a page of docs/ (directory URLs): `a/b.md` -> `a/b/`, `a/index.md` -> `a/`."""
    if not rel.endswith(".md"):
        return None
    stem = rel[:-3]
    parent, _, name = stem.rpartition("/")
    if name in ("index", "README"):
        return f"{parent}/" if parent else ""
    return f"{stem}/"


def clashes(docs: Path, outputs: Mapping[str, str]) -> list[str]:
    """Hand-written pages (or old generated pages outside docs/generated/) at an address the ingest needs."""
    wanted = {page_address(rel): rel for rel in outputs if page_address(rel) is not None}
    out = []
    for path in sorted(docs.rglob("*.md")):
        rel = path.relative_to(docs).as_posix()
        if rel.startswith(f"{GENERATED}/") or any(part.startswith(".") for part in rel.split("/")):
            continue
        address = page_address(rel)
        if address in wanted:
            old = " (written by an older version of the ingest: delete it)" if carries_marker(path) else ""
            out.append(
                f"{display(path)} has the address {address or '/'} that the generated page {GENERATED}/{wanted[address]} needs{old}"
            )
    return out


# ---- the atomic swap ------------------------------------------------------------------------------


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step; False when the system cannot."""
    libc = ctypes.CDLL(None, use_errno=True)
    if sys.platform.startswith("linux") and hasattr(libc, "renameat2"):
        at_fdcwd, rename_exchange = -100, 2
        ok = libc.renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0
    elif sys.platform == "darwin" and hasattr(libc, "renamex_np"):
        ok = libc.renamex_np(os.fsencode(a), os.fsencode(b), 2) == 0  # RENAME_SWAP
    else:
        return False
    if ok:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False  # a file system without atomic exchange
    raise OSError(err, os.strerror(err), str(b))


def swap_in(new: Path, target: Path, trash: Path) -> None:
    """Put the folder `new` at `target`; the old `target`, if any, ends up at `trash`."""
    if not target.exists():
        os.rename(new, target)
    elif _exchange(new, target):
        os.rename(new, trash)  # `new` now holds the old tree
    else:  # no atomic exchange on this file system: two renames, and the old tree back if the second fails
        os.rename(target, trash)
        try:
            os.rename(new, target)
        except OSError:
            os.rename(trash, target)
            raise


# ---- the transaction ------------------------------------------------------------------------------


def work_dir(docs: Path) -> Path:
    return docs.parent / f".{docs.name}.ingest"


@contextmanager
def locked(docs: Path) -> Iterator[None]:
    """Hold an exclusive lock on docs/ for the whole run (released by the system if the run is killed)."""
    if docs.exists() and not docs.is_dir():
        raise _fail(docs, "--docs must be a folder, but this is a file")
    try:
        docs.mkdir(parents=True, exist_ok=True)
        fd = os.open(docs, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as e:
        raise _fail(docs, f"cannot open the docs folder: {e.strerror}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise _fail(docs, "another ingest is writing this folder right now; wait for it to finish and run again") from None
        yield
    finally:
        os.close(fd)


def current_files(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    out = {}
    for path in folder.rglob("*"):
        if path.is_file():
            try:
                out[path.relative_to(folder).as_posix()] = path.read_bytes()
            except OSError as e:
                raise _fail(path, f"cannot read: {e.strerror}") from None
    return out


def changes(docs: Path, outputs: Mapping[str, str]) -> Changes:
    old = current_files(docs / GENERATED)
    written = tuple(sorted(rel for rel, text in outputs.items() if old.get(rel) != text.encode("utf-8")))
    removed = tuple(sorted(set(old) - set(outputs)))
    return Changes(written, removed)


def preflight(docs: Path, outputs: Mapping[str, str]) -> None:
    """Everything that would make the switch unsafe, found before anything is written."""
    target = docs / GENERATED
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise _fail(target, "is not a folder; the ingest writes its pages into this folder (move it away)")
    if target.is_dir():
        foreign = foreign_entries(target)
        if foreign:
            names = ", ".join(display(p) for p in foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
            raise _fail(
                target,
                f"holds files the ingest did not write: {names}. The ingest replaces this folder as a whole; move them out of it",
            )
    found = clashes(docs, outputs)
    if found:
        raise _fail(docs, "; ".join(found[:5]) + ". Rename the hand-written page or the theme's slug in rules/themes.toml")
    if not os.access(docs, os.W_OK):
        raise _fail(docs, "is not writable (permission denied)")


def _sweep(work: Path, target: Path) -> None:
    """Remove what a killed run left in the work folder (we hold the lock: no live run owns it). A run
    killed between the two renames of a file system without atomic exchange left the old tree aside
    and none at `target`: it goes back first."""
    if work.is_symlink() or work.is_file():
        work.unlink()
    elif work.is_dir():
        if not target.exists():
            old = sorted(work.glob("old-*"))
            if old:
                os.rename(old[-1], target)
        shutil.rmtree(work)


def _write_tree(folder: Path, outputs: Mapping[str, str]) -> None:
    for rel, text in sorted(outputs.items()):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="\n") as f:
            f.write(text)


@contextmanager
def transaction(docs: Path) -> Iterator[None]:
    """The lock on docs/ for a whole run (read the registry, compute, commit), and a clean work folder."""
    with locked(docs):
        try:
            _sweep(work_dir(docs), docs / GENERATED)
        except OSError as e:
            raise _fail(work_dir(docs), f"cannot clean the work folder: {e.strerror}") from None
        yield


def read_generated(docs: Path, rel: str) -> str | None:
    """A file the last run wrote, or None on the first run."""
    path = docs / GENERATED / rel
    if not path.exists():
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise _fail(path, f"cannot read: {e}") from None


def commit(docs: Path, outputs: Mapping[str, str]) -> Changes:
    """Replace docs/generated/ with `outputs` (path relative to it -> text) in one atomic switch.
    Call inside `transaction(docs)`."""
    preflight(docs, outputs)
    found = changes(docs, outputs)
    if not found.any:
        return found
    work = work_dir(docs)
    staging, trash = work / f"new-{os.getpid()}", work / f"old-{os.getpid()}"
    try:
        work.mkdir(exist_ok=True)
        _write_tree(staging, outputs)
    except OSError as e:
        shutil.rmtree(work, ignore_errors=True)
        raise _fail(Path(e.filename or work), f"cannot write: {e.strerror}") from None
    try:
        swap_in(staging, docs / GENERATED, trash)
    except OSError as e:
        shutil.rmtree(work, ignore_errors=True)
        raise _fail(docs / GENERATED, f"cannot switch to the new pages: {e.strerror}") from None
    shutil.rmtree(trash, ignore_errors=True)
    shutil.rmtree(work, ignore_errors=True)
    return found
