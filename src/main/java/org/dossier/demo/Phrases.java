package org.dossier.demo;

import java.util.List;

/**
 * The phrase banks of the demo's analytical prose, written for Dossier. Slots in braces are filled
 * by {@link Writer}: {R} region, {Radj} its adjective, {cap} capital, {gov} government, {R2}/{cap2}/{gov2}
 * a second region, {S} subject, {I} issue, {year}, {pct}, {n}, {k} numbers.
 */
final class Phrases {

    private Phrases() {
    }

    static final List<String> OPENING = List.of(
            "Few questions in {Radj} policy circles draw as much attention this year as {S}.",
            "When officials in {cap} talk about {S} today, they do so in a different register than five years ago.",
            "The debate over {S} has moved from the margins to the center of policy in {R}.",
            "For much of the past decade, {gov} treated {S} as a technical matter best left to specialists.",
            "A series of decisions in {cap} over recent months has put {S} back on the agenda.",
            "It is tempting to read the latest news on {I} as one more episode in a familiar story.",
            "The announcement from {cap} on {I} surprised few close observers, but its timing deserves attention.",
            "Coverage of {S} rarely reaches the front page, yet the subject shapes the choices {gov} faces more than"
                    + " most headline issues.",
            "Ask ten officials in {cap} about {I} and you will hear at least three different accounts of the problem.",
            "The past year has been a reminder that {S} can change faster than the institutions built to manage it.",
            "Little in the official statements from {cap} suggests a change of course on {S}, but the budget does.");

    static final List<String> ANALYSIS = List.of(
            "The central problem is not a lack of ideas but a lack of coordination between ministries that each own"
                    + " a piece of {S}.",
            "Seen from {cap}, the question of {I} is less a policy choice than a constraint imposed by events"
                    + " elsewhere.",
            "What has changed is the willingness of {gov} to accept short-term costs for long-term leverage.",
            "Officials in {cap2} read these moves differently, and that gap in interpretation is itself a source of risk.",
            "Domestic politics matter here: a divided legislature makes any lasting commitment on {I} harder to sustain.",
            "There is a familiar pattern in which pressure produces a pause, the pause is mistaken for progress,"
                    + " and the cycle repeats.",
            "The {Radj} approach rests on an assumption that {I} can be kept apart from the wider relationship"
                    + " with {R2}.",
            "That assumption looks weaker every year, as the debate on {S} becomes entangled with questions of"
                    + " technology,"
                    + " money and status.",
            "Interviews with officials and business leaders suggest that the private sector is moving faster than"
                    + " governments on {S}.",
            "The result is a policy that is clearer in its goals than in its means.",
            "None of this is new to specialists, but the stakes have risen as the margin for error has narrowed.",
            "{gov} has so far preferred incremental steps, each small enough to avoid a backlash and large enough"
                    + " to signal intent.",
            "The risk is that a series of reasonable decisions adds up to an outcome that nobody chose.",
            "Much depends on whether {gov2} sees the change as a threat to be countered or a position to be tested.",
            "Behind the public statements lies a quieter argument about who inside {gov} owns the file on {I}.",
            "The tools available to {gov} are better suited to the problems of the last decade than to this one.",
            "Partners in {R2} have watched closely, and their reading will shape how far {cap} can go.",
            "In private, officials concede that the debate over {I} has become hard to separate from {S}.",
            "Past efforts failed less for lack of ambition than because they ran out of political attention.",
            "Markets have priced in more stability than the politics of {S} can promise.",
            "The legal framework has barely changed, but the way it is applied has changed a great deal.",
            "What looks like hesitation from outside is often a negotiation between agencies with different mandates.");

    static final List<String> EVIDENCE = List.of(
            "Figures published in {year} show that {n} of the 20 largest firms in the sector report direct"
                    + " exposure to {I}.",
            "Survey data point the same way: about {pct} percent of respondents in {R} now describe {S} as a"
                    + " national priority.",
            "Trade data show a steady shift over the past {k} years, with flows tied to {I} growing faster than"
                    + " the economy as a whole.",
            "The last comparable episode, in {year}, ended with a negotiated pause that lasted less than two years.",
            "Budget documents show that funding for {S} has grown in each of the last {k} budget cycles, by {pct}"
                    + " percent in total.",
            "Records from {year} show how quickly earlier understandings on {I} unravelled once attention moved"
                    + " elsewhere.",
            "Our own tally of official statements finds {n} significant announcements on {I} since {year}, most of"
                    + " them in the last two years.",
            "Polling in {R2} suggests that only about {pct} percent of the public follows {S} closely, which leaves"
                    + " leaders room to move.",
            "Since {year}, the number of government units in {cap} with a mandate covering {S} has grown to {n}.");

