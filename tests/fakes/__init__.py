"""Shared fakes: a WeCom peer that signs and encrypts like WeCom, and a fake WeCom API server."""
