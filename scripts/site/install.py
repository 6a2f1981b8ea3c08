"""Installable: the web app manifest (manifest.webmanifest at the site's root) and its icons.

Every address in it is relative to the manifest, so the site installs under a sub-path too
(https://x.github.io/repo/): `start_url` is the home page, `scope` the site's root.
"""

from __future__ import annotations

import json
from pathlib import Path

from scripts.site.cards import ICON_SIZES, ICONS, write_icons

MANIFEST = "manifest.webmanifest"
THEME_LIGHT = "#4051b5"  # Material's indigo: the header of both schemes
THEME_DARK = "#1e2029"  # Material's slate background (hsl(232, 15%, 14%))


def webmanifest(name: str, short_name: str, description: str) -> dict:
    icons = []
    for file, (size, padding) in ICON_SIZES.items():
        if file.startswith("apple-"):
            continue
        icons.append(
            {
                "src": f"{ICONS}/{file}",
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "maskable" if padding else "any",
            }
        )
    return {
        "name": name,
        "short_name": short_name,
        "description": description,
        "lang": "ru",
        "dir": "ltr",
        "start_url": "./",
        "scope": "./",
        "id": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_LIGHT,
        "icons": icons,
    }


def write_webmanifest(site_dir: Path, name: str, short_name: str, description: str) -> Path:
    """manifest.webmanifest and its icons in the built site."""
    write_icons(site_dir)
    path = site_dir / MANIFEST
    path.write_text(json.dumps(webmanifest(name, short_name, description), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path
