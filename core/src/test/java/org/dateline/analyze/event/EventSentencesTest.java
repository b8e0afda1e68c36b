package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.analyze.event.EventChecks.only;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The event stage on short texts through the whole pipeline: one behaviour per test. */
class EventSentencesTest {
    private static ArticleRecord analyze(String text) {
        Article a = Article.bodyOnly(InputRef.of("test", InputRef.Format.TEXT), text).withPublished(Published.parse("2024-05-10"));
        return Fixtures.analyze(a);
    }

    private static List<String> names(ArticleRecord r, List<String> ids) {
        return ids.stream().map(id -> r.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().name())
            .toList();
    }

    @Test
    void hostlessMeetingMakesBothSidesActors() {
        ArticleRecord r = analyze("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday.");
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.CONSULT);
        assertThat(names(r, e.actors())).containsExactly("Xi Jinping", "Vladimir Putin");
        assertThat(e.recipients()).isEmpty();
        assertThat(e.location().name()).isEqualTo("Moscow");
        assertThat(e.date().value()).isEqualTo("2024-05-06");
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(e.trigger().text()).isEqualTo("met");
    }

    @Test
    void aDateInTheTriggersComplementClauseDatesNothingOfIt() {
        // the demo's January 10 report: "the 2020 statement" lies in what Pashinyan said, two clauses
        // down, and made a second criticism dated 2020 (historical) beside the one of January 10
        ArticleRecord r = analyze("Pashinyan criticised the Russian peacekeepers on January 10, saying that they had"
            + " failed to keep the corridor open as the 2020 statement requires.");
        assertThat(r.events()).filteredOn(e -> e.trigger().text().equals("criticised")).singleElement()
            .satisfies(e -> assertThat(e.date().value()).isEqualTo("2024-01-10"));
    }

    @Test
    void anActToldWithoutItsDoersTakesThemFromTheClauseThatTellsItAgain() {
        // the demo's March 6 report: the killing had no actor, the ambush that named one was dropped
        // as the same act told again
        ArticleRecord r = analyze("Three police officers were killed on Sunday when their car was ambushed by an Azerbaijani"
            + " sabotage group on a road near Stepanakert, the interior ministry said.");
        Event killing = r.events().stream().filter(e -> e.trigger().text().equals("killed")).findFirst().orElseThrow();
        assertThat(names(r, killing.actors())).containsExactly("Azerbaijani sabotage group");
        // CASE 2021's words: an active clause names the doers the same way
        r = analyze("Two soldiers were killed when Taliban fighters attacked their checkpoint in Helmand.");
        killing = r.events().stream().filter(e -> e.trigger().text().equals("killed")).findFirst().orElseThrow();
        assertThat(names(r, killing.actors())).containsExactly("Taliban");
    }

    @Test
    void theClauseThatTellsAnActAgainGivesNoDoersThatAreItsVictimsOrOthers() {
        // "he" is the gunman who was killed
        ArticleRecord r = analyze("The gunman was killed when he opened fire on police officers in Dallas.");
        assertThat(r.events()).allSatisfy(e -> assertThat(e.actors()).isEmpty());
        // the killing has a subject of its own: the forces' shooting is another act
        r = analyze("The three attackers killed at least 19 people before Afghan security forces shot the gunmen dead.");
        Event killing = r.events().stream().filter(e -> e.trigger().text().equals("killed")).findFirst().orElseThrow();
        assertThat(names(r, killing.actors())).doesNotContain("Afghan security forces");
        // a clause marked "before" tells a later act, whose doers are not the killing's
        r = analyze("Two soldiers were killed before troops shot the gunmen dead.");
        killing = r.events().stream().filter(e -> e.trigger().text().equals("killed")).findFirst().orElseThrow();
        assertThat(killing.actors()).isEmpty();
    }

    @Test
    void compoundActorsAreLists() {
        Event e = only(analyze("Armenia and Azerbaijan agreed on the first section of their shared border on Friday."));
        assertThat(e.type()).isEqualTo(EventType.AGREE);
        assertThat(e.actors()).hasSize(2);
    }

    @Test
    void betweenAAndBUnderAHostIsThirdParty() {
        ArticleRecord r = analyze("Qatar hosted talks between the United States and the Taliban in Doha.");
        Event e = only(r);
        assertThat(e.mode()).isEqualTo(EventMode.THIRD_PARTY);
        assertThat(names(r, e.actors())).containsExactly("United States", "Taliban");
    }

    @Test
    void directedActSubjectActsObjectReceives() {
        ArticleRecord r = analyze("China accused the Philippines of provoking a confrontation in the South China Sea.");
        Event e = r.events().stream().filter(x -> x.type() == EventType.ACCUSE).findFirst().orElseThrow();
        assertThat(names(r, e.actors())).containsExactly("China");
        assertThat(names(r, e.recipients())).containsExactly("Philippines");
    }

    @Test
    void announcedActIsOneEventOfTheAnnouncingType() {
        ArticleRecord r = analyze("North Korea threatened to attack South Korea with nuclear weapons.");
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.THREATEN);
        assertThat(e.mode()).isEqualTo(EventMode.VIOLENCE);
        assertThat(names(r, e.recipients())).containsExactly("South Korea");
    }

    @Test
    void eventNounBorrowsItsLightVerbsSubject() {
        ArticleRecord r = analyze("The European Union imposed new sanctions on Russia on Friday.");
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.SANCTION);
        assertThat(names(r, e.actors())).containsExactly("European Union");
        assertThat(names(r, e.recipients())).containsExactly("Russia");
    }

    @Test
    void negated() {
        assertThat(only(analyze("Russia did not withdraw its troops from Transnistria.")).factuality()).isEqualTo(Factuality.NEGATED);
        assertThat(only(analyze("Talks between Sudan's army and the Rapid Support Forces failed to take place in Jeddah."))
            .factuality()).isEqualTo(Factuality.NEGATED);
    }

    @Test
    void future() {
        assertThat(only(analyze("Ukrainian President Volodymyr Zelensky will meet US President Joe Biden in Washington next week."))
            .factuality()).isEqualTo(Factuality.FUTURE);
        assertThat(only(analyze("Germany plans to supply Ukraine with another Patriot air defence system.")).factuality())
            .isEqualTo(Factuality.FUTURE);
    }

    @Test
    void hypothetical() {
        assertThat(only(analyze("Canada may sue Russia at the International Court of Justice over the downing of the airliner."))
            .factuality()).isEqualTo(Factuality.HYPOTHETICAL);
    }

    @Test
    void historical() {
        Event e = only(analyze("Ecuador granted asylum to Julian Assange in 2012."));
        assertThat(e.factuality()).isEqualTo(Factuality.HISTORICAL);
        assertThat(e.mode()).isEqualTo(EventMode.ASYLUM);
    }

    @Test
    void reportedEventsAreClaimedByTheSpeaker() {
        ArticleRecord r = analyze("Azerbaijan's foreign ministry said Armenian forces had fired on its positions near Lachin.");
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.ASSAULT);
        assertThat(e.factuality()).isEqualTo(Factuality.REPORTED);
        assertThat(e.claimedBy()).isEqualTo(r.statements().get(0).speaker()).isNotNull();
    }

    @Test
    void passiveByAgentActs() {
        ArticleRecord r = analyze("Two journalists were arrested by Iran on Sunday.");
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.COERCE);
        assertThat(names(r, e.actors())).containsExactly("Iran");
    }

    @Test
    void aHostsGuestIsTheActor() {
        ArticleRecord r = analyze("U.S. President Joe Biden hosted Japanese Prime Minister Fumio Kishida at the White House on Wednesday.");
        Event e = only(r);
        assertThat(e.mode()).isEqualTo(EventMode.VISIT);
        assertThat(names(r, e.actors())).containsExactly("Fumio Kishida");
        assertThat(names(r, e.recipients())).containsExactly("Joe Biden");
    }

    @Test
    void whatAnEventLaterDoesDoesNotMakeItHypothetical() {
        ArticleRecord r = analyze("The prisoner swap between Armenia and Azerbaijan would pave the way for peace talks.");
        assertThat(r.events()).filteredOn(e -> e.trigger().text().equals("swap"))
            .singleElement().satisfies(e -> assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED));
    }

    @Test
    void scareQuotedWordsAreNotEvents() {
        assertThat(analyze("The minister spoke of a \"blockade\" of the road.").events()).isEmpty();
    }

    @Test
    void sentencesWithoutTriggersHaveNoEvents() {
        assertThat(analyze("The weather in Geneva was mild on Tuesday.").events()).isEmpty();
    }
}
