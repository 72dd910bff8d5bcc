#!/usr/bin/env python3
"""Renders the body map with headless Chromium and checks its pixels.

usage: bodymap_render.py WRITER WORKDIR

WRITER (programs_bodymap_render) writes the SVG and prints the centre of each
shape to compare with its weekly sets. Chromium screenshots the SVG at its
natural size; the PNG is decoded here (zlib and the PNG filters, standard
library only) and, for every pair of shapes, the one with more sets must be
darker at its centre. Chromium missing is a failure, never a skip: the picture
a coach sees is what this test sees.
"""
import os
import shutil
import struct
import subprocess
import sys
import zlib


def fail(message):
    print("bodymap_render: " + message, file=sys.stderr)
    sys.exit(1)


def decode_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail("not a PNG: " + path)
    at, idat, header = 8, b"", None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        fail("unexpected PNG format: depth %d colour %d interlace %d" % (depth, colour, interlace))
    channels = 4 if colour == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, at = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[at], bytearray(raw[at + 1:at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + pred) & 255
            elif kind != 0:
                fail("bad PNG filter %d" % kind)
        rows.append(line)
        previous = line
    return width, height, channels, rows


def main():
    if len(sys.argv) != 3:
        fail("usage: bodymap_render.py WRITER WORKDIR")
    writer, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    svg = os.path.join(work, "bodymap.svg")
    png = os.path.join(work, "bodymap.png")
    if os.path.exists(png):
        os.remove(png)
    lines = subprocess.run([writer, svg], check=True, capture_output=True, text=True).stdout.split("\n")
    shapes = {}
    for line in filter(None, lines):
        name, x, y, sets = line.split()
        shapes[name] = (int(x), int(y), float(sets))
    width, height, _ = shapes.pop("canvas")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        fail("chromium is not installed (Debian package chromium; scripts/test installs it)")
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--force-device-scale-factor=1", "--window-size=%d,%d" % (width, height),
                    "--screenshot=" + png, "file://" + os.path.abspath(svg)],
                   check=True, capture_output=True, timeout=120)
    w, h, channels, rows = decode_png(png)
    if (w, h) != (width, height):
        fail("screenshot is %dx%d, expected %dx%d" % (w, h, width, height))

    def darkness(x, y):
        px = rows[y][x * channels:x * channels + 3]
        return 255 * 3 - sum(px)

    # The background is white: a shape drawn there is not.
    if darkness(2, 2) != 0:
        fail("the corner is not white: the screenshot is not the picture")
    checked = 0
    for a, (ax, ay, asets) in shapes.items():
        if darkness(ax, ay) == 0:
            fail("%s is not drawn at (%d, %d)" % (a, ax, ay))
        for b, (bx, by, bsets) in shapes.items():
            if asets > bsets:
                checked += 1
                if not darkness(ax, ay) > darkness(bx, by):
                    fail("%s (%g sets) is not darker than %s (%g sets): %d vs %d"
                         % (a, asets, b, bsets, darkness(ax, ay), darkness(bx, by)))
    if checked == 0:
        fail("no pair of shapes with different sets: the test would pass vacuously")
    print("bodymap_render: %d pairs ordered, %dx%d PNG" % (checked, w, h))


main()
