"""A fast start: each command imports only what it needs, and Punkt and
Snowball come without the rest of nltk (see summarizer/nlp/nltk_parts.py).
Import checks run in a fresh interpreter (this one has loaded everything);
benchmarks/startup.py measures the times."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from .conftest import DEMO


def fresh_python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_importing_the_cli_loads_no_language_stack_and_no_rich() -> None:
    out = fresh_python("""
        import sys, summarizer.cli
        print(sorted(m for m in ("nltk", "sumy", "numpy", "scipy", "rich", "pydantic") if m in sys.modules))
    """)
    assert out.strip() == "[]"


def test_each_command_imports_only_what_it_needs() -> None:
    out = fresh_python(f"""
        import contextlib, io, sys
        from summarizer.cli import run

        def loaded():
            return sorted({{m.split(".")[0] for m in sys.modules}} & {{"numpy", "scipy", "rich", "requests"}}
                          | {{m for m in ("nltk.collocations", "nltk.corpus.reader") if m in sys.modules}})

        for args in (["claims", {str(DEMO)!r}, "-f", "text"], ["summarize", {str(DEMO)!r}, "-f", "text"],
                     ["brief", {str(DEMO)!r}, "-f", "markdown"], ["summarize", {str(DEMO)!r}, "-f", "json"]):
            with contextlib.redirect_stdout(io.StringIO()):
                assert run(args) == 0
            print(args[0], loaded())
    """)
    claims, summarize, brief, summarize_json = out.splitlines()
    assert claims == "claims []"  # no numpy, scipy, rich; nltk without its __init__ (no collocations)
    # The news ranker's graph is numpy alone (summarizers/graph.py): no scipy; no rich for text.
    assert summarize == "summarize ['numpy']"
    assert brief == "brief ['numpy']"
    assert summarize_json == "summarize ['numpy']"


def test_a_long_text_is_ranked_without_scipy_too() -> None:
    # Past one graph block the ranker keeps each sentence's strongest
    # neighbours, still in numpy: scipy is not needed at any size.
    out = fresh_python("""
        import sys
        from summarizer import summarize

        text = "\\n\\n".join(f"Council {i} met on day {i}. Road {i} will be repaired." for i in range(500))
        assert len(summarize(text, sentences=5).sentences) == 5
        print(sorted(m for m in ("scipy", "numpy") if m in sys.modules))
    """)
    assert out.strip() == "['numpy']"


def test_punkt_and_snowball_load_without_nltk_init_and_nltk_still_works_after() -> None:
    out = fresh_python("""
        import sys
        from summarizer.nlp.splitter import split_sentences
        from summarizer.nlp.words import stem

        assert [s.text for s in split_sentences("Dr. Smith arrived at 5 p.m. on Monday. He left.")] == [
            "Dr. Smith arrived at 5 p.m. on Monday.", "He left."]
        assert stem("Running") == "run" and stem("generously") == "generous"
        print("lean", "nltk.collocations" in sys.modules, "scipy" in sys.modules, "nltk.corpus.reader" in sys.modules)

        # Code that uses nltk afterwards gets all of it, and the same Punkt.
        import nltk
        from nltk.corpus import stopwords
        from nltk.stem.snowball import SnowballStemmer
        from summarizer.nlp import nltk_parts

        assert nltk.__version__
        assert nltk.tokenize.TreebankWordTokenizer().tokenize("Hello, world.") == ["Hello", ",", "world", "."]
        assert nltk.tokenize.punkt.PunktSentenceTokenizer is nltk_parts.PunktSentenceTokenizer
        assert type(stopwords).__name__ == "LazyCorpusLoader"
        assert SnowballStemmer("english").stem("running") == "run"
        assert nltk.FreqDist("aab").most_common(1) == [("a", 2)]
        import nltk.stem.snowball as snowball
        try:  # the proxy Snowball got for its stop words reaches the real corpus loader (no corpus here)
            snowball.stopwords.words("english")
        except LookupError:
            pass
        print("full", "nltk.collocations" in sys.modules)
    """)
    assert out.splitlines() == ["lean False False False", "full True"]


def test_nltk_imported_first_is_used_as_it_is() -> None:
    out = fresh_python("""
        import nltk
        from summarizer.nlp import nltk_parts
        from summarizer.nlp.words import stem

        print(nltk_parts.PunktSentenceTokenizer is nltk.tokenize.punkt.PunktSentenceTokenizer, stem("running"))
    """)
    assert out.strip() == "True run"


def test_stop_words_are_sumys_english_list() -> None:
    from sumy.utils import get_stop_words

    from summarizer.nlp.words import stop_words

    assert stop_words() == frozenset(get_stop_words("english"))
    assert len(stop_words()) > 500


def test_the_command_line_asks_openblas_for_one_thread_unless_told_otherwise() -> None:
    # OpenBLAS starts a thread per core as numpy loads: a cost at every start.
    code = """
        import contextlib, os, sys
        from summarizer.cli import main

        sys.argv = ["summarizer", "--version"]
        with contextlib.suppress(SystemExit):
            main()
        sys.stderr.write(str(os.environ.get("OPENBLAS_NUM_THREADS")))
    """
    for setting, expected in (("os.environ.pop('OPENBLAS_NUM_THREADS', None)", "1"),
                              ("os.environ['OPENBLAS_NUM_THREADS'] = '2'", "2")):
        result = subprocess.run([sys.executable, "-c", f"import os; {setting}\n" + textwrap.dedent(code)],
                                capture_output=True, text=True, timeout=120, check=True)
        assert result.stdout.startswith("summarizer ")
        assert result.stderr == expected
