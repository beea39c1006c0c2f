package org.dossier.search;

import java.util.List;

/** The fixed query list of bench/search.sh: single words, phrases, facet filters, typos, operators. */
final class BenchQueries {

    static final List<String> ALL = List.of(
            "q=oil", "q=coffee", "q=disarmament", "q=apartheid", "q=inflation", "q=refugees", "q=sanctions",
            "q=terrorism", "q=climate", "q=wheat", "q=dollar", "q=korea", "q=palestine", "q=decolonization",
            "q=nuclear+weapons", "q=human+rights", "q=interest+rates", "q=trade+deficit", "q=crude+oil+prices",
            "q=sustainable+development+goals", "q=%22cold+war%22", "q=%22security+council%22",
            "q=%22developing+countries%22", "q=%22climate+change%22", "q=%22net+income%22",
            "q=%22middle+east%22+peace", "q=%22bank+of+japan%22", "q=%22general+assembly%22+reform",
            "q=oil&type=press-release", "q=peace&type=report", "q=nuclear&year=1987", "q=africa&topic=general-debate",
            "q=grain&topic=grain", "q=shares&topic=acq", "q=debt&from=1980-01-01&to=1999-12-31",
            "q=security&type=report&type=press-release", "q=sanctions&sort=newest", "q=oil&sort=oldest",
            "q=independence&page=2", "q=earnings&topic=earn&page=3",
            "q=nucelar+disarmament", "q=goverment", "q=enviroment", "q=economick+growth", "q=palestinan",
            "q=afganistan", "q=inflaton+rate",
            "q=DPRK", "q=UN+peacekeeping", "q=oil+-crude", "q=coffee+OR+cocoa", "q=title:gold",
            "q=apartheid+OR+segregation+-sport", "q=", "q=north+korea+nuclear", "q=famine+drought+ethiopia");

    private BenchQueries() {
    }
}
