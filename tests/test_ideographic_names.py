"""Names in Han, kana and Hangul are a surname and a given name written together; everyday words that begin with a
surname's character are no names (高度 height, 王国 kingdom, 이메일 e-mail, 박물관 museum, 조회수 view count).

Values here are made up for these tests and are not in any labelled set.
"""

from __future__ import annotations

import pytest
from scan_support import found_at as _found
from scan_support import one_property as _value

from phiscan.detect.analyzer import Analyzer
from phiscan.detect.names import name_shaped


@pytest.mark.parametrize(
    "name",
    ["王伟", "李娜", "王梓涵", "陈雨桐", "佐藤健", "高橋翔太", "김민준", "이서연", "최유나", "한소희", "정하윤"],
)
def test_a_surname_and_a_given_name_written_together_are_a_name(name: str) -> None:
    assert name_shaped(name)


@pytest.mark.parametrize(
    "word",
    [
        "高度",
        "王国",
        "林业",
        "金融",
        "方法",
        "温度",
        "이메일",
        "박물관",
        "한국어",
        "조회수",
        "정보통",
        "지하철",
        "강아지",
    ],
)
def test_an_everyday_word_that_begins_with_a_surnames_character_is_no_name(word: str) -> None:
    assert not name_shaped(word)


def test_a_schemas_chinese_and_korean_words_are_no_ones_names(analyzer: Analyzer) -> None:
    doc = _value("enum", ["高度", "温度", "이메일", "한국어"], key="field")
    assert all(_found(doc, analyzer, f"/properties/field/enum/{i}") == set() for i in range(4))


def test_names_among_them_are_still_found(analyzer: Analyzer) -> None:
    doc = _value("enum", ["王伟", "高度", "김민준"], key="patient_name")
    assert _found(doc, analyzer, "/properties/patient_name/enum/0") == {"PERSON"}
    assert _found(doc, analyzer, "/properties/patient_name/enum/1") == set()
    assert _found(doc, analyzer, "/properties/patient_name/enum/2") == {"PERSON"}
