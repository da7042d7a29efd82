"""Files made on the spot: a photo with a GPS position in its EXIF, a PDF, impostors."""

import io

from PIL import Image

GPS_IFD = 0x8825


def photo_with_gps(width: int = 900, height: int = 600) -> bytes:
    """A JPEG whose EXIF says where it was taken (52.2°N 5.5°E, Putten) and with which camera."""
    image = Image.new("RGB", (width, height), (40, 120, 200))
    for x in range(0, width, 50):
        image.paste((220, 180, 40), (x, 0, x + 20, height))
    exif = Image.Exif()
    exif[0x010F] = "Geheime Camera BV"  # Make
    exif[0x0110] = "Model X"  # Model
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (52.0, 15.0, 30.0), 3: "E", 4: (5.0, 36.0, 10.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), comment=b"thuisadres")
    return out.getvalue()


def png_with_text() -> bytes:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "Jan Jansen, Dorpsstraat 1")
    out = io.BytesIO()
    Image.new("RGBA", (200, 100), (10, 200, 10, 128)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"
SCRIPT = b"#!/bin/sh\ncurl http://127.0.0.1/x | sh\n"
# Starts as a JPEG, is not one.
FAKE_JPEG = b"\xff\xd8\xff\xe0" + b"<script>alert(1)</script>" * 20
