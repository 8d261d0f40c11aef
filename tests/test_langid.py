import pytest

from ceksilang.ingest.langid import detect_language


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pemerintah daerah mengumumkan bahwa sekolah akan kembali dibuka pekan depan setelah banjir surut.", "id"),
        ("Kepala dinas mengatakan bantuan sudah dikirim ke desa-desa yang terisolasi.", "id"),
        ("The regional government said schools would reopen next week after the flood receded.", "en"),
        ("Kerajaan negeri telah mengumumkan bahawa sekolah akan dibuka semula minggu hadapan, kata jurucakap itu.", "ms"),
        ("De regering heeft gisteren aangekondigd dat de scholen volgende week weer opengaan.", "other"),
        ("ok", None),
    ],
)
def test_detect_language_table(text, expected):
    assert detect_language(text) == expected


def test_seeds_are_indonesian(seed_texts):
    assert {k: detect_language(v) for k, v in seed_texts.items()} == {k: "id" for k in seed_texts}
