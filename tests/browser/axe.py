"""Run axe-core (bundled with axe-playwright-python, loaded from disk) on the current page."""

from axe_playwright_python.sync_playwright import Axe

BLOCKING_IMPACTS = {"serious", "critical"}
_axe = Axe()


def serious_violations(page):
    results = _axe.run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(node["target"][0] for node in violation["nodes"][:3])
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


def assert_accessible(page):
    violations = serious_violations(page)
    assert not violations, f"{page.url}:\n" + "\n".join(violations)
