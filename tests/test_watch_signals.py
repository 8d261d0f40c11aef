"""A watch stopped by SIGTERM ends cleanly; one killed by SIGKILL resumes without duplicates.

The watch runs as ``python -m ceksilang.cli watch`` in a subprocess against a scripted site
served by this test process; every article answers slowly, so the signal lands mid-round.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.watch_server import Reply, Site, article

REPO = Path(__file__).resolve().parents[1]
ARTICLES = 6


def _texts(n: int) -> list[str]:
    return [f"Sebanyak {100 + n * 7} warga di Kecamatan Nomor {n} mengungsi karena banjir yang datang pada Senin malam.",
            f"“Air naik sangat cepat setelah hujan deras,” kata Camat Wilayah {n} kepada wartawan di posko pengungsian."]


@pytest.fixture
def site():
    s = Site().start()
    s.routes["/robots.txt"] = Reply(b"User-agent: *\nAllow: /\n", content_type="text/plain")
    items = "".join(f"<item><title>t{i}</title><link>{s.url(f'/a{i}')}</link></item>" for i in range(ARTICLES))
    s.routes["/feed.xml"] = Reply(f"<?xml version='1.0'?><rss version='2.0'><channel><title>W</title>{items}</channel></rss>".encode(),
                                  content_type="application/rss+xml")
    for i in range(ARTICLES):
        s.routes[f"/a{i}"] = Reply(article(f"Banjir di kecamatan {i}", _texts(i)), delay=0.4)
    yield s
    s.stop()


def _start(site: Site, tmp_path: Path, *extra: str) -> subprocess.Popen:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(site.url("/feed.xml") + "\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "ceksilang.cli", "watch", str(feeds), "--out", str(tmp_path / "out"),
                             "--pace", "0", "--format", "json", *extra],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _wait_for(db: Path, n: int, proc: subprocess.Popen, limit: float = 120.0) -> None:
    deadline = time.monotonic() + limit
    while _stored(db) < n:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the watch stored nothing in time"
        time.sleep(0.05)


def _consistent(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        docs = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        new = conn.execute("SELECT COUNT(*), COUNT(DISTINCT doc_id) FROM changes WHERE kind = 'new-document'").fetchone()
        pages = conn.execute("SELECT COUNT(*) FROM watch_pages WHERE doc_id IS NOT NULL").fetchone()[0]
        archived = conn.execute("SELECT COUNT(DISTINCT doc_id) FROM archived").fetchone()[0]
    assert new[0] == new[1] == docs == pages == archived  # every stored page whole, none twice
    return docs, new[0], pages


@pytest.mark.slow
def test_sigterm_stops_after_the_current_page_and_a_rerun_finishes(site, tmp_path):
    db = tmp_path / "out" / "ceksilang.db"
    proc = _start(site, tmp_path, "--every", "1h")
    _wait_for(db, 1, proc)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert "stopped cleanly" in err
    stored, _, _ = _consistent(db)
    assert 1 <= stored < ARTICLES
    assert (tmp_path / "out" / "briefing.json").exists()  # written before it stopped
    rerun = _start(site, tmp_path, "--once")
    out, err = rerun.communicate(timeout=180)
    assert rerun.returncode == 0, err
    assert _consistent(db)[0] == ARTICLES
    # SIGTERM let the page in hand finish: no article was fetched twice
    assert [site.fetches(f"/a{i}") for i in range(ARTICLES)] == [1] * ARTICLES


@pytest.mark.slow
def test_sigkill_resumes_without_duplicates(site, tmp_path):
    db = tmp_path / "out" / "ceksilang.db"
    proc = _start(site, tmp_path, "--every", "1h")
    _wait_for(db, 2, proc)
    proc.kill()
    proc.communicate(timeout=30)
    stored, _, _ = _consistent(db)
    assert 2 <= stored < ARTICLES
    rerun = _start(site, tmp_path, "--once")
    out, err = rerun.communicate(timeout=180)
    assert rerun.returncode == 0, err
    assert _consistent(db)[0] == ARTICLES
    fetched = [site.fetches(f"/a{i}") for i in range(ARTICLES)]
    # at most the page in hand when killed is fetched again; every other page once
    assert sum(fetched) <= ARTICLES + 1 and min(fetched) == 1
