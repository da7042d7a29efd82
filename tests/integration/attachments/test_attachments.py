"""Photos and documents: kind by content, no metadata survives, files follow the thing's visibility."""

import dataclasses
import io

import pytest
from litestar import Litestar
from PIL import Image

from api.db.connection import Database
from tests.identities import anonymous_client, browser
from tests.integration.attachments.conftest import Place, upload_path
from tests.integration.attachments.files import FAKE_JPEG, HTML, PDF, SCRIPT, photo_with_gps, png_with_text


async def test_a_photo_with_gps_in_its_exif_is_served_without_any_metadata(
    started_app: Litestar, place: Place
) -> None:
    original = photo_with_gps()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825), "the test photo carries GPS"
    async with browser(started_app, place.author["email"]) as author:
        response = await author.post(
            upload_path("proposal", place.proposal["id"]),
            files={"file": ("vakantie.jpg", original, "image/jpeg")},
            data={"altText": "Een blauw-gele muur in de buurtkamer"},
        )
        assert response.status_code == 201, response.text
        attachment = response.json()
        assert attachment["kind"] == "image"
        assert attachment["altText"] == "Een blauw-gele muur in de buurtkamer"
        assert [r["width"] for r in attachment["renditions"]] == [320, 640, 900]
    async with anonymous_client(started_app) as anyone:
        for rendition in attachment["renditions"]:
            served = await anyone.get(rendition["url"])
            assert served.status_code == 200, served.text
            assert served.headers["content-type"] == "image/webp"
            assert served.headers["x-content-type-options"] == "nosniff"
            image = Image.open(io.BytesIO(served.content))
            assert image.width == rendition["width"]
            assert not image.getexif(), "no EXIF at all"
            assert not image.info.get("exif")
            assert not image.info.get("xmp")
            assert not image.info.get("icc_profile")
            for secret in (b"Geheime Camera", b"thuisadres", b"Exif", b"GPS"):
                assert secret not in served.content
        listed = await anyone.get(
            f"/api/v1/attachments?subjectType=proposal&subjectId={place.proposal['id']}"
        )
        assert [item["id"] for item in listed.json()["items"]] == [attachment["id"]]


async def test_a_png_loses_its_text_chunks(started_app: Litestar, place: Place) -> None:
    async with browser(started_app, place.author["email"]) as author:
        response = await author.post(
            upload_path("proposal", place.proposal["id"]),
            files={"file": ("x.png", png_with_text(), "image/png")},
            data={"altText": "Een groen vlak"},
        )
        assert response.status_code == 201, response.text
        served = await author.get(response.json()["url"])
    assert b"Jansen" not in served.content
    assert Image.open(io.BytesIO(served.content)).mode == "RGBA"


@pytest.mark.parametrize(
    ("content", "status", "code"),
    [
        (HTML, 415, "unsupported_file_type"),
        (SCRIPT, 415, "unsupported_file_type"),
        (FAKE_JPEG, 422, "unreadable_file"),
        (b"PK\x03\x04" + b"\x00" * 40, 422, "unreadable_file"),
        (b"%PDF-1.4 no end", 422, "unreadable_file"),
    ],
)
async def test_a_file_named_jpg_is_judged_by_its_content(
    started_app: Litestar, db: Database, place: Place, content: bytes, status: int, code: str
) -> None:
    async with browser(started_app, place.author["email"]) as author:
        response = await author.post(
            upload_path("proposal", place.proposal["id"]),
            files={"file": ("foto.jpg", content, "image/jpeg")},
            data={"altText": "Een foto"},
        )
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == code
    assert (
        await db.fetchval("SELECT count(*) FROM attachments WHERE proposal_id = $1", place.proposal["id"])
        == 0
    )


async def test_a_photo_needs_alt_text(started_app: Litestar, place: Place) -> None:
    async with browser(started_app, place.author["email"]) as author:
        response = await author.post(
            upload_path("proposal", place.proposal["id"]),
            files={"file": ("a.jpg", photo_with_gps(), "image/jpeg")},
        )
    assert response.status_code == 400, response.text
    assert response.json()["invalidParams"][0]["name"] == "altText"


async def test_a_document_is_only_ever_a_download(started_app: Litestar, place: Place) -> None:
    async with browser(started_app, place.staff["email"]) as staff:
        response = await staff.post(
            upload_path("opgave", place.opgave["id"]),
            files={"file": ("Plan van aanpak.pdf", PDF, "application/pdf")},
        )
        assert response.status_code == 201, response.text
        document = response.json()
        assert document["kind"] == "document"
        assert document["altText"] == ""
    async with anonymous_client(started_app) as anyone:
        served = await anyone.get(document["url"])
    assert served.status_code == 200
    assert served.content == PDF
    assert served.headers["content-type"] == "application/pdf"
    assert served.headers["content-disposition"].startswith("attachment;")
    assert served.headers["x-content-type-options"] == "nosniff"


async def test_too_large_for_its_kind_is_refused_while_it_streams(
    started_app: Litestar, db: Database, place: Place
) -> None:
    settings = started_app.state.settings
    small = dataclasses.replace(
        settings, uploads=dataclasses.replace(settings.uploads, document_max_bytes=1000)
    )
    started_app.state.settings = small
    try:
        async with browser(started_app, place.staff["email"]) as staff:
            response = await staff.post(
                upload_path("opgave", place.opgave["id"]),
                files={"file": ("groot.pdf", PDF + b"x" * 5000 + b"%%EOF", "application/pdf")},
            )
    finally:
        started_app.state.settings = settings
    assert response.status_code == 413, response.text
    assert response.json()["code"] == "file_too_large"


