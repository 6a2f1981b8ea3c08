"""requirements.txt, the lock: honoured (the venv holds exactly its versions), current (it resolves
pyproject.toml's requirements) and closed (every locked package finds its own requirements in it)."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from .conftest import ROOT

LOCK = ROOT / "requirements.txt"
HASH = re.compile(r"--hash=sha256:[0-9a-f]{64}")


def entries(text: str) -> list[tuple[Requirement, list[str]]]:
    """Each `name==version ; marker` of a lock with its hashes (continuation lines joined)."""
    out = []
    for entry in re.sub(r"\\\n", " ", text).splitlines():
        entry = entry.split("#", 1)[0].strip() if entry.lstrip().startswith("#") else entry.strip()
        if not entry:
            continue
        spec, *_ = entry.split(" --hash=", 1)
        out.append((Requirement(spec.strip()), HASH.findall(entry)))
    return out


def pins(text: str, env: dict[str, str] | None = None) -> dict[str, Version]:
    """The version locked for each package on this interpreter (markers evaluated)."""
    env = env or dict(default_environment())
    out: dict[str, Version] = {}
    for req, _ in entries(text):
        if req.marker is None or req.marker.evaluate(env):
            (spec,) = req.specifier
            assert spec.operator == "==", req
            assert canonicalize_name(req.name) not in out, f"{req.name} locked twice for this interpreter"
            out[canonicalize_name(req.name)] = Version(spec.version)
    return out


def direct_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    for extra in project.get("optional-dependencies", {}).values():
        reqs += [Requirement(r) for r in extra]
    return reqs


def test_every_locked_package_is_pinned_with_its_hashes():
    locked = entries(LOCK.read_text(encoding="utf-8"))
    assert len(locked) > 40, "requirements.txt holds too few packages to be the whole lock"
    for req, hashes in locked:
        assert str(req.specifier).startswith("=="), f"{req}: not pinned"
        assert hashes, f"{req.name}: no --hash (pip --require-hashes would refuse the lock)"


def test_the_venv_holds_exactly_the_locked_versions():
    """What `make` installs is what the lock says: a package upgraded or missing fails here."""
    wrong = {}
    for name, version in pins(LOCK.read_text(encoding="utf-8")).items():
        try:
            installed = Version(metadata.version(name))
        except metadata.PackageNotFoundError:
            installed = None
        if installed != version:
            wrong[name] = (str(version), str(installed) if installed else "not installed")
    assert not wrong, f"the venv differs from requirements.txt (locked, installed): {wrong}; run `make test` to reinstall"


def unsatisfied(lock: str, reqs: list[Requirement], env: dict[str, str]) -> list[str]:
    """The requirements the lock misses or pins at a version they do not allow."""
    locked = pins(lock, env)
    out = []
    for req in reqs:
        version = locked.get(canonicalize_name(req.name))
        if version is None or not req.specifier.contains(version, prereleases=True):
            out.append(f"{req} (locked: {version})")
    return out


def python_env(python: str) -> dict[str, str]:
    return {**default_environment(), "python_full_version": python, "python_version": python.rsplit(".", 1)[0]}


@pytest.mark.parametrize("python", ["3.11.2", "3.11.7", "3.12.3", "3.13.1"])
def test_the_lock_resolves_every_requirement_of_pyproject(python):
    """Every direct requirement is locked, at a version its specifier allows, on every Python the
    project supports (the lock is universal: Debian bookworm's 3.11.2 gets its own pins where needed)."""
    stale = unsatisfied(LOCK.read_text(encoding="utf-8"), direct_requirements(), python_env(python))
    assert not stale, f"requirements.txt does not satisfy pyproject.toml: {stale}; run `make lock`"


def test_a_stale_lock_is_noticed():
    """A requirement added to pyproject without `make lock`, or a pin below a raised bound, is named."""
    text = LOCK.read_text(encoding="utf-8")
    env = python_env("3.11.7")
    added = [*direct_requirements(), Requirement("tomli-w>=1")]
    assert unsatisfied(text, added, env) == ["tomli-w>=1 (locked: None)"]
    older = re.sub(r"(?m)^mkdocs-material==[^ ]+", "mkdocs-material==9.6.0", text)
    assert unsatisfied(older, direct_requirements(), env) == ["mkdocs-material<10,>=9.7 (locked: 9.6.0)"]


def test_every_locked_package_finds_its_own_requirements_in_the_lock():
    """The lock is closed: each installed package's requirements (as its metadata states them, for
    this interpreter) are locked too, at a version they allow."""
    env = dict(default_environment())
    locked = pins(LOCK.read_text(encoding="utf-8"), env)
    missing = []
    for name in locked:
        for text in metadata.requires(name) or []:
            req = Requirement(text)
            if req.marker is not None and not req.marker.evaluate({**env, "extra": ""}):
                continue  # an optional extra or another platform's requirement
            version = locked.get(canonicalize_name(req.name))
            if version is None or not req.specifier.contains(version, prereleases=True):
                missing.append(f"{name} needs {req} (locked: {version})")
    assert not missing, missing


def test_every_install_goes_through_the_lock():
    """The Makefile (make serve, make test), hence .ci/run, and the Pages build install only the lock."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert ".venv/ready: requirements.txt\n" in makefile
    assert "pip install --quiet --require-hashes --no-deps -r requirements.txt" in makefile
    assert re.findall(r"pip install[^\n]*", makefile) == [
        'pip install --quiet "uv>=0.9"; }',  # make lock's bootstrap when there is no venv yet
        "pip install --quiet --require-hashes --no-deps -r requirements.txt",
    ]
    workflow = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert re.findall(r"pip install[^\n]*", workflow) == ["pip install --require-hashes --no-deps -r requirements.txt"]
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
