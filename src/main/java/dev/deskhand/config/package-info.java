/**
 * Configuration: environment variables (over an optional {@code .env}) and the {@code deskhand.yml} settings
 * file, validated at start-up into records. The only package that reads the process environment; everything
 * else receives the records by constructor.
 */
package dev.deskhand.config;
