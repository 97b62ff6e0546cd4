"""Run every benchmark module (or those named on the command line) and print their figures."""
import importlib
import sys
import time
from pathlib import Path


def main() -> int:
    """Import benchmarks.bench_* in name order and call each main(); return non-zero if one failed."""
    names = sys.argv[1:] or sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    failed = 0
    for name in names:
        module = importlib.import_module(f"benchmarks.{name if name.startswith('bench_') else 'bench_' + name}")
        print(f"\n=== {module.__name__} ===", flush=True)
        started = time.perf_counter()
        try:
            module.main()
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            failed += 1
            print(f"FAILED: {type(exc).__name__}: {exc}", flush=True)
        print(f"({time.perf_counter() - started:.1f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
