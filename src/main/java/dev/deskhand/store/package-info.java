/**
 * JDBC adapters for the features' ports, the connection pool and the migrations
 * ({@code src/main/resources/db/migration}). The only package that speaks JDBC; every statement is
 * parameterised and runs unchanged on H2 and PostgreSQL.
 */
package dev.deskhand.store;
