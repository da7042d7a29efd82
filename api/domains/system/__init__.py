"""System: liveness and readiness of the service."""

from api.domains.system.controllers import HealthController

__all__ = ["HealthController"]
