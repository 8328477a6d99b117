"""Test helpers: the running bot, its own process, scripted conversations."""
