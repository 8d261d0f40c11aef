"""``python -m ceksilang``: the same CLI as the ``ceksilang`` command."""

from ceksilang.cli import main

raise SystemExit(main())
