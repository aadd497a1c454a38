"""The command-line front ends: `phiscan` (scan, history, fix, baseline, gateway) and `phiscan-hook`."""

import os

# The name model multiplies matrices with numpy's OpenBLAS (phiscan.detect.model.use_numpy_products).  A scan,
# a hook, each `--jobs` worker and each gateway worker is one of several busy processes, where a thread pool
# per process fights the others for the cores: one thread each was up to 3x faster on a loaded machine and no
# slower on a quiet one.  Set before numpy is imported; an explicit setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
