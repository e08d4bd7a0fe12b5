"""The two parts of nltk we use, Punkt and the Snowball stemmer, without
paying for the rest of nltk at start-up.

`import nltk.tokenize.punkt` first runs nltk/__init__.py, which imports
nearly all of nltk and, through nltk.collocations, scipy.stats: about
1.3 s, five times what a whole `summarizer summarize` needs otherwise.
Punkt itself needs only a few small modules (nltk.probability,
nltk.internals, ...). So before importing it we register the packages on
the way (`nltk`, `nltk.tokenize`, `nltk.stem`, `nltk.corpus`) as *lazy
packages*: the real module object, from the real spec, whose __init__.py
has not run yet. Submodules import as usual through the package's
`__path__`; the first time anything else is asked of the package
(`nltk.word_tokenize`, `nltk.__version__`, `from nltk.corpus import
brown`) the __init__.py of every one of them runs in full, outermost first,
as a plain `import nltk` would have. Code that uses nltk after us therefore sees the
whole of nltk, and the modules we loaded are the ones it gets.

One import needs more: nltk.stem.snowball does `from nltk.corpus import
stopwords` at import time, but reads it only with ignore_stopwords=True,
which we never ask for. For that import alone, `nltk.corpus.stopwords` is
handed out as a proxy that finishes nltk and forwards to the real corpus
loader on first use (the real one is itself such a lazy loader); anyone
else importing it gets the real one.

Nothing here changes what Punkt or Snowball compute; nothing is copied
from nltk. When nltk is already imported, the lazy packages are not
needed and the real modules are used as they are.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

# Outermost first: finishing a package finishes the packages around it first.
LAZY_PACKAGES = ("nltk", "nltk.tokenize", "nltk.stem", "nltk.corpus")
# Names imported from a lazy package at import time but used only later.
DEFERRED_NAMES = {"nltk.corpus": ("stopwords",)}


class _DeferredName:
    """`package.name`, looked up for real (nltk finished) on first use."""

    def __init__(self, package: str, name: str) -> None:
        self._where = (package, name)

    def __getattr__(self, attribute: str) -> Any:
        package, name = self._where
        return getattr(getattr(_finish(package), name), attribute)

    def __repr__(self) -> str:
        return f"<{'.'.join(self._where)}, loaded on first use>"


_finishing = 0  # how deep inside _finish we are: nltk's __init__ files ask for each other
_deferring = False  # True while we import Snowball: DEFERRED_NAMES are then handed out as proxies


def _finish(package: str) -> ModuleType:
    """Run the __init__.py of `package` and of the lazy packages around it,
    outermost first, as a plain import would have at this point. When the
    outermost such call is done, the other lazy packages are finished too:
    once code needs more of nltk than our parts, nltk becomes what
    `import nltk` gives."""
    global _finishing
    _finishing += 1
    try:
        for name in LAZY_PACKAGES:
            if (package == name or package.startswith(name + ".")) and _is_lazy(name):
                _run_init(name)
    finally:
        _finishing -= 1
    if not _finishing:
        for name in LAZY_PACKAGES:
            if _is_lazy(name):
                _run_init(name)
    return sys.modules[package]


def _run_init(name: str) -> None:
    module = sys.modules[name]
    del module.__getattr__
    module.__spec__.loader.exec_module(module)  # type: ignore[union-attr]


def _is_lazy(name: str) -> bool:
    module = sys.modules.get(name)
    hook = vars(module).get("__getattr__") if module is not None else None
    return bool(getattr(hook, "lazy_package", False))


def _lazy_package(name: str) -> None:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:  # pragma: no cover - nltk is a dependency
        raise ImportError(f"cannot find {name}")
    module = importlib.util.module_from_spec(spec)
    deferred = DEFERRED_NAMES.get(name, ())

    def missing_attribute(attribute: str) -> Any:
        if attribute in deferred and _deferring:
            return _DeferredName(name, attribute)
        if not attribute.startswith("__") and importlib.util.find_spec(f"{name}.{attribute}") is not None:
            return importlib.import_module(f"{name}.{attribute}")  # a submodule: only that
        return getattr(_finish(name), attribute)

    missing_attribute.lazy_package = True  # type: ignore[attr-defined]
    module.__getattr__ = missing_attribute  # type: ignore[method-assign]
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)


if "nltk" not in sys.modules:
    for _name in LAZY_PACKAGES:
        _lazy_package(_name)

from nltk.tokenize.punkt import (  # noqa: E402
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

if TYPE_CHECKING:
    from nltk.stem.snowball import SnowballStemmer


def snowball_stemmer(language: str = "english") -> SnowballStemmer:
    """nltk's Snowball stemmer, its module imported on first use (the
    claims command never stems)."""
    global _deferring
    _deferring = "nltk.stem.snowball" not in sys.modules
    try:
        from nltk.stem.snowball import SnowballStemmer
    finally:
        _deferring = False
    return SnowballStemmer(language)


__all__ = ["PunktLanguageVars", "PunktParameters", "PunktSentenceTokenizer", "PunktToken", "snowball_stemmer"]