async def test_the_quota_per_account_holds(started_app: Litestar, place: Place) -> None:
    settings = started_app.state.settings
    tight = dataclasses.replace(
        settings, uploads=dataclasses.replace(settings.uploads, quota_bytes_per_account=len(PDF) + 50)
    )
    started_app.state.settings = tight
    try:
        async with browser(started_app, place.staff["email"]) as staff:
            first = await staff.post(
                upload_path("opgave", place.opgave["id"]), files={"file": ("a.pdf", PDF, "application/pdf")}
            )
            second = await staff.post(
                upload_path("opgave", place.opgave["id"]), files={"file": ("b.pdf", PDF, "application/pdf")}
            )
    finally:
        started_app.state.settings = settings
    assert first.status_code == 201, first.text
    assert second.status_code == 409, second.text
    assert second.json()["code"] == "quota_exceeded"


async def test_a_hidden_ideas_files_are_unreachable_and_a_deleted_ones_gone(
    started_app: Litestar, db: Database, place: Place
) -> None:
    async with browser(started_app, place.author["email"]) as author:
        response = await author.post(
            upload_path("proposal", place.proposal["id"]),
            files={"file": ("a.jpg", photo_with_gps(), "image/jpeg")},
            data={"altText": "Een muur"},
        )
        assert response.status_code == 201, response.text
        attachment = response.json()
        await db.fetchval("UPDATE proposals SET hidden = true WHERE id = $1", place.proposal["id"])
        # Its author still sees it, as they see the idea.
        assert (await author.get(attachment["url"])).status_code == 200
    async with browser(started_app, place.other["email"]) as other:
        assert (await other.get(attachment["url"])).status_code == 403
        assert (await other.get(f"/api/v1/attachments/{attachment['id']}")).status_code == 403
    async with anonymous_client(started_app) as anyone:
        assert (await anyone.get(attachment["url"])).status_code == 401
    async with browser(started_app, place.staff["email"]) as staff:
        assert (await staff.get(attachment["url"])).status_code == 200
    await db.fetchval("DELETE FROM proposals WHERE id = $1", place.proposal["id"])
    async with browser(started_app, place.staff["email"]) as staff:
        assert (await staff.get(attachment["url"])).status_code == 404


async def test_the_uploader_removes_a_file_and_its_objects_go(
    started_app: Litestar, db: Database, place: Place
) -> None:
    async with browser(started_app, place.author["email"]) as author:
        response = await author.post(
            upload_path("proposal", place.proposal["id"]),
            files={"file": ("a.jpg", photo_with_gps(), "image/jpeg")},
            data={"altText": "Een muur"},
        )
        attachment = response.json()
        key = await db.fetchval("SELECT storage_key FROM attachments WHERE id = $1", attachment["id"])
        assert await started_app.state.objects.get(f"{key}/320.webp") is not None
        async with browser(started_app, place.other["email"]) as other:
            assert (await other.delete(f"/api/v1/attachments/{attachment['id']}")).status_code == 403
        removed = await author.delete(f"/api/v1/attachments/{attachment['id']}")
        assert removed.status_code == 204, removed.text
    assert await started_app.state.objects.get(f"{key}/320.webp") is None


async def test_the_personal_export_holds_my_uploads(started_app: Litestar, place: Place) -> None:
    async with browser(started_app, place.author["email"]) as author:
        response = await author.post(
            upload_path("proposal", place.proposal["id"]),
            files={"file": ("a.jpg", photo_with_gps(), "image/jpeg")},
            data={"altText": "Een muur"},
        )
        assert response.status_code == 201, response.text
        exported = (await author.get("/api/v1/me/export")).json()["uploads"]
        assert [(u["id"], u["altText"], u["subjectId"]) for u in exported] == [
            (response.json()["id"], "Een muur", str(place.proposal["id"]))
        ]
        content = await author.get(exported[0]["url"])
        assert content.status_code == 200
        assert content.headers["content-type"] == "image/webp"
    async with browser(started_app, place.other["email"]) as other:
        assert (await other.get("/api/v1/me/export")).json()["uploads"] == []


async def test_a_draft_opgaves_files_do_not_exist_for_another_municipality(
    started_app: Litestar, db: Database, place: Place
) -> None:
    from tests.factories import municipality, opgave
    from tests.identities import person

    draft = await opgave(db, place.town["id"], place.staff["id"], published=False)
    elsewhere = await municipality(db)
    foreign = await person(db, municipality_id=elsewhere["id"], role="medewerker")
    async with browser(started_app, place.staff["email"]) as staff:
        response = await staff.post(
            upload_path("opgave", draft["id"]), files={"file": ("a.pdf", PDF, "application/pdf")}
        )
        assert response.status_code == 201, response.text
    async with browser(started_app, foreign["email"]) as other:
        assert (await other.get(response.json()["url"])).status_code == 404
        assert (await other.get(upload_path("opgave", draft["id"]))).status_code == 404
        refused = await other.post(
            upload_path("opgave", draft["id"]), files={"file": ("b.pdf", PDF, "application/pdf")}
        )
        assert refused.status_code == 404


async def test_a_file_that_did_not_change_is_answered_304(started_app: Litestar, place: Place) -> None:
    async with browser(started_app, place.author["email"]) as author:
        response = await author.post(
            upload_path("proposal", place.proposal["id"]),
            files={"file": ("x.png", png_with_text(), "image/png")},
            data={"altText": "Een groen vlak"},
        )
        assert response.status_code == 201, response.text
    async with anonymous_client(started_app) as anyone:
        first = await anyone.get(response.json()["url"])
        assert first.status_code == 200, first.text
        assert first.headers["content-type"] == "image/webp"
        again = await anyone.get(response.json()["url"], headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert again.content == b""
