"""Headquarters: every mission's case file in one PostgreSQL database (docs/headquarters.md).

Missions' bundles are the only way data arrives (`importer`); each record keeps the bundle it
came from, and each mission's audit chain stays checkable here (`verify`).
"""
