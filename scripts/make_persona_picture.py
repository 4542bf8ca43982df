#!/usr/bin/env python3
"""Draws the neutral persona picture assets/effectenarena/personas/mohammed.png.

Not a photo and not a person: a flat, abstract silhouette (head and shoulders) on a teal
ground, drawn procedurally and written as PNG with zlib only. Run: python3 scripts/make_persona_picture.py
"""
import os
import struct
import sys
import zlib

SIZE = 384        # pixels, square
SS = 3            # supersampling per axis, for smooth edges
GROUND = (46, 125, 120)
GROUND_LIGHT = (72, 150, 143)
FIGURE = (236, 222, 198)


def inside(x, y):
    """Which colour a point (0..1 coordinates) gets: 2 figure, 1 light ring, 0 ground."""
    # Head.
    if (x - 0.5) ** 2 + (y - 0.39) ** 2 <= 0.17 ** 2:
        return 2
    # Shoulders: the top of an ellipse below the head.
    if y >= 0.60 and ((x - 0.5) / 0.36) ** 2 + ((y - 0.98) / 0.36) ** 2 <= 1.0:
        return 2
    # A soft ring behind the figure.
    if (x - 0.5) ** 2 + (y - 0.5) ** 2 <= 0.44 ** 2:
        return 1
    return 0


def main(out_path):
    colours = [GROUND, GROUND_LIGHT, FIGURE]
    rows = bytearray()
    n = SS * SS
    for py in range(SIZE):
        rows.append(0)  # filter: none
        for px in range(SIZE):
            acc = [0, 0, 0]
            for sy in range(SS):
                for sx in range(SS):
                    c = colours[inside((px + (sx + 0.5) / SS) / SIZE, (py + (sy + 0.5) / SS) / SIZE)]
                    acc[0] += c[0]
                    acc[1] += c[1]
                    acc[2] += c[2]
            rows += bytes((a + n // 2) // n for a in acc)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 2, 0, 0, 0))  # 8-bit RGB
    png += chunk(b"IDAT", zlib.compress(bytes(rows), 9))
    png += chunk(b"IEND", b"")
    with open(out_path, "wb") as f:
        f.write(png)
    print(out_path, len(png), "bytes")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "assets", "effectenarena", "personas", "mohammed.png"))
