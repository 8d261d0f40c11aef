"""A small hand-built briefing (invented text) for the renderer tests."""

from ceksilang.model import Briefing, Claim, Discrepancy, Document, Evidence, InputError, Source, Story, TimelineEvent

HOSTILE = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">"

A_TEXT = ("Banjir melanda Kabupaten Lawu sejak Senin.\n"
          "“Sebanyak 12 orang meninggal dunia,” kata Kepala BPBD Rina Sasmita.\n"
          f"Warga menulis {HOSTILE} di papan pengumuman.")
B_TEXT = ("Banjir besar melanda Kabupaten Lawu.\n"
          "“Sebanyak 12 orang meninggal dunia,” kata juru bicara BPBD Dodi Hartono.\n"
          "Jembatan utama putus total.")


def hand_briefing() -> Briefing:
    a = Document(id="a", source=Source("/in/a.txt"), text=A_TEXT, title=f"Banjir {HOSTILE}", outlet="kabarnusa.id",
                 published="2025-03-03T10:00:00+07:00", language="id")
    b = Document(id="b", source=Source("/in/b.txt"), text=B_TEXT, title="Banjir Lawu", outlet="Warta Kini",
                 published="2025-03-04", language="id")
    qa, qb = A_TEXT.index("Sebanyak"), B_TEXT.index("Sebanyak")
    claims = [
        Claim(id="c1", story="s1", kind="quote", subject="korban", value="Sebanyak 12 orang meninggal dunia",
              claimant="Rina Sasmita", docs=["a"], evidence=[Evidence("a", qa, qa + 33)]),
        Claim(id="c2", story="s1", kind="quote", subject="korban", value="Sebanyak 12 orang meninggal dunia",
              claimant="Dodi Hartono", docs=["b"], evidence=[Evidence("b", qb, qb + 33)]),
        Claim(id="c3", story="s1", kind="figure", subject="korban meninggal",
              value={"value": 12, "qualifier": "exact", "unit": "orang"}, claimant="BPBD", docs=["a", "b"],
              evidence=[Evidence("a", qa, qa + 11), Evidence("b", qb, qb + 11)], scope={"place": "Lawu"}),
    ]
    disc = [Discrepancy(kind="attribution", docs=["a", "b"], claims=["c1", "c2"], status="contradiction",
                        explanation="The same quote is given to Rina Sasmita (kabarnusa.id) and Dodi Hartono (Warta Kini).",
                        score=0.9, story="s1")]
    timeline = [TimelineEvent(date="2025-03-03", precision="day", text="Banjir melanda Kabupaten Lawu", story="s1",
                              sources=[Evidence("a", 0, 6)], reported=["2025-03-03"])]
    return Briefing(documents=[a, b], errors=[InputError(source=f"/in/{HOSTILE}.jsonl#2", reason="broken JSON")],
                    stories=[Story(id="s1", docs=["a", "b"], label="Banjir · Lawu", start="2025-03-03", end="2025-03-04")],
                    claims=claims, discrepancies=disc, timeline=timeline)
