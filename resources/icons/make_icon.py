"""Draw the Emergency Desk icon and write ``app.png`` (+ sized PNGs) and a multi-size ``app.ico``.

The icon is drawn in code rather than kept only as a binary so that it can be redrawn
exactly (and reviewed) when the design changes. The generated files are committed, so the
build never needs this script or the CJK font it uses for the 应 glyph.

The ICO container is written by hand from PNG bytes (one PNG per size, supported by
Windows since Vista): it does not depend on Qt's optional ``ico`` image plugin, and the
result is byte-for-byte reproducible.

Run:  .venv/bin/python resources/icons/make_icon.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

HERE = Path(__file__).resolve().parent
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_SIZES = (16, 24, 32, 48, 64, 128)  # plus app.png at 256
GLYPH_MIN_SIZE = 32  # below this the 应 glyph turns to mush; draw an alert mark instead

RED = QColor("#C62828")
ORANGE = QColor("#F57C00")
DEEP = QColor("#8E1B10")


def shield_path(cx: float, top: float, w: float, h: float) -> QPainterPath:
    """A heraldic shield: flat top with rounded shoulders, curved sides meeting in a point."""
    half = w / 2
    path = QPainterPath()
    path.moveTo(cx, top)
    path.cubicTo(cx + half * 0.45, top + h * 0.07, cx + half * 0.8, top + h * 0.06, cx + half, top)
    path.lineTo(cx + half, top + h * 0.42)
    path.cubicTo(cx + half, top + h * 0.72, cx + half * 0.45, top + h * 0.9, cx, top + h)
    path.cubicTo(
        cx - half * 0.45, top + h * 0.9, cx - half, top + h * 0.72, cx - half, top + h * 0.42
    )
    path.lineTo(cx - half, top)
    path.cubicTo(cx - half * 0.8, top + h * 0.06, cx - half * 0.45, top + h * 0.07, cx, top)
    path.closeSubpath()
    return path


def glyph_path(text: str, box: QRectF) -> QPainterPath:
    """The glyph as an outline, scaled to fill ``box`` (independent of font metrics quirks)."""
    font = QFont("Noto Sans CJK SC")
    font.setPixelSize(200)
    font.setWeight(QFont.Weight.Black)
    raw = QPainterPath()
    raw.addText(0, 0, font, text)
    bounds = raw.boundingRect()
    scale = min(box.width() / bounds.width(), box.height() / bounds.height())
    path = QPainterPath()
    for poly in raw.toSubpathPolygons():
        moved = [
            QPointF(
                box.center().x() + (p.x() - bounds.center().x()) * scale,
                box.center().y() + (p.y() - bounds.center().y()) * scale,
            )
            for p in poly
        ]
        sub = QPainterPath()
        sub.moveTo(moved[0])
        for point in moved[1:]:
            sub.lineTo(point)
        sub.closeSubpath()
        path.addPath(sub)
    path.setFillRule(Qt.FillRule.WindingFill)
    return path


def alert_mark(cx: float, top: float, h: float) -> QPainterPath:
    """A bold exclamation mark: legible at 16 px where a Chinese glyph is not."""
    path = QPainterPath()
    bar_w = h * 0.26
    path.addRoundedRect(QRectF(cx - bar_w / 2, top, bar_w, h * 0.62), bar_w / 3, bar_w / 3)
    dot = h * 0.24
    path.addEllipse(QRectF(cx - dot / 2, top + h - dot, dot, dot))
    return path


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    s = float(size)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)

    # Rounded square, orange at the top falling to emergency red.
    margin = s * 0.04 if size >= 32 else 0.0
    tile = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    grad = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    grad.setColorAt(0.0, ORANGE)
    grad.setColorAt(1.0, RED)
    radius = tile.width() * 0.2
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(grad)
    p.drawRoundedRect(tile, radius, radius)
    if size >= 48:  # a faint darker rim gives the tile an edge on white backgrounds
        p.setPen(QPen(QColor(DEEP.red(), DEEP.green(), DEEP.blue(), 90), s / 128))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(tile.adjusted(s / 256, s / 256, -s / 256, -s / 256), radius, radius)

    # White shield.
    cx = s / 2
    shield_w = tile.width() * 0.66
    shield_h = tile.height() * 0.76
    top = tile.top() + tile.height() * 0.11
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#FFFFFF"))
    p.drawPath(shield_path(cx, top, shield_w, shield_h))

    # Emblem inside the shield, in the tile's red.
    emblem = QLinearGradient(QPointF(0, top), QPointF(0, top + shield_h))
    emblem.setColorAt(0.0, QColor("#E65100"))
    emblem.setColorAt(1.0, RED)
    p.setBrush(emblem)
    if size >= GLYPH_MIN_SIZE:
        box = QRectF(cx - shield_w * 0.31, top + shield_h * 0.16, shield_w * 0.62, shield_h * 0.55)
        p.drawPath(glyph_path("应", box))
    else:
        p.drawPath(alert_mark(cx, top + shield_h * 0.16, shield_h * 0.58))
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per image + the PNG payloads (width/height 0 means 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    return header + entries + payload


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: draw(size) for size in sorted(set(ICO_SIZES) | set(PNG_SIZES))}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    (HERE / "app.png").write_bytes(pngs[256])
    for size in PNG_SIZES:
        (HERE / f"app_{size}.png").write_bytes(pngs[size])
    (HERE / "app.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    print(f"wrote app.png, app_<size>.png {PNG_SIZES} and app.ico {ICO_SIZES} in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
