"""The sharing kit of a public campaign page: QR codes of its address (segno), share links for the
messengers people in the region use, and a cover image sized for link previews."""
import io
from urllib.parse import quote

import segno

PREVIEW_SIZE = (1200, 630)  # what Telegram, WhatsApp, Facebook and VK show best
QR_SCALE = 10  # a module of 10 px: about 4 cm wide at 300 dpi, sharp on a poster


def qr_code(url: str, fmt: str, title: str = "") -> tuple[bytes, str]:
    """The address as a QR code: SVG (scales for print) or PNG; error correction M survives a fold."""
    code = segno.make(url, error="m", micro=False)
    out = io.BytesIO()
    if fmt == "svg":
        code.save(out, kind="svg", scale=QR_SCALE, border=4, title=title or None, svgclass=None, lineclass=None)
        return out.getvalue(), "image/svg+xml"
    code.save(out, kind="png", scale=QR_SCALE, border=4)
    return out.getvalue(), "image/png"


def share_links(url: str, title: str) -> list[tuple[str, str]]:
    """(network, link) for sharing the page; each opens the network's own share dialog."""
    u, t = quote(url, safe=""), quote(title, safe="")
    return [("Telegram", f"https://t.me/share/url?url={u}&text={t}"),
            ("WhatsApp", f"https://wa.me/?text={t}%20{u}"),
            ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
            ("VK", f"https://vk.com/share.php?url={u}&title={t}"),
            ("e-mail", f"mailto:?subject={t}&body={u}")]


def preview_image(cover_key: str) -> str:
    """The cover cropped and scaled to 1200x630 JPEG, made once and stored beside it; its key."""
    from PIL import Image, ImageOps

    from app.services import covers

    key, _type = covers.derived(cover_key, "preview.jpg", lambda image: ImageOps.fit(
        image.convert("RGB"), PREVIEW_SIZE, method=Image.Resampling.LANCZOS))
    return key
