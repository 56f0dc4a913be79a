"""Hostile files made on the fly for tests: broken, encrypted, bomb and nested PDFs."""
from __future__ import annotations

import os
import random
import zlib
from pathlib import Path


def pdf_with_objects(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A syntactically complete PDF with the given objects (1-based), catalog first."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra + b">>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def simple_pdf(text: str = "Hello council") -> bytes:
    """A one-page PDF that says `text`."""
    content = b"BT /F1 12 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET"
    return pdf_with_objects([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def bomb_pdf(inflated_mb: int = 400) -> bytes:
    """A small PDF whose page content inflates to `inflated_mb` MB of zeros."""
    compressor = zlib.compressobj(9)
    chunk = b"\0" * (1 << 20)
    data = b"".join(compressor.compress(chunk) for _ in range(inflated_mb)) + compressor.flush()
    return pdf_with_objects([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
    ])


def encrypted_pdf() -> bytes:
    """A PDF encrypted with a user password (not the empty one)."""
    rng = random.Random(7)
    o = bytes(rng.randrange(256) for _ in range(32)).hex().encode()
    u = bytes(rng.randrange(256) for _ in range(32)).hex().encode()
    doc_id = bytes(rng.randrange(256) for _ in range(16)).hex().encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + o + b"> /U <" + u + b"> /P -4 >>",
    ]
    return pdf_with_objects(objects, b"/Encrypt 4 0 R /ID [<" + doc_id + b"> <" + doc_id + b">] ")


def nested_pdf(depth: int = 100_000) -> bytes:
    """A PDF whose page dictionary holds arrays nested `depth` deep."""
    nested = b"[" * depth + b"]" * depth
    return pdf_with_objects([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Junk " + nested + b" >>",
    ])


def write_hostile_set(folder: Path) -> dict[str, str]:
    """Write every kind of bad file into folder; returns file name -> what it is."""
    folder.mkdir(parents=True, exist_ok=True)
    good = simple_pdf()
    files = {
        "empty.pdf": b"",
        "truncated.pdf": good[: len(good) // 2],
        "random.pdf": os.urandom(4096),
        "encrypted.pdf": encrypted_pdf(),
        "bomb.pdf": bomb_pdf(),
        "nested.pdf": nested_pdf(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return {name: name.split(".")[0] for name in files}
