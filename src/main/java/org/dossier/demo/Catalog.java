package org.dossier.demo;

import java.util.List;

/** The institute's vocabulary: sections, topics, regions and tags, with words the text generator uses. */
final class Catalog {

    private Catalog() {
    }

    /** A section and the type of publication it carries. */
    record SectionDef(String slug, String name, String description, String type) {
    }

    /**
     * A topic with subjects (noun phrases without article) and issues the prose talks about, and the
     * regions where writing about it is plausible.
     */
    record TopicDef(String slug, String name, String description, List<String> subjects, List<String> issues,
                    List<String> regions) {
    }

    /** A region with the words prose needs to speak of it. */
    record RegionDef(String slug, String name, String description, String capital, String government,
                     String adjective) {

        /** The name as it reads inside a sentence ("partners in the United States"). */
        String inProse() {
            return slug.equals("united-states") ? "the United States" : name;
        }
    }

    static final List<SectionDef> SECTIONS = List.of(
            new SectionDef("the-peninsula", "The Peninsula",
                    "The Peninsula is the institute's blog: short, timely analysis of Korean and regional affairs"
                            + " by our fellows and guest contributors.", "blog-post"),
            new SectionDef("reports", "Reports",
                    "In-depth studies with data, findings and policy recommendations, each with a PDF edition.",
                    "report"),
            new SectionDef("commentary", "Commentary",
                    "Op-eds and longer essays in which our experts argue a case on the questions of the day.",
                    "commentary"),
            new SectionDef("events", "Events",
                    "Forums, book talks and roundtables in Washington, in Seoul and online, open to the public.",
                    "event"),
            new SectionDef("podcasts", "Podcasts",
                    "Hanbridge Dialogues: conversations with policy makers, scholars and practitioners.", "podcast"),
            new SectionDef("press-releases", "Press Releases",
                    "News about the institute: appointments, new programs, reports and statements.",
                    "press-release"));

