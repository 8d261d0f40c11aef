"""Stories across languages (issue 17): other news of the same country the same day stays out of
an English report's story when only the names every report of that country gives are shared.
Invented reports, written for these tests."""

from __future__ import annotations

from ceksilang.model import Document, Mention, Quantity, Source, TimeExpr
from ceksilang.reconcile.stories import ENGLISH_KEY, StorySettings, count_terms, evidence_weight, group_stories

# the rules off: what the grouping did before them
# (and the announcer rule, which would refuse a join through the gazetteer's names alone too)
NO_ENGLISH_RULE = StorySettings(min_own_similarity_english=0.0, min_word_similarity_english=0.0,
                                announcer_names_apart=False)
NO_WORD_RULE = StorySettings(min_word_similarity_english=0.0)


def _report(doc_id: str, language: str, title: str, text: str, names: dict[str, str],
            published: str = "2026-03-10") -> Document:
    """A report whose ``names`` (as written -> entity id) are linked as the gazetteer links them."""
    d = Document(id=doc_id, source=Source(f"{doc_id}.txt"), text=text, title=title, published=published,
                 language=language)
    for name, entity in names.items():
        start = text.index(name)
        d.mentions.append(Mention(doc=doc_id, start=start, end=start + len(name), text=name,
                                  label=entity.split(":")[0].upper(), entity=entity))
    return d


RUSSIA = {"Russia": "gpe:rusia", "British": "gpe:inggris", "Moscow": "gpe:moskow"}


def _expulsion(doc_id: str = "expel-a") -> Document:
    return _report(doc_id, "en", "Russia expels British diplomat over spying claims",
                   "MOSCOW - Russia on Tuesday expelled a British diplomat it accused of espionage, ordering him "
                   "to leave the country within two weeks. Russia said the diplomat had given false information "
                   "when he applied for accreditation at the embassy in Moscow. The British Foreign Office called "
                   "the accusation baseless and said it would consider its response to the expulsion.",
                   RUSSIA)


def _expulsion_retold() -> Document:
    return _report("expel-b", "en", "Moscow orders UK envoy out, alleging spying",
                   "Russia has ordered a British diplomat out within two weeks, saying he was a spy who lied in "
                   "his accreditation papers. The embassy staffer was summoned to the foreign ministry in Moscow "
                   "and told of the expulsion. London denied the espionage charge.",
                   RUSSIA)


def _captured() -> Document:
    # the same day, the same countries and capital, another event
    return _report("captured", "en", "Russia says it captured a British man fighting in Kursk",
                   "Russia said on Tuesday its forces had captured a British man who fought for Ukraine in the "
                   "Kursk region. A video released in Moscow showed the man in uniform with his hands tied. The "
                   "British government said it was supporting the family of a man detained in Russia.",
                   {**RUSSIA, "Ukraine": "gpe:ukraina", "Kursk": "gpe:kursk"})


def _groups(docs: list[Document], settings: StorySettings | None = None) -> list[list[str]]:
    stories = group_stories(docs, settings) if settings else group_stories(docs)
    return sorted(sorted(s.docs) for s in stories)


def test_an_english_report_of_other_news_of_the_same_country_stays_apart():
    docs = [_expulsion(), _captured(), _expulsion_retold()]
    # the two reports of the expulsion share its words (diplomat, espionage, two weeks, embassy);
    # the capture shares Russia, Britain and Moscow only
    assert _groups(docs) == [["captured"], ["expel-a", "expel-b"]]
    # before the rule, the names alone joined the capture to the expulsion
    assert ["captured", "expel-a", "expel-b"] in _groups(docs, NO_ENGLISH_RULE)


def test_an_indonesian_report_of_other_news_stays_out_of_an_english_story():
    # a protest in Moscow the same day: Russia, Britain and Moscow, and an embassy, are all it shares
    rally = _report("rally", "id", "Warga Rusia Demo di Depan Kedubes Inggris di Moskow",
                    "Ratusan warga Rusia berunjuk rasa di depan kedutaan Inggris di Moskow pada Selasa, memprotes "
                    "kiriman senjata Inggris ke Ukraina. Massa membawa spanduk dan bendera Rusia, lalu membubarkan "
                    "diri dengan tertib pada sore hari.",
                    {"Rusia": "gpe:rusia", "Inggris": "gpe:inggris", "Moskow": "gpe:moskow", "Ukraina": "gpe:ukraina"})
    assert _groups([_expulsion(), rally]) == [["expel-a"], ["rally"]]
    # countries and a capital are all the names they share: the wide-areas bar on joins through
    # names (grp17) keeps them apart too, and with both rules off they join
    assert _groups([_expulsion(), rally], NO_ENGLISH_RULE) == [["expel-a"], ["rally"]]
    loose = StorySettings(min_own_similarity_english=0.0, min_word_similarity_english=0.0,
                          announcer_names_apart=False, names_join_beyond_areas=False)
    assert _groups([_expulsion(), rally], loose) == [["expel-a", "rally"]]


