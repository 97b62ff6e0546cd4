"""HTML bodies as plain text, with bounds on how much HTML is read (hostile input)."""
from __future__ import annotations

import re
from html.parser import HTMLParser

MAX_HTML_CHARS = 2 * 1024 * 1024  # HTML converted to text; the rest is dropped
MAX_HTML_TAGS = 30_000  # tags fed to the HTML parser (~30 us each); the rest is dropped

_BLANKS_RE = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")

_BLOCK_TAGS = {
    "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
    "blockquote", "hr", "section", "article", "header", "footer", "dl", "dt", "dd", "address", "center",
}
_SKIP_TAGS = {"script", "style", "head", "title", "template", "noscript", "svg", "object", "iframe"}


class _TextExtractor(HTMLParser):
    """Collects visible text; block elements become line breaks, blockquotes become '> ' quoted lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.quote = 0

    def _break(self) -> None:
        line = " ".join("".join(self.current).split())
        self.current = []
        prefix = "> " * self.quote
        self.lines.append((prefix + line).rstrip() if line or self.quote else "")

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self._break()
            if tag == "blockquote":
                self.quote += 1
            elif tag == "li":
                self.current.append("- ")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self._break()
            if tag == "blockquote":
                self.quote = max(0, self.quote - 1)
            if tag in ("p", "div", "table", "blockquote", "ul", "ol") and self.lines and self.lines[-1]:
                self.lines.append("")

    def handle_data(self, data):
        if not self.skip:
            self.current.append(data)


def html_budget(parts: list[str], max_chars: int = MAX_HTML_CHARS, max_tags: int = MAX_HTML_TAGS) -> list[str]:
    """The HTML parts cut so that together they stay within max_chars and max_tags."""
    out = []
    for html in parts:
        html = cut_html(html, max_chars, max_tags)
        out.append(html)
        max_chars -= len(html)
        max_tags -= html.count("<")
        if max_chars <= 0 or max_tags <= 0:
            break
    return out


def cut_html(html: str, max_chars: int, max_tags: int) -> str:
    """html cut to max_chars characters and before its (max_tags + 1)-th '<'."""
    html = html[:max(max_chars, 0)]
    if html.count("<") <= max_tags:
        return html
    cut = -1
    for _ in range(max(max_tags, 0) + 1):
        cut = html.find("<", cut + 1)
    return html[:cut]


def html_to_text(html: str, *, max_chars: int = MAX_HTML_CHARS, max_tags: int = MAX_HTML_TAGS) -> str:
    """Visible text of an HTML body: scripts and styles dropped, block elements on their own lines."""
    extractor = _TextExtractor()
    try:
        extractor.feed(cut_html(html, max_chars, max_tags))
        extractor.close()
    except Exception:  # HTMLParser is lenient, but a parse failure must not lose the whole body
        pass
    extractor._break()
    text = "\n".join(extractor.lines).replace("\xa0", " ").replace("\x00", "")
    return _BLANKS_RE.sub("\n\n", text).strip("\n")
