"""A static file server on 127.0.0.1 that gzips text, as GitHub Pages does (for fair page weights)."""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv")


@functools.lru_cache(maxsize=4096)
def compressed(path: Path) -> bytes:
    """A file's gzipped bytes, made once: a CDN serves them from cache, not compressing per request."""
    return gzip.compress(path.read_bytes(), compresslevel=6)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a CDN: no new connection per file
    disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart

    def log_message(self, *args) -> None:  # no line per request
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A missing page gets the site's own 404.html, as GitHub Pages serves it."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def record(self, size: int) -> None:
        """Note the bytes of the body sent (gzipped where it was), for the benchmark's page weights."""
        log = getattr(self.server, "traffic", None)
        if log is not None:
            log.append((self.path.split("?")[0], size))


class GzipHandler(QuietHandler):
    def send_head(self):  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix not in TEXT or "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            head = super().send_head()
            self.record(path.stat().st_size if head is not None and path.is_file() else 0)
            return head
        body = compressed(path)
        self.record(len(body))
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def serve(site: Path, gzip_text: bool = True, traffic: list[tuple[str, int]] | None = None) -> Iterator[str]:
    """Serve site on 127.0.0.1; with a list as traffic, every response appends (path, body bytes sent)."""
    handler = GzipHandler if gzip_text else QuietHandler
    if gzip_text:  # warm the cache, as a CDN's would be
        for path in site.rglob("*"):
            if path.suffix in TEXT and path.is_file():
                compressed(path)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    server.traffic = traffic  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
