package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.publications.Status;
import org.dossier.testing.OnSqlite;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Ten thousand random and hostile queries and parameter values through the HTTP layer: none may
 * answer with a 5xx. Seeded, so a failure names a case that can be replayed.
 */
@OnSqlite
// The API's per-address rate limit would answer most of these 429: lifted, as this test is about the query path.
@TestPropertySource(properties = "dossier.api.requests-per-minute=1000000")
class SearchFuzzTest extends SearchContractBase {

    private static final long SEED = 20261129L;
    private static final String[] PIECES = {"\"", "-", "OR", "AND", "AND AND", "*", "?", "~", "^", ":", "author:",
            "topic:", "title:", "(", ")", "[", "]", "{", "}", "\\", "/", "&&", "||", "!", "+", "NOT", "'", "<script>",
            "%", "%00", "\u0000", "\u0007", "\u202e", "\uFEFF", "\uD800", "북한", "nuclear", "korea", "🙂", "é", "ß",
            "a:b:c", "-\"", "\"\"", "title:\"", "author:-", " ", "\t", "\n", "DPRK", "UN", "title:*"};
    private static final String[] PARAMS = {"type", "section", "topic", "region", "author", "year", "from", "to",
            "sort", "page"};

    @Test
    void tenThousandHostileRequestsNeverCauseAServerError() throws Exception {
        docs.save("Seed document on nuclear policy", "North Korea and the <b>UN</b>.", Status.PUBLISHED, lastMonth);
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String q = query(random);
            MockHttpServletRequestBuilder request = switch (i % 10) {
                case 0 -> get("/search");
                case 1 -> get("/api/search/suggest");
                default -> get("/api/search");
            };
            request.param("q", q);
            // Spread the requests over many (loopback) client addresses: the API's per-address rate limit
            // would otherwise answer 429 long before the ten thousandth case.
            String client = "127.0." + (i / 200) + "." + (i % 200 + 1);
            request.with(r -> {
                r.setRemoteAddr(client);
                return r;
            });
            if (random.nextInt(3) == 0) {
                request.param(PARAMS[random.nextInt(PARAMS.length)], random.nextBoolean() ? query(random)
                        : String.valueOf(random.nextInt(Integer.MAX_VALUE) - 1000));
            }
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status >= 500 || (status != 200 && status != 400)) {
                failures.add("case " + i + " status " + status + " q=" + q.substring(0, Math.min(60, q.length())));
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String query(Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return "x".repeat(10_240); // 10 KB
        }
        StringBuilder s = new StringBuilder();
        int parts = random.nextInt(8);
        for (int p = 0; p < parts; p++) {
            if (kind < 4) {
                s.appendCodePoint(random.nextInt(0x10FFFF + 1));
            } else {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextBoolean()) {
                s.append(' ');
            }
        }
        return s.toString();
    }
}
