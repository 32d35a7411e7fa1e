package dev.deskhand.store;

import dev.deskhand.config.DatabaseSettings;
import java.util.UUID;

/** The page ledger contract on H2 (PostgreSQL mode). */
class PageLedgerH2Test extends PageLedgerContract {
    @Override
    Opened openDatabase() {
        Database database = new Database(DatabaseSettings.inMemory("pages-" + UUID.randomUUID()));
        database.migrate();
        return new Opened(database, database);
    }
}
