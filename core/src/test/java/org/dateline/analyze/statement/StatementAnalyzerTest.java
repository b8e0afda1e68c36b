package org.dateline.analyze.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.model.Span;
import org.dateline.model.Statement;
import org.dateline.model.StatementKind;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Each attribution layout of news English, through the whole chain. */
class StatementAnalyzerTest {
    private static ArticleRecord analyze(String body) {
        Article a = Article.bodyOnly(InputRef.of("test", InputRef.Format.TEXT), body).withPublished(Published.parse("2024-03-07"));
        return Fixtures.analyze(a);
    }

    private static String speakerName(ArticleRecord r, Statement s) {
        return r.entities().stream().filter(e -> e.id().equals(s.speaker())).map(Entity::name).findFirst().orElse(null);
    }

    private static String text(Span s) {
        return s == null ? null : s.text();
    }

    @Test
    void quoteThenCueAndPronounSpeaker() {
        ArticleRecord r = analyze("Foreign Minister Jeyhun Bayramov met his Armenian counterpart in Almaty. "
            + "“We made progress on the border commission,” he told reporters.");
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
            assertThat(text(s.content())).isEqualTo("“We made progress on the border commission,”");
            assertThat(text(s.cue())).isEqualTo("told reporters");
            assertThat(text(s.source())).isEqualTo("he");
            assertThat(speakerName(r, s)).isEqualTo("Jeyhun Bayramov");
        });
    }

    @Test
    void quoteSplitAroundItsCueIsOneStatement() {
        ArticleRecord r = analyze("“The road is open,” Hikmet Hajiyev said, “and nobody is blocking it.”");
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(text(s.content())).isEqualTo("“The road is open,” Hikmet Hajiyev said, “and nobody is blocking it.”");
            assertThat(speakerName(r, s)).isEqualTo("Hikmet Hajiyev");
        });
    }

    @Test
    void quotationRunningOverParagraphsIsOneStatement() {
        ArticleRecord r = analyze("Ararat Mirzoyan said: “The corridor must stay open for every family.\n\n"
            + "“We will raise it at the Security Council again.”\n\nThe talks end on Friday.");
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
            assertThat(text(s.content())).startsWith("“The corridor").endsWith("again.”").contains("\n\n");
        });
    }

    @Test
    void reportedSpeechDropsThatAndKeepsTheSentenceDate() {
        ArticleRecord r = analyze("The Azerbaijani Foreign Ministry said on Tuesday that the protesters were environmental activists.");
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StatementKind.INDIRECT);
            assertThat(text(s.content())).isEqualTo("the protesters were environmental activists");
            assertThat(text(s.cue())).isEqualTo("said");
            assertThat(s.date()).isEqualTo("2024-03-05");
            assertThat(speakerName(r, s)).endsWith("Foreign Ministry");
        });
    }

    @Test
    void accordingToAtEitherEndOfTheSentence() {
        ArticleRecord r = analyze("According to Reuters, the convoy reached Stepanakert. "
            + "Twelve trucks were turned back, according to the Red Cross.");
        assertThat(r.statements()).extracting(Statement::kind).containsOnly(StatementKind.ACCORDING_TO);
        assertThat(r.statements()).extracting(s -> text(s.content()))
            .containsExactly("the convoy reached Stepanakert", "Twelve trucks were turned back");
        assertThat(r.statements()).extracting(s -> text(s.source())).containsExactly("Reuters", "the Red Cross");
    }

    @Test
    void anonymousSourceHasNoSpeakerButKeepsItsWords() {
        ArticleRecord r = analyze("A senior European official said the monitors would stay until the summer.");
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(s.speaker()).isNull();
            assertThat(text(s.source())).isEqualTo("A senior European official");
        });
    }

    @Test
    void scareQuotesInsideContentAreFramingButAWholeQuoteIsNot() {
        ArticleRecord r = analyze("Lilit Makunts said the \"blockade\" had created a \"humanitarian crisis\" in the region. "
            + "Makunts added: \"We ask the world to act now before it is too late.\"");
        assertThat(r.statements()).hasSize(2);
        assertThat(r.statements().get(0).framing()).extracting(Span::text).containsExactly("blockade", "humanitarian crisis");
        assertThat(r.statements().get(1).framing()).isEmpty();
        assertThat(r.statements().get(1).kind()).isEqualTo(StatementKind.DIRECT);
    }

    @Test
    void participleCueSpeaksForTheMainSubject() {
        ArticleRecord r = analyze("The US welcomed the exchange, saying the hostages had suffered from their ordeal.");
        assertThat(r.statements()).singleElement().satisfies(s -> {
            assertThat(text(s.content())).isEqualTo("the hostages had suffered from their ordeal");
            assertThat(text(s.source())).isEqualTo("The US");
        });
    }

    @Test
    void organisationDescriptionsAndItSpeakForTheOrganisation() {
        ArticleRecord r = analyze("Pacific Gas & Electric Co. cut power to 600,000 customers. "
            + "The company said it would restore service by Sunday. It added that crews were inspecting lines.");
        assertThat(r.statements()).hasSize(2).allSatisfy(s -> assertThat(speakerName(r, s)).contains("Pacific Gas"));
    }

    @Test
    void onlyTheOutermostAttributionCounts() {
        ArticleRecord r = analyze("Nikol Pashinyan said the ministry had announced that the border would reopen.");
        assertThat(r.statements()).singleElement().satisfies(s -> assertThat(speakerName(r, s)).isEqualTo("Nikol Pashinyan"));
    }

    @Test
    void verbsOfNamingTakeObjectAndComplement() {
        ArticleRecord r = analyze("The Arab League called the decision an \"extremely adverse development\".");
        assertThat(r.statements()).singleElement()
            .satisfies(s -> assertThat(text(s.content())).isEqualTo("the decision an \"extremely adverse development\""));
    }

    /**
     * Audit (stop 47): denials written "rejected the claim that ..." or "dismissed claims that ..."
     * were no statements, so the claims stage never saw them; only "denied that" was. The claim
     * with its that-clause is the content; a rejected appeal, measure or mediator is no statement.
     */
    @Test
    void rejectingOrDismissingAClaimStatesItsDenial() {
        ArticleRecord r = analyze("Azerbaijan rejected the claim that its forces had shelled Sotk. "
            + "Baku dismissed claims that the road was blocked. The court rejected the appeal on Monday. "
            + "The council has rejected the Trump administration as a mediator. Last month, a judge rejected "
            + "Assange's attempt to delay the hearing, which is scheduled to take place in February.");
        assertThat(r.statements()).extracting(s -> text(s.cue()) + " | " + text(s.content())).containsExactly(
            "rejected | the claim that its forces had shelled Sotk",
            "dismissed | claims that the road was blocked");
    }

    @Test
    void noCueNoStatement() {
        ArticleRecord r = analyze("The convoy of 19 trucks crossed the bridge at noon. \"Humanitarian\" cargo was listed.");
        assertThat(r.statements()).isEmpty();
    }

    @Test
    void seedStatementsAreMammadovsAndAzernewss() {
        ArticleRecord r = Fixtures.analyze(Fixtures.seed(), org.dateline.pipeline.InputFormat.AUTO);
        List<Statement> all = r.statements();
        assertThat(all).hasSize(6);
        assertThat(all.get(0)).satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StatementKind.ACCORDING_TO);
            assertThat(text(s.source())).isEqualTo("Azernews");
            assertThat(speakerName(r, s)).isEqualTo("Azernews");
            assertThat(text(s.content())).startsWith("the two officials met");
        });
        assertThat(all.subList(1, 6)).allSatisfy(s -> assertThat(speakerName(r, s)).isEqualTo("Elnur Mammadov"));
        assertThat(all.subList(1, 6)).extracting(s -> text(s.cue()))
            .containsExactly("expressed", "noted", "noted", "added", "emphasized");
        assertThat(all.get(1).content().text()).isEqualTo("satisfaction with the existing cooperation");
        assertThat(all.get(4).framing()).extracting(Span::text).containsExactly("blockade", "humanitarian crisis");
        assertThat(all.get(5).content().text()).startsWith("Azerbaijan is ready to ensure the safety of Armenians");
    }
}
