package org.dossier.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proves {@link FeedLint} flags what the W3C feed validator flags: every validator test case (Atom and
 * RSS 2.0) whose expected message is one FeedLint checks must get that message from it, and every case
 * the validator expects to pass that check must pass it here too.
 */
class FeedLintCalibrationTest {

    private static final Path CASES = Path.of(System.getProperty("user.dir"))
            .resolve("../shared/data/feeds/feedvalidator-testcases/testcases").normalize();
    private static final Set<String> CODES = Set.of("MissingElement", "DuplicateElement", "InvalidRFC3339Date",
            "InvalidRFC2822Date");
    private static final Pattern EXPECT = Pattern.compile("Expect:\\s*(!?)(\\w+)(\\{([^}]*)})?");

    @Test
    void lintAgreesWithTheValidatorsTestCases() throws Exception {
        assumeTrue(Files.isDirectory(CASES), "feed validator test cases not present");
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Stream.concat(Files.walk(CASES.resolve("atom")), Files.walk(CASES.resolve("rss20")))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                String xml = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                Matcher m = EXPECT.matcher(xml);
                if (!m.find() || !CODES.contains(m.group(2))) {
                    continue;
                }
                List<FeedLint.Problem> problems;
                try {
                    problems = FeedLint.check(xml);
                } catch (Exception notWellFormedOrDoctype) {
                    continue;
                }
                boolean negated = !m.group(1).isEmpty();
                String args = m.group(4) == null ? "" : m.group(4);
                String element = arg(args, "element");
                String parent = arg(args, "parent");
                boolean reported = problems.stream().anyMatch(p -> p.code().equals(m.group(2))
                        && (element == null || element.equals(p.element()))
                        && (parent == null || parent.equals(p.parent())));
                checked++;
                if (reported == negated) {
                    disagreements.add(CASES.relativize(file) + " expects " + m.group(0).substring(7).strip()
                            + " but lint said " + problems);
                }
            }
        }
        assertThat(checked).isGreaterThan(150);
        assertThat(disagreements).isEmpty();
    }

    private static String arg(String args, String name) {
        for (String pair : args.split(",")) {
            String[] kv = pair.split(":", 2);
            if (kv.length == 2 && kv[0].strip().equals(name)) {
                return kv[1].strip();
            }
        }
        return null;
    }
}
