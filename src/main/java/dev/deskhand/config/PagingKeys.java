package dev.deskhand.config;

import dev.deskhand.paging.PagingService;
import dev.deskhand.paging.PagingSettings;
import dev.deskhand.paging.ServiceKeys;
import dev.deskhand.paging.TeamPaging;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the paging keys the settings name from the environment, at start: a missing variable stops the start with
 * the setting that names it, rather than the first P1 failing to page at night. The keys are never logged.
 */
public final class PagingKeys {
    private PagingKeys() {
    }

    /**
     * @throws SettingsException naming every {@code routing_key_env}/{@code api_key_env} whose variable is unset
     */
    public static ServiceKeys resolve(PagingSettings settings, Environment environment) {
        Map<ServiceKeys.Route, String> keys = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (TeamPaging team : settings.teams()) {
            for (PagingService service : team.services()) {
                String variable = team.keyEnv().get(service);
                String field = service == PagingService.PAGERDUTY ? "routing_key_env" : "api_key_env";
                environment.get(variable).ifPresentOrElse(
                        key -> keys.put(new ServiceKeys.Route(team.team(), service), key),
                        () -> missing.add("team " + team.team() + ": paging." + service.id() + "." + field + " names "
                                + variable + ", which is not set in the environment (or .env)"));
            }
        }
        if (!missing.isEmpty()) {
            throw new SettingsException(String.join("; ", missing));
        }
        return new ServiceKeys(keys);
    }
}
