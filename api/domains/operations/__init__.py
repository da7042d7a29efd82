"""Running the platform and reporting on it: onboarding a municipality, deactivating it, its whole
archive, and the dashboard of who takes part and how. Reads across every domain's tables, so it sits
above them all."""
