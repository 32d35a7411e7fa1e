package dev.deskhand.store;

import dev.deskhand.config.DatabaseSettings;
import java.util.UUID;

/** The escalation repository contract on H2 (PostgreSQL mode), as used by default. */
class JdbcEscalationStoreH2Test extends EscalationStoreContract {
    @Override
    Opened openDatabase() {
        Database database = new Database(DatabaseSettings.inMemory("escalations-" + UUID.randomUUID()));
        database.migrate();
        return new Opened(database, database);
    }
}
