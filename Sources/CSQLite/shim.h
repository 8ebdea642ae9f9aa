// The system SQLite library (Debian: libsqlite3-dev), used to read DNA's .dna databases.
#include <sqlite3.h>
