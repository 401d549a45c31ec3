"""Where the time of ``import attribution`` goes: modules, and the patterns they compile.

Usage, from the repository root::

    /work/venv/bin/python benchmarks/import_cost.py            # top 12 of each
    /work/venv/bin/python benchmarks/import_cost.py --top 30

Module times are the "self" column of ``python -X importtime`` in a fresh
process (microseconds summed per module). Pattern times recompile every
module-level compiled pattern of every ``attribution`` module once more, with
the engine's cache purged, which is what importing it costs. Patterns made with
``_lazy.lazy_compile`` are listed apart: they cost nothing at import.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
import time

import regex


def module_self_times() -> list[tuple[float, str]]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import attribution"], capture_output=True, text=True, check=True
    )
    rows = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if match:
            rows.append((int(match[1]) / 1000, match[2]))
    return sorted(rows, reverse=True)


def pattern_costs() -> tuple[list[tuple[float, str, int]], list[str]]:
    import attribution

    costs: list[tuple[float, str, int]] = []
    lazy: list[str] = []
    seen: set[int] = set()
    for info in pkgutil.iter_modules(attribution.__path__):
        if info.name.startswith("__"):
            continue  # __main__ would run the command line
        module = importlib.import_module(f"attribution.{info.name}")
        source = inspect.getsource(module)
        for name, value in vars(module).items():
            if id(value) in seen or not re.search(rf"^{re.escape(name)}\b[^=\n]*=", source, re.M):
                continue  # imported from the module that defines it, or already counted
            seen.add(id(value))
            if type(value).__name__ == "_LazyPattern":
                lazy.append(f"{info.name}.{name}")
            elif isinstance(value, (regex.Pattern, re.Pattern)):
                engine = regex if isinstance(value, regex.Pattern) else re
                engine.purge()
                start = time.perf_counter()
                engine.compile(value.pattern, value.flags)
                costs.append((time.perf_counter() - start, f"{info.name}.{name}", len(value.pattern)))
    return sorted(costs, reverse=True), lazy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=12, help="rows of each table (default %(default)s)")
    args = parser.parse_args(argv)

    modules = module_self_times()
    ours = sum(ms for ms, name in modules if name.startswith("attribution"))
    total = sum(ms for ms, _ in modules)
    print(f"import, self time by module (ms; -X importtime): all {total:.0f}, attribution {ours:.0f}")
    for ms, name in modules[: args.top]:
        print(f"  {ms:7.1f}  {name}")
    costs, lazy = pattern_costs()
    print(f"patterns compiled at import: {len(costs)}, {sum(c for c, _, _ in costs) * 1000:.0f} ms in all")
    for seconds, name, length in costs[: args.top]:
        print(f"  {seconds * 1000:7.1f}  {name} ({length} chars)")
    print(f"patterns compiled on first use (lazy_compile): {len(lazy)}" + (f": {', '.join(lazy)}" if lazy else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
