"""Evidence images: their metadata, the checks made on import, and derived images."""
