"""The scopes a machine client can be given, with what each allows."""

SCOPES: dict[str, str] = {
    "opgaven:read": "Opgaven lezen, ook concepten van de eigen gemeente.",
    "opgaven:write": (
        "Opgaven aanmaken en bijwerken, van fase wisselen en het team beheren (deelnemers goedkeuren, "
        "wijzigen en verwijderen), namens de gemeente."
    ),
    "proposals:read": "Ideeën en reacties lezen, ook verborgen exemplaren.",
    "proposals:write": "Ideeën beantwoorden en van status veranderen.",
    "comments:write": (
        "Reageren namens de gemeente, op opgaven, ideeën en taken: de reactie staat op naam van de gemeente."
    ),
    "tasks:read": "Taken en claims lezen.",
    "tasks:write": "Taken aanmaken en bijwerken.",
    "budgets:read": "Budgetten, aanvragen en het kasboek lezen.",
    "budgets:write": (
        "Namens de gemeente budgetten instellen, haar geld inbrengen en corrigeren, en beslissen over "
        "budgetaanvragen en toezeggingen van partners."
    ),
    "webhooks:write": "Webhooks van de gemeente registreren, wijzigen en hun bezorgingen inzien.",
    "audit:read": "Het logboek van de gemeente lezen.",
}
