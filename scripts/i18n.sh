#!/usr/bin/env bash
# Collect the interface's messages and merge them into the Indonesian catalogue; then translate
# the new (empty) entries of ceksilang/render/locales/id/LC_MESSAGES/ceksilang.po by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
PYBABEL="${PYBABEL:-.venv/bin/pybabel}"
"$PYBABEL" extract -F babel.cfg --no-location --sort-output -k N_ -k Nn_:1,2 -o ceksilang/render/locales/ceksilang.pot ceksilang
"$PYBABEL" update --no-fuzzy-matching -i ceksilang/render/locales/ceksilang.pot -d ceksilang/render/locales -D ceksilang -l id