def test_indonesian_reports_among_themselves_are_grouped_as_before():
    # no English report in play: two Indonesian reports are compared as they always were
    a = _report("a", "id", "Rusia Usir Diplomat Inggris",
                "Rusia mengusir seorang diplomat Inggris yang dituduh melakukan spionase dan memberinya waktu dua "
                "pekan untuk meninggalkan Moskow.", {"Rusia": "gpe:rusia", "Inggris": "gpe:inggris", "Moskow": "gpe:moskow"})
    b = _report("b", "id", "Inggris Bantah Tuduhan Rusia",
                "Inggris membantah tuduhan spionase Rusia terhadap diplomatnya di Moskow.",
                {"Inggris": "gpe:inggris", "Rusia": "gpe:rusia", "Moskow": "gpe:moskow"})
    assert _groups([a, b]) == _groups([a, b], NO_ENGLISH_RULE)


def test_an_english_report_is_marked_among_its_keys_and_the_mark_is_no_evidence():
    counts = count_terms(_expulsion()).counts
    assert counts[ENGLISH_KEY] == 1.0
    assert ENGLISH_KEY not in count_terms(_report("x", "id", "Judul", "Rusia mengusir diplomat.", {})).counts
    # the mark is shared by every English report: it attests no event
    assert evidence_weight({ENGLISH_KEY}) == 0.0


# the event's own places (no gazetteer names): a town and its province
VARNHOLT = {"Varnholt": "loc:varnholt", "Eastmark": "loc:eastmark"}


def _collapse(doc_id: str = "collapse-a") -> Document:
    return _report(doc_id, "en", "Mine wall collapse kills workers near Varnholt",
                   "VARNHOLT - A wall of an open-pit tin mine collapsed near Varnholt in Eastmark province on "
                   "Thursday, killing nine workers and burying two excavators, the local disaster agency said. "
                   "Rescuers pulled four injured miners from the mud in Varnholt. The mine in Eastmark had no "
                   "permit, the agency said.", VARNHOLT)


def test_an_english_report_of_other_news_of_the_same_town_stays_apart():
    # the same day, the same town and province, another event: what it shares are the places
    bridge = _report("bridge", "en", "New bridge opens in Varnholt",
                     "VARNHOLT - A steel bridge over the Selm river opened in Varnholt in Eastmark province on "
                     "Thursday, cutting the drive to the coast by an hour. The bridge in Varnholt took three "
                     "years to build, Eastmark officials said.", VARNHOLT)
    retold = _report("collapse-b", "en", "Nine miners die as pit wall gives way in Eastmark",
                     "Nine workers were killed when the wall of a tin mine gave way in Eastmark on Thursday. "
                     "Four injured miners were rescued from the mud near Varnholt; the mine operated without a "
                     "permit, disaster officials said.", VARNHOLT)
    assert _groups([_collapse(), bridge, retold]) == [["bridge"], ["collapse-a", "collapse-b"]]
    # words must make part of the cosine (``min_word_similarity_english``): before, the places alone joined
    assert _groups([_collapse(), bridge], NO_WORD_RULE) == [["bridge", "collapse-a"]]



# the rule off: what the grouping did before it
NO_COUNTS_RULE = StorySettings(english_counted_elsewhere=0.0)


def _counted(doc: Document, *figures: tuple[str, float]) -> Document:
    """``doc`` with the counts the quantity extractor reads there (as written, value)."""
    for text, value in figures:
        start = doc.text.index(text)
        doc.quantities.append(Quantity(doc=doc.id, start=start, end=start + len(text), text=text, value=value))
    return doc


# the country and the agency's spokesman are the event's own names here (no gazetteer names)
KESTMARA = {"Kestmara": "loc:kestmara", "Ado Ferren": "person:ado-ferren"}


