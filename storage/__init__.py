"""SQLite storage: connection, migrations, one repository per aggregate. The only SQL is here."""
