package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.analyze.event.EventChecks.record;
import static org.dateline.analyze.event.EventChecks.only;
import static org.dateline.analyze.event.EventChecks.types;

import java.util.List;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.nlp.TextBuilder;
import org.junit.jupiter.api.Test;

/**
 * The kinds of PLOVER event issue 12's wire set showed missing (vows and refusals that threaten,
 * requests in noun phrases, deliveries of goods, demolitions, cut-offs and bans, intentions to
 * cooperate), each beside a near miss that must stay as it was. Every sentence is CoreNLP 4.5.10's
 * parse, recorded here as a {@link TextBuilder} table; none is a sentence of the gold sets.
 */
class EventKindsTest {
    private static List<String> names(ArticleRecord r, List<String> ids) {
        return ids.stream().map(id -> r.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name)
            .findFirst().orElseThrow()).toList();
    }

    // --- THREATEN

    /** The Taliban vowed to fight on until foreign troops leave the country. PLOVER codes the saying: a vow to fight is THREATEN violence, at the vow. */
    @Test
    void aVowToFightIsAThreatNotAFightNorAPromise() {
        String table = """
            The            DT    2   det          the          O
            Taliban        NNP   3   nsubj        Taliban      ORGANIZATION
            vowed          VBD   0   root         vow          O
            to             TO    5   mark         to           O
            fight          VB    3   xcomp        fight        O
            on             IN    5   compound:prt on           O
            until          IN    10  mark         until        O
            foreign        JJ    9   amod         foreign      O
            troops         NNS   10  nsubj        troops       O
            leave          VBP   5   advcl        leave        O
            the            DT    12  det          the          O
            country        NN    10  obj          country      O
            .              .     3   punct        .            O
            """;
        ArticleRecord r = record(table);
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.THREATEN);
        assertThat(e.mode()).isEqualTo(EventMode.VIOLENCE);
        assertThat(e.trigger().text()).isEqualTo("vowed");
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(names(r, e.actors())).containsExactly("Taliban");
    }

    /** The president vowed to fight corruption in the police force. The fight row's own exclusions decide: fighting corruption is no act of force, so the vow stays AGREE. */
    @Test
    void aVowToFightCorruptionStaysAPromise() {
        String table = """
            The            DT    2   det          the          O
            president      NN    3   nsubj        president    TITLE
            vowed          VBD   0   root         vow          O
            to             TO    5   mark         to           O
            fight          VB    3   xcomp        fight        O
            corruption     NN    5   obj          corruption   O
            in             IN    10  case         in           O
            the            DT    10  det          the          O
            police         NN    10  compound     police       O
            force          NN    5   obl          force        O
            .              .     3   punct        .            O
            """;
        Event e = only(record(table));
        assertThat(e.type()).isEqualTo(EventType.AGREE);
    }

    /** The rebels pledged to end the blockade of the city. Only carrying verbs are looked under: "pledged to end the blockade" is a promise. */
    @Test
    void aVowToEndABlockadeThreatensNoBlockade() {
        String table = """
            The            DT    2   det          the          O
            rebels         NNS   3   nsubj        rebel        O
            pledged        VBD   0   root         pledge       O
            to             TO    5   mark         to           O
            end            VB    3   xcomp        end          O
            the            DT    7   det          the          O
            blockade       NN    5   obj          blockade     O
            of             IN    10  case         of           O
            the            DT    10  det          the          O
            city           NN    7   nmod         city         O
            .              .     3   punct        .            O
            """;
        assertThat(types(record(table))).containsExactly(EventType.AGREE);
    }

    /** Hezbollah vowed to continue attacks on Israel. "continue" carries the act it governs: the attacks are the threat's content, Israel its recipient. */
    @Test
    void aVowToContinueAttacksThreatensTheirTarget() {
        String table = """
            Hezbollah      NNP   2   nsubj        Hezbollah    ORGANIZATION
            vowed          VBD   0   root         vow          O
            to             TO    4   mark         to           O
            continue       VB    2   xcomp        continue     O
            attacks        NNS   4   obj          attack       CAUSE_OF_DEATH
            on             IN    7   case         on           O
            Israel         NNP   5   nmod         Israel       COUNTRY
            .              .     2   punct        .            O
            """;
        ArticleRecord r = record(table);
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.THREATEN);
        assertThat(e.trigger().text()).isEqualTo("vowed");
        assertThat(names(r, e.recipients())).containsExactly("Israel");
    }

    /** Turkey said it would no longer tolerate the presence of Kurdish militants on its border. The saying is the act: asserted, its speaker the actor and no claimant; the parties of its object are warned. */
    @Test
    void aRefusalToTolerateAnyLongerIsAThreatMadeByItsSpeaker() {
        String table = """
            Turkey         NNP   2   nsubj        Turkey       COUNTRY
            said           VBD   0   root         say          O
            it             PRP   7   nsubj        it           O
            would          MD    7   aux          would        O
            no             RB    6   advmod       no           O
            longer         RB    7   advmod       longer       O
            tolerate       VB    2   ccomp        tolerate     O
            the            DT    9   det          the          O
            presence       NN    7   obj          presence     O
            of             IN    12  case         of           O
            Kurdish        JJ    12  amod         kurdish      MISC
            militants      NNS   9   nmod         militant     O
            on             IN    15  case         on           O
            its            PRP$  15  nmod:poss    its          O
            border         NN    9   nmod         border       O
            .              .     2   punct        .            O
            """;
        ArticleRecord r = record(table);
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.THREATEN);
        assertThat(e.trigger().text()).isEqualTo("tolerate");
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(e.claimedBy()).isNull();
        assertThat(names(r, e.actors())).containsExactly("Turkey");
        assertThat(e.recipients()).hasSize(1);
    }

    /** The government did not tolerate dissent during the 1990s. Negated but looking back: a fact about the past, not a warning. */
    @Test
    void pastIntoleranceIsNoThreat() {
        String table = """
            The            DT    2   det          the          O
            government     NN    5   nsubj        government   O
            did            VBD   5   aux          do           O
            not            RB    5   advmod       not          O
            tolerate       VB    0   root         tolerate     O
            dissent        NN    5   obj          dissent      O
            during         IN    9   case         during       O
            the            DT    9   det          the          DATE
            1990s          NNS   5   obl          1990         DATE
            .              .     5   punct        .            O
            """;
        assertThat(record(table).events()).isEmpty();
    }

    /** The company said it would not tolerate harassment in the workplace. No party named in what is not tolerated, and nothing violent: no event. */
    @Test
    void aRefusalThatWarnsNobodyIsAPolicyNotAThreat() {
        String table = """
            The            DT    2   det          the          O
            company        NN    3   nsubj        company      O
            said           VBD   0   root         say          O
            it             PRP   7   nsubj        it           O
            would          MD    7   aux          would        O
            not            RB    7   advmod       not          O
            tolerate       VB    3   ccomp        tolerate     O
            harassment     NN    7   obj          harassment   CRIMINAL_CHARGE
            in             IN    11  case         in           O
            the            DT    11  det          the          O
            workplace      NN    7   obl          workplace    O
            .              .     3   punct        .            O
            """;
        assertThat(record(table).events()).isEmpty();
    }

    /** Putin said the attack would not go unpunished. The unpunished attack is the threat's content, not a negated attack of its own. */
    @Test
    void anAttackThatWillNotGoUnpunishedIsOneThreatByTheSpeaker() {
        String table = """
            Putin          NNP   2   nsubj        Putin        PERSON
            said           VBD   0   root         say          O
            the            DT    4   det          the          O
            attack         NN    7   nsubj        attack       CAUSE_OF_DEATH
            would          MD    7   aux          would        O
            not            RB    7   advmod       not          O
            go             VB    2   ccomp        go           O
            unpunished     JJ    7   xcomp        unpunished   O
            .              .     2   punct        .            O
            """;
        ArticleRecord r = record(table);
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.THREATEN);
        assertThat(e.mode()).isEqualTo(EventMode.VIOLENCE);
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(names(r, e.actors())).containsExactly("Putin");
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

    /** Japan announced the suspension of aid to Ethiopia. The suspended thing is no party; the one it went to is. */
    @Test
    void aSuspensionOfAidNamesItsRecipientInTheAidsPhrase() {
        String table = """
            Japan          NNP   2   nsubj        Japan        COUNTRY
            announced      VBD   0   root         announce     O
            the            DT    4   det          the          O
            suspension     NN    2   obj          suspension   O
            of             IN    6   case         of           O
            aid            NN    4   nmod         aid          O
            to             IN    8   case         to           O
            Ethiopia       NNP   6   nmod         Ethiopia     COUNTRY
            .              .     2   punct        .            O
            """;
        ArticleRecord r = record(table);
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.SANCTION);
        assertThat(names(r, e.actors())).containsExactly("Japan");
        assertThat(names(r, e.recipients())).containsExactly("Ethiopia");
    }

    // --- AGREE

    /** Iran said it was ready to resume talks with the United States. */
    @Test
    void readinessToResumeTalksIsAnAgreementMadeBySaying() {
        String table = """
            Iran           NNP   2   nsubj        Iran         COUNTRY
            said           VBD   0   root         say          O
            it             PRP   5   nsubj        it           O
            was            VBD   5   cop          be           O
            ready          JJ    2   ccomp        ready        O
            to             TO    7   mark         to           O
            resume         VB    5   xcomp        resume       O
            talks          NNS   7   obj          talk         O
            with           IN    12  case         with         O
            the            DT    12  det          the          O
            United         NNP   12  compound     United       COUNTRY
            States         NNP   8   nmod         States       COUNTRY
            .              .     2   punct        .            O
            """;
        ArticleRecord r = record(table);
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.AGREE);
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(e.claimedBy()).isNull();
        assertThat(names(r, e.actors())).containsExactly("Iran");
        assertThat(names(r, e.recipients())).containsExactly("United States");
    }

    /** India and China said they would hold talks on the border dispute. PLOVER: future cooperation its own party states is AGREE. */
    @Test
    void talksItsPartiesSayTheyWillHoldAreAnAgreement() {
        String table = """
            India          NNP   4   nsubj        India        COUNTRY
            and            CC    3   cc           and          O
            China          NNP   1   conj         China        COUNTRY
            said           VBD   0   root         say          O
            they           PRP   7   nsubj        they         O
            would          MD    7   aux          would        O
            hold           VB    4   ccomp        hold         O
            talks          NNS   7   obj          talk         O
            on             IN    12  case         on           O
            the            DT    12  det          the          O
            border         NN    12  compound     border       O
            dispute        NN    8   nmod         dispute      O
            .              .     4   punct        .            O
            """;
        ArticleRecord r = record(table);
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.AGREE);
        assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(names(r, e.actors())).contains("India");
    }

    /** Biden will meet Xi in San Francisco next week. The project's convention (eval/events/README.md): a schedule reported is the future event itself. */
    @Test
    void aScheduledMeetingStaysAFutureMeeting() {
        String table = """
            Biden          NNP   3   nsubj        Biden        PERSON
            will           MD    3   aux          will         O
            meet           VB    0   root         meet         O
            Xi             NNP   3   obj          Xi           O
            in             IN    7   case         in           O
            San            NNP   7   compound     San          CITY
            Francisco      NNP   4   nmod         Francisco    CITY
            next           JJ    9   amod         next         DATE
            week           NN    3   obl:tmod     week         DATE
            .              .     3   punct        .            O
            """;
        Event e = only(record(table));
        assertThat(e.type()).isEqualTo(EventType.CONSULT);
        assertThat(e.factuality()).isEqualTo(Factuality.FUTURE);
    }

    /** She worked with refugees in Lebanon for ten years. "work with" is cooperation only in a saying of readiness. */
    @Test
    void workingWithSomeoneIsNoEvent() {
        String table = """
            She            PRP   2   nsubj        she          O
            worked         VBD   0   root         work         O
            with           IN    4   case         with         O
            refugees       NNS   2   obl          refugee      O
            in             IN    6   case         in           O
            Lebanon        NNP   4   nmod         Lebanon      COUNTRY
            for            IN    9   case         for          O
            ten            CD    9   nummod       ten          DURATION
            years          NNS   2   obl          year         DURATION
            .              .     2   punct        .            O
            """;
        assertThat(record(table).events()).isEmpty();
    }

    /** Japan is willing to work with South Korea on the missile programme. */
    @Test
    void willingnessToWorkWithAPartyIsAnAgreement() {
        String table = """
            Japan          NNP   3   nsubj        Japan        COUNTRY
            is             VBZ   3   cop          be           O
            willing        JJ    0   root         willing      O
            to             TO    5   mark         to           O
            work           VB    3   xcomp        work         O
            with           IN    8   case         with         O
            South          NNP   8   compound     South        COUNTRY
            Korea          NNP   5   obl          Korea        COUNTRY
            on             IN    12  case         on           O
            the            DT    12  det          the          O
            missile        NN    12  compound     missile      O
            programme      NN    5   obl          programme    O
            .              .     3   punct        .            O
            """;
        ArticleRecord r = record(table);
        Event e = only(r);
        assertThat(e.type()).isEqualTo(EventType.AGREE);
        assertThat(e.trigger().text()).isEqualTo("work");
        assertThat(names(r, e.actors())).containsExactly("Japan");
        assertThat(names(r, e.recipients())).containsExactly("South Korea");
    }

}
