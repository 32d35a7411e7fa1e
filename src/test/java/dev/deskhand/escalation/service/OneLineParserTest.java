package dev.deskhand.escalation.service;

import dev.deskhand.escalation.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OneLineParserTest {
    private final OneLineParser parser = new OneLineParser(List.of("billing", "technical", "accounts"));

    static Stream<Arguments> lines() {
        return Stream.of(
                // text, severity, team, ticket, summary, missing parts
                Arguments.of("P1 billing ACME-1234 customer charged twice after plan change",
                        Severity.P1, "billing", "ACME-1234", "customer charged twice after plan change", List.of()),
                Arguments.of("billing ACME-1234 p2 refund stuck",
                        Severity.P2, "billing", "ACME-1234", "refund stuck", List.of()),
                Arguments.of("#12345 Technical SEV-3 login loops forever",
                        Severity.P3, "technical", "#12345", "login loops forever", List.of()),
                Arguments.of("password reset mail never arrives accounts P4 #777",
                        Severity.P4, "accounts", "#777", "password reset mail never arrives", List.of()),
                Arguments.of("P2 <https://support.example.com/tickets/981|ticket 981> billing invoice shows wrong VAT",
                        Severity.P2, "billing", "https://support.example.com/tickets/981",
                        "invoice shows wrong VAT", List.of()),
                Arguments.of("P2 https://support.example.com/t/55 accounts cannot add seat",
                        Severity.P2, "accounts", "https://support.example.com/t/55", "cannot add seat", List.of()),
                Arguments.of("P1 ACME-9 the billing page is blank",
                        Severity.P1, null, "ACME-9", "the billing page is blank", List.of(OneLineParser.Part.TEAM)),
                Arguments.of("billing refund stuck",
                        null, "billing", null, "refund stuck",
                        List.of(OneLineParser.Part.SEVERITY, OneLineParser.Part.TICKET)),
                Arguments.of("P3 technical ACME-5",
                        Severity.P3, "technical", "ACME-5", null, List.of(OneLineParser.Part.SUMMARY)),
                Arguments.of("P1, billing: ACME-77 card declined twice",
                        Severity.P1, "billing", "ACME-77", "card declined twice", List.of()),
                Arguments.of("",
                        null, null, null, null, List.of(OneLineParser.Part.SEVERITY, OneLineParser.Part.TEAM,
                                OneLineParser.Part.TICKET, OneLineParser.Part.SUMMARY)),
                Arguments.of("P5 sales ABC-1 upgrade question",
                        null, null, "ABC-1", "P5 sales upgrade question",
                        List.of(OneLineParser.Part.SEVERITY, OneLineParser.Part.TEAM)),
                Arguments.of("P2 P1 billing ACME-1 ACME-2 both tickets affected",
                        Severity.P2, "billing", "ACME-1", "P1 ACME-2 both tickets affected", List.of()),
                Arguments.of("긴급 billing ACME-7 고객이 두 번 결제됨",
                        Severity.P1, "billing", "ACME-7", "고객이 두 번 결제됨", List.of()),
                Arguments.of("technical #88 로그인이 안 됩니다 낮음",
                        Severity.P4, "technical", "#88", "로그인이 안 됩니다", List.of()),
                Arguments.of("billing ACME-8 보통 배송이 늦어요 높음",
                        Severity.P3, "billing", "ACME-8", "배송이 늦어요 높음", List.of()),
                Arguments.of("billing ACME-9 고객이 보통 주말에 결제합니다",
                        null, "billing", "ACME-9", "고객이 보통 주말에 결제합니다", List.of(OneLineParser.Part.SEVERITY)));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("lines")
    void recognisesSeverityTeamAndTicketInAnyOrder(String text, Severity severity, String team, String ticket,
                                                   String summary, List<OneLineParser.Part> missing) {
        // GIVEN the configured teams  WHEN the one-line form is parsed
        OneLineParser.Parsed parsed = parser.parse(text);

        // THEN every part lands in its place and what is missing is reported
        assertEquals(new OneLineParser.Parsed(severity, team, ticket, summary), parsed);
        assertEquals(missing, parsed.missing());
        assertEquals(missing.isEmpty(), parsed.isComplete());
    }
}
