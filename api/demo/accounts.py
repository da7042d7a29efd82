"""What ``make run`` prints once the platform is up."""

from api.settings import Settings


def banner(settings: Settings) -> str:
    url = settings.server.base_url
    lines = [
        "",
        "Samenspel draait.",
        f"  Site:       {url}/",
        f"  API:        {url}/api/v1  (contract: {url}/api/v1/openapi.json)",
        f"  Gegevens:   {settings.data_dir}",
        "  Stoppen:    Ctrl-C (stopt ook de ingebouwde database; gegevens blijven bewaard)",
        "",
    ]
    return "\n".join(lines)
