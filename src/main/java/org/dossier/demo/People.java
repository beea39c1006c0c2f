package org.dossier.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dossier.demo.Catalog.TopicDef;
import org.dossier.web.Slugs;

/** The institute's fictional experts: names, titles, affiliations and Markdown bios. */
final class People {

    private People() {
    }

    /** One expert as the demo defines them; {@code topics} are their fields of expertise. */
    record Person(String slug, String name, String title, String affiliation, List<TopicDef> topics, String bioMd) {

        String firstName() {
            return name.substring(0, name.indexOf(' '));
        }

        String lastName() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }

        String initials() {
            return firstName().substring(0, 1) + lastName().substring(0, 1);
        }

        String photoUrl() {
            return "/media/demo/experts/" + slug + ".svg";
        }

        String link() {
            return "[" + name + "](/experts/" + slug + ")";
        }
    }

    static final String INSTITUTE = "Hanbridge Institute";

    private static final List<String> NAMES = List.of("Eleanor Whitcombe", "Daniel Cho", "Min-seo Han",
            "Hiroshi Tanabe", "Margaret Ellison", "Samuel Okafor", "Ji-hoon Baek", "Claire Fontaine", "Rafael Ortega",
            "Soo-ah Yoon", "Thomas Brandt", "Aiko Morimoto", "Nathan Greer", "Hye-jin Kwon", "Priya Raman",
            "Lucas Weber", "Grace Lim", "Owen Callahan", "Yuna Seo", "Marcus Bell", "Ingrid Solberg", "Tae-yang Jung",
            "Helen Marsh", "Kenji Ishida", "Alicia Moreno", "Dong-hyun Ahn", "Rebecca Hale", "Victor Lindqvist");

    private static final List<String> STAFF_TITLES = List.of("President and Chief Executive Officer",
            "Senior Director for Research", "Director of Academic Affairs", "Director of Economic Programs",
            "Director of Communications", "Senior Fellow", "Senior Fellow", "Senior Fellow", "Fellow", "Fellow",
            "Research Fellow", "Research Fellow", "Program Manager", "Research Associate", "Senior Advisor");

    private static final List<String> OUTSIDE_TITLES = List.of("Non-Resident Fellow", "Visiting Fellow",
            "Adjunct Fellow");

    private static final List<String> PLACES = List.of("Eastbrook University", "the Hallasan School of Policy",
            "Meridian College", "the Institute for Pacific Futures", "Westgate University",
            "the Coastal Policy Forum");

    private static final List<String> PAST = List.of("a decade in the foreign service", "several years as a"
            + " financial journalist in Seoul and Tokyo", "eight years as a congressional staffer", "a career in"
            + " development banking", "six years at a regional think tank", "years as an analyst in government");

    /** Twenty-eight people: the first fifteen on staff, the rest affiliated from elsewhere. */
    static List<Person> all(Random random) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            boolean staff = i < STAFF_TITLES.size();
            String title = staff ? STAFF_TITLES.get(i) : OUTSIDE_TITLES.get(i % OUTSIDE_TITLES.size());
            String home = PLACES.get(i % PLACES.size());
            String affiliation = staff ? INSTITUTE : INSTITUTE + "; Professor, " + strip(home);
            TopicDef first = Catalog.TOPICS.get(i % Catalog.TOPICS.size());
            TopicDef second = Catalog.TOPICS.get((i * 7 + 3) % Catalog.TOPICS.size());
            List<TopicDef> topics = first == second ? List.of(first) : List.of(first, second);
            people.add(new Person(Slugs.of(name), name, title, affiliation, topics,
                    bio(random, name, title, staff, home, topics)));
        }
        return people;
    }

    private static String bio(Random random, String name, String title, boolean staff, String home,
                              List<TopicDef> topics) {
        String first = name.substring(0, name.indexOf(' '));
        String fields = topics.stream().map(t -> t.name().toLowerCase(java.util.Locale.ROOT))
                .reduce((a, b) -> a + " and " + b).orElse("");
        String role = staff ? "is " + article(title) + " " + title + " at the Hanbridge Institute"
                : "is " + article(title) + " " + title + " at the Hanbridge Institute and teaches at " + home;
        return name + " " + role + ", with a focus on " + fields + ". Before joining Hanbridge, " + first
                + " spent " + PAST.get(random.nextInt(PAST.size())) + ".\n\n"
                + first + "'s research looks at how governments in Northeast Asia make decisions under pressure,"
                + " drawing on interviews, archives and original data. " + first + " writes regularly for"
                + " *The Peninsula* and appears often on **Hanbridge Dialogues**.\n\n"
                + "*Languages:* English" + (name.contains("-") ? ", Korean" : "")
                + (random.nextBoolean() ? ", Japanese" : "") + ".";
    }

    private static String strip(String place) {
        return place.startsWith("the ") ? place.substring(4) : place;
    }

    private static String article(String title) {
        if (title.startsWith("President") || title.contains("Director")) {
            return "the";
        }
        return "AEIOU".indexOf(title.charAt(0)) >= 0 ? "an" : "a";
    }
}
