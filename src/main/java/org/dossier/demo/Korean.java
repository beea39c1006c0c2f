package org.dossier.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** A few publications in Korean, written for the demo, so that Korean text is on the site from the start. */
final class Korean {

    private Korean() {
    }

    /** Korean title and the topic slug it belongs to. */
    record Piece(String title, String topic, String region) {
    }

    static final List<Piece> PIECES = List.of(
            new Piece("한반도 비핵화 협상의 새로운 국면", "nuclear-policy", "north-korea"),
            new Piece("한미 동맹의 과제와 전망", "security-defense", "united-states"),
            new Piece("반도체 공급망 재편과 한국의 선택", "technology", "south-korea"),
            new Piece("저출산 시대의 경제 정책", "society-demographics", "south-korea"),
            new Piece("동북아 에너지 안보와 협력 방안", "energy-climate", "japan"),
            new Piece("북한 인권 문제와 국제사회의 역할", "human-rights", "north-korea"));

    private static final List<String> SENTENCES = List.of(
            "최근 한반도를 둘러싼 안보 환경은 빠르게 변화하고 있다.",
            "정부는 동맹국과의 긴밀한 협력을 통해 위기를 관리해야 한다.",
            "전문가들은 대화와 억지를 병행하는 접근이 필요하다고 지적한다.",
            "경제적 상호의존은 협력의 기반이 되기도 하지만 새로운 취약성을 낳기도 한다.",
            "국제사회는 인도적 지원과 인권 문제를 분리해서는 안 된다.",
            "에너지 전환은 산업 경쟁력과 안보를 함께 좌우하는 과제가 되었다.",
            "한일 관계의 개선은 지역 안보 협력의 토대가 된다.",
            "중국과의 관계를 안정적으로 관리하는 것 역시 중요한 외교 과제이다.",
            "인구 감소는 노동 시장과 재정, 국방 인력에 장기적인 영향을 미친다.",
            "정책의 일관성과 투명성이 신뢰를 만드는 핵심이다.",
            "여론의 지지 없이는 어떤 합의도 오래 지속되기 어렵다.",
            "지방 정부와 시민 사회의 역할도 함께 고려해야 한다.");

    private static final List<String> HEADINGS = List.of("배경", "주요 쟁점", "정책 제언", "향후 전망");

    /** A body of four headed sections, three sentences each, with the recommendations as a list. */
    static String body(Random random) {
        List<String> pool = new ArrayList<>(SENTENCES);
        Collections.shuffle(pool, random);
        StringBuilder md = new StringBuilder(pool.get(0)).append(' ').append(pool.get(1)).append("\n\n");
        int next = 2;
        for (String heading : HEADINGS) {
            md.append("## ").append(heading).append("\n\n");
            if (heading.equals("정책 제언")) {
                md.append("1. 정보 공유 체계를 강화해야 한다.\n2. 지역 차원의 다자 협력을 확대해야 한다.\n")
                        .append("3. 국회와 국민의 지지를 확보하는 노력이 필요하다.\n\n");
                continue;
            }
            for (int i = 0; i < 3; i++) {
                md.append(pool.get(next++ % pool.size())).append(' ');
            }
            md.setLength(md.length() - 1);
            md.append("\n\n");
        }
        return md.toString().strip();
    }

    static String summary() {
        return "한반도와 동북아 정세에 대한 한브리지 연구소 전문가의 분석입니다.";
    }
}
