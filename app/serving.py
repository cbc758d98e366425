"""Sending a stored file (app/storage.py) from a view: checked to exist before any header goes out,
streamed in chunks, with its name, type and caching rules; revalidated by its key when it never changes."""
from flask import Response, abort, current_app, redirect, request, send_file


def stored_file(backend, key: str, content_type: str, name: str, *, inline: bool = False,
                cache: str = "private, max-age=0", length: int | None = None, immutable_key: bool = False,
                resumable: bool = False, presign: bool = False) -> Response:
    """`resumable`: a local file is sent with ranges and revalidation (large packs on slow links);
    `presign`: with S3 and S3_PRESIGNED_SECONDS, the browser is sent to a short-lived signed address."""
    seconds = current_app.config.get("S3_PRESIGNED_SECONDS", 0)
    if presign and seconds and not inline:
        url = backend.url(key, seconds, name)
        if url:  # S3: the browser fetches it from the bucket (ranges, no app worker held)
            return redirect(url, 302)
    local = backend.local_path(key) if resumable else None
    if local is not None:
        if not local.is_file():
            _missing(key)
        response = send_file(local, mimetype=content_type, as_attachment=not inline, download_name=name,
                             conditional=True, etag=immutable_key)
    else:
        if not backend.exists(key):  # checked before any header is sent: a lost file is a 404, not a torn 200
            _missing(key)
        # The backend is looked up now; its generator then reads the file chunk by chunk without the app.
        response = Response(backend.chunks(key), mimetype=content_type, direct_passthrough=True)
        if length is not None:
            response.content_length = length
        # The name is an ASCII slug; werkzeug quotes it as send_file would.
        response.headers.set("Content-Disposition", "inline" if inline else "attachment", filename=name)
        if immutable_key:
            response.set_etag(key)
            response = response.make_conditional(request)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = cache
    return response


def _missing(key: str):
    current_app.logger.error("stored file %s is missing", key)
    abort(404)