    static final List<TopicDef> TOPICS = List.of(
            new TopicDef("nuclear-policy", "Nuclear Policy", "Nonproliferation, deterrence and arms control.",
                    List.of("nuclear diplomacy", "nonproliferation", "extended deterrence", "arms control"),
                    List.of("missile testing", "verification", "sanctions relief", "enrichment capacity"),
                    List.of("north-korea", "south-korea", "united-states", "japan", "china", "russia")),
            new TopicDef("security-defense", "Security and Defense", "Alliances, force posture and military affairs.",
                    List.of("deterrence", "missile defense", "force posture", "alliance readiness"),
                    List.of("joint exercises", "defense budgets", "maritime patrols", "command arrangements"),
                    List.of("south-korea", "japan", "united-states", "china", "taiwan", "north-korea")),
            new TopicDef("trade", "Trade", "Trade agreements, export controls and market access.",
                    List.of("trade policy", "export controls", "supply chains", "market access"),
                    List.of("tariff schedules", "investment screening", "rules of origin", "digital trade rules"),
                    List.of("south-korea", "japan", "china", "united-states", "southeast-asia", "europe", "taiwan")),
            new TopicDef("economy", "Economy", "Growth, finance and economic policy across the region.",
                    List.of("economic policy", "monetary policy", "household debt", "productivity growth"),
                    List.of("exchange rates", "inflation", "fiscal space", "labor markets"),
                    List.of("south-korea", "japan", "china", "southeast-asia", "united-states", "europe", "taiwan")),
            new TopicDef("energy-climate", "Energy and Climate", "Energy security and the transition to clean power.",
                    List.of("energy security", "clean energy", "nuclear power", "carbon pricing"),
                    List.of("grid investment", "offshore wind", "coal phase-out", "fuel imports"),
                    List.of("south-korea", "japan", "china", "southeast-asia", "europe", "russia")),
            new TopicDef("human-rights", "Human Rights", "Rights, refugees, accountability and humanitarian access.",
                    List.of("human rights", "refugee protection", "accountability", "humanitarian access"),
                    List.of("forced repatriation", "access to information", "detention conditions", "family reunions"),
                    List.of("north-korea", "china", "south-korea", "europe", "united-states")),
            new TopicDef("technology", "Technology", "Semiconductors, artificial intelligence and cyber security.",
                    List.of("semiconductors", "artificial intelligence", "cyber security", "critical minerals"),
                    List.of("chip subsidies", "data governance", "ransomware", "research security"),
                    List.of("south-korea", "taiwan", "japan", "china", "united-states", "europe")),
            new TopicDef("diplomacy", "Diplomacy", "Summits, multilateral forums and the craft of statecraft.",
                    List.of("summit diplomacy", "multilateral cooperation", "alliance management", "public diplomacy"),
                    List.of("trilateral coordination", "leaders' meetings", "envoy appointments", "regional forums"),
                    List.of("south-korea", "japan", "china", "united-states", "russia", "southeast-asia", "europe", "north-korea")),
            new TopicDef("inter-korean-relations", "Inter-Korean Relations", "Engagement, tension and unification.",
                    List.of("inter-Korean relations", "engagement policy", "unification planning", "border management"),
                    List.of("liaison channels", "divided families", "joint economic projects", "military agreements"),
                    List.of("south-korea", "north-korea", "united-states", "china")),
            new TopicDef("society-demographics", "Society and Demographics", "Population, migration and public opinion.",
                    List.of("population decline", "migration policy", "education reform", "public opinion"),
                    List.of("fertility rates", "an ageing workforce", "foreign labor", "generational attitudes"),
                    List.of("south-korea", "japan", "china", "taiwan")),
            new TopicDef("development-aid", "Development and Aid", "Development finance, food security and aid.",
                    List.of("development finance", "humanitarian aid", "infrastructure lending", "food security"),
                    List.of("aid budgets", "debt relief", "project financing", "food supplies"),
                    List.of("southeast-asia", "north-korea", "south-korea", "japan", "europe")));

    static final List<RegionDef> REGIONS = List.of(
            new RegionDef("north-korea", "North Korea", "The Democratic People's Republic of Korea.", "Pyongyang",
                    "the North Korean leadership", "North Korean"),
            new RegionDef("south-korea", "South Korea", "The Republic of Korea.", "Seoul",
                    "the South Korean government", "South Korean"),
            new RegionDef("japan", "Japan", "Japan and its role in the region.", "Tokyo", "the Japanese government",
                    "Japanese"),
            new RegionDef("china", "China", "The People's Republic of China.", "Beijing", "the Chinese leadership",
                    "Chinese"),
            new RegionDef("united-states", "United States", "American policy toward Asia.", "Washington",
                    "the US administration", "American"),
            new RegionDef("russia", "Russia", "Russia's role in Northeast Asia.", "Moscow", "the Kremlin", "Russian"),
            new RegionDef("southeast-asia", "Southeast Asia", "ASEAN and its member states.", "Jakarta",
                    "ASEAN", "Southeast Asian"),
            new RegionDef("europe", "Europe", "The European Union and European partners.", "Brussels",
                    "the European Union", "European"),
            new RegionDef("taiwan", "Taiwan", "Taiwan and cross-strait relations.", "Taipei", "the authorities in Taipei",
                    "Taiwanese"));

    static final List<String> TAGS = List.of("Sanctions", "Alliance", "Semiconductors", "Elections", "Missile Tests",
            "Climate", "Supply Chains", "Summits", "Humanitarian Aid", "Cyber", "Demographics", "Trade Agreements",
            "Deterrence", "Energy Transition", "Public Opinion", "Data", "Book Talk", "Korean Language",
            "Event Recap", "Annual Outlook");

    static RegionDef region(String slug) {
        return REGIONS.stream().filter(r -> r.slug().equals(slug)).findFirst().orElseThrow();
    }
}
