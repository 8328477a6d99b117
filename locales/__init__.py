"""Texts in Italian (it/) and English (en/) as Fluent files; a package, so installs carry them."""
