package dev.deskhand.paging.http;

import dev.deskhand.paging.Page;
import dev.deskhand.paging.PageResult;
import dev.deskhand.paging.Pager;
import dev.deskhand.paging.PagingService;
import dev.deskhand.paging.PagingSettings;
import dev.deskhand.paging.ServiceKeys;
import java.net.http.HttpClient;
import java.util.Optional;

/** {@link Pager} over HTTP: picks the team's key and the service's API. */
public final class HttpPager implements Pager {
    private final ServiceKeys keys;
    private final PagerDutyEvents pagerDuty;
    private final OpsgenieAlerts opsgenie;

    public HttpPager(PagingSettings settings, ServiceKeys keys) {
        this.keys = keys;
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Exchange exchange = new Exchange(client, settings.readTimeout());
        this.pagerDuty = new PagerDutyEvents(exchange, settings.pagerDutyUrl());
        this.opsgenie = new OpsgenieAlerts(exchange, settings.opsgenieUrl());
    }

    @Override
    public PageResult send(Page page) {
        Optional<String> key = keys.key(page.team(), page.service());
        if (key.isEmpty()) {
            // The settings changed since the page was owed: waiting will not bring the key back.
            return new PageResult.Rejected("no " + page.service().label() + " key for team " + page.team());
        }
        return page.service() == PagingService.PAGERDUTY ? pagerDuty.send(page, key.get())
                : opsgenie.send(page, key.get());
    }
}
