"""A hostile base's TimelineJS export renders as text, in a real browser.

TimelineJS itself is loaded from a CDN by whoever shows the export, so it cannot be loaded here;
what it does with our JSON is: put ``headline``, ``text``, ``group`` and ``display_date`` of each
event (and the title's ``headline`` and ``text``) into the page as HTML (innerHTML). A page of our
own does exactly that with the exported JSON in headless Chromium, and the DOM it leaves is
checked: only the markup we emit (blockquote, p, cite, em, a with an http(s) link), no element or
attribute from the data. Runs when /usr/bin/chromium exists (`.ci/run` installs it), else skips.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from .conftest import fact, tiny_doc, tiny_sources, write_base

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

EVIL = '<img src=x onerror="document.title=1"><script>document.title=2</script><b onclick=alert(1)>x</b>'

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>clean</title></head><body>
<div id="timeline"></div><pre id="result"></pre>
<script>
const bytes = Uint8Array.from(atob("%s"), c => c.charCodeAt(0));
const doc = JSON.parse(new TextDecoder().decode(bytes));
const root = document.getElementById("timeline");
function put(html) { const d = document.createElement("div"); d.className = "field"; d.innerHTML = html;
                     root.appendChild(d); }
put(doc.title.text.headline); put(doc.title.text.text);
for (const ev of doc.events) { put(ev.text.headline); put(ev.text.text); put(ev.group); put(ev.display_date); }
const tags = new Set(), attrs = new Set(), hrefs = [];
for (const el of root.querySelectorAll(".field *")) {
  tags.add(el.tagName.toLowerCase());
  for (const a of el.attributes) attrs.add(a.name);
  if (el.tagName === "A") hrefs.push(el.getAttribute("href"));
}
const texts = Array.from(root.querySelectorAll(".field")).map(d => d.textContent);
document.getElementById("result").textContent = JSON.stringify(
  {tags: [...tags].sort(), attrs: [...attrs].sort(), hrefs, texts, title: document.title});
</script></body></html>
"""


def _hostile_base(root: Path) -> Path:
    quote = f"The works produced {EVIL} 7,700 tons."
    doc = tiny_doc([fact(statement=f"Statement {EVIL}", quote=quote, note=f"Note {EVIL}", unit=f"t{EVIL}")])
    doc["topics"][2]["label"] = f"Zinc {EVIL}"
    sources = tiny_sources()
    sources["sources"][0].update(citation=f"Cited {EVIL}", url="javascript:document.title=3")
    write_base(root, doc, sources)
    (root / "sources" / "alpha-report-1957-08-07.txt").write_text(f"Report.\n\n{quote}\n", encoding="utf-8")
    return root


def _render(page: Path, tmp_path: Path) -> dict[str, Any]:
    assert CHROMIUM is not None
    r = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                        page.as_uri()], capture_output=True, timeout=120, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    start = r.stdout.index('<pre id="result">') + len('<pre id="result">')
    raw = r.stdout[start:r.stdout.index("</pre>", start)]
    import html

    return json.loads(html.unescape(raw))  # type: ignore[no-any-return]


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (apt-get install chromium; .ci/run does)")
def test_a_hostile_base_renders_as_text_in_chromium(run: Any, tmp_path: Path) -> None:
    root = _hostile_base(tmp_path / "hostile")
    r = run("export", "--format", "timelinejs", base=root)
    assert r.exit_code == 0, r.stderr
    page = tmp_path / "page.html"
    page.write_text(PAGE % base64.b64encode(r.stdout.encode("utf-8")).decode("ascii"), encoding="utf-8")
    found = _render(page, tmp_path)
    assert found["title"] == "clean"
    assert set(found["tags"]) <= {"blockquote", "p", "cite", "em", "a"}, found["tags"]
    assert found["attrs"] == [] or set(found["attrs"]) <= {"href"}, found["attrs"]
    assert all(h.startswith(("http://", "https://")) for h in found["hrefs"]), found["hrefs"]
    texts = "\n".join(found["texts"])
    for where in ("Statement", "Note", "Cited", "Zinc", "The works produced"):
        assert f"{where} {EVIL}" in texts  # the hostile words are there, as text


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium")
def test_the_page_would_see_markup_if_there_were_any(tmp_path: Path) -> None:
    """The check itself can fail: unescaped markup in a field shows as tags and attributes."""
    doc = {"title": {"text": {"headline": "t", "text": "t"}},
           "events": [{"text": {"headline": EVIL, "text": ""}, "group": "", "display_date": ""}]}
    page = tmp_path / "page.html"
    page.write_text(PAGE % base64.b64encode(json.dumps(doc).encode()).decode("ascii"), encoding="utf-8")
    found = _render(page, tmp_path)
    assert {"img", "script", "b"} <= set(found["tags"]) and "onclick" in found["attrs"]
