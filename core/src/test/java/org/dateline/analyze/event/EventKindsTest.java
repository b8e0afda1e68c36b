package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.nlp.TextBuilder;
import org.dateline.testing.Parses;
import org.junit.jupiter.api.Test;

/**
 * The kinds of PLOVER event issue 12's wire set showed missing (vows and refusals that threaten,
 * requests in noun phrases, deliveries of goods, demolitions, cut-offs and bans, intentions to
 * cooperate), each beside a near miss that must stay as it was. Every sentence is CoreNLP 4.5.10's
 * parse, recorded here as a {@link TextBuilder} table; none is a sentence of the gold sets.
 */
class EventKindsTest {
    private static ArticleRecord record(String table) {
        return Parses.analyze(TextBuilder.parse(table));
    }

    private static Event only(ArticleRecord r) {
        assertThat(r.events()).hasSize(1);
        return r.events().get(0);
    }

    private static List<EventType> types(ArticleRecord r) {
        return r.events().stream().map(Event::type).toList();
    }

    private static List<String> names(ArticleRecord r, List<String> ids) {
        return ids.stream().map(id -> r.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name)
            .findFirst().orElseThrow()).toList();
    }

    // --- REQUEST

    /** Egypt renewed calls for a ceasefire in Gaza. A demand in a noun phrase: the subject of "renewed" asks. */
    @Test
    void renewedCallsForACeasefireAreARequestByTheLightVerbsSubject() {
        String table = """
            Egypt          NNP   2   nsubj        Egypt        COUNTRY
            renewed        VBD   0   root         renew        O
            calls          NNS   2   obj          call         O
            for            IN    6   case         for          O
            a              DT    6   det          a            O
            ceasefire      NN    3   nmod         ceasefire    O
            in             IN    8   case         in           O
            Gaza           NNP   6   nmod         Gaza         LOCATION
            .              .     2   punct        .            O
            """;
        ArticleRecord r = record(table);
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.REQUEST);
        assertThat(e.mode()).isEqualTo(EventMode.YIELD);
        assertThat(names(r, e.actors())).containsExactly("Egypt");
    }

    /** The UN's appeal for humanitarian access to Darfur has gone unanswered. "has gone unanswered" is not negated: no threat. */
    @Test
    void anAppealForIsARequestByItsPossessorAndGoneUnansweredIsNoRefusal() {
        String table = """
            The            DT    2   det          the          O
            UN             NNP   4   nmod:poss    UN           ORGANIZATION
            's             POS   2   case         's           O
            appeal         NN    11  nsubj        appeal       O
            for            IN    7   case         for          O
            humanitarian   JJ    7   amod         humanitarian O
            access         NN    4   nmod         access       O
            to             IN    9   case         to           O
            Darfur         NNP   7   nmod         Darfur       LOCATION
            has            VBZ   11  aux          have         O
            gone           VBN   0   root         go           O
            unanswered     JJ    11  xcomp        unanswered   O
            .              .     11  punct        .            O
            """;
        ArticleRecord r = record(table);
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.REQUEST);
        assertThat(names(r, e.actors())).containsExactly("UN");
    }

    /** Morrison listened in on the president's call with Zelensky. Regression: the noun's own preposition ("listened in on the call") once made it a call on someone. */
    @Test
    void aCallWithSomeoneIsNoRequest() {
        String table = """
            Morrison       NNP   2   nsubj        Morrison     PERSON
            listened       VBD   0   root         listen       O
            in             IN    2   compound:prt in           O
            on             IN    8   case         on           O
            the            DT    6   det          the          O
            president      NN    8   nmod:poss    president    TITLE
            's             POS   6   case         's           O
            call           NN    2   obl          call         O
            with           IN    10  case         with         O
            Zelensky       NNP   8   nmod         Zelensky     PERSON
            .              .     2   punct        .            O
            """;
        assertThat(types(record(table))).doesNotContain(EventType.REQUEST);
    }

    // --- AID

    /** The Red Cross handed over medicine and food to the hospital in Mosul. */
    @Test
    void goodsHandedOverAreAidNotAReturn() {
        String table = """
            The            DT    3   det          the          O
            Red            NNP   3   compound     Red          ORGANIZATION
            Cross          NNP   4   nsubj        Cross        ORGANIZATION
            handed         VBD   0   root         hand         O
            over           RP    4   compound:prt over         O
            medicine       NN    4   obj          medicine     O
            and            CC    8   cc           and          O
            food           NN    6   conj         food         O
            to             IN    11  case         to           O
            the            DT    11  det          the          O
            hospital       NN    4   obl          hospital     O
            in             IN    13  case         in           O
            Mosul          NNP   11  nmod         Mosul        LOCATION
            .              .     4   punct        .            O
            """;
        ArticleRecord r = record(table);
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.AID);
        assertThat(e.mode()).isEqualTo(EventMode.HUMANITARIAN);
        assertThat(names(r, e.actors())).containsExactly("Red Cross");
    }

    /** The rebels handed over the town to government forces. */
    @Test
    void aTownHandedOverIsStillAReturn() {
        String table = """
            The            DT    2   det          the          O
            rebels         NNS   3   nsubj        rebel        O
            handed         VBN   0   root         hand         O
            over           RP    3   compound:prt over         O
            the            DT    6   det          the          O
            town           NN    3   obj          town         O
            to             IN    9   case         to           O
            government     NN    9   compound     government   O
            forces         NNS   3   obl          force        O
            .              .     3   punct        .            O
            """;
        Event e = only(record(table));
        assertThat(e.type()).isEqualTo(EventType.RETREAT);
        assertThat(e.mode()).isEqualTo(EventMode.RETURN);
    }

    /** Turkey delivered tents and blankets to earthquake survivors in Syria. */
    @Test
    void tentsAndBlanketsDeliveredAreHumanitarianAid() {
        String table = """
            Turkey         NNP   2   nsubj        Turkey       COUNTRY
            delivered      VBD   0   root         deliver      O
            tents          NNS   2   obj          tent         O
            and            CC    5   cc           and          O
            blankets       NNS   3   conj         blanket      O
            to             IN    8   case         to           O
            earthquake     NN    8   compound     earthquake   CAUSE_OF_DEATH
            survivors      NNS   2   obl          survivor     O
            in             IN    10  case         in           O
            Syria          NNP   8   nmod         Syria        COUNTRY
            .              .     2   punct        .            O
            """;
        ArticleRecord r = record(table);
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.AID);
        assertThat(e.mode()).isEqualTo(EventMode.HUMANITARIAN);
        assertThat(names(r, e.recipients())).containsExactly("Syria");
    }

    // --- COERCE

    /** Israeli authorities demolished a Palestinian school near Hebron. CAMEO 1712 lies under its COERCE root; ACLED codes it as property destruction. */
    @Test
    void aDemolitionByAuthoritiesIsCoercionAndPropertyDestruction() {
        String table = """
            Israeli        JJ    2   amod         Israeli      NATIONALITY
            authorities    NNS   3   nsubj        authority    O
            demolished     VBD   0   root         demolish     O
            a              DT    6   det          a            O
            Palestinian    JJ    6   amod         Palestinian  NATIONALITY
            school         NN    3   obj          school       O
            near           IN    8   case         near         O
            Hebron         NNP   3   obl          Hebron       CITY
            .              .     3   punct        .            O
            """;
        Event e = only(record(table));
        assertThat(e.type()).isEqualTo(EventType.COERCE);
        assertThat(e.mode()).isNull();
        assertThat(e.acled().subEventType()).isEqualTo(AcledSubEventType.LOOTING_PROPERTY_DESTRUCTION);
    }

    /** Police bulldozed the protest camp outside parliament. */
    @Test
    void bulldozingIsCoercion() {
        String table = """
            Police         NNS   2   nsubj        police       O
            bulldozed      VBD   0   root         bulldoze     O
            the            DT    5   det          the          O
            protest        NN    5   compound     protest      O
            camp           NN    2   obj          camp         O
            outside        IN    7   case         outside      O
            parliament     NN    2   obl          parliament   O
            .              .     2   punct        .            O
            """;
        assertThat(types(record(table))).containsExactly(EventType.COERCE);
    }

    // --- SANCTION

    /** Russia cut off gas supplies to Bulgaria. */
    @Test
    void gasSuppliesCutOffAreASanction() {
        String table = """
            Russia         NNP   2   nsubj        Russia       COUNTRY
            cut            VBD   0   root         cut          O
            off            RP    2   compound:prt off          O
            gas            NN    5   compound     gas          O
            supplies       NNS   2   obj          supply       O
            to             IN    7   case         to           O
            Bulgaria       NNP   2   obl          Bulgaria     COUNTRY
            .              .     2   punct        .            O
            """;
        ArticleRecord r = record(table);
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.SANCTION);
        assertThat(e.mode()).isEqualTo(EventMode.DISCONTINUE);
        assertThat(names(r, e.recipients())).containsExactly("Bulgaria");
    }

    /** China banned imports of Japanese seafood. */
    @Test
    void bannedImportsAreASanction() {
        String table = """
            China          NNP   2   nsubj        China        COUNTRY
            banned         VBD   0   root         ban          O
            imports        NNS   2   obj          import       O
            of             IN    6   case         of           O
            Japanese       JJ    6   amod         Japanese     NATIONALITY
            seafood        NN    3   nmod         seafood      O
            .              .     2   punct        .            O
            """;
        Event e = only(record(table));
        assertThat(e.type()).isEqualTo(EventType.SANCTION);
        assertThat(e.mode()).isEqualTo(EventMode.DISCONTINUE);
    }

    /** The government banned the opposition party. */
    @Test
    void aBannedPartyIsStillCoerced() {
        String table = """
            The            DT    2   det          the          O
            government     NN    3   nsubj        government   O
            banned         VBD   0   root         ban          O
            the            DT    6   det          the          O
            opposition     NN    6   compound     opposition   O
            party          NN    3   obj          party        O
            .              .     3   punct        .            O
            """;
        Event e = only(record(table));
        assertThat(e.type()).isEqualTo(EventType.COERCE);
        assertThat(e.mode()).isEqualTo(EventMode.BAN);
    }

    /** The central bank cut interest rates by half a point. */
    @Test
    void cutInterestRatesAreNoSanction() {
        String table = """
            The            DT    3   det          the          O
            central        JJ    3   amod         central      O
            bank           NN    4   nsubj        bank         O
            cut            VBD   0   root         cut          O
            interest       NN    6   compound     interest     O
            rates          NNS   4   obj          rate         O
            by             IN    10  case         by           O
            half           PDT   10  det:predet   half         O
            a              DT    10  det          a            O
            point          NN    4   obl          point        O
            .              .     4   punct        .            O
            """;
        assertThat(record(table).events()).isEmpty();
    }

}
