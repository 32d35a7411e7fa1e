package dev.deskhand.store;

import dev.deskhand.testing.PostgresTestDatabase;

/** The page ledger contract on PostgreSQL ({@code DESKHAND_TEST_POSTGRES_URL}; skipped when unset). */
class PageLedgerPostgresTest extends PageLedgerContract {
    @Override
    Opened openDatabase() {
        PostgresTestDatabase postgres = PostgresTestDatabase.open();
        return new Opened(postgres.database(), postgres);
    }
}
