"""The core's words in English (the source), Azerbaijani, Ukrainian and Russian, without Qt.

`catalogue` holds the languages and the lookup; `english` is the source table; `azerbaijani`,
`ukrainian` and `russian` give the same keys. Dates come from CLDR through Babel.
"""
