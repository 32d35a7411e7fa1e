/**
 * The paging adapter: {@link dev.deskhand.paging.http.HttpPager} implements {@link dev.deskhand.paging.Pager} over
 * PagerDuty's Events API v2 and Opsgenie's Alert API with the JDK's HTTP client (connect and read timeouts), and
 * turns their answers into {@link dev.deskhand.paging.PageResult}s. The only package that speaks HTTP to a paging
 * service; only the composition root constructs it.
 */
package dev.deskhand.paging.http;