def _slide() -> Document:
    return _counted(_report(
        "slide-en", "en", "Landslide buries houses in Kestmara hill village",
        "KESTMARA - A landslide buried 17 houses in a hill village in Kestmara on Monday after two days of "
        "heavy rain, and 8 villagers were missing, the national disaster agency said. Rescuers dug with "
        "shovels because the road to the village was cut, agency spokesman Ado Ferren told reporters. About "
        "350 residents were moved to a school. More rain is expected, the weather office said.", KESTMARA),
        ("17 houses", 17), ("8 villagers", 8), ("350 residents", 350))


def test_an_english_report_of_another_event_told_by_the_same_agency_stays_apart():
    # the same day, country, agency and spokesman, the same rain and cut roads: another event,
    # whose counts are its own
    flood = _counted(_report(
        "flood-en", "en", "Floods cut roads in southern Kestmara",
        "KESTMARA - Rivers burst their banks in southern Kestmara on Monday after two days of heavy rain, "
        "cutting roads to 12 villages and forcing 2,600 residents into shelters, the national disaster agency "
        "said. Rescuers reached villages by boat, agency spokesman Ado Ferren told reporters. More rain is "
        "expected, the weather office said.", KESTMARA),
        ("12 villages", 12), ("2,600 residents", 2600))
    rendering = _counted(_report(
        "slide-id", "id", "Longsor Timbun 17 Rumah di Kestmara",
        "Tanah longsor menimbun 17 rumah di sebuah desa di perbukitan Kestmara, Senin, setelah hujan deras dua "
        "hari. Sebanyak 8 warga hilang, kata juru bicara badan penanggulangan bencana nasional Ado Ferren. "
        "Sekitar 350 warga dipindahkan ke sebuah sekolah.", KESTMARA),
        ("17 rumah", 17), ("8 warga", 8), ("350 warga", 350))
    assert _groups([_slide(), flood, rendering]) == [["flood-en"], ["slide-en", "slide-id"]]
    # before the rule, the agency, its spokesman, the country and the rain joined the flood to it
    assert ["flood-en", "slide-en"] in [g for g in _groups([_slide(), flood], NO_COUNTS_RULE)]


def test_a_report_that_gives_no_counts_is_not_held_back_by_them():
    # a retelling that gives no figure of its own cannot disagree on them: the other bars decide
    retold = _report(
        "slide-en-2", "en", "Villagers missing after landslide in Kestmara",
        "A landslide buried houses in a hill village in Kestmara on Monday after heavy rain, the national "
        "disaster agency said. Villagers were missing and rescuers dug with shovels, agency spokesman Ado "
        "Ferren said.", KESTMARA)
    assert _groups([_slide(), retold]) == [["slide-en", "slide-en-2"]]


NO_EVIDENCE_JOIN = StorySettings(english_evidence_join_weight=0.0)
OSTRAVA = {"Ostrava Dorn": "loc:ostrava-dorn", "Lena Marsh": "person:lena-marsh"}


def _dated(doc: Document, *days: tuple[str, str]) -> Document:
    """``doc`` with the days its dates name (as written, ISO day)."""
    for text, value in days:
        start = doc.text.index(text)
        doc.dates.append(TimeExpr(doc=doc.id, start=start, end=start + len(text), text=text, value=value,
                                  precision="day"))
    return doc


def _outage() -> Document:
    return _dated(_counted(_report(
        "water-en", "en", "Ostrava Dorn taps run dry after pumping station breaks down",
        "OSTRAVA DORN - Taps ran dry for 46,000 households in Ostrava Dorn after the main pumping station "
        "broke down on Sunday, the city utility said. Tankers delivered drinking water, utility chief Lena "
        "Marsh told reporters, and repairs could take until Friday. Schools stayed open, but hospitals "
        "cancelled planned surgery and restaurants closed their kitchens. Residents queued with buckets and "
        "bottles at the tankers, and shops sold out of bottled water by noon. The opposition blamed the sale "
        "of the utility to Corvex Holdings in 2019, and councillor Harald Venn demanded an inquiry.",
        {**OSTRAVA, "Corvex Holdings": "org:corvex", "Harald Venn": "person:harald-venn"}),
        ("46,000 households", 46000)), ("on Sunday", "2026-03-08"), ("until Friday", "2026-03-13"))


