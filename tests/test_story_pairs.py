"""The learned story pair model (ceksilang/reconcile/story_pairs.py, StorySettings.pair_model): the shipped
model file, its probabilities, the recorder the training script reads, and the gate it puts on the join
threshold (left off by default: see docs/evaluation.md, grp44)."""
from __future__ import annotations

import json

import pytest

from ceksilang.model import Document, Source
from ceksilang.reconcile import story_pairs
from ceksilang.reconcile.stories import DEFAULT_STORY_SETTINGS, StorySettings, group_stories
from tests.conftest import REPO

MODEL = REPO / "ceksilang" / "data" / "story_pairs.json"


def _doc(doc_id: str, title: str, text: str, published: str = "2025-03-03") -> Document:
    return Document(id=doc_id, source=Source(f"{doc_id}.txt"), text=text, title=title, published=published)


# Two invented reports of one landslide, worded apart enough that their cosine stays under the threshold.
LANDSLIDE = [
    _doc("longsor-a", "Longsor timbun tiga rumah di Desa Sukamaju",
         "Tanah longsor menimbun tiga rumah warga di Desa Sukamaju, Kecamatan Cibeber, pada Senin malam "
         "setelah hujan deras mengguyur sejak sore. Petugas gabungan mengevakuasi dua korban luka."),
    _doc("longsor-b", "Dua warga Sukamaju terluka, rumah tertimbun material tebing",
         "Material tebing ambruk dan mengubur tiga bangunan di Sukamaju, Cibeber. Dua penghuni dibawa ke "
         "puskesmas dengan luka ringan, kata kepala desa. Alat berat dikerahkan untuk membuka akses jalan."),
]


def test_story_pairs_the_shipped_model_names_its_features_training_and_scores():
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == story_pairs.PAIR_FEATURES
    assert len(data["means"]) == len(data["scales"]) == len(data["weights"]) == len(story_pairs.PAIR_FEATURES)
    assert all(s > 0 for s in data["scales"])
    # trained on tune material only, by the committed script, with its cross-validated scores
    assert "scripts/train_story_pairs.py" in data["command"]
    assert not any("heldout" in name or "test" in name for name in data["trained_on"])
    assert {"threshold_alone", "gate_floor_0.15_cut_0.8"} <= data["cv_scores"].keys()
    model = story_pairs.load_pair_model("story_pairs")
    assert model.features == story_pairs.PAIR_FEATURES


def test_story_pairs_a_closer_pair_is_more_likely_one_happening():
    model = story_pairs.load_pair_model("story_pairs")
    names = story_pairs.PAIR_FEATURES
    base = dict(zip(names, model.means))
    far = dict(base, cosine=0.05, similarity=0.05, word_similarity=0.05, headline_names=0.0)
    near = dict(base, cosine=0.6, similarity=0.6, word_similarity=0.6, headline_names=2.0)
    p_far = model.probability(tuple(far[n] for n in names))
    p_near = model.probability(tuple(near[n] for n in names))
    assert 0.0 <= p_far < p_near <= 1.0


def test_story_pairs_a_model_trained_on_other_features_is_refused(tmp_path, monkeypatch):
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    data["features"] = data["features"][:-1]
    (tmp_path / "other.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(story_pairs, "DATA_DIR", tmp_path)
    with pytest.raises(ValueError):
        story_pairs.load_pair_model.__wrapped__("other")


def test_story_pairs_off_by_default():
    assert DEFAULT_STORY_SETTINGS.pair_model == ""


def test_story_pairs_recorder_sees_each_comparison_with_every_feature():
    with story_pairs.recording_pairs() as log:
        group_stories(LANDSLIDE, StorySettings())
    assert story_pairs.recorder() is None  # closed after the block
    assert log, "the second report was compared with the first's story"
    doc_id, members, features = log[0]
    assert doc_id == "longsor-b" and members == ("longsor-a",)
    assert len(features) == len(story_pairs.PAIR_FEATURES)


def _similarity_of_the_pair() -> float:
    with story_pairs.recording_pairs() as log:
        group_stories(LANDSLIDE, StorySettings())
    return log[0][2][story_pairs.PAIR_FEATURES.index("similarity")]


def test_story_pairs_the_gate_joins_under_the_threshold_only_when_the_model_agrees():
    sim = _similarity_of_the_pair()
    threshold = sim + 0.05  # the pair sits just under the threshold
    apart = group_stories(LANDSLIDE, StorySettings(threshold=threshold))
    assert len(apart) == 2
    lifted = StorySettings(threshold=threshold, pair_model="story_pairs", pair_model_floor=0.0, pair_model_cut=0.0)
    assert len(group_stories(LANDSLIDE, lifted)) == 1
    refused = StorySettings(threshold=threshold, pair_model="story_pairs", pair_model_floor=0.0, pair_model_cut=1.01)
    assert len(group_stories(LANDSLIDE, refused)) == 2


def test_story_pairs_the_veto_parts_a_pair_over_the_threshold():
    sim = _similarity_of_the_pair()
    threshold = max(sim - 0.05, 0.01)
    assert len(group_stories(LANDSLIDE, StorySettings(threshold=threshold, min_word_similarity=0.0))) == 1
    vetoed = StorySettings(threshold=threshold, min_word_similarity=0.0, pair_model="story_pairs",
                           pair_model_veto=1.01)
    assert len(group_stories(LANDSLIDE, vetoed)) == 2
