package dev.deskhand.slack.digest;

import dev.deskhand.slack.text.Language;
import dev.deskhand.slack.text.Voice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.deskhand.config.DatabaseSettings;
import dev.deskhand.digest.schedule.DigestAdmins;
import dev.deskhand.digest.DigestBuilder;
import dev.deskhand.digest.schedule.DigestSchedule;
import dev.deskhand.digest.schedule.DigestSection;
import dev.deskhand.digest.InMemoryDigestSource;
import dev.deskhand.digest.schedule.ScheduleBook;
import dev.deskhand.digest.schedule.Subscription;
import dev.deskhand.store.Database;
import dev.deskhand.store.JdbcDigestSubscriptions;
import dev.deskhand.testing.MutableClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DigestCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Friday 13 June 2025, 10:00 in Seoul. */
    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-13T01:00:00Z"));
    private final InMemoryDigestSource source = new InMemoryDigestSource();
    private Database database;
    private JdbcDigestSubscriptions subscriptions;

    @BeforeEach
    void openDatabase() {
        database = new Database(DatabaseSettings.inMemory("digest-command-" + UUID.randomUUID()));
        database.migrate();
        subscriptions = new JdbcDigestSubscriptions(database.dataSource());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private static final String USAGE = Voice.fixed(Language.EN).in(Language.EN).get("digest.usage");

    private DigestCommand command(Set<String> admins) {
        DigestBuilder builder = new DigestBuilder(source, today -> List.of(), clock, List.of("P1", "P2"));
        return new DigestCommand(builder, new ScheduleBook(List.of(), subscriptions), subscriptions,
                new DigestAdmins(admins), Set.of("billing", "technical"), clock, Voice.fixed(Language.EN));
    }

    @Test
    void koreanSubscribeStoresTheLanguageAndConfirmsInTheAskersLanguage() throws Exception {
        DigestBuilder builder = new DigestBuilder(source, today -> List.of(), clock, List.of("P1", "P2"));
        DigestCommand korean = new DigestCommand(builder, new ScheduleBook(List.of(), subscriptions), subscriptions,
                new DigestAdmins(Set.of()), Set.of("billing", "technical"), clock, Voice.fixed(Language.KO));
        JsonNode reply = run(korean, "구독 “0 9 * * MON-FRI” Asia/Seoul billing lang:ko", "U1");

        assertEquals("이 채널에 다이제스트를 예약했습니다: `0 9 * * MON-FRI` (Asia/Seoul), billing. 한국어로 게시합니다.\n"
                + "다음 게시: 6월 16일 (월) 09:00 · 6월 17일 (화) 09:00 · 6월 18일 (수) 09:00", reply.get("text").asText());
        assertEquals(Optional.of("ko"), subscriptions.find("CLEADS").orElseThrow().schedule().orElseThrow().language());
    }

    @Test
    void subscribeStoresTheScheduleAndListsTheNextSlotsInItsZone() throws Exception {
        JsonNode reply = run(command(Set.of()), "subscribe “0 9 * * MON-FRI” Asia/Seoul billing,technical", "U1");

        assertEquals("ephemeral", reply.get("response_type").asText());
        assertEquals("Digest scheduled here: `0 9 * * MON-FRI` in Asia/Seoul, billing, technical.\n"
                + "Next: Mon 16 Jun 09:00 · Tue 17 Jun 09:00 · Wed 18 Jun 09:00", reply.get("text").asText());
        assertEquals(Optional.of(new Subscription("CLEADS", Optional.of(DigestSchedule.of("CLEADS",
                        "0 9 * * MON-FRI", "Asia/Seoul", Set.of("billing", "technical"),
                        EnumSet.allOf(DigestSection.class))), "U1", clock.instant())),
                subscriptions.find("CLEADS"));
    }

    @Test
    void onlyNamedAdminsMayChangeTheSchedule() throws Exception {
        JsonNode refused = run(command(Set.of("UADMIN")), "unsubscribe", "U_AGENT");
        JsonNode accepted = run(command(Set.of("UADMIN")), "unsubscribe", "UADMIN");

        assertEquals("Only digest admins can change this channel's digest: <@UADMIN>. `/digest preview` works for "
                + "everyone.", refused.get("text").asText());
        assertEquals("No more digests in this channel. `/digest subscribe` brings them back.",
                accepted.get("text").asText());
        assertEquals(Optional.empty(), subscriptions.find("CLEADS").orElseThrow().schedule());
    }

    @Test
    void badScheduleOrTeamIsExplainedAndNothingIsStored() throws Exception {
        JsonNode badZone = run(command(Set.of()), "subscribe \"0 9 * * *\" Seoul", "U1");
        JsonNode badTeam = run(command(Set.of()), "subscribe \"0 9 * * *\" UTC biling", "U1");

        assertEquals("That schedule doesn't work: \u200B`Seoul`\u200B is not a time zone I know; use an IANA name such "
                + "as `Asia/Seoul` or `Europe/Berlin`.\n\n" + USAGE, badZone.get("text").asText());
        assertEquals("Unknown team: biling. Teams: billing, technical.", badTeam.get("text").asText());
        assertEquals("Unknown teams: biling, tech. Teams: billing, technical.",
                run(command(Set.of()), "subscribe \"0 9 * * *\" UTC biling,tech", "U1").get("text").asText());
        assertEquals(Optional.empty(), subscriptions.find("CLEADS"));
    }

    @Test
    void scheduleProblemsAreToldInTheAskersLanguageNotTheParsersEnglish() throws Exception {
        DigestBuilder builder = new DigestBuilder(source, today -> List.of(), clock, List.of("P1", "P2"));
        DigestCommand korean = new DigestCommand(builder, new ScheduleBook(List.of(), subscriptions), subscriptions,
                new DigestAdmins(Set.of()), Set.of("billing", "technical"), clock, Voice.fixed(Language.KO));
        String koUsage = Voice.fixed(Language.KO).in(Language.KO).get("digest.usage");

        assertEquals("이 일정은 쓸 수 없습니다: cron 식 \u200B`0 9 * *`\u200B의 필드는 4개입니다. 분, 시, 일, 월, 요일의 5개 "
                + "필드가 필요합니다. (예: 평일 오전 9시는 `0 9 * * MON-FRI`)\n\n" + koUsage,
                run(korean, "subscribe \"0 9 * *\" Asia/Seoul", "U1").get("text").asText());
        assertEquals("이 일정은 쓸 수 없습니다: cron 식 \u200B`0 99 * * *`\u200B을(를) 해석할 수 없습니다. 분, 시, 일, 월, 요일 "
                + "순서의 5개 필드로 적어 주세요. (예: 평일 오전 9시는 `0 9 * * MON-FRI`)\n\n" + koUsage,
                run(korean, "subscribe \"0 99 * * *\" Asia/Seoul", "U1").get("text").asText());
        assertEquals("이 일정은 쓸 수 없습니다: \u200B`Seoul`\u200B은(는) 알 수 없는 시간대입니다. `Asia/Seoul`, "
                + "`Europe/Berlin`처럼 IANA 이름으로 적어 주세요.\n\n" + koUsage,
                run(korean, "subscribe \"0 9 * * *\" Seoul", "U1").get("text").asText());
        assertEquals("That schedule doesn't work: the cron expression \u200B`0 9 * *`\u200B has 4 fields, and it needs 5: "
                + "minute, hour, day of month, month, day of week (e.g. `0 9 * * MON-FRI` for 9:00 on weekdays).\n\n"
                + USAGE, run(command(Set.of()), "subscribe \"0 9 * *\" UTC", "U1").get("text").asText());
        assertEquals(Optional.empty(), subscriptions.find("CLEADS"));
    }

    private DigestCommand korean() {
        DigestBuilder builder = new DigestBuilder(source, today -> List.of(), clock, List.of("P1", "P2"));
        return new DigestCommand(builder, new ScheduleBook(List.of(), subscriptions), subscriptions,
                new DigestAdmins(Set.of()), Set.of("billing", "technical"), clock, Voice.fixed(Language.KO));
    }

    private Set<DigestSection> storedSections() {
        return subscriptions.find("CLEADS").orElseThrow().schedule().orElseThrow().sections();
    }

    @Test
    void koreanSectionNamesAreTakenFromAnyoneAndStoredAsTheSectionsThemselves() throws Exception {
        run(korean(), "구독 “0 9 * * MON-FRI” Asia/Seoul billing 기한,업무량,지식공백 lang:ko", "U1");
        assertEquals(EnumSet.of(DigestSection.SLA, DigestSection.LOAD, DigestSection.KNOWLEDGE_GAPS), storedSections());

        run(korean(), "구독 “0 9 * * MON-FRI” Asia/Seoul billing 열린건,오래된건,처리량,소요시간", "U1");
        assertEquals(EnumSet.of(DigestSection.OPEN_BY_SEVERITY, DigestSection.OLDEST, DigestSection.THROUGHPUT,
                DigestSection.TIMINGS), storedSections());

        // An English reader may type the Korean words, and a Korean reader the configuration's names.
        run(command(Set.of()), "subscribe \"0 9 * * *\" UTC billing 열린건,sla", "U1");
        assertEquals(EnumSet.of(DigestSection.OPEN_BY_SEVERITY, DigestSection.SLA), storedSections());
        run(korean(), "구독 \"0 9 * * *\" UTC billing knowledge-gaps,기한", "U1");
        assertEquals(EnumSet.of(DigestSection.KNOWLEDGE_GAPS, DigestSection.SLA), storedSections());
    }

    @Test
    void anUnknownSectionIsExplainedWithTheSectionNamesInTheReadersLanguage() throws Exception {
        String koUsage = Voice.fixed(Language.KO).in(Language.KO).get("digest.usage");
        assertEquals("이 일정은 쓸 수 없습니다: \u200B`날씨`\u200B(이)라는 다이제스트 섹션은 없습니다. 사용할 수 있는 섹션: "
                + "\u200B`열린건`\u200B, \u200B`기한`\u200B, \u200B`오래된건`\u200B, \u200B`처리량`\u200B, "
                + "\u200B`소요시간`\u200B, \u200B`업무량`\u200B, \u200B`지식공백`\u200B\n\n" + koUsage,
                run(korean(), "구독 \"0 9 * * *\" UTC billing 기한,날씨", "U1").get("text").asText());
        assertEquals("That schedule doesn't work: there is no digest section \u200B`weather`\u200B; the sections are "
                + "\u200B`open_by_severity`\u200B, \u200B`sla`\u200B, \u200B`oldest`\u200B, \u200B`throughput`\u200B, "
                + "\u200B`timings`\u200B, \u200B`load`\u200B, \u200B`knowledge_gaps`\u200B.\n\n" + USAGE,
                run(command(Set.of()), "subscribe \"0 9 * * *\" UTC billing weather", "U1").get("text").asText());
        assertEquals(Optional.empty(), subscriptions.find("CLEADS"));
    }

    @Test
    void eachLanguagesUsageListsExactlyTheSectionNamesItAccepts() {
        for (Language language : Language.values()) {
            var texts = Voice.fixed(language).in(language);
            String usage = texts.get("digest.usage");
            String listed = usage.substring(usage.lastIndexOf('\n'));
            List<String> names = EnumSet.allOf(DigestSection.class).stream()
                    .map(s -> texts.get("digest.section." + s.name())).toList();
            assertEquals(names, java.util.regex.Pattern.compile("`([^`,]+)`").matcher(listed).results()
                    .map(m -> m.group(1)).filter(names::contains).toList(), usage);
            assertEquals(7, names.stream().distinct().count(), "one name per section in " + language);
        }
    }

    @Test
    void previewIsEphemeralBlocksInTheChannelsZone() throws Exception {
        subscriptions.save(new Subscription("CLEADS", Optional.of(DigestSchedule.everything("CLEADS", "0 9 * * *",
                "Asia/Seoul")), "U1", clock.instant()));

        JsonNode reply = run(command(Set.of("UADMIN")), "preview", "U_AGENT");

        assertEquals("ephemeral", reply.get("response_type").asText());
        assertEquals("Queue digest: all clear, nothing open.", reply.get("text").asText());
        assertEquals("Queue digest (preview) · Fri 13 Jun", reply.get("blocks").get(0).get("text").get("text").asText());
        assertEquals("deskhand-digest-preview", reply.get("blocks").get(0).get("block_id").asText());
        assertEquals("Asia/Seoul · all teams", reply.get("blocks").get(1).get("elements").get(0).get("text").asText());
    }

    @Test
    void helpAndUnknownWordsShowUsage() throws Exception {
        assertEquals(USAGE, run(command(Set.of()), "", "U1").get("text").asText());
        assertEquals("I don't know `lunch`.\n\n" + USAGE,
                run(command(Set.of()), "lunch", "U1").get("text").asText());
    }

    private static JsonNode run(DigestCommand command, String text, String user) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("team_id", "T0TEST");
        form.put("team_domain", "deskhand-test");
        form.put("channel_id", "CLEADS");
        form.put("user_id", user);
        form.put("command", "/digest");
        form.put("text", text);
        form.put("response_url", "http://127.0.0.1:9/response");
        String body = form.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        SlashCommandRequest request = new SlashCommandRequest(body, new RequestHeaders(Map.of()));
        Response response = command.apply(request, request.getContext());
        assertEquals(200, response.getStatusCode());
        return JSON.readTree(response.getBody());
    }
}
