"""Where files live: a local folder (default) or S3-compatible object storage.

Both backends keep files under random keys handed to them by the caller and stream them back in
chunks, so a download never holds a whole file in memory. Choose with STORAGE_BACKEND=local|s3. Each
kind of file has its area: material files and thumbnails ("materials": UPLOAD_DIR/materials, or the
bucket under S3_PREFIX), campaign covers and their sizes ("covers") and offline packs ("packs"), each
in a folder of UPLOAD_DIR or under S3_PREFIX + "<area>/" in the bucket. With S3 nothing is kept on
the local disk but temporary files, removed once used.
"""
import os
import shutil
import tempfile
from functools import wraps
from pathlib import Path
from typing import BinaryIO, Iterator

from flask import current_app

CHUNK = 64 * 1024


class StorageUnavailable(OSError):
    """The storage backend does not answer (S3 down or unreachable): a translated 503 (app/errors.py)."""


def _reachable(method):
    """S3's connection failures and 5xx answers become StorageUnavailable; a missing object stays what it is."""
    @wraps(method)
    def wrapper(*args, **kwargs):
        from boto3.exceptions import S3UploadFailedError
        from botocore.exceptions import ClientError, ConnectionError as BotoConnectionError, HTTPClientError

        try:
            return method(*args, **kwargs)
        except (BotoConnectionError, HTTPClientError, S3UploadFailedError) as error:
            raise StorageUnavailable(type(error).__name__) from error
        except ClientError as error:
            if error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0) >= 500:
                raise StorageUnavailable(error.response.get("Error", {}).get("Code", "5xx")) from error
            raise

    return wrapper


class LocalStorage:
    def __init__(self, root: str):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        if not key or "/" in key or "\\" in key or key.startswith("."):
            raise ValueError("bad storage key")
        return self.root / key

    def put(self, key: str, source: BinaryIO) -> None:
        """Write atomically: a half-written file never appears under the key."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".part-")
        try:
            with os.fdopen(fd, "wb") as out:
                shutil.copyfileobj(source, out, CHUNK)
            os.replace(tmp, self._path(key))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def chunks(self, key: str) -> Iterator[bytes]:
        with open(self._path(key), "rb") as f:
            while chunk := f.read(CHUNK):
                yield chunk

    def open(self, key: str) -> BinaryIO:
        return open(self._path(key), "rb")

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def keys(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.is_file()) if self.root.is_dir() else []

    def size(self, key: str) -> int:
        return self._path(key).stat().st_size

    def local_path(self, key: str) -> Path | None:
        """The file itself, for a download that resumes (ranges) and revalidates: local storage only."""
        return self._path(key)

    def url(self, key: str, seconds: int, filename: str) -> str | None:
        return None  # local files are served by the app

    def check(self) -> None:
        """Raises unless files can be written here (/readyz)."""
        self.root.mkdir(parents=True, exist_ok=True)
        if not os.access(self.root, os.W_OK):
            raise PermissionError(str(self.root))


class S3Storage:
    def __init__(self, bucket: str, endpoint_url: str | None = None, region: str | None = None,
                 access_key: str | None = None, secret_key: str | None = None, prefix: str = ""):
        import boto3

        self.bucket, self.prefix = bucket, prefix
        from botocore.config import Config

        # A bucket that does not answer fails in seconds, not after boto's default minute and retries.
        timeouts = Config(connect_timeout=3, read_timeout=30, retries={"max_attempts": 2})
        self.client = boto3.client("s3", endpoint_url=endpoint_url, region_name=region or "us-east-1",
                                   aws_access_key_id=access_key, aws_secret_access_key=secret_key, config=timeouts)

    def _key(self, key: str) -> str:
        if not key or "/" in key or key.startswith("."):
            raise ValueError("bad storage key")
        return self.prefix + key

    @_reachable
    def put(self, key: str, source: BinaryIO) -> None:
        self.client.upload_fileobj(source, self.bucket, self._key(key))  # a failed upload leaves no object

    def chunks(self, key: str) -> Iterator[bytes]:
        body = self.client.get_object(Bucket=self.bucket, Key=self._key(key))["Body"]
        try:
            yield from body.iter_chunks(CHUNK)
        finally:
            body.close()

    @_reachable
    def open(self, key: str) -> BinaryIO:
        return self.client.get_object(Bucket=self.bucket, Key=self._key(key))["Body"]

    @_reachable
    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(key))

    @_reachable
    def exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(key))
        except ClientError:
            return False
        return True

    @_reachable
    def size(self, key: str) -> int:
        return self.client.head_object(Bucket=self.bucket, Key=self._key(key))["ContentLength"]

    def local_path(self, key: str) -> Path | None:
        return None

    @_reachable
    def url(self, key: str, seconds: int, filename: str) -> str | None:
        """A short-lived signed address of the object, downloaded under `filename` (S3 serves ranges)."""
        return self.client.generate_presigned_url("get_object", ExpiresIn=seconds, Params={
            "Bucket": self.bucket, "Key": self._key(key),
            "ResponseContentDisposition": f'attachment; filename="{filename}"'})

    @_reachable
    def check(self) -> None:
        """Raises unless the bucket answers (/readyz)."""
        self.client.head_bucket(Bucket=self.bucket)

    @_reachable
    def keys(self) -> list[str]:
        pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=self.prefix)
        return sorted(o["Key"][len(self.prefix):] for page in pages for o in page.get("Contents", []))


AREAS = ("materials", "covers", "packs")


def make_storage(config, area: str = "materials") -> LocalStorage | S3Storage:
    if area not in AREAS:
        raise ValueError(f"unknown storage area {area!r}")
    if config.get("STORAGE_BACKEND") == "s3":
        prefix = config.get("S3_PREFIX", "") + ("" if area == "materials" else f"{area}/")
        return S3Storage(config["S3_BUCKET"], endpoint_url=config.get("S3_ENDPOINT_URL"),
                         region=config.get("S3_REGION"), access_key=config.get("S3_ACCESS_KEY_ID"),
                         secret_key=config.get("S3_SECRET_ACCESS_KEY"), prefix=prefix)
    return LocalStorage(str(Path(config["UPLOAD_DIR"]) / area))


def storage(area: str = "materials") -> LocalStorage | S3Storage:
    """The app's storage backend for one kind of file (made once per app)."""
    ext = current_app.extensions.setdefault("hamkor_storage", {})
    if area not in ext:
        ext[area] = make_storage(current_app.config, area)
    return ext[area]
