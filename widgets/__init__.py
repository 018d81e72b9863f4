"""Verksted: a Jupyter course for self-organised self-help groups.

The package has two layers. The model layer (content, scenarios, feedback,
storage) imports no ipywidgets and runs without a kernel. The UI layer
(``widgets.ui``) builds the interactive pieces the notebooks in ``course/`` show.
"""

__version__ = "0.1.0"

import sys as _sys

if _sys.platform == "emscripten":  # the static edition's browser: logs to the console
    from widgets import browser as _browser

    _browser.setup()
