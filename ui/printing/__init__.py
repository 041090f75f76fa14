"""Printing: the case summary and incident report drawn to print preview, PDF and printer."""
