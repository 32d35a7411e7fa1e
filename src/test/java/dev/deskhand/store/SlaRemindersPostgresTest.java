package dev.deskhand.store;

import dev.deskhand.testing.PostgresTestDatabase;

/** The SLA reminder behaviour on PostgreSQL ({@code DESKHAND_TEST_POSTGRES_URL}; skipped when unset). */
class SlaRemindersPostgresTest extends SlaRemindersContract {
    @Override
    Opened openDatabase() {
        PostgresTestDatabase postgres = PostgresTestDatabase.open();
        return new Opened(postgres.database(), postgres);
    }
}
