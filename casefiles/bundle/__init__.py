"""Export bundles: a zip with a manifest, the originals, CSV tables, SHA256SUMS and a README
that anyone can check by hand; imported into a new case file or merged by stable uuid."""
