#!/usr/bin/env python3
"""Makes the portable folder Tafelgesprek/ and its zip: the exe (and the .com for the command
line), the assets, the DejaVu fonts with their licence, and LEESMIJ.txt (with CRLF line ends).
Usage: make_zip.py OUT.zip STAGE_DIR EXE COM ASSETS_DIR FONT_DIR FONT_LICENCE LEESMIJ"""
import os
import shutil
import sys
import zipfile


def main():
    out, stage, exe, com, assets, font_dir, licence, leesmij = sys.argv[1:9]
    top = os.path.join(stage, "Tafelgesprek")
    shutil.rmtree(top, ignore_errors=True)
    os.makedirs(os.path.join(top, "fonts"))
    shutil.copy(exe, os.path.join(top, "Tafelgesprek.exe"))
    shutil.copy(com, os.path.join(top, "Tafelgesprek.com"))
    shutil.copytree(assets, os.path.join(top, "assets"))
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        shutil.copy(os.path.join(font_dir, name), os.path.join(top, "fonts", name))
    with open(licence, "rb") as f:
        text = f.read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(top, "fonts", "LICENSE.txt"), "wb") as f:
        f.write(text)
    with open(leesmij, "rb") as f:
        text = f.read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(top, "LEESMIJ.txt"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + text)  # Notepad shows ë correctly with a BOM
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    tmp = out + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for root, dirs, files in os.walk(top):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(root, name)
                arc = os.path.relpath(path, stage).replace(os.sep, "/")
                info = zipfile.ZipInfo(arc, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                with open(path, "rb") as f:
                    z.writestr(info, f.read())
    os.replace(tmp, out)


if __name__ == "__main__":
    main()
