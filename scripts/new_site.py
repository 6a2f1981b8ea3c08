"""Start a site of your own from this repository: `python -m scripts.new_site` (or `make new-site`).

What belongs to the template's channels goes: the seed sources (moved to tests/fixtures/seeds/, where
the tests keep reading them as their fixtures, with their registry as tests/fixtures/seeds.ids.lock),
and docs/generated/ with its id registry ids.lock, so
that no page, id or removal notice of the template's questions is published by the new site. A fresh
sources/channels.toml names no channel yet. The site then builds, empty, until the first export is in
sources/ (README, "Start your own site").

Refuses, with exit code 2 and nothing changed, when it already ran (no seed is left in sources/) or
when docs/generated/ holds a file the ingest did not write.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from scripts.ingest.channels import CONFIG
from scripts.ingest.output import GENERATED, foreign_entries
from scripts.ingest.registry import REGISTRY

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path("tests") / "fixtures" / "seeds"
SEEDS_REGISTRY = Path("tests") / "fixtures" / "seeds.ids.lock"  # the seeds' ids, which the tests expect

TEMPLATE = """\
# The channels this site is built from. Read by scripts/ingest/channels.py.
#
# [[channel]]
# name = "…"               what readers see as the source of a question
# username = "…"           a public channel's username: questions link to https://t.me/<username>/<post>
# chat_id = 1234567890     the chat's "id" in a Telegram Desktop export (result.json). A full-account
#                          export publishes only the chats listed here; a single-chat export is published
#                          either way (listing it names it and links its posts).
# dumps = ["000_*.txt"]    text dumps of this channel (copied from t.me/s/<username>), as paths under sources/
#
# For example, with sources/my-channel/result.json exported from Telegram Desktop:
#
# [[channel]]
# name = "Мой канал"
# username = "my_channel"
# chat_id = 1234567890
"""


class Refused(Exception):
    pass


def new_site(root: Path) -> list[str]:
    """Empty the template's channels out of `root`; what was done, one line each."""
    sources, generated, seeds = root / "sources", root / "docs" / GENERATED, root / SEEDS
    seed_files = sorted(p for p in sources.iterdir() if p.name != CONFIG) if sources.is_dir() else []
    if not seed_files:
        raise Refused(f"{sources}: no source left to move; the site is new already")
    if generated.exists() and (foreign := foreign_entries(generated)):
        names = ", ".join(p.relative_to(generated).as_posix() for p in foreign[:5])
        raise Refused(f"{generated}: holds files the ingest did not write ({names}); move them out first")
    if seeds.exists() or (root / SEEDS_REGISTRY).exists():
        raise Refused(f"{seeds}: exists already; move it away first")
    done = []
    seeds.mkdir(parents=True)
    for path in [*seed_files, sources / CONFIG]:
        if path.exists():
            shutil.move(str(path), seeds / path.name)
    done.append(f"moved {len(seed_files)} seed source(s) and {CONFIG} to {SEEDS}/ (the tests' fixtures)")
    (sources / CONFIG).write_text(TEMPLATE, encoding="utf-8")
    done.append(f"wrote sources/{CONFIG}, naming no channel yet")
    if (generated / REGISTRY).is_file():
        shutil.copy2(generated / REGISTRY, root / SEEDS_REGISTRY)
    if generated.exists():
        shutil.rmtree(generated)
        done.append(f"removed docs/{GENERATED}/ with its id registry: no page, id or notice of the template is left")
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.new_site", description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository to turn into a new site (default: this one)")
    args = parser.parse_args(argv)
    try:
        done = new_site(args.root)
    except (Refused, OSError) as e:
        print(f"new-site refused: {e}. Nothing was changed.", file=sys.stderr)
        return 2
    print("\n".join(done))
    print(
        "Next: put your channel's result.json under sources/ (e.g. sources/my-channel/result.json), name it in "
        f"sources/{CONFIG}, set site_name in mkdocs.yml, then run `make serve`."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