    static final List<String> COUNTERPOINT = List.of(
            "Skeptics argue that this overstates the change, and they have a point: much of the machinery in {cap}"
                    + " remains the same.",
            "Others warn that moving too quickly on {I} could alienate partners in {R2} whose support will be"
                    + " needed later.",
            "It would be a mistake, however, to assume that {gov} speaks with one voice on this.",
            "A more cautious reading is that {cap} is buying time rather than changing course.",
            "There is also a case for patience: earlier shifts on {S} took years to show in the data.",
            "Not everyone in {cap2} shares this view, and some argue the change is mostly rhetorical.");

    static final List<String> IMPLICATION = List.of(
            "For {R2}, the lesson is that waiting for clarity from {cap} is itself a choice, and not a free one.",
            "The practical consequence is that allies will need to coordinate earlier, and more quietly, than they"
                    + " are used to.",
            "If this reading is right, {I} will shape relations between {cap} and {cap2} for the rest of the decade.",
            "That makes the next twelve months a test of whether {S} can be managed rather than merely monitored.",
            "Policy makers who treat {S} as a side issue are likely to find it setting the terms of their main agenda.",
            "For business, the message is to plan for a world in which pressure over {I} is a permanent feature,"
                    + " not a passing storm.",
            "The cost of getting {S} wrong will not fall on {R} alone.");

    static final List<String> CLOSING = List.of(
            "None of these steps is dramatic, and that is the point: durable progress on {S} has usually come from"
                    + " patient, unglamorous work.",
            "The window for shaping the outcome is open, but it will not stay open for long.",
            "The coming year will show whether {gov} is willing to match its words with sustained attention.",
            "What is needed now is less a new strategy than the discipline to carry out the one already on paper.");

    static final List<String> RECOMMENDATIONS = List.of(
            "Create a standing channel between {cap} and {cap2} dedicated to {I}.",
            "Publish clear benchmarks so that progress on {S} can be judged from outside government.",
            "Fund independent monitoring of {I}, including open-source research.",
            "Bring legislators in early so that commitments on {S} outlast a single government.",
            "Coordinate messages with partners in {R2} before, not after, major announcements.",
            "Invest in the expertise {S} demands, from language training to technical analysis.");

    static final List<String> HEADINGS = List.of("The Background", "What Has Changed", "The View from {cap}",
            "Reading the Response in {cap2}", "The Numbers Behind the Debate", "Risks Ahead", "What Comes Next",
            "Where {I} Fits", "Three Scenarios", "Why It Matters");

    static final List<String> QUOTES = List.of(
            "We should not confuse a pause in {I} with a change of strategy. The underlying incentives have not moved.",
            "Every government in the region wants stability on {S}; they disagree about who should pay for it.",
            "The hardest part of {S} is not the first agreement but the fifth year of keeping it.",
            "If you only watch {cap}, you miss half the story. The other half is being written in {cap2}.",
            "Policy on {I} works best when it is boring: predictable, funded and explained in advance.");

    static final List<String> BLOG_TITLES = List.of(
            "What {cap}'s New Approach to {S} Means for {R2}", "{S} at a Crossroads: The View from {cap}",
            "Three Questions About {Radj} {S}", "Why the Debate on {I} Matters for {R}",
            "The Quiet Shift in {Radj} Thinking on {S}", "{R} and the Politics of {I}",
            "Reading the Signals: {I} in {R}", "Can {cap} and {cap2} Find Common Ground on {S}?",
            "{I} and the Limits of Pressure", "The Case for a Steadier Policy on {I}",
            "How {R} Is Rewriting the Rules on {S}", "Five Things to Watch on {S} This Year",
            "Beyond the Headlines: {I} in {R}", "Lessons from {R2} for {Radj} {S}");

    static final List<String> REPORT_TITLES = List.of("{S} in an Age of Rivalry", "Managing {I}",
            "The Next Decade of {S} in {R}", "{Radj} {S}: Risks, Choices and Recommendations",
            "Strengthening {S}: A Strategy for {R}", "After the Shock: {I} and the Future of {S}");
}
