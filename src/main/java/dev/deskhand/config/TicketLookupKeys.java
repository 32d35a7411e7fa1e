package dev.deskhand.config;

import dev.deskhand.tickets.LookupCredentials;
import dev.deskhand.tickets.TicketLinks;
import dev.deskhand.tickets.TicketLookupSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the helpdesk credentials {@code tickets: … lookup:} names from the environment, at start: a missing variable
 * stops the start naming the setting, rather than every lookup failing later. The values are never logged.
 */
public final class TicketLookupKeys {
    private TicketLookupKeys() {
    }

    /** @throws SettingsException naming every {@code email_env}/{@code token_env} whose variable is unset */
    public static LookupCredentials resolve(TicketLinks tickets, Environment environment) {
        Map<TicketLookupSettings, LookupCredentials.Credential> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (TicketLookupSettings lookup : tickets.lookups()) {
            Optional<String> email = environment.get(lookup.emailEnv());
            Optional<String> token = environment.get(lookup.tokenEnv());
            email.ifPresentOrElse(e -> { }, () -> missing.add(unset("email_env", lookup.emailEnv())));
            token.ifPresentOrElse(t -> { }, () -> missing.add(unset("token_env", lookup.tokenEnv())));
            if (email.isPresent() && token.isPresent()) {
                found.put(lookup, new LookupCredentials.Credential(email.get(), token.get()));
            }
        }
        if (!missing.isEmpty()) {
            throw new SettingsException(String.join("; ", missing));
        }
        return new LookupCredentials(found);
    }

    private static String unset(String field, String variable) {
        return "tickets: zendesk lookup." + field + " names " + variable + ", which is not set in the environment "
                + "(or .env)";
    }
}
