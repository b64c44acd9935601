package io.tradewind.service.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two holders with one token are one holder: a read token equal to the operator's lets its
 * holders act, and an Orders API user whose token is another's, or the read token, signs in as
 * someone else. Found when the service starts, naming the settings, never the tokens.
 */
public final class SharedTokens {

    private SharedTokens() {
    }

    /**
     * @param tokens each token by the setting or variable that holds it, in the order to name them;
     *               an empty or blank one is no token
     * @return why the service must not start, or empty when every token is its holder's own
     */
    public static Optional<String> refusal(Map<String, Optional<String>> tokens) {
        List<Map.Entry<String, String>> given = new ArrayList<>();
        tokens.forEach((holder, token) -> token.map(String::strip).filter(t -> !t.isEmpty())
                .ifPresent(t -> given.add(Map.entry(holder, t))));
        for (int i = 0; i < given.size(); i++) {
            for (int j = i + 1; j < given.size(); j++) {
                if (given.get(i).getValue().equals(given.get(j).getValue())) {
                    return Optional.of(given.get(j).getKey() + " is the same token as " + given.get(i).getKey()
                            + ", so one holder could act as the other: give each its own (e.g. openssl rand -hex 32)");
                }
            }
        }
        return Optional.empty();
    }
}