def test_a_rendering_in_words_the_list_lacks_joins_its_original_on_the_event_s_counts_and_days():
    # spelled-out count, colloquial words ("ngadat", "antre", "galon"), local background: the
    # cosine stays under the threshold, but the household count and both days are the original's
    rendering = _dated(_counted(_report(
        "water-id", "id", "Pompa Ngadat, Warga Ostrava Dorn Antre Air",
        "Sebanyak empat puluh enam ribu rumah tangga di Ostrava Dorn tak kebagian air bersih gara-gara pompa "
        "induk ngadat sejak Minggu. Truk tangki dikerahkan, ujar bos perusahaan air minum kota, Lena Marsh. "
        "Perbaikan ditargetkan rampung Jumat. Warga mengeluhkan antrean panjang, sebagian terpaksa membeli air "
        "galon dengan harga dua kali lipat. Sejumlah warung makan memilih tutup sementara. Kota di tepi Sungai "
        "Velm itu pernah mengalami krisis serupa, kata pengamat tata kota Mirek Salo.",
        {**OSTRAVA, "Mirek Salo": "person:mirek-salo", "Sungai Velm": "loc:velm"}),
        ("empat puluh enam ribu rumah tangga", 46000)), ("sejak Minggu", "2026-03-08"), ("rampung Jumat", "2026-03-13"))
    assert _groups([_outage(), rendering]) == [["water-en", "water-id"]]
    assert _groups([_outage(), rendering], NO_EVIDENCE_JOIN) == [["water-en"], ["water-id"]]


def test_other_news_of_the_town_dated_the_same_days_stays_apart():
    # two days in common are no count of the event: the lower bar needs evidence weighing 3
    market = _dated(_report(
        "market-id", "id", "Pasar Lama Ostrava Dorn Direnovasi",
        "Pemerintah kota Ostrava Dorn mulai merenovasi pasar lama sejak Minggu. Pedagang dipindahkan ke lapangan "
        "parkir hingga Jumat, kata Lena Marsh yang juga mengurus pasar kota.", OSTRAVA),
        ("sejak Minggu", "2026-03-08"), ("hingga Jumat", "2026-03-13"))
    assert _groups([_outage(), market]) == [["market-id"], ["water-en"]]


# branch xlgroup3: what other news of a day shares by chance with a report, where English is compared

LEDGER = {"Brannfjord": "loc:brannfjord", "Northgate Ledger": "org:northgate-ledger"}


def _from_ledger(doc_id: str, title: str, text: str) -> Document:
    """An English report of one outlet, whose name has no outlet word ("Ledger") and is linked as
    the model links it (a body)."""
    d = _report(doc_id, "en", title, text, {k: v for k, v in LEDGER.items() if k in text})
    d.outlet = "Northgate Ledger"
    return d


def _bakery_fire() -> Document:
    return _from_ledger(
        "fire", "Fire guts bakery near fish market",
        "BRANNFJORD (Northgate Ledger) - A fire gutted a bakery near the fish market of the town on Tuesday "
        "night, and residents were kept out of nearby homes until morning, police and the fire service told "
        "Northgate Ledger.")


def test_an_outlet_s_own_name_is_no_key_of_its_english_reports():
    vote = _from_ledger(
        "vote", "Council votes to close main library",
        "BRANNFJORD (Northgate Ledger) - The town council voted on Tuesday to close the main library, and "
        "residents protested outside the town hall until police arrived, a council spokesman told Northgate "
        "Ledger.")
    fire, keys = _bakery_fire(), count_terms(_bakery_fire()).counts
    assert not {"northgate", "ledger", "e:org:northgate-ledger"} & set(keys)
    assert "brannfjord" in keys  # the dateline's place is kept
    assert _groups([fire, vote]) == [["fire"], ["vote"]]
    # before the rule, the name written in both datelines and sign-offs joined them
    assert _groups([fire, vote], StorySettings(english_own_outlet_apart=False)) == [["fire", "vote"]]
    # and so it does with no outlet known
    for d in (fire, vote):
        d.outlet = None
    assert _groups([fire, vote]) == [["fire", "vote"]]


def test_one_outlet_s_two_reports_of_one_event_still_join():
    follow_up = _from_ledger(
        "fire-2", "Bakery fire near fish market was started by an oven, police say",
        "BRANNFJORD (Northgate Ledger) - The fire that gutted a bakery near the fish market on Tuesday night "
        "was started by an oven left on, police told Northgate Ledger. Residents of nearby homes returned in the "
        "morning.")
    assert _groups([_bakery_fire(), follow_up]) == [["fire", "fire-2"]]


