from ui.plain_text import elide, no_mnemonic, tooltip


def test_user_text_stays_literal() -> None:
    assert tooltip("<b>bold</b> & <img src=file:///etc/passwd>") == (
        "<qt>&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img src=file:///etc/passwd&gt;</qt>"
    )
    assert tooltip("") == ""
    assert no_mnemonic("R&D") == "R&&D"
    assert elide("Qısa", 10) == "Qısa"
    assert elide("Birinci sətir\nikinci", 40) == "Birinci sətir …"
    assert elide("Дуже довгий заголовок", 10) == "Дуже довг…"
