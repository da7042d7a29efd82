"""What ``make run`` prints once the platform is up."""

from api.demo.people import DEMO_PASSWORD, PEOPLE, email_of
from api.settings import Settings


def banner(settings: Settings) -> str:
    url = settings.server.base_url
    lines = [
        "",
        "Samenspel draait.",
        f"  Site:       {url}/",
        f"  API:        {url}/api/v1  (contract: {url}/api/v1/openapi.json)",
        f"  Gegevens:   {settings.data_dir}",
        f"  Mailbox:    {settings.mailbox_path if not settings.mail.smtp_url else settings.mail.smtp_url}"
        + ("  (verstuurde mail als .eml-bestanden)" if not settings.mail.smtp_url else ""),
        "  Stoppen:    Ctrl-C (stopt ook de ingebouwde database; gegevens blijven bewaard)",
        "",
        f"  Demo-accounts (wachtwoord voor allemaal: {DEMO_PASSWORD}):",
    ]
    for slug, key, name, role, _ in PEOPLE:
        lines.append(f"    {slug:<8} {role or 'inwoner':<11} {email_of(slug, key):<44} {name}")
    lines.append("")
    return "\n".join(lines)
