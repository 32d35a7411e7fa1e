/**
 * On-call paging (issue 19): which escalations page whom ({@link dev.deskhand.paging.PagingPolicy}, from
 * {@code paging:} in {@code deskhand.yml}), the port to a paging service ({@link dev.deskhand.paging.Pager}) and
 * the values that cross it, and the routine that sends what the outbox owes ({@link dev.deskhand.paging.PageSender}).
 *
 * <p>Plain Java: depends on {@code escalation} (keys, the outbox port) and the JDK, never on HTTP, Slack or JDBC.
 * {@code paging.http} is the adapter that speaks to PagerDuty and Opsgenie; {@code store} keeps the page ledger;
 * {@code slack} renders pages in threads and in {@code /escalate show}; {@code config} builds the settings.
 */
package dev.deskhand.paging;
