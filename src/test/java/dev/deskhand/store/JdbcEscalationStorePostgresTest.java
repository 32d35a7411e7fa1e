package dev.deskhand.store;

import dev.deskhand.testing.PostgresTestDatabase;

/** The escalation repository contract on PostgreSQL ({@code DESKHAND_TEST_POSTGRES_URL}; skipped when unset). */
class JdbcEscalationStorePostgresTest extends EscalationStoreContract {
    @Override
    Opened openDatabase() {
        PostgresTestDatabase postgres = PostgresTestDatabase.open();
        return new Opened(postgres.database(), postgres);
    }
}
