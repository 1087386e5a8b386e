"""Scale and speed measurements for Mission Tracker; see benchmarks/README.md."""
