"""The core every part relies on: settings, clock, durable task engine, i18n, audit, logging."""
