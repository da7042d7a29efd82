"""The run's table in Markdown, with each target checked."""

from typing import Any

READ_TARGET = 0.70  # of the floor's throughput
WRITE_TARGET = 0.50
P99_FACTOR = 1.5  # the app's p99 at most this many times the floor's
MEMORY_MIB = 150  # per worker
WRITES = {"submit_proposal", "support", "claim", "mixed"}


def _verdict(scenario: str, app: dict[str, Any], floor: dict[str, Any]) -> list[str]:
    misses = []
    ratio = app["rps"] / floor["rps"] if floor["rps"] else 0
    target = WRITE_TARGET if scenario in WRITES else READ_TARGET
    if ratio < target:
        misses.append(f"throughput {ratio:.1%} < {target:.0%}")
    if floor["p99_ms"] and app["p99_ms"] > P99_FACTOR * floor["p99_ms"]:
        misses.append(f"p99 {app['p99_ms'] / floor['p99_ms']:.1f}× floor")
    if app["peak_rss_mib"] > MEMORY_MIB:
        misses.append(f"{app['peak_rss_mib']:.0f} MiB > {MEMORY_MIB}")
    if app["failed"]:
        misses.append(f"{app['failed']} non-2xx")
    return misses


def markdown(report: dict[str, Any]) -> str:
    options = report["options"]
    lines = [
        f"Run of {report['started']}: scale {options['scale']}, {options['duration']} s per scenario, "
        f"wrk {options['wrk_threads']} thread / {options['connections']} connections, "
        f"{report['machine']['cpus']} CPUs, load average {report['load_at_start'][0]:.2f} at the start "
        f"and {report['load_at_end'][0]:.2f} at the end.",
        "",
        f"- app: {report['servers']['app']}",
        f"- floor: {report['servers']['floor']}",
        f"- pgbench: {options['pool']} × {options['workers']} client(s), 1 thread, prepared statements",
        f"- page 500 is page {report['page_500_is_page']} of opgave 0's proposals (newest first)",
        "",
        "- app SQL: the app's own statements under pgbench, prepared with their parameters bound as the"
        " app binds them; limit: the cheapest correct statement for the same rows, bound the same way"
        " (a write's statements are their own limit)",
        "- PG CPU: PostgreSQL's processes' CPU over the run, per request (or per pgbench transaction)",
        "",
        "| endpoint | app req/s | floor req/s | app SQL tps | limit tps | app/floor | app/limit"
        " | app p50 / p99 ms | floor p50 / p99 ms | CPU ms/req app / floor | PG CPU ms/req app / floor / app SQL / limit"
        " | app peak MiB | load | target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for scenario, entry in report["results"].items():
        app, floor = entry["app"], entry["floor"]
        pg, limit = entry.get("pgbench"), entry.get("limit")
        ratio = app["rps"] / floor["rps"] if floor["rps"] else 0
        misses = _verdict(scenario, app, floor)
        of_limit = f"{app['rps'] / limit['tps']:.0%}" if limit and limit["tps"] else "–"

        def rate(measured: dict[str, Any] | None) -> str:
            return f"{measured['tps']:.0f}" if measured else "–"

        def pg_cpu(measured: dict[str, Any] | None) -> str:
            value = measured.get("pg_cpu_ms_per_request") if measured else None
            return f"{value:.2f}" if value is not None else "–"

        lines.append(
            f"| {scenario} | {app['rps']:.0f} | {floor['rps']:.0f} | {rate(pg)} | {rate(limit)} | {ratio:.0%} | {of_limit} "
            f"| {app['p50_ms']:.1f} / {app['p99_ms']:.1f} | {floor['p50_ms']:.1f} / {floor['p99_ms']:.1f} "
            f"| {app['cpu_ms_per_request']:.2f} / {floor['cpu_ms_per_request']:.2f} "
            f"| {pg_cpu(app)} / {pg_cpu(floor)} / {pg_cpu(pg)} / {pg_cpu(limit)} "
            f"| {app['peak_rss_mib']:.0f} | {app['load_before']:.1f} "
            f"| {'met' if not misses else 'missed: ' + '; '.join(misses)} |"
        )
    results = report["results"]
    if "proposals_page_1" in results and "proposals_page_500" in results:
        one, five = results["proposals_page_1"]["app"], results["proposals_page_500"]["app"]
        lines += ["", f"Page 500 against page 1 (app): {five['rps'] / one['rps']:.0%} of the throughput, "
                  f"p50 {five['p50_ms']:.1f} ms against {one['p50_ms']:.1f} ms."]  # fmt: skip
    lines.append("")
    return "\n".join(lines)
