#!/usr/bin/env python3
"""Draws Tafelgesprek's icon (the four layers of the support pyramid on a table top) and writes
it as a Windows .ico with PNG images of 16, 32, 48 and 256 pixels. Standard library only.
Usage: make_icon.py OUT.ico"""
import struct
import sys
import zlib

LAYERS = [(0x2E, 0x7D, 0x32), (0x1E, 0x88, 0xE5), (0xF9, 0xA8, 0x25), (0xE5, 0x39, 0x35)]  # bottom to top
TABLE = (0xF4, 0xEF, 0xE6)
EDGE = (0x6D, 0x4C, 0x41)


def pixel(x, y):
    """Colour at (x, y) in 0..1 (y down), or None for transparent."""
    r = 0.16  # rounded corners of the table top
    cx, cy = min(max(x, r), 1 - r), min(max(y, r), 1 - r)
    d = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5
    if d > r:
        return None
    if d > r - 0.05:
        return EDGE
    top, bottom = 0.17, 0.85
    if top <= y <= bottom:
        band = int((bottom - y) / (bottom - top) * 4)
        band = min(band, 3)
        half = 0.07 + 0.36 * (1 - (bottom - y) / (bottom - top))  # wider towards the bottom
        gap = ((bottom - y) / (bottom - top) * 4) % 1
        if abs(x - 0.5) <= half and 0.08 < gap < 0.97:
            return LAYERS[band]
    return TABLE


def png(size):
    rows = []
    n = 3  # 3x3 supersampling
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(n):
                for sx in range(n):
                    c = pixel((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            k = acc[3] // 255
            row += bytes([acc[0] // k, acc[1] // k, acc[2] // k, acc[3] // (n * n)] if k else [0, 0, 0, 0])
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def main():
    sizes = [16, 32, 48, 256]
    images = [png(s) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for s, data in zip(sizes, images):
        out += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    with open(sys.argv[1], "wb") as f:
        f.write(out + b"".join(images))


if __name__ == "__main__":
    main()
