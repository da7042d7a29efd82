"""My notifications: newest first, unread ones, marking read; and my choice of mail."""

from litestar import Litestar

from api.db.connection import Database
from tests.content_factories import notification
from tests.identities import browser, person


async def test_my_notifications_newest_first_and_marked_read(started_app: Litestar, db: Database) -> None:
    me = await person(db)
    someone_else = await person(db)
    made = []
    for hours_ago in (5, 4, 3, 2, 1):
        made.append(
            await db.fetchval(
                """INSERT INTO notifications (id, account_id, kind, title, created_at)
                   VALUES (gen_random_uuid(), $1, 'comment_replied', $2, now() - make_interval(hours => $3))
                   RETURNING id""",
                me["id"],
                f"Reactie {hours_ago}",
                hours_ago,
            )
        )
    theirs = await notification(db, someone_else["id"])
    async with (
        browser(started_app, me["email"]) as client,
        browser(started_app, someone_else["email"]) as other,
        browser(started_app) as visitor,
    ):
        assert (await visitor.get("/api/v1/me/notifications")).status_code == 401
        first = await client.get("/api/v1/me/notifications?limit=3")
        assert first.status_code == 200, first.text
        page = first.json()
        assert [n["title"] for n in page["items"]] == ["Reactie 1", "Reactie 2", "Reactie 3"]
        assert page["unreadCount"] == 5
        assert first.headers["link"].endswith('rel="next"')
        rest = (await client.get(f"/api/v1/me/notifications?limit=3&cursor={page['nextCursor']}")).json()
        assert [n["title"] for n in rest["items"]] == ["Reactie 4", "Reactie 5"]
        assert rest["nextCursor"] is None

        path = f"/api/v1/notifications/{made[-1]}"
        read = await client.patch(path, json={"read": True})
        assert read.status_code == 200, read.text
        assert read.json()["read"] is True
        first_read_at = read.json()["readAt"]
        assert (await client.patch(path, json={"read": True})).json()["readAt"] == first_read_at
        unread = (await client.get("/api/v1/me/notifications?unread=true")).json()
        assert unread["unreadCount"] == 4
        assert str(made[-1]) not in [n["id"] for n in unread["items"]]
        assert (await client.patch(path, json={"read": False})).json()["readAt"] is None

        # Someone else's notification does not exist for me, nor mine for them.
        assert (
            await client.patch(f"/api/v1/notifications/{theirs['id']}", json={"read": True})
        ).status_code == 404
        assert (await other.patch(path, json={"read": True})).status_code == 404
        assert (await visitor.patch(path, json={"read": True})).status_code == 404

        # Everything up to a moment: what came in after the list was shown stays unread.
        shown_at = await db.fetchval("SELECT created_at FROM notifications WHERE id = $1", made[2])
        marked = await client.post(
            "/api/v1/me/notifications/read-markers", json={"upTo": shown_at.isoformat()}
        )
        assert marked.status_code == 200, marked.text
        assert marked.json()["marked"] == 3
        assert (await client.get("/api/v1/me/notifications")).json()["unreadCount"] == 2
        assert (await client.post("/api/v1/me/notifications/read-markers", json={})).json()["marked"] == 2
        assert (await client.get("/api/v1/me/notifications?unread=true")).json()["items"] == []

    assert await db.fetchval("SELECT read_at FROM notifications WHERE id = $1", theirs["id"]) is None


async def test_i_choose_how_notifications_reach_me_by_mail(started_app: Litestar, db: Database) -> None:
    me = await person(db)
    async with browser(started_app, me["email"]) as client:
        current = await client.get("/api/v1/me")
        assert current.json()["emailNotifications"] == "immediately"
        missing = await client.patch("/api/v1/me", json={"emailNotifications": "daily"})
        assert missing.status_code == 428
        changed = await client.patch(
            "/api/v1/me", json={"emailNotifications": "daily"}, headers={"If-Match": current.headers["etag"]}
        )
        assert changed.status_code == 200, changed.text
        assert changed.json()["emailNotifications"] == "daily"
        assert changed.json()["displayName"] == current.json()["displayName"]  # unset stays as it was
        assert changed.headers["etag"] != current.headers["etag"]
        wrong = await client.patch(
            "/api/v1/me", json={"emailNotifications": "weekly"}, headers={"If-Match": changed.headers["etag"]}
        )
        assert wrong.status_code == 400
        both = await client.patch(
            "/api/v1/me",
            json={"emailNotifications": "never", "displayName": "Stille Inwoner"},
            headers={"If-Match": changed.headers["etag"]},
        )
        assert both.json()["emailNotifications"] == "never"
        assert both.json()["displayName"] == "Stille Inwoner"
    assert await db.fetchval("SELECT email_notifications FROM accounts WHERE id = $1", me["id"]) == "never"
    logged = await db.fetch(
        "SELECT action FROM audit_events WHERE object_id = $1 AND action LIKE 'account.%'", str(me["id"])
    )
    assert [r["action"] for r in logged].count("account.mail_choice_changed") == 2
