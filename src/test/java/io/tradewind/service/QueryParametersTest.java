package io.tradewind.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    /** Each was read as if absent or as its first value: a misspelt filter listed every order. */
    @Test
    void an_unknown_a_repeated_and_a_control_character_parameter_are_each_a_problem() {
        MultivaluedHashMap<String, String> given = new MultivaluedHashMap<>();
        given.add("created_at_form", "2030-01-01");
        given.addAll("limit", "10", "20");
        given.add("symbol", "BTC-IRR\u0000");
        given.add("offset", "0");

        List<QueryParameters.Problem> problems = QueryParameters.problems(given, Set.of("limit", "offset", "symbol"));

        assertEquals(List.of("created_at_form", "limit", "symbol"), problems.stream().map(QueryParameters.Problem::name).toList());
        assertEquals("'created_at_form' is not a parameter here (it takes limit, offset, symbol)", problems.get(0).message());
        assertEquals("limit is given 2 times; give it once", problems.get(1).message());
        assertEquals("symbol holds control characters", problems.get(2).message());
    }

    @Test
    void an_endpoint_that_takes_no_parameters_says_so() {
        MultivaluedHashMap<String, String> given = new MultivaluedHashMap<>();
        given.add("cancel_all", "true");

        List<QueryParameters.Problem> problems = QueryParameters.problems(given, Set.of());

        assertEquals("'cancel_all' is not a parameter here (it takes none)", problems.get(0).message());
    }
}
