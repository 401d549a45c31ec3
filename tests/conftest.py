from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile(
    "ci", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
# CI machines set CI=true: there every property runs 2,000 examples; a developer's run stays quick.
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


def pytest_report_header() -> str:
    # Which copy the run tests: CI runs the suite twice, on the source tree and on the compiled wheel.
    import attribution
    from attribution._cli import build_kind

    return f"attribution {attribution.__version__}, {build_kind()}, from {Path(attribution.__file__).parent}"
