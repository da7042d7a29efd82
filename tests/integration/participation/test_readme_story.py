"""The README's story, followed from the top by someone new: pick Utrecht, open the opgave it
names, and submit an idea. The first act of a newcomer must not be a refusal."""

from litestar import Litestar

from api.db.connection import Database
from api.demo import seed_demo
from tests.factories import unique
from tests.identities import PASSWORD_COST, anonymous_client, mails_to, token_in

NEW_PASSWORD = "Een-Nieuwe-Inwoner-Van-Utrecht-7"


async def test_a_newcomer_following_the_readme_submits_an_idea(started_app: Litestar, db: Database) -> None:
    await seed_demo(db, PASSWORD_COST)
    email = f"{unique('nieuwkomer')}@example.org"
    async with anonymous_client(started_app) as client:
        # "pick Utrecht, and follow the opgave *Van bijstand naar werk*"
        opgaven = (await client.get("/api/v1/opgaven?municipality=utrecht&limit=100")).json()["items"]
        (flagship,) = [o for o in opgaven if o["title"].startswith("Van bijstand naar werk")]
        registered = await client.post(
            "/api/v1/accounts",
            json={
                "email": email,
                "password": NEW_PASSWORD,
                "displayName": "Nieuwkomer",
                "municipality": "utrecht",
            },
        )
        assert registered.status_code == 202, registered.text
        signed_in = await client.post("/api/v1/sessions", json={"email": email, "password": NEW_PASSWORD})
        assert signed_in.status_code == 201, signed_in.text
        client.headers["X-CSRF-Token"] = signed_in.json()["csrfToken"]
        token = token_in((await mails_to(db, started_app, email))[-1])
        assert (await client.post("/api/v1/account-verifications", json={"token": token})).status_code == 204

        opgave = (await client.get(f"/api/v1/opgaven/{flagship['id']}")).json()
        assert opgave["phase"] in opgave["proposalPhases"], "the flagship takes no ideas in its phase"
        idea = await client.post(
            f"/api/v1/opgaven/{flagship['id']}/proposals",
            json={
                "title": "Een maatje voor de eerste werkweken",
                "body": "<p>Iemand die het werk kent, loopt de eerste weken met nieuwe collega's mee.</p>",
            },
        )
        assert idea.status_code == 201, idea.text
