"""`ingest` end to end on texts in other scripts: a Russian article with a GOST list and a
Chinese one with a GB/T 7714 list are read into works, keyed in ASCII, and cited."""

from __future__ import annotations

import json
from pathlib import Path

from test_ingest_cli import run

RUSSIAN = """Соучастие граждан в оказании услуг

Таким образом, соучастие граждан остаётся важной темой (Иванов, 2018, с. 46; Петров и
Сидорова, 2019).

Список литературы

1. Иванов И. И. Соучастие граждан в управлении // Вопросы государственного
управления. 2018. № 3. С. 45–67.
2. Петров П. П., Сидорова А. В. Соучаствующее производство общественных услуг. М.:
Дело, 2019. 256 с.
"""
CHINESE = """合作生产研究综述

合作生产已成为公共管理研究的重要议题（王明，2018）。欧阳明等（2019）讨论了社区治理。

参考文献

[1] 王明, 李华. 公共服务合作生产研究[J]. 中国行政管理, 2018(3): 45-50.
[2] 欧阳明, 张三, 李四, 等. 社区治理中的合作生产[M]. 北京: 社会科学文献出版社, 2019:
12-20.
[3] 李明. 公共服务合作生产的机制研究[D]. 上海: 复旦大学, 2016.
"""


def test_russian_and_chinese_texts_give_keyed_works_and_citations(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    (tmp_path / "texts" / "zh.txt").write_text(CHINESE, encoding="utf-8")
    assert run("--store", "store", "ingest", "texts", cwd=tmp_path).returncode == 0
    listed = run("--store", "store", "list", "--json", cwd=tmp_path)
    works = {w["id"]: w for w in json.loads(listed.stdout)}
    assert {
        "ivanov2018souchastie",
        "petrov2019souchastvuyushchee",
        "wang2018gonggong",
        "ouyang2019shequ",
        "li2016gonggong",
    } <= set(works)
    assert works["petrov2019souchastvuyushchee"]["publisher-place"] == "Москва"
    assert works["wang2018gonggong"]["container-title"] == "中国行政管理"
    assert not any(w.get("title") in ("Список литературы", "参考文献") for w in works.values())
    cited = run("--store", "store", "contexts", "ivanov2018souchastie", "--json", cwd=tmp_path)
    assert cited.returncode == 0, cited.stderr
    assert "с. 46" in cited.stdout
    found = run("--store", "store", "search", "合作生产", "--json", cwd=tmp_path)
    assert {w["id"] for w in json.loads(found.stdout)} == {
        "anonndhezuo",  # the Chinese text itself, titled 合作生产研究综述
        "wang2018gonggong",
        "ouyang2019shequ",
        "li2016gonggong",
    }
    # the characters of a query are a phrase: li2016's "生产的机制研究" holds them apart
    phrase = run("--store", "store", "search", "生产研究", "--json", cwd=tmp_path)
    assert {w["id"] for w in json.loads(phrase.stdout)} == {"anonndhezuo", "wang2018gonggong"}
    cited = run("--store", "store", "contexts", "ouyang2019shequ", "--json", cwd=tmp_path)
    assert "欧阳明等（2019）讨论了社区治理。" in cited.stdout
    cites = run("--store", "store", "cited-by", "wang2018gonggong", "--json", cwd=tmp_path)
    assert json.loads(cites.stdout)[0]["mentions"] == 1
