"""Pure domain logic: parsers, matching, reminder planning, quiet hours. No I/O."""
