"""The S3 path: the same uploads and downloads against an S3-compatible server on loopback."""

import dataclasses
from collections.abc import Iterator

import boto3
import pytest
from litestar import Litestar

from api.db.connection import Database
from api.lib.objectstore import ObjectStore
from tests.identities import anonymous_client, browser
from tests.integration.attachments.conftest import Place, upload_path
from tests.integration.attachments.files import PDF, photo_with_gps
from tests.integration.attachments.s3_server import S3Server, s3_server

BUCKET = "samenspel-test"


@pytest.fixture(scope="module")
def s3() -> Iterator[S3Server]:
    with s3_server() as server:
        client = boto3.client(
            "s3",
            endpoint_url=server.endpoint,
            aws_access_key_id=server.access_key_id,
            aws_secret_access_key=server.secret_access_key,
            region_name=server.region,
        )
        client.create_bucket(Bucket=BUCKET)
        yield server


@pytest.fixture
def on_s3(started_app: Litestar, s3: S3Server) -> Iterator[ObjectStore]:
    """The app's object store is the S3 server for the length of a test."""
    settings = started_app.state.settings
    storage = dataclasses.replace(
        settings.storage,
        bucket=BUCKET,
        endpoint=s3.endpoint,
        region=s3.region,
        access_key_id=s3.access_key_id,
        secret_access_key=s3.secret_access_key,
    )
    store = ObjectStore.of(dataclasses.replace(settings, storage=storage))
    local = started_app.state.objects
    started_app.state.objects = store
    try:
        yield store
    finally:
        started_app.state.objects = local


def _keys(s3: S3Server) -> set[str]:
    client = boto3.client(
        "s3",
        endpoint_url=s3.endpoint,
        aws_access_key_id=s3.access_key_id,
        aws_secret_access_key=s3.secret_access_key,
        region_name=s3.region,
    )
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


async def test_files_go_to_the_s3_store_and_come_back(
    started_app: Litestar, db: Database, place: Place, s3: S3Server, on_s3: ObjectStore
) -> None:
    async with browser(started_app, place.author["email"]) as author:
        photo = await author.post(
            upload_path("proposal", place.proposal["id"]),
            files={"file": ("a.jpg", photo_with_gps(), "image/jpeg")},
            data={"altText": "Een muur"},
        )
        assert photo.status_code == 201, photo.text
    async with browser(started_app, place.staff["email"]) as staff:
        document = await staff.post(
            upload_path("opgave", place.opgave["id"]), files={"file": ("plan.pdf", PDF, "application/pdf")}
        )
        assert document.status_code == 201, document.text
    keys = await db.fetch(
        "SELECT storage_key FROM attachments WHERE id = ANY($1::uuid[])",
        [photo.json()["id"], document.json()["id"]],
    )
    stored = _keys(s3)
    for row in keys:
        assert any(key.startswith(row["storage_key"] + "/") for key in stored)
    # Not in the folder store: the S3 server holds them.
    assert not (started_app.state.settings.uploads_path / str(place.town["id"])).exists() or not any(
        p.name.startswith(str(photo.json()["id"]))
        for p in (started_app.state.settings.uploads_path / str(place.town["id"])).iterdir()
    )
    async with anonymous_client(started_app) as anyone:
        served = await anyone.get(document.json()["url"])
        assert served.status_code == 200
        assert served.content == PDF
        image = await anyone.get(photo.json()["renditions"][0]["url"])
        assert image.status_code == 200
        assert image.headers["content-type"] == "image/webp"
    async with browser(started_app, place.author["email"]) as author:
        assert (await author.delete(f"/api/v1/attachments/{photo.json()['id']}")).status_code == 204
    photo_key = next(r["storage_key"] for r in keys if str(photo.json()["id"]) in r["storage_key"])
    assert not any(key.startswith(photo_key) for key in _keys(s3))