def test_a_count_below_ten_met_by_chance_does_not_tie_two_events():
    # another flood told by the landslide's agency and spokesman the same day: its counts are its
    # own but for "8" (boats there, missing villagers here), which any two reports may give
    flood = _counted(_report(
        "flood-en", "en", "Floods cut roads in southern Kestmara",
        "KESTMARA - Rivers burst their banks in southern Kestmara on Monday after two days of heavy rain, "
        "cutting roads to 12 villages and forcing 2,600 residents into shelters, the national disaster agency "
        "said. Rescuers reached villages in 8 boats, agency spokesman Ado Ferren told reporters. More rain is "
        "expected, the weather office said.", KESTMARA),
        ("12 villages", 12), ("2,600 residents", 2600), ("8 boats", 8))
    assert _groups([_slide(), flood]) == [["flood-en"], ["slide-en"]]
    # before the rule any count in common tied them, as they are with the counts rule off
    assert _groups([_slide(), flood], StorySettings(english_tie_least=0.5)) == [["flood-en", "slide-en"]]
    assert _groups([_slide(), flood], NO_COUNTS_RULE) == [["flood-en", "slide-en"]]


def test_a_rendering_joins_its_english_original_before_closer_local_news():
    # the utility chief on a tariff rise, the same town: an Indonesian report closer in words to the
    # rendering ("air", "warga", "galon", "warung makan") than the English original is; the original
    # shares the household count and both days with it
    tariff = _counted(_report(
        "tariff-id", "id", "Tarif Air Minum Ostrava Dorn Naik",
        "Perusahaan air minum kota Ostrava Dorn menaikkan tarif air bersih untuk rumah tangga mulai bulan depan, "
        "ujar bos perusahaan itu, Lena Marsh. Warga mengeluhkan kenaikan tarif, sebagian memilih membeli air "
        "galon. Sejumlah warung makan di kota itu juga mengeluhkan biaya air yang naik 15 persen.", OSTRAVA),
        ("15 persen", 15))
    rendering = _dated(_counted(_report(
        "water-id", "id", "Pompa Ngadat, Warga Ostrava Dorn Antre Air",
        "Sebanyak empat puluh enam ribu rumah tangga di Ostrava Dorn tak kebagian air bersih gara-gara pompa "
        "induk ngadat sejak Minggu. Truk tangki dikerahkan, ujar bos perusahaan air minum kota, Lena Marsh. "
        "Perbaikan ditargetkan rampung Jumat. Warga mengeluhkan antrean panjang, sebagian terpaksa membeli air "
        "galon dengan harga dua kali lipat. Sejumlah warung makan memilih tutup sementara.", OSTRAVA),
        ("empat puluh enam ribu rumah tangga", 46000)), ("sejak Minggu", "2026-03-08"), ("rampung Jumat", "2026-03-13"))
    assert _groups([_outage(), tariff, rendering]) == [["tariff-id"], ["water-en", "water-id"]]
    # before the rule the rendering went with the closer local news
    before = StorySettings(english_evidence_first=False)
    assert _groups([_outage(), tariff, rendering], before) == [["tariff-id", "water-id"], ["water-en"]]


def test_two_sources_of_one_quake_that_share_only_its_magnitude_still_join():
    # an English wire and an Indonesian update with other tolls: the magnitude, a value below ten
    # that is no whole number, is no chance meeting and ties them as a day or a large count would
    names = {"Selvara": "loc:selvara", "Doma Rish": "person:doma-rish"}
    wire = _counted(_report(
        "quake-en", "en", "Magnitude 6.3 quake kills 40 in Selvara",
        "SELVARA - A magnitude 6.3 earthquake struck the hill district of Selvara on Monday, killing at least "
        "40 people and damaging 1,200 houses, the disaster agency said. Rescuers searched collapsed homes "
        "through the night, agency spokesman Doma Rish said. Landslides cut the road to several villages.", names),
        ("6.3", 6.3), ("40 people", 40), ("1,200 houses", 1200))
    update = _counted(_report(
        "quake-id", "id", "Korban Gempa Selvara Bertambah Jadi 52 Orang",
        "Jumlah korban meninggal akibat gempa magnitudo 6,3 di Selvara bertambah menjadi 52 orang. Sebanyak "
        "1.500 rumah rusak dan jalan ke sejumlah desa tertutup longsor, kata juru bicara badan penanggulangan "
        "bencana Doma Rish. Tim penyelamat terus mencari korban di reruntuhan rumah.", names),
        ("6,3", 6.3), ("52 orang", 52), ("1.500 rumah", 1500))
    assert _groups([wire, update]) == [["quake-en", "quake-id"]]
