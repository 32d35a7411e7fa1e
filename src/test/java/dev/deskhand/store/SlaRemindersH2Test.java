package dev.deskhand.store;

import dev.deskhand.config.DatabaseSettings;
import java.util.UUID;

/** The SLA reminder behaviour on H2 (PostgreSQL mode). */
class SlaRemindersH2Test extends SlaRemindersContract {
    @Override
    Opened openDatabase() {
        Database database = new Database(DatabaseSettings.inMemory("sla-" + UUID.randomUUID()));
        database.migrate();
        return new Opened(database, database);
    }
}
