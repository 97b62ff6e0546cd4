"""Charsets and header words: decoding what a mailbox sends, whatever label (or none) it carries."""
from __future__ import annotations

import codecs
from email.header import decode_header
from email.policy import Compat32

from followup.mail.headers import clean_text

_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949", "ksc5601": "cp949", "ksc_5601": "cp949",
    "euc-kr": "cp949", "euc_kr": "cp949",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "windows-31j": "cp932",
    "iso-2022-jp": "iso2022_jp_ext", "csiso2022jp": "iso2022_jp_ext",
    "iso-8859-8-i": "iso8859_8", "iso-8859-6-i": "iso8859_6",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "big5": "big5hkscs", "windows-874": "cp874", "tis-620": "cp874",
    "x-mac-roman": "mac_roman", "macintosh": "mac_roman", "utf8": "utf-8", "unicode-1-1-utf-7": "utf-7",
}
_UNKNOWN_CHARSETS = {"x-unknown", "unknown", "unknown-8bit", "x-user-defined", "default", "charset", "none"}
# Declared as one of these, bytes that are valid UTF-8 almost always are UTF-8 (a wrong label).
_LATIN_FAMILY = {"cp1252", "latin_1", "ascii", "iso8859_15"}


class RawHeaders(Compat32):
    """compat32, but header values always come back as str (8-bit bytes as surrogate escapes), never Header."""

    def header_fetch_parse(self, name, value):
        """Return the stored value unchanged; we decode it ourselves."""
        return value


RAW_POLICY = RawHeaders()



def python_codec(charset: str | None) -> str | None:
    """Map a MIME charset label to a Python codec name, or None when unknown or not a text codec."""
    if not charset:
        return None
    label = charset.strip().strip("'\"").lower()
    if not label or label in _UNKNOWN_CHARSETS:
        return None
    label = _CHARSET_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    try:
        # rejects bytes-to-bytes codecs such as base64 or zlib (b"" would skip the check), and codecs such as
        # idna or undefined that cannot decode with replacement
        b"a".decode(name, errors="replace")
    except (LookupError, UnicodeError):
        return None
    return name


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode bytes in the declared charset, falling back to UTF-8, then cp1252 with replacement."""
    codec = python_codec(charset)
    if codec and codec not in _LATIN_FAMILY:
        try:
            return data.decode(codec)
        except UnicodeError:  # some codecs raise a plain UnicodeError, not UnicodeDecodeError
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if codec and codec not in _LATIN_FAMILY and codec != "utf-8":
        # a multibyte text with a few bad bytes reads better in its own charset than as cp1252
        try:
            return data.decode(codec, errors="replace")
        except UnicodeError:  # punycode ignores the error handler on non-ASCII input
            pass
    return data.decode("cp1252", errors="replace")


def fix_surrogates(value: str) -> str:
    """compat32 keeps raw 8-bit header bytes as surrogate escapes; decode them as UTF-8 or cp1252."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return decode_bytes(value.encode("utf-8", errors="surrogateescape"), None)


def decode_header_value(value: object) -> str:
    """RFC 2047-decode one header value with lenient charsets and fold whitespace; '' for None."""
    if value is None:
        return ""
    value = fix_surrogates(str(value))
    if "=?" in value:
        try:
            chunks = decode_header(value)
        except Exception:  # bad base64 or a broken encoded word: keep the raw text
            chunks = [(value, None)]
        pieces = []
        for chunk, charset in chunks:
            if isinstance(chunk, str):
                pieces.append(chunk)
            elif charset is None:
                # decode_header turns undecoded runs into raw-unicode-escape bytes
                pieces.append(chunk.decode("raw-unicode-escape", errors="replace"))
            else:
                pieces.append(decode_bytes(chunk, charset))
        value = "".join(pieces)
    # Control characters go too (not only whitespace): a subject or name is written back in a reply (invariant 9).
    return clean_text(value.replace("\x00", ""))
