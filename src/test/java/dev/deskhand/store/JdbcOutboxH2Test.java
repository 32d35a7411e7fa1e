package dev.deskhand.store;

import dev.deskhand.config.DatabaseSettings;
import java.util.UUID;

/** The outbox contract on H2 (PostgreSQL mode). */
class JdbcOutboxH2Test extends OutboxContract {
    @Override
    Opened openDatabase() {
        Database database = new Database(DatabaseSettings.inMemory("outbox-" + UUID.randomUUID()));
        database.migrate();
        return new Opened(database, database);
    }
}
