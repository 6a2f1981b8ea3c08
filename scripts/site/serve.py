"""Serve a built site on http://127.0.0.1:8000 (`make serve`), as GitHub Pages would: files as they
are, the site's own 404 page for a missing one. What is served is what is published: the pages,
then the project's data (scripts/site/build.py), checked whole (scripts/site/check.py).

    python -m scripts.site.serve site/ [--port 8000]
"""

from __future__ import annotations

import argparse
import functools
import http.server
from pathlib import Path

from scripts.bench.serve import QuietHandler


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.site.serve", description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    handler = functools.partial(QuietHandler, directory=str(args.site))
    with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as server:
        print(f"Serving {args.site}/ on http://127.0.0.1:{args.port}/ (Ctrl+C stops)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
