"""The README's library example runs as written."""

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_python_example_runs():
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert blocks, "the README has a Python example"
    namespace: dict = {}
    code = blocks[0].replace("doc.ents, doc._.quotes", "result = doc.ents, doc._.quotes")
    exec(compile(code, "README.md", "exec"), namespace)
    ents, quotes, dates, quantities = namespace["result"]
    assert [q.speaker_name for q in quotes] == ["Hendra Pakaya"]
    assert [d.value for d in dates] == ["2025-03-03"]


def test_readme_opens_with_the_two_commands():
    text = README.read_text(encoding="utf-8")
    first_block = re.search(r"```bash\n(.*?)```", text, re.S).group(1)
    assert "scripts/dev.sh demo" in first_block and "scripts/dev.sh test" in first_block
    assert "bash scripts/dev.sh test" in (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text()
