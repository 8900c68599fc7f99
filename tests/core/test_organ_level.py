"""The organ's level told from its name (core/organ_level.py), which sets R8's plausibility limits.

Measured on every organ of the two hand-labelled corpora (about 350 real organs): mostly right, and
when wrong, wrong towards a higher level (more lenient limits), since a level told too low would warn
about real figures."""

from __future__ import annotations

import corpus_score
import form_score
import pytest

from core.organ_level import LEVELS, organ_level


@pytest.mark.parametrize("name,level", [
    ("淮安市洪泽区人民政府", "county"), ("洪泽区司法局", "county_dept"), ("淮安市人民政府", "city"),
    ("江苏省教育厅", "province_dept"), ("北京市人民政府", "province"), ("北京市东城区人民政府", "county"),
    ("宁陕县梅子镇人民政府", "township"), ("某某街道办事处", "township"), ("镇江市人民政府", "city"),
    ("镇安县人民政府", "county"), ("洪泽区市场监督管理局", "county_dept"), ("XX县住房和城乡建设局", "county_dept"),
    ("桐乡市公安局", "city_dept"), ("贵州省卫生健康委", "province_dept"), ("XX县乡镇企业局", "county_dept"),
    ("湖北省恩施州恩施市人民政府", "county"), ("上海市浦东新区人民政府", "county"), ("司法局", ""),
])
def test_names(name: str, level: str) -> None:
    assert organ_level(name) == level


def test_on_every_real_organ_of_the_corpora() -> None:
    rank = {level: i for i, level in enumerate(LEVELS)}
    organs = sorted({(e["organ"], e["level"]) for e in corpus_score.entries() + form_score.entries()})
    told = [(organ_level(name), level) for name, level in organs]
    right = sum(got == want for got, want in told)
    too_low = [(name, got, want) for (name, want), (got, _) in zip(organs, told, strict=True)
               if got and rank[got] < rank[want]]
    assert len(organs) >= 300
    assert right >= 0.8 * len(organs)
    assert len(too_low) <= 0.01 * len(organs), too_low
