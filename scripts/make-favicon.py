#!/usr/bin/env python3
"""Draws crates/server/static/favicon.ico: Gemeng's mark (static/icon.svg: a white house
on a blue rounded square) as a 32-pixel PNG inside an ICO file, with the standard library
only. Run again after changing the mark; the result is committed."""
import struct, zlib, pathlib

SIZE, SCALE = 32, 4  # drawn at 4x4 samples per pixel, averaged: smooth edges
BLUE, WHITE = (0x0B, 0x53, 0x94), (0xFF, 0xFF, 0xFF)
HOUSE = [(6, 15), (16, 6), (26, 15), (26, 26), (19, 26), (19, 19), (13, 19), (13, 26), (6, 26)]

def inside(poly, x, y):
    hit = False
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit

def in_rounded_square(x, y, r=6):
    cx, cy = min(max(x, r), SIZE - r), min(max(y, r), SIZE - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

rows = []
for py in range(SIZE):
    row = bytearray([0])  # PNG filter: none
    for px in range(SIZE):
        acc = [0, 0, 0, 0]
        for sy in range(SCALE):
            for sx in range(SCALE):
                x, y = px + (sx + .5) / SCALE, py + (sy + .5) / SCALE
                if not in_rounded_square(x, y):
                    continue
                colour = WHITE if inside(HOUSE, x, y) else BLUE
                for i in range(3):
                    acc[i] += colour[i]
                acc[3] += 255
        n = SCALE * SCALE
        covered = acc[3] // 255
        row += bytes([acc[i] // covered if covered else 0 for i in range(3)] + [acc[3] // n])
    rows.append(bytes(row))

def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
ico = struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", SIZE, SIZE, 0, 0, 1, 32, len(png), 22) + png
out = pathlib.Path(__file__).resolve().parent.parent / "crates/server/static/favicon.ico"
out.write_bytes(ico)
print(f"wrote {out} ({len(ico)} bytes)")
