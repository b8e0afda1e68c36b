package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.nlp.TextBuilder;
import org.dateline.testing.Parses;
import org.junit.jupiter.api.Test;

/**
 * Casualty counts (docs/CONTRACT.md, events: ACLED's and the Gun Violence Archive's conventions),
 * each read from CoreNLP 4.5.10's parse of the sentence, recorded here as a {@link TextBuilder}
 * table (a few marked "by hand" are written down without CoreNLP). {@link Parses#analyze} checks
 * every span against the text before these assertions run.
 */
class CasualtiesTest {
    private static List<Event> events(String table) {
        ArticleRecord r = Parses.analyze(TextBuilder.parse(table));
        return r.events();
    }

    private static Event event(String table, String trigger) {
        return events(table).stream().filter(e -> e.trigger().text().equals(trigger)).findFirst().orElseThrow();
    }

    private static Event only(String table) {
        List<Event> events = events(table);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static void assertCount(Event.Count count, Integer value, String evidence) {
        assertThat(count).isNotNull();
        assertThat(count.value()).isEqualTo(value);
        assertThat(count.evidence().text()).isEqualTo(evidence);
    }

    /** Events there are, and none of them counts anyone: a tally's sentence. */
    private static void assertNoCounts(List<Event> events) {
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.fatalities()).isNull();
            assertThat(e.injured()).isNull();
        });
    }

    @Test
    void aGroupCountsOnceNotWithThePeopleIncludedInIt() {
        Event e = only("""
        Gunmen         NNS   2   nsubj        gunman       O
        attacked       VBD   0   root         attack       O
        a              DT    4   det          a            O
        village        NN    2   obj          village      O
        on             IN    6   case         on           O
        Sunday         NNP   2   obl          Sunday       DATE
        ,              ,     2   punct        ,            O
        killing        VBG   2   dep          kill         O
        6              CD    10  nummod       6            NUMBER
        civilians      NNS   8   obj          civilian     O
        ,              ,     10  punct        ,            O
        including      VBG   14  case         include      O
        2              CD    14  nummod       2            NUMBER
        women          NNS   10  nmod         woman        O
        .              .     2   punct        .            O
        """);
        assertThat(e.type()).isEqualTo(EventType.ASSAULT);
        assertThat(e.trigger().text()).isEqualTo("attacked"); // "killing 6" elaborates the attack
        assertCount(e.fatalities(), 6, "killing 6 civilians");
        assertThat(e.injured()).isNull();
    }

    @Test
    void animalsKilledOrHurtAreNoCasualties() {
        // GVA dev: "a dog that was shot after attacking a Winnebago County officer is dead" counted
        // one dead; shelling that kills a shepherd's flock kills no one ACLED would count
        List<Event> sheep = events("""
        Shelling       NN    2   nsubj        shelling     O
        killed         VBD   0   root         kill         O
        20             CD    4   nummod       20           NUMBER
        sheep          NNS   2   obj          sheep        O
        in             IN    7   case         in           O
        the            DT    7   det          the          O
        village        NN    2   obl          village      O
        .              .     2   punct        .            O
        """);
        assertThat(sheep).isNotEmpty().allSatisfy(e -> assertThat(e.fatalities()).isNull());
        List<Event> dog = events("""
        Police         NNS   2   nsubj        police       O
        shot           VBD   0   root         shoot        O
        a              DT    4   det          a            O
        dog            NN    2   obj          dog          O
        .              .     2   punct        .            O
        """);
        assertThat(dog).isNotEmpty().allSatisfy(e -> assertThat(e.injured()).isNull());
        List<Event> villagers = events("""
        Shelling       NN    2   nsubj        shelling     O
        killed         VBD   0   root         kill         O
        20             CD    4   nummod       20           NUMBER
        villagers      NNS   2   obj          villager     O
        .              .     2   punct        .            O
        """);
        assertThat(villagers).anySatisfy(e -> assertCount(e.fatalities(), 20, "killed 20 villagers"));
    }

    @Test
    void aNamedPersonWhoseSurnameLooksPluralIsOnePerson() {
        // GVA dev: "Flowers" tagged NNPS, so the man shot counted no one
        Event e = only("""
        Keith          NNP   2   compound     Keith        PERSON
        Flowers        NNPS  4   nsubj:pass   Flowers      PERSON
        was            VBD   4   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        in             IN    7   case         in           O
        the            DT    7   det          the          O
        groin          NN    4   obl          groin        O
        .              .     4   punct        .            O
        """);
        assertCount(e.injured(), 1, "Keith Flowers was shot");
        assertThat(e.fatalities()).isNull();
    }

    @Test
    void shotIsWoundedWhenTheTextDoesNotSayTheyDiedAndTheHedgeStaysInTheEvidence() {
        Event e = only("""
        At             IN    2   case         at           O
        least          JJS   3   obl:npmod    least        O
        four           CD    4   nummod       four         NUMBER
        people         NNS   6   nsubj:pass   person       O
        were           VBD   6   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        outside        IN    9   case         outside      O
        a              DT    9   det          a            O
        bar            NN    6   obl          bar          O
        on             IN    11  case         on           O
        Saturday       NNP   6   obl          Saturday     DATE
        .              .     6   punct        .            O
        """);
        assertCount(e.injured(), 4, "At least four people were shot");
        assertThat(e.fatalities()).isNull();
    }

    @Test
    void shotAndKilledIsKilledNotWounded() {
        for (Event e : events("""
        Police         NNS   2   nsubj        police       O
        said           VBD   0   root         say          O
        a              DT    9   det          a            O
        25             CD    6   nummod       25           DURATION
        -              HYPH  6   punct        -            DURATION
        year           NN    8   obl:tmod     year         DURATION
        -              HYPH  8   punct        -            DURATION
        old            JJ    9   amod         old          DURATION
        man            NN    11  nsubj:pass   man          O
        was            VBD   11  aux:pass     be           O
        shot           VBN   2   ccomp        shoot        O
        and            CC    13  cc           and          O
        killed         VBN   11  conj         kill         O
        on             IN    15  case         on           O
        Friday         NNP   11  obl          Friday       DATE
        .              .     2   punct        .            O
        """)) {
            assertThat(e.fatalities().value()).isEqualTo(1); // "a 25-year-old man": one person, not 25
            assertThat(e.fatalities().evidence().text()).startsWith("a 25-year-old man was shot");
            assertThat(e.injured()).isNull();
        }
    }

    @Test
    void deadAndWoundedAreTwoCountsOfOneEvent() {
        Event e = only("""
        The            DT    2   det          the          O
        attack         NN    3   nsubj        attack       CAUSE_OF_DEATH
        left           VBD   0   root         leave        O
        two            CD    5   nummod       two          NUMBER
        dead           JJ    3   obj          dead         O
        and            CC    8   cc           and          O
        five           CD    8   nummod       five         NUMBER
        wounded        JJ    5   conj         wounded      O
        .              .     3   punct        .            O
        """);
        assertThat(e.trigger().text()).isEqualTo("attack");
        assertCount(e.fatalities(), 2, "two dead");
        assertCount(e.injured(), 5, "five wounded");
    }

    @Test
    void killedAndInjuredClausesOfOneSentence() {
        Event e = only("""
        Two            CD    2   nummod       two          NUMBER
        people         NNS   4   nsubj:pass   person       O
        were           VBD   4   aux:pass     be           O
        killed         VBN   0   root         kill         O
        and            CC    9   cc           and          O
        three          CD    7   nummod       three        NUMBER
        others         NNS   9   nsubj:pass   other        O
        were           VBD   9   aux:pass     be           O
        injured        VBN   4   conj         injure       O
        in             IN    12  case         in           O
        the            DT    12  det          the          O
        shooting       NN    4   obl          shooting     CAUSE_OF_DEATH
        .              .     4   punct        .            O
        """);
        assertCount(e.fatalities(), 2, "Two people were killed");
        assertCount(e.injured(), 3, "three others were injured");
    }

    @Test
    void theDeadToldWithASubjectOfTheirOwnAreSomeOfThoseShotNotAllOfThem() { // by hand, the shape CoreNLP gives the sentence above
        // "Five people were shot and one was killed" counted 5 dead: a death word coordinated with
        // "shot" made all those shot dead though it names its own dead
        String table = """
        Five           CD    2   nummod       five         NUMBER
        people         NNS   4   nsubj:pass   person       O
        were           VBD   4   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        and            CC    8   cc           and          O
        one            CD    8   nsubj:pass   one          NUMBER
        was            VBD   8   aux:pass     be           O
        killed         VBN   4   conj         kill         O
        at             IN    11  case         at           O
        the            DT    11  det          the          O
        apartments     NNS   4   obl          apartment    O
        .              .     4   punct        .            O
        """;
        Event shot = event(table, "shot");
        assertThat(shot.fatalities()).isNull();
        assertCount(shot.injured(), 5, "Five people were shot");
        assertCount(event(table, "killed").fatalities(), 1, "one was killed");
    }

    @Test
    void theDeadCountedByTheirOwnNumberAreNotTheOthersShot() { // CoreNLP 4.5.10's parse
        // regression (audit of the stories surfaces): "leaving one dead and 11 others shot" gave 11 dead
        String table = """
        A              DT    3   det          a            O
        block          NN    3   compound     block        O
        party          NN    10  nsubj        party        O
        on             IN    9   case         on           O
        the            DT    6   det          the          O
        city           NN    9   nmod:poss    city         O
        's             POS   6   case         's           O
        west           JJ    9   amod         west         O
        side           NN    3   nmod         side         O
        erupted        VBD   0   root         erupt        O
        in             IN    12  case         in           O
        violence       NN    10  obl          violence     CAUSE_OF_DEATH
        Saturday       NNP   14  compound     Saturday     DATE
        night          NN    10  obl:tmod     night        TIME
        ,              ,     10  punct        ,            O
        leaving        VBG   10  dep          leave        O
        one            CD    18  nummod       one          NUMBER
        dead           JJ    16  obj          dead         O
        and            CC    22  cc           and          O
        11             CD    21  nummod       11           NUMBER
        others         NNS   22  nsubj:pass   other        O
        shot           VBD   18  conj         shoot        O
        .              .     10  punct        .            O
        """;
        Event shot = event(table, "shot");
        assertCount(shot.fatalities(), 1, "one dead");
        assertCount(shot.injured(), 11, "11 others shot");
    }

    @Test
    void anAgeIsNotACount() {
        Event e = only("""
        A              DT    7   det          a            O
        three          CD    4   nummod       three        DURATION
        -              HYPH  4   punct        -            DURATION
        year           NN    6   obl:tmod     year         DURATION
        -              HYPH  6   punct        -            DURATION
        old            JJ    7   amod         old          DURATION
        boy            NN    9   nsubj:pass   boy          O
        was            VBD   9   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        in             IN    12  case         in           O
        the            DT    12  det          the          O
        leg            NN    9   obl          leg          O
        .              .     9   punct        .            O
        """);
        assertCount(e.injured(), 1, "A three-year-old boy was shot");
    }

    @Test
    void aDozenIsTwelve() {
        assertCount(only("""
        A              DT    2   advmod       a            O
        dozen          NN    3   nummod       dozen        NUMBER
        people         NNS   5   nsubj:pass   person       O
        were           VBD   5   aux:pass     be           O
        killed         VBN   0   root         kill         O
        when           WRB   9   advmod       when         O
        a              DT    8   det          a            O
        bomb           NN    9   nsubj        bomb         O
        exploded       VBD   5   advcl        explode      O
        at             IN    12  case         at           O
        a              DT    12  det          a            O
        market         NN    9   obl          market       O
        .              .     5   punct        .            O
        """).fatalities(), 12, "A dozen people were killed");
    }

    @Test
    void aVagueCountKeepsItsWordsWithoutANumber() {
        Event e = only("""
        Dozens         NNS   5   nsubj:pass   dozen        O
        of             IN    3   case         of           O
        people         NNS   1   nmod         person       O
        were           VBD   5   aux:pass     be           O
        wounded        VBN   0   root         wound        O
        in             IN    8   case         in           O
        the            DT    8   det          the          O
        attack         NN    5   obl          attack       CAUSE_OF_DEATH
        .              .     5   punct        .            O
        """);
        assertThat(e.trigger().text()).isEqualTo("attack"); // "wounded in the attack"
        assertCount(e.injured(), null, "Dozens of people were wounded");
    }

    @Test
    void theDeathTollIsTheNumberItReaches() {
        assertCount(only("""
        The            DT    3   det          the          O
        death          NN    3   compound     death        O
        toll           NN    7   nsubj        toll         O
        from           IN    6   case         from         O
        the            DT    6   det          the          O
        bombing        NN    3   nmod         bombing      CRIMINAL_CHARGE
        rose           VBD   0   root         rise         O
        to             IN    9   case         to           O
        12             CD    7   obl          12           NUMBER
        .              .     7   punct        .            O
        """).fatalities(), 12, "The death toll from the bombing rose to 12");
    }

    @Test
    void aShooterWhoKillsHimselfCountsAsKilledAsTheGunViolenceArchiveCountsHim() {
        Event e = only("""
        The            DT    2   det          the          O
        gunman         NN    3   nsubj        gunman       O
        shot           VBD   0   root         shoot        O
        three          CD    5   nummod       three        NUMBER
        people         NNS   3   obj          person       O
        before         IN    8   mark         before       O
        he             PRP   8   nsubj        he           O
        killed         VBD   3   advcl        kill         O
        himself        PRP   8   obj          himself      O
        .              .     3   punct        .            O
        """);
        assertCount(e.fatalities(), 1, "killed himself");
        assertCount(e.injured(), 3, "shot three people");
    }

    @Test
    void suspectsArrestedAreNoCasualtiesAndAWoundingInARelativeClauseBelongsToItsNoun() {
        Event e = only("""
        Police         NNS   2   nsubj        police       O
        arrested       VBD   0   root         arrest       O
        3              CD    4   nummod       3            NUMBER
        suspects       NNS   2   obj          suspect      O
        after          IN    7   case         after        O
        the            DT    7   det          the          O
        shooting       NN    2   obl          shooting     CAUSE_OF_DEATH
        ,              ,     7   punct        ,            O
        which          WDT   10  nsubj        which        O
        wounded        VBD   7   acl:relcl    wound        O
        10             CD    12  nummod       10           NUMBER
        people         NNS   10  obj          person       O
        .              .     2   punct        .            O
        """);
        assertThat(e.trigger().text()).isEqualTo("arrested");
        assertThat(e.fatalities()).isNull();
        assertThat(e.injured()).isNull();
    }

    @Test
    void rocketsFiredAreNoCasualties() {
        Event e = only("""
        Militants      NNS   2   nsubj        militant     O
        fired          VBD   0   root         fire         O
        10             CD    4   nummod       10           NUMBER
        rockets        NNS   2   obj          rocket       O
        at             IN    7   case         at           O
        the            DT    7   det          the          O
        town           NN    2   obl          town         O
        .              .     2   punct        .            O
        """);
        assertThat(e.fatalities()).isNull();
        assertThat(e.injured()).isNull();
    }

    @Test
    void aCountInAnotherClauseBelongsToThatClausesEvent() {
        assertThat(event("""
        Protesters     NNS   2   nsubj        protester    O
        clashed        VBD   0   root         clash        O
        with           IN    4   case         with         O
        police         NN    2   obl          police       O
        ,              ,     2   punct        ,            O
        and            CC    10  cc           and          O
        3              CD    8   nummod       3            NUMBER
        people         NNS   10  nsubj:pass   person       O
        were           VBD   10  aux:pass     be           O
        killed         VBN   2   conj         kill         O
        .              .     2   punct        .            O
        """, "clashed").fatalities()).isNull();
        assertCount(event("""
        Protesters     NNS   2   nsubj        protester    O
        clashed        VBD   0   root         clash        O
        with           IN    4   case         with         O
        police         NN    2   obl          police       O
        ,              ,     2   punct        ,            O
        and            CC    10  cc           and          O
        3              CD    8   nummod       3            NUMBER
        people         NNS   10  nsubj:pass   person       O
        were           VBD   10  aux:pass     be           O
        killed         VBN   2   conj         kill         O
        .              .     2   punct        .            O
        """, "killed").fatalities(), 3, "3 people were killed");
    }

    @Test
    void numberWordsWithAHyphenAddUp() { // by hand
        Event e = only("""
            Gunmen        NNS  2  nsubj   gunman
            killed        VBD  0  root    kill
            twenty-five   CD   4  nummod  twenty-five  NUMBER
            people        NNS  2  obj     person
            .             .    2  punct
            """);
        assertCount(e.fatalities(), 25, "killed twenty-five people");
    }

    @Test
    void aScaleWordMultipliesTheNumberBeforeIt() { // by hand
        Event e = only("""
            Gunmen        NNS  2  nsubj   gunman
            killed        VBD  0  root    kill
            two           CD   4  nummod  two     NUMBER
            dozen         NN   5  nummod  dozen   NUMBER
            people        NNS  2  obj     person
            .             .    2  punct
            """);
        assertCount(e.fatalities(), 24, "killed two dozen people");
    }

    @Test
    void aListOfPeopleIsSummed() { // by hand
        Event e = only("""
            He            PRP  2  nsubj   he
            killed        VBD  0  root    kill
            his           PRP$ 4  nmod:poss  he
            wife          NN   2  obj     wife
            and           CC   7  cc      and
            two           CD   7  nummod  two     NUMBER
            children      NNS  4  conj    child
            .             .    2  punct
            """);
        assertCount(e.fatalities(), 3, "killed his wife and two children");
    }

    @Test
    void anAccusationHoldsNoCountAndAnIngWithAMarkIsNoAdjunctOfIt() { // by hand
        List<Event> events = events("""
            Azerbaijan    NNP  2  nsubj   Azerbaijan  COUNTRY
            accused       VBD  0  root    accuse
            Armenia       NNP  2  obj     Armenia     COUNTRY
            of            IN   5  mark    of
            killing       VBG  2  advcl   kill
            two           CD   7  nummod  two         NUMBER
            soldiers      NNS  5  obj     soldier
            .             .    2  punct
            """);
        Event accused = events.stream().filter(e -> e.type() == EventType.ACCUSE).findFirst().orElseThrow();
        assertThat(accused.fatalities()).isNull();
        assertThat(events).filteredOn(e -> e.type() == EventType.ASSAULT)
            .allSatisfy(e -> assertCount(e.fatalities(), 2, "killing two soldiers"));
    }

    @Test
    void aParticiplesOwnSubjectIsItsGroupNotTheOneItIsCoordinatedWith() {
        Event e = event("""
            One            CD    2   nummod       one          NUMBER
            person         NN    4   nsubj:pass   person       O
            was            VBD   4   aux:pass     be           O
            killed         VBN   0   root         kill         O
            and            CC    8   cc           and          O
            three          CD    7   nummod       three        NUMBER
            others         NNS   8   nsubj        other        O
            injured        VBN   4   conj         injure       O
            in             IN    11  case         in           O
            the            DT    11  det          the          O
            shooting       NN    4   obl          shooting     CAUSE_OF_DEATH
            .              .     4   punct        .            O
            """, "killed");
        assertCount(e.fatalities(), 1, "One person was killed");
        assertCount(e.injured(), 3, "three others injured");
        assertCount(event("""
            Three          CD    2   nummod       three        NUMBER
            people         NNS   4   nsubj:pass   person       O
            were           VBD   4   aux:pass     be           O
            killed         VBN   0   root         kill         O
            ,              ,     4   punct        ,            O
            and            CC    8   cc           and          O
            another        DT    8   nsubj        another      O
            injured        VBN   4   conj         injure       O
            in             IN    11  case         in           O
            the            DT    11  det          the          O
            shooting       NN    8   obl          shooting     CAUSE_OF_DEATH
            .              .     4   punct        .            O
            """, "killed").injured(), 1, "another injured"); // "injured in the shooting": the shooting is the killing told before
    }

    @Test
    void anAdjectiveAfterANounCountsThatNounNotTheListAfterIt() {
        Event e = only("""
            The            DT    2   det          the          O
            shooting       NN    3   nsubj        shooting     CAUSE_OF_DEATH
            left           VBD   0   root         leave        O
            a              DT    10  det          a            O
            13             CD    7   nummod       13           DURATION
            -              HYPH  7   punct        -            DURATION
            year           NN    9   obl:tmod     year         DURATION
            -              HYPH  9   punct        -            DURATION
            old            JJ    10  amod         old          DURATION
            boy            NN    3   obj          boy          O
            dead           JJ    10  amod         dead         O
            and            CC    15  cc           and          O
            six            CD    15  nummod       six          NUMBER
            other          JJ    15  amod         other        O
            people         NNS   10  conj         person       O
            wounded        VBD   3   advmod       wound        O
            .              .     3   punct        .            O
            """);
        assertCount(e.fatalities(), 1, "a 13-year-old boy dead");
    }

    @Test
    void aNumberAfterANameIsAnAge() {
        assertCount(only("""
            Miranda        NNP   2   compound     Miranda      PERSON
            Doerr          NNP   7   nsubj:pass   Doerr        PERSON
            ,              ,     2   punct        ,            O
            three          CD    2   amod         three        NUMBER
            ,              ,     2   punct        ,            O
            was            VBD   7   aux:pass     be           O
            shot           VBN   0   root         shoot        O
            by             IN    10  case         by           O
            her            PRP$  10  nmod:poss    she          O
            brother        NN    7   obl          brother      O
            .              .     7   punct        .            O
            """).injured(), 1, "Miranda Doerr, three, was shot"); // "accidentally" left out: an accident is no event (round 3)
    }

    @Test
    void theDeadOfThoseShotAreNotCountedAsInjured() {
        Event e = only("""
            The            DT    2   det          the          O
            gunman         NN    3   nsubj        gunman       O
            shot           VBD   0   root         shoot        O
            six            CD    5   nummod       six          NUMBER
            people         NNS   3   obj          person       O
            ,              ,     3   punct        ,            O
            killing        VBG   3   dep          kill         O
            two            CD    7   obj          two          NUMBER
            of             IN    10  case         of           O
            them           PRP   8   nmod         they         O
            .              .     3   punct        .            O
            """);
        assertCount(e.fatalities(), 2, "killing two of them");
        assertCount(e.injured(), 4, "shot six people, killing two of them");
    }

    @Test
    void aShooterWhoKillsHimselfAfterShootingAnotherIsTheOnlyDead() {
        // "a female shooter shot a student and then killed herself" (events-real): "shot" and
        // "killed" each have their own object, so the student is hurt, not dead
        Event e = only("""
            A              DT    2   det          a            O
            gunman         NN    3   nsubj        gunman       O
            shot           VBD   0   root         shoot        O
            a              DT    5   det          a            O
            student        NN    3   obj          student      TITLE
            and            CC    8   cc           and          O
            then           RB    8   advmod       then         O
            killed         VBD   3   conj         kill         O
            himself        PRP   8   obj          himself      O
            .              .     3   punct        .            O
            """);
        assertCount(e.fatalities(), 1, "killed himself");
        assertCount(e.injured(), 1, "shot a student");
    }

    @Test
    void theDeadAreNotTheWoundedOfTheClauseCoordinatedWithThem() {
        // "left one man dead and four seriously wounded" (52 such phrases in the GVA dev texts):
        // CoreNLP makes "wounded" with its own subject a conj of "man", which was read as the man's
        // own outcome and took him out of the dead
        Event e = only("""
            The            DT    2   det          the          O
            shooting       NN    3   nsubj        shooting     CAUSE_OF_DEATH
            left           VBD   0   root         leave        O
            one            CD    5   nummod       one          NUMBER
            man            NN    3   obj          man          O
            dead           JJ    5   amod         dead         O
            and            CC    10  cc           and          O
            four           CD    10  nsubj        four         NUMBER
            seriously      RB    10  advmod       seriously    O
            wounded        VBN   5   conj         wound        O
            .              .     3   punct        .            O
            """);
        assertCount(e.fatalities(), 1, "one man dead");
        assertCount(e.injured(), 4, "four seriously wounded");
    }

    @Test
    void aListSplitBetweenInjuredAndDeadCountsEachApart() {
        Event e = only("""
            A              DT    2   det          a            O
            shooting       NN    7   nsubj        shooting     CAUSE_OF_DEATH
            at             IN    6   case         at           O
            a              DT    6   det          a            O
            block          NN    6   compound     block        O
            party          NN    2   nmod         party        O
            left           VBD   0   root         leave        O
            nine           CD    12  nsubj        nine         NUMBER
            injured        VBN   8   amod         injure       O
            and            CC    11  cc           and          O
            one            CD    8   conj         one          NUMBER
            dead           JJ    7   xcomp        dead         O
            ,              ,     7   punct        ,            O
            according      VBG   16  case         accord       O
            to             IN    14  fixed        to           O
            police         NN    7   obl          police       O
            .              .     7   punct        .            O
            """);
        assertCount(e.injured(), 9, "nine injured");
        assertCount(e.fatalities(), 1, "one dead");
        Event f = only("""
            The            DT    2   det          the          O
            shooting       NN    3   nsubj        shooting     CAUSE_OF_DEATH
            left           VBD   0   root         leave        O
            three          CD    5   nummod       three        NUMBER
            people         NNS   6   nsubj        person       O
            hurt           VBN   3   ccomp        hurt         O
            and            CC    10  cc           and          O
            one            CD    9   nummod       one          NUMBER
            person         NN    10  obl:npmod    person       O
            dead           JJ    6   conj         dead         O
            .              .     3   punct        .            O
            """);
        assertCount(f.injured(), 3, "three people hurt");
        assertThat(f.fatalities()).isNull(); // "one person dead" hangs from the parse by no relation a count is read from
    }

    @Test
    void aChargeForAShootingHoldsNoCasualties() {
        for (Event e : events("""
            He             PRP   3   nsubj:pass   he           O
            was            VBD   3   aux:pass     be           O
            charged        VBN   0   root         charge       O
            with           IN    5   case         with         O
            shooting       VBG   3   advcl        shoot        O
            his            PRP$  12  nmod:poss    he           O
            3              CD    9   nummod       3            DURATION
            -              HYPH  9   punct        -            DURATION
            year           NN    11  obl:tmod     year         DURATION
            -              HYPH  11  punct        -            DURATION
            old            JJ    12  amod         old          DURATION
            daughter       NN    5   obj          daughter     O
            .              .     3   punct        .            O
            """)) {
            assertThat(e.injured()).isNull();
            assertThat(e.fatalities()).isNull();
        }
    }

    @Test
    void aDeathToldInASentenceOfItsOwnCountsForTheShootingBeforeIt() {
        Event e = only("""
            A              DT    2   det          a            O
            man            NN    4   nsubj:pass   man          O
            was            VBD   4   aux:pass     be           O
            shot           VBN   0   root         shoot        O
            on             IN    7   case         on           O
            Main           NNP   7   compound     Main         O
            Street         NNP   4   obl          Street       O
            .              .     4   punct        .            O

            He             PRP   2   nsubj        he           O
            died           VBD   8   ccomp        die          O
            at             IN    5   case         at           O
            the            DT    5   det          the          O
            hospital       NN    2   obl          hospital     O
            ,              ,     8   punct        ,            O
            police         NN    8   nsubj        police       O
            said           VBD   0   root         say          O
            .              .     8   punct        .            O
            """);
        assertThat(e.trigger().text()).isEqualTo("shot");
        assertCount(e.injured(), 1, "A man was shot"); // the report reads those shot less the dead
        assertCount(e.fatalities(), 1, "He died");
    }

    @Test
    void aDeathNoTriggerOfItsSentenceHoldsCountsForTheSentencesShooting() {
        Event e = only("""
            One            CD    2   nummod       one          NUMBER
            person         NN    4   nsubj        person       O
            is             VBZ   4   cop          be           O
            dead           JJ    0   root         dead         O
            and            CC    9   cc           and          O
            three          CD    7   nummod       three        NUMBER
            others         NNS   9   nsubj:pass   other        O
            are            VBP   9   aux:pass     be           O
            injured        VBN   4   conj         injure       O
            after          IN    12  case         after        O
            a              DT    12  det          a            O
            shooting       NN    9   obl          shooting     CAUSE_OF_DEATH
            on             IN    15  case         on           O
            Main           NNP   15  compound     Main         O
            Street         NNP   12  nmod         Street       O
            .              .     4   punct        .            O
            """);
        // the shooting is an oblique of "injured" alone, so no event holds "dead" (CoreNLP's parse of
        // a real sentence, words changed)
        assertCount(e.fatalities(), 1, "One person is dead");
        assertCount(e.injured(), 3, "three others are injured");
    }

    @Test
    void aDeathDeniedCountsNoOne() {
        Event e = only("""
            A              DT    2   det          a            O
            woman          NN    4   nsubj:pass   woman        O
            was            VBD   4   aux:pass     be           O
            shot           VBN   0   root         shoot        O
            in             IN    7   case         in           O
            the            DT    7   det          the          O
            arm            NN    4   obl          arm          O
            .              .     4   punct        .            O

            She            PRP   4   nsubj        she          O
            did            VBD   4   aux          do           O
            not            RB    4   advmod       not          O
            die            VB    0   root         die          O
            .              .     4   punct        .            O
            """);
        assertCount(e.injured(), 1, "A woman was shot");
        assertThat(e.fatalities()).isNull();
    }

    @Test
    void aDeathThatDescribesSomeoneIsNoCountOfItsOwn() {
        Event e = only("""
            A              DT    2   det          a            O
            man            NN    4   nsubj:pass   man          O
            was            VBD   4   aux:pass     be           O
            shot           VBN   0   root         shoot        O
            on             IN    6   case         on           O
            Friday         NNP   4   obl          Friday       DATE
            .              .     4   punct        .            O

            The            DT    2   det          the          O
            man            NN    6   nsubj        man          O
            who            WP    4   nsubj        who          O
            died           VBD   2   acl:relcl    die          O
            was            VBD   6   cop          be           O
            25             CD    0   root         25           NUMBER
            .              .     6   punct        .            O
            """);
        assertCount(e.injured(), 1, "A man was shot");
        assertThat(e.fatalities()).isNull(); // "the man who died" names him, it does not count the dead
    }

    @Test
    void aDeathInAnArticleWithoutViolenceCountsForNothing() { // by hand
        assertThat(events("""
            He             PRP   2   nsubj        he           O
            died           VBD   0   root         die          O
            at             IN    5   case         at           O
            the            DT    5   det          the          O
            hospital       NN    2   obl          hospital     O
            .              .     2   punct        .            O
            """)).isEmpty();
    }

    @Test
    void pronouncedDeadIsKilledEvenWhenParsedAsAnObject() {
        Event e = only("""
            A              DT    2   det          a            O
            teenager       NN    5   nsubj:pass   teenager     O
            had            VBD   5   aux          have         O
            been           VBN   5   aux:pass     be           O
            shot           VBN   0   root         shoot        O
            and            CC    8   cc           and          O
            was            VBD   8   aux:pass     be           O
            pronounced     VBN   5   conj         pronounce    O
            dead           JJ    8   obj          dead         O
            at             IN    12  case         at           O
            the            DT    12  det          the          O
            scene          NN    8   obl          scene        O
            .              .     5   punct        .            O
            """);
        assertCount(e.fatalities(), 1, "A teenager had been shot and was pronounced dead");
    }

    @Test
    void fatallyWoundingIsKilling() {
        Event e = only("""
            Police         NNS   2   nsubj        police       O
            said           VBD   0   root         say          O
            a              DT    4   det          a            O
            gunman         NN    5   nsubj        gunman       O
            opened         VBD   2   ccomp        open         O
            fire           NN    5   obj          fire         CAUSE_OF_DEATH
            ,              ,     5   punct        ,            O
            fatally        RB    9   advmod       fatally      O
            wounding       VBG   5   dep          wound        O
            a              DT    11  det          a            O
            guard          NN    9   obj          guard        TITLE
            .              .     2   punct        .            O
            """);
        assertCount(e.fatalities(), 1, "fatally wounding a guard");
        assertThat(e.injured()).isNull();
    }

    @Test
    void aWoundOrInjuryCountsWhoeverHasIt() {
        assertCount(only("""
            Gunmen         NNS   2   nsubj        gunman       O
            opened         VBD   0   root         open         O
            fire           NN    2   obj          fire         CAUSE_OF_DEATH
            on             IN    6   case         on           O
            a              DT    6   det          a            O
            bus            NN    2   obl          bus          O
            .              .     2   punct        .            O

            The            DT    2   det          the          O
            boy            NN    4   nsubj:pass   boy          O
            was            VBD   4   aux:pass     be           O
            treated        VBN   0   root         treat        O
            for            IN    7   case         for          O
            minor          JJ    7   amod         minor        O
            injuries       NNS   4   obl          injury       O
            .              .     4   punct        .            O
            """).injured(), 1, "The boy was treated for minor injuries"); // by hand
        assertCount(only("""
            Gunmen         NNS   2   nsubj        gunman       O
            opened         VBD   0   root         open         O
            fire           NN    2   obj          fire         CAUSE_OF_DEATH
            on             IN    6   case         on           O
            a              DT    6   det          a            O
            bus            NN    2   obl          bus          O
            .              .     2   punct        .            O

            Officers       NNS   2   nsubj        officer      O
            found          VBD   0   root         find         O
            a              DT    4   det          a            O
            girl           NN    2   obj          girl         O
            with           IN    8   case         with         O
            a              DT    8   det          a            O
            gunshot        NN    8   compound     gunshot      CAUSE_OF_DEATH
            wound          NN    2   obl          wound        CAUSE_OF_DEATH
            .              .     2   punct        .            O
            """).injured(), 1, "a girl with a gunshot wound"); // the girl has it, not the officers (CoreNLP's parse)
        assertCount(only("""
            Gunmen         NNS   2   nsubj        gunman       O
            opened         VBD   0   root         open         O
            fire           NN    2   obj          fire         CAUSE_OF_DEATH
            on             IN    6   case         on           O
            a              DT    6   det          a            O
            bus            NN    2   obl          bus          O
            .              .     2   punct        .            O

            A              DT    2   det          a            O
            bullet         NN    3   nsubj        bullet       O
            grazed         VBD   0   root         graze        O
            a              DT    5   det          a            O
            woman          NN    3   obj          woman        O
            .              .     3   punct        .            O
            """).injured(), 1, "grazed a woman");
    }

    @Test
    void theInjuriesSomeoneDiedOfAreNoWounded() { // by hand
        List<Event> events = events("""
            Police         NNS   2   nsubj        police       O
            said           VBD   0   root         say          O
            the            DT    4   det          the          O
            shooting       NN    5   nsubj        shooting     CAUSE_OF_DEATH
            killed         VBD   2   ccomp        kill         O
            a              DT    7   det          a            O
            man            NN    5   obj          man          O
            .              .     2   punct        .            O

            He             PRP   2   nsubj        he           O
            died           VBD   0   root         die          O
            of             IN    5   case         of           O
            his            PRP$  5   nmod:poss    he           O
            injuries       NNS   2   obl          injury       O
            .              .     2   punct        .            O
            """);
        assertThat(events).anyMatch(e -> e.fatalities() != null && e.fatalities().value() == 1);
        assertThat(events).allMatch(e -> e.injured() == null);
    }
    @Test
    void aNumberTheParserHungOnTheDatelineStillCountsItsNoun() {
        Event e = event("""
        DAYTON         NNP   4   compound     DAYTON       CITY
        -              HYPH  1   punct        -            O
        Five           CD    1   nummod       five         NUMBER
        people         NNS   6   nsubj:pass   person       O
        were           VBD   6   aux:pass     be           O
        injured        VBN   0   root         injure       O
        in             IN    9   case         in           O
        a              DT    9   det          a            O
        shooting       NN    6   obl          shooting     CAUSE_OF_DEATH
        outside        IN    12  case         outside      O
        a              DT    12  det          a            O
        bar            NN    6   obl          bar          O
        early          JJ    14  amod         early        DATE
        Saturday       NNP   6   obl:tmod     Saturday     DATE
        .              .     6   punct        .            O
        """, "shooting");
        assertCount(e.injured(), 5, "Five people were injured");
    }

    @Test
    void aRelativePronounCountsAsTheNounItsClauseDescribes() {
        Event e = event("""
        Three          CD    2   nummod       three        NUMBER
        men            NNS   12  nsubj:pass   man          O
        who            WP    5   nsubj:pass   who          O
        were           VBD   5   aux:pass     be           O
        shot           VBN   2   acl:relcl    shoot        O
        outside        IN    8   case         outside      O
        a              DT    8   det          a            O
        store          NN    5   obl          store        O
        on             IN    10  case         on           O
        Friday         NNP   5   obl          Friday       DATE
        are            VBP   12  aux:pass     be           O
        expected       VBN   0   root         expect       O
        to             TO    14  mark         to           O
        recover        VB    12  xcomp        recover      O
        .              .     12  punct        .            O
        """, "shot");
        assertCount(e.injured(), 3, "Three men who were shot");
    }

    @Test
    void aFatalShootingOfSomeoneIsADeathThatAnInvestigationTellsOfTheAttack() {
        Event e = event("""
        A              DT    2   det          a            O
        man            NN    4   nsubj:pass   man          O
        was            VBD   4   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        on             IN    7   case         on           O
        Main           NNP   7   compound     Main         O
        Street         NNP   4   obl          Street       O
        .              .     4   punct        .            O

        Police         NNS   3   nsubj        police       O
        are            VBP   3   aux          be           O
        investigating  VBG   0   root         investigate  O
        the            DT    6   det          the          O
        fatal          JJ    6   amod         fatal        O
        shooting       NN    3   obj          shooting     CAUSE_OF_DEATH
        of             IN    14  case         of           O
        a              DT    14  det          a            O
        4              CD    11  nummod       4            DURATION
        -              HYPH  11  punct        -            DURATION
        year           NN    13  obl:tmod     year         DURATION
        -              HYPH  13  punct        -            DURATION
        old            JJ    14  amod         old          DURATION
        boy            NN    6   nmod         boy          O
        on             IN    16  case         on           O
        Monday         NNP   3   obl          Monday       DATE
        .              .     3   punct        .            O
        """, "shot");
        assertCount(e.fatalities(), 1, "fatal shooting of a 4-year-old boy"); // the investigation holds no count
        assertCount(e.injured(), 1, "A man was shot");
    }

    @Test
    void theDeathsOfPeopleCountThem() {
        Event e = event("""
        A              DT    2   det          a            O
        man            NN    4   nsubj:pass   man          O
        was            VBD   4   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        on             IN    7   case         on           O
        Main           NNP   7   compound     Main         O
        Street         NNP   4   obl          Street       O
        .              .     4   punct        .            O

        Detectives     NNS   3   nsubj        detective    O
        are            VBP   3   aux          be           O
        investigating  VBG   0   root         investigate  O
        the            DT    6   det          the          O
        shooting       NN    6   compound     shooting     CAUSE_OF_DEATH
        deaths         NNS   3   obj          death        O
        of             IN    9   case         of           O
        three          CD    9   nummod       three        NUMBER
        people         NNS   6   nmod         person       O
        in             IN    12  case         in           O
        a              DT    12  det          a            O
        home           NN    6   nmod         home         O
        on             IN    14  case         on           O
        Sunday         NNP   12  nmod         Sunday       DATE
        .              .     3   punct        .            O
        """, "shot");
        assertCount(e.fatalities(), 3, "deaths of three people");
    }

    @Test
    void aCoupleIsTwo() {
        List<Event> all = events("""
        A              DT    2   det          a            O
        couple         NN    8   nsubj:pass   couple       O
        and            CC    6   cc           and          O
        their          PRP$  6   nmod:poss    they         O
        three          CD    6   nummod       three        NUMBER
        children       NNS   2   conj         child        O
        were           VBD   8   aux:pass     be           O
        found          VBN   17  advcl        find         O
        dead           JJ    8   xcomp        dead         O
        in             IN    12  case         in           O
        their          PRP$  12  nmod:poss    they         O
        home           NN    8   obl          home         O
        on             IN    14  case         on           O
        Tuesday        NNP   8   obl          Tuesday      DATE
        ,              ,     17  punct        ,            O
        police         NN    17  nsubj        police       O
        said           VBD   0   root         say          O
        .              .     17  punct        .            O
        """);
        assertThat(all).anySatisfy(e -> assertCount(e.fatalities(), 5, "A couple and their three children were found dead"));
    }

    @Test
    void aCoupleOfRoundsIsNoOne() {
        Event e = event("""
        The            DT    2   det          the          O
        gunman         NN    3   nsubj        gunman       O
        shot           VBD   0   root         shoot        O
        a              DT    5   det          a            O
        couple         NN    3   obj          couple       O
        of             IN    7   case         of           O
        rounds         NNS   5   nmod         round        O
        into           IN    10  case         into         O
        the            DT    10  det          the          O
        air            NN    3   obl          air          O
        before         IN    13  mark         before       O
        he             PRP   13  nsubj        he           O
        fled           VBD   3   advcl        flee         O
        .              .     3   punct        .            O
        """, "shot");
        assertThat(e.injured()).isNull();
        assertThat(e.fatalities()).isNull();
    }

    @Test
    void aNumberHyphenedToItsNounIsAnAgeThoughTheTaggerSaysNumber() {
        Event e = event("""
        A              DT    2   det          a            O
        man            NN    4   nsubj:pass   man          O
        was            VBD   4   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        on             IN    7   case         on           O
        Main           NNP   7   compound     Main         O
        Street         NNP   4   obl          Street       O
        .              .     4   punct        .            O

        Neighbours     NNS   3   nsubj        neighbour    PERSON
        were           VBD   3   aux          be           O
        mourning       VBG   0   root         mourn        O
        the            DT    5   det          the          O
        death          NN    3   obj          death        O
        of             IN    10  case         of           O
        a              DT    10  det          a            O
        6              CD    10  nummod       6            NUMBER
        -              HYPH  10  punct        -            NUMBER
        yo             NN    5   nmod         yo           NUMBER
        in             IN    13  case         in           O
        the            DT    13  det          the          O
        shooting       NN    10  nmod         shooting     CAUSE_OF_DEATH
        .              .     3   punct        .            O
        """, "shot");
        assertCount(e.fatalities(), 1, "death of a 6-yo");
    }
    @Test
    void aConjunctTaggedAsATenseIsStillAParticipleOfItsOwnSubject() { // by hand: CoreNLP tagged such a "hurt" VBP
        List<Event> all = events("""
        One            CD    2   nummod       one          NUMBER
        man            NN    4   nsubj:pass   man          O
        was            VBD   4   aux:pass     be           O
        killed         VBN   0   root         kill         O
        and            CC    9   cc           and          O
        three          CD    7   nummod       three        NUMBER
        others         NNS   9   nsubj        other        O
        badly          RB    9   advmod       badly        O
        hurt           VBP   4   conj         hurt         O
        in             IN    12  case         in           O
        the            DT    12  det          the          O
        shooting       NN    4   obl          shooting     CAUSE_OF_DEATH
        on             IN    14  case         on           O
        Friday         NNP   4   obl          Friday       DATE
        .              .     4   punct        .            O
        """);
        assertThat(all).anySatisfy(e -> {
            assertCount(e.fatalities(), 1, "One man was killed");
            assertCount(e.injured(), 3, "three others badly hurt");
        });
    }

    @Test
    void aHarmVerbAfterFindIsSaidOfWhatIsFound() {
        List<Event> all = events("""
        When           WRB   3   advmod       when         O
        officers       NNS   3   nsubj        officer      O
        arrived        VBD   6   advcl        arrive       O
        ,              ,     6   punct        ,            O
        they           PRP   6   nsubj        they         O
        found          VBD   0   root         find         O
        four           CD    8   nummod       four         NUMBER
        people         NNS   9   nsubj        person       O
        shot           VBD   6   ccomp        shoot        O
        .              .     6   punct        .            O
        """);
        assertThat(all).anySatisfy(e -> assertCount(e.injured(), 4, "four people shot"));
    }

    @Test
    void anAgeUsedAsANounIsOnePerson() {
        List<Event> all = events("""
        A              DT    6   det          a            O
        7              CD    4   nummod       7            DURATION
        -              HYPH  4   punct        -            DURATION
        year           NN    6   dep          year         DURATION
        -              HYPH  6   punct        -            DURATION
        old            JJ    8   nsubj:pass   old          DURATION
        was            VBD   8   aux:pass     be           O
        hurt           VBN   0   root         hurt         O
        and            CC    13  cc           and          O
        his            PRP$  11  nmod:poss    he           O
        father         NN    13  nsubj:pass   father       O
        was            VBD   13  aux:pass     be           O
        killed         VBN   8   conj         kill         O
        .              .     8   punct        .            O
        """);
        assertThat(all).anySatisfy(e -> assertCount(e.injured(), 1, "A 7-year-old was hurt"));
        assertThat(all).anySatisfy(e -> assertCount(e.fatalities(), 1, "his father was killed"));
    }
    @Test
    void aFatalWoundIsADeath() {
        Event e = event("""
        A              DT    2   det          a            O
        man            NN    4   nsubj:pass   man          O
        was            VBD   4   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        on             IN    7   case         on           O
        Main           NNP   7   compound     Main         O
        Street         NNP   4   obl          Street       O
        .              .     4   punct        .            O

        The            DT    2   det          the          O
        boy            NN    3   nsubj        boy          O
        sustained      VBD   0   root         sustain      O
        a              DT    7   det          a            O
        fatal          JJ    7   amod         fatal        O
        gunshot        NN    7   compound     gunshot      CAUSE_OF_DEATH
        wound          NN    3   obj          wound        CAUSE_OF_DEATH
        at             IN    10  case         at           O
        his            PRP$  10  nmod:poss    he           O
        home           NN    7   nmod         home         O
        on             IN    12  case         on           O
        Sunday         NNP   3   obl          Sunday       DATE
        .              .     3   punct        .            O
        """, "shot");
        assertCount(e.fatalities(), 1, "The boy sustained a fatal gunshot wound");
    }

    @Test
    void struckByGunfireIsHit() {
        List<Event> all = events("""
        A              DT    2   det          a            O
        man            NN    4   nsubj:pass   man          O
        was            VBD   4   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        on             IN    7   case         on           O
        Main           NNP   7   compound     Main         O
        Street         NNP   4   obl          Street       O
        .              .     4   punct        .            O

        Two            CD    3   nummod       two          NUMBER
        other          JJ    3   amod         other        O
        men            NNS   5   nsubj:pass   man          O
        were           VBD   5   aux:pass     be           O
        struck         VBN   0   root         strike       O
        by             IN    7   case         by           O
        gunfire        NN    5   obl          gunfire      O
        but            CC    9   cc           but          O
        survived       VBD   5   conj         survive      O
        .              .     5   punct        .            O
        """);
        assertThat(all).anySatisfy(e -> assertCount(e.injured(), 2, "Two other men were struck"));
    }

    @Test
    void aGunThatGoesOffStrikesWhomItHits() {
        List<Event> all = events("""
        A              DT    2   det          a            O
        man            NN    4   nsubj:pass   man          O
        was            VBD   4   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        on             IN    7   case         on           O
        Main           NNP   7   compound     Main         O
        Street         NNP   4   obl          Street       O
        .              .     4   punct        .            O

        The            DT    2   det          the          O
        gun            NN    3   nsubj        gun          O
        went           VBD   0   root         go           O
        off            RP    3   compound:prt off          O
        ,              ,     3   punct        ,            O
        striking       VBG   3   dep          strike       O
        the            DT    8   det          the          O
        girl           NN    6   obj          girl         O
        in             IN    11  case         in           O
        the            DT    11  det          the          O
        chest          NN    6   obl          chest        O
        .              .     3   punct        .            O
        """);
        assertThat(all).anySatisfy(e -> assertCount(e.injured(), 1, "striking the girl"));
    }

    @Test
    void struckWithAGunIsABeatingNoShooting() {
        assertThat(events("""
        He             PRP   2   nsubj        he           O
        struck         VBD   0   root         strike       O
        the            DT    4   det          the          O
        man            NN    2   obj          man          O
        with           IN    7   case         with         O
        a              DT    7   det          a            O
        gun            NN    2   obl          gun          O
        during         IN    10  case         during       O
        the            DT    10  det          the          O
        robbery        NN    2   obl          robbery      CRIMINAL_CHARGE
        .              .     2   punct        .            O
        """)).allSatisfy(e -> assertThat(e.injured()).isNull());
    }

    @Test
    void anArrestForAKillingHoldsNoCount() {
        List<Event> all = events("""
        Police         NNS   2   nsubj        police       O
        arrested       VBD   0   root         arrest       O
        a              DT    4   det          a            O
        woman          NN    2   obj          woman        O
        in             IN    8   case         in           O
        the            DT    8   det          the          O
        1967           CD    8   nummod       1967         DATE
        killings       NNS   2   obl          killing      O
        of             IN    12  case         of           O
        two            CD    12  nummod       two          NUMBER
        young          JJ    12  amod         young        O
        women          NNS   8   nmod         woman        O
        .              .     2   punct        .            O
        """);
        assertThat(all).isNotEmpty().allSatisfy(e -> assertThat(e.fatalities()).isNull());
    }

    @Test
    void theKillingsAnArrestIsForCountForTheAttackOfTheArticle() {
        Event e = event("""
        A              DT    2   det          a            O
        man            NN    4   nsubj:pass   man          O
        was            VBD   4   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        on             IN    7   case         on           O
        Main           NNP   7   compound     Main         O
        Street         NNP   4   obl          Street       O
        .              .     4   punct        .            O

        Police         NNS   2   nsubj        police       O
        arrested       VBD   0   root         arrest       O
        a              DT    4   det          a            O
        woman          NN    2   obj          woman        O
        in             IN    8   case         in           O
        the            DT    8   det          the          O
        1967           CD    8   nummod       1967         DATE
        killings       NNS   2   obl          killing      O
        of             IN    12  case         of           O
        two            CD    12  nummod       two          NUMBER
        young          JJ    12  amod         young        O
        women          NNS   8   nmod         woman        O
        .              .     2   punct        .            O
        """, "shot");
        assertCount(e.fatalities(), 2, "killings of two young women");
    }

    @Test
    void anIngAdjunctOfNoEventCountsForTheAttackAndLeftDeadAndWoundedCountsBoth() {
        String parsed = """
        A              DT    2   det          a            O
        man            NN    4   nsubj:pass   man          O
        was            VBD   4   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        on             IN    7   case         on           O
        Main           NNP   7   compound     Main         O
        Street         NNP   4   obl          Street       O
        .              .     4   punct        .            O

        Gunfire        NN    2   nsubj        gunfire      O
        erupted        VBD   0   root         erupt        O
        at             IN    5   case         at           O
        a              DT    5   det          a            O
        party          NN    2   obl          party        O
        early          JJ    7   amod         early        DATE
        Saturday       NNP   2   obl:tmod     Saturday     DATE
        ,              ,     2   punct        ,            O
        leaving        VBG   2   dep          leave        O
        three          CD    11  nummod       three        NUMBER
        people         NNS   9   obj          person       O
        dead           JJ    11  amod         dead         O
        and            CC    15  cc           and          O
        five           CD    15  nummod       five         NUMBER
        wounded        JJ    12  conj         wounded      O
        .              .     2   punct        .            O
        """;
        // the second by hand: CoreNLP left "five" a bare dep of "wounded" in a real sentence
        String bareDep = parsed.replace("15  nummod       five", "15  dep       five");
        assertThat(bareDep).isNotEqualTo(parsed);
        for (String table : List.of(parsed, bareDep)) {
            assertThat(events(table)).anySatisfy(e -> { // "erupted" is no event: the shooting before takes the adjunct's count
                assertCount(e.fatalities(), 3, "three people dead");
                assertCount(e.injured(), 5, "five wounded");
            });
        }
    }

    @Test
    void himselfInASentenceOfItsOwnIsTheSamePersonNotOneMore() {
        // GVA dev: "A 17-year-old boy accidentally shot himself ... The boy suffered a graze wound"
        // was counted 2 hurt: the two sentences' readings, given to the one event, were summed as a
        // shooter beside his victims
        List<Event> all = events("""
        A              DT    7   det          a            O
        17             CD    4   nummod       17           DURATION
        -              HYPH  4   punct        -            DURATION
        year           NN    6   obl:tmod     year         DURATION
        -              HYPH  6   punct        -            DURATION
        old            JJ    7   amod         old          DURATION
        boy            NN    9   nsubj        boy          O
        accidentally   RB    9   advmod       accidentally O
        shot           VBD   0   root         shoot        O
        himself        PRP   9   obj          himself      O
        Thursday       NNP   12  compound     Thursday     DATE
        afternoon      NN    9   obl:tmod     afternoon    TIME
        in             IN    17  case         in           O
        the            DT    17  det          the          O
        Washington     NNP   16  compound     Washington   STATE_OR_PROVINCE
        Heights        NNPS  17  compound     Heights      LOCATION
        neighborhood   NN    9   obl          neighborhood O
        .              .     9   punct        .            O

        The            DT    2   det          the          O
        boy            NN    3   nsubj        boy          O
        suffered       VBD   0   root         suffer       O
        a              DT    6   det          a            O
        graze          VB    6   amod         graze        O
        wound          NN    3   obj          wound        O
        to             IN    9   case         to           O
        the            DT    9   det          the          O
        leg            NN    3   obl          leg          O
        .              .     3   punct        .            O

        The            DT    2   det          the          O
        shooting       NN    3   nsubj        shooting     CAUSE_OF_DEATH
        appears        VBZ   0   root         appear       O
        to             TO    6   mark         to           O
        be             VB    6   cop          be           O
        accidental     JJ    3   xcomp        accidental   O
        and            CC    10  cc           and          O
        self           NN    10  dep          self         O
        -              HYPH  10  punct        -            O
        inflicted      VBN   6   conj         inflict      O
        .              .     3   punct        .            O
        """);
        assertThat(all).filteredOn(e -> e.injured() != null).isNotEmpty()
            .allSatisfy(e -> assertThat(e.injured().value()).isEqualTo(1));
    }

    private static final String NO_ONE = """
        Four           CD    2   nummod       four         NUMBER
        people         NNS   4   nsubj:pass   person       O
        were           VBD   4   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        on             IN    6   case         on           O
        Sunday         NNP   4   obl          Sunday       DATE
        .              .     4   punct        .            O

        Police         NNS   2   nsubj        police       O
        said           VBD   0   root         say          O
        no             DT    4   det          no           O
        one            NN    6   nsubj:pass   one          NUMBER
        was            VBD   6   aux:pass     be           O
        killed         VBN   2   ccomp        kill         O
        .              .     2   punct        .            O

        No             DT    2   det          no           O
        one            NN    5   nsubj:pass   one          NUMBER
        else           RB    2   advmod       else         O
        was            VBD   5   aux:pass     be           O
        injured        VBN   0   root         injure       O
        .              .     5   punct        .            O
        """;

    @Test
    void noOneIsNobody() {
        // GVA dev: "No one else was injured" and "no one was killed" each counted one person
        List<Event> all = events(NO_ONE);
        assertCount(event(NO_ONE, "shot").injured(), 4, "Four people were shot"); // "No one else" (0) is not the largest count
        assertCount(event(NO_ONE, "killed").fatalities(), 0, "no one was killed");
        assertThat(all).allSatisfy(e -> {
            assertThat(e.fatalities() == null || e.fatalities().value() == 0).isTrue();
            assertThat(e.injured().value()).isIn(0, 4);
        });
    }

    @Test
    void twoListsOfTwoHarmWordsEachCountTheirOwn() {
        // GVA dev: the dead and the injured each counted 1, as "killed" and "injured" split one list
        // between them, while each has a list of its own
        List<Event> all = events("""
        Ronald         NNP   2   compound     Ronald       PERSON
        Williams       NNP   13  nsubj:pass   Williams     PERSON
        ,              ,     2   punct        ,            O
        33             CD    2   amod         33           NUMBER
        ,              ,     2   punct        ,            O
        and            CC    8   cc           and          O
        Kendra         NNP   8   compound     Kendra       PERSON
        Hill           NNP   2   conj         Hill         PERSON
        ,              ,     8   punct        ,            O
        28             CD    8   amod         28           NUMBER
        ,              ,     8   punct        ,            O
        were           VBD   13  aux:pass     be           O
        killed         VBN   0   root         kill         O
        ,              ,     13  punct        ,            O
        and            CC    22  cc           and          O
        Jason          NNP   17  compound     Jason        PERSON
        Kimble         NNP   22  nsubj:pass   Kimble       PERSON
        and            CC    20  cc           and          O
        Laquintin      NNP   20  compound     Laquintin    PERSON
        Carter         NNP   17  conj         Carter       PERSON
        were           VBD   22  aux:pass     be           O
        injured        VBN   13  conj         injure       O
        in             IN    25  case         in           O
        the            DT    25  det          the          O
        shooting       NN    22  obl          shooting     CAUSE_OF_DEATH
        .              .     13  punct        .            O
        """);
        assertThat(all).anySatisfy(e -> {
            assertCount(e.fatalities(), 2, "Ronald Williams, 33, and Kendra Hill, 28, were killed");
            assertCount(e.injured(), 2, "Jason Kimble and Laquintin Carter were injured");
        });
    }

    @Test
    void numbersListedAfterACountedGroupAreItsAgesNotMorePeople() {
        // GVA dev: "two men, one 17 and the other 21" counted 2 + 17 + 21 = 40 wounded
        List<Event> all = events("""
        According      VBG   3   case         accord       O
        to             IN    1   fixed        to           O
        police         NN    15  obl          police       O
        ,              ,     15  punct        ,            O
        two            CD    6   nummod       two          NUMBER
        men            NNS   15  nsubj        man          O
        ,              ,     6   punct        ,            O
        one            CD    9   nummod       one          NUMBER
        17             CD    6   conj         17           NUMBER
        and            CC    13  cc           and          O
        the            DT    13  det          the          O
        other          JJ    13  amod         other        O
        21             CD    6   conj         21           NUMBER
        ,              ,     15  punct        ,            O
        suffered       VBD   0   root         suffer       O
        a              DT    18  det          a            O
        gunshot        NN    18  compound     gunshot      CAUSE_OF_DEATH
        wounds         NNS   15  obj          wound        O
        to             IN    21  case         to           O
        the            DT    21  det          the          O
        shoulder       NN    15  obl          shoulder     O
        ,              ,     15  punct        ,            O
        a              DT    29  det          a            O
        49             CD    26  nummod       49           DURATION
        -              HYPH  26  punct        -            DURATION
        year           NN    28  obl:tmod     year         DURATION
        -              HYPH  28  punct        -            DURATION
        old            JJ    29  amod         old          DURATION
        woman          NN    31  nsubj:pass   woman        O
        was            VBD   31  aux:pass     be           O
        shot           VBN   15  parataxis    shoot        O
        in             IN    34  case         in           O
        the            DT    34  det          the          O
        neck           NN    31  obl          neck         O
        .              .     15  punct        .            O
        """);
        assertThat(all).filteredOn(e -> e.injured() != null).isNotEmpty()
            .allSatisfy(e -> assertThat(e.injured().value()).isIn(1, 2));
    }

    @Test
    void aTallyOfManyShootingsIsNoCountOfOne() {
        // GVA dev, a weekend round-up filed under one of its shootings (4 wounded): read as 4 dead and 53 wounded
        List<Event> all = events("""
        Four           CD    2   nummod       four         NUMBER
        men            NNS   4   nsubj:pass   man          O
        were           VBD   4   aux:pass     be           O
        killed         VBN   0   root         kill         O
        and            CC    12  cc           and          O
        at             RB    7   case         at           O
        least          RBS   8   obl:npmod    least        O
        53             CD    10  nummod       53           NUMBER
        other          JJ    10  amod         other        O
        people         NNS   12  nsubj:pass   person       O
        were           VBD   12  aux:pass     be           O
        wounded        VBN   4   conj         wound        O
        in             IN    14  case         in           O
        shootings      NNS   4   obl          shooting     O
        across         IN    16  case         across       O
        Chicago        NNP   14  nmod         Chicago      CITY
        between        IN    20  case         between      O
        late           JJ    20  amod         late         TIME
        Friday         NNP   20  compound     Friday       DATE
        afternoon      NN    4   obl          afternoon    TIME
        and            CC    23  cc           and          O
        Monday         NNP   23  compound     Monday       DATE
        morning        NN    20  conj         morning      TIME
        .              .     4   punct        .            O
        """);
        assertNoCounts(all);
    }

    @Test
    void theShootingsUnderACoordinatedHarmWordMakeBothCountsATally() {
        List<Event> all = events("""
        Three          CD    2   nsubj        three        NUMBER
        died           VBD   0   root         die          O
        and            CC    6   cc           and          O
        16             CD    6   nsubj:pass   16           NUMBER
        were           VBD   6   aux:pass     be           O
        wounded        VBN   2   conj         wound        O
        in             IN    10  case         in           O
        seven          CD    10  nummod       seven        NUMBER
        separate       JJ    10  amod         separate     O
        shootings      NNS   6   obl          shooting     O
        across         IN    13  case         across       O
        the            DT    13  det          the          O
        city           NN    10  nmod         city         O
        over           IN    16  case         over         O
        the            DT    16  det          the          DATE
        weekend        NN    6   obl          weekend      DATE
        .              .     2   punct        .            O
        """);
        assertNoCounts(all);
    }

    @Test
    void theTollOfThisYearOrOfAYearDescribedIsATally() {
        List<Event> thisYear = events("""
        More           JJR   3   advmod       more         O
        than           IN    1   fixed        than         O
        700            CD    4   nummod       700          NUMBER
        people         NNS   7   nsubj:pass   person       O
        have           VBP   7   aux          have         O
        been           VBN   7   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        in             IN    10  case         in           O
        the            DT    10  det          the          O
        city           NN    7   obl          city         O
        this           DT    12  det          this         DATE
        year           NN    7   obl:tmod     year         DATE
        .              .     7   punct        .            O
        """);
        assertThat(thisYear).isNotEmpty().allSatisfy(e -> assertThat(e.injured()).isNull());
        List<Event> lastYear = events("""
        Killings       NNS   8   nsubj        killing      O
        in             IN    3   case         in           O
        Baltimore      NNP   1   nmod         Baltimore    CITY
        are            VBP   8   cop          be           O
        slightly       RB    8   advmod       slightly     O
        down           IN    8   case         down         O
        this           DT    8   det          this         DATE
        year           NN    0   root         year         DATE
        compared       VBN   12  case         compare      O
        with           IN    12  case         with         O
        last           JJ    12  amod         last         DATE
        year           NN    8   nmod         year         DATE
        ,              ,     12  punct        ,            O
        when           WRB   17  advmod       when         O
        344            CD    17  nsubj:pass   344          NUMBER
        were           VBD   17  aux:pass     be           O
        killed         VBN   12  acl:relcl    kill         O
        .              .     8   punct        .            O
        """);
        assertThat(lastYear).isNotEmpty().allSatisfy(e -> assertThat(e.fatalities()).isNull());
    }

    @Test
    void oneShootingComparedWithOthersKeepsItsCount() {
        Event e = event("""
        Nine           CD    2   nummod       nine         NUMBER
        people         NNS   4   nsubj:pass   person       O
        were           VBD   4   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        to             IN    6   case         to           O
        death          NN    4   obl          death        O
        during         IN    10  case         during       O
        a              DT    10  det          a            O
        prayer         NN    10  compound     prayer       O
        meeting        NN    4   obl          meeting      O
        Wednesday      NNP   12  compound     Wednesday    DATE
        night          NN    4   obl:tmod     night        TIME
        in             IN    14  case         in           O
        one            CD    4   obl          one          NUMBER
        of             IN    19  case         of           O
        the            DT    19  det          the          O
        worst          JJS   19  amod         bad          O
        mass           NN    19  compound     mass         O
        shootings      NNS   14  nmod         shooting     O
        in             IN    21  case         in           O
        history        NN    19  nmod         history      O
        .              .     4   punct        .            O
        """, "shot");
        assertCount(e.fatalities(), 9, "Nine people were shot");
    }

    @Test
    void aListThatBreaksItsFirstGroupDownCountsThatGroupOnce() {
        // GVA dev: "13 people, 11 males and two females, were located with gunshot wounds" read 26 (by hand, a shooting's verb)
        Event e = only("""
        13             CD    2   nummod       13           NUMBER
        people         NNS   10  nsubj:pass   person       O
        ,              ,     2   punct        ,            O
        11             CD    5   nummod       11           NUMBER
        males          NNS   2   conj         male         O
        and            CC    8   cc           and          O
        two            CD    8   nummod       two          NUMBER
        females        NNS   2   conj         female       O
        were           VBD   10  aux:pass     be           O
        shot           VBN   0   root         shoot        O
        .              .     10  punct        .            O
        """);
        assertCount(e.injured(), 13, "13 people, 11 males and two females were shot");
    }

    @Test
    void aNumberSetOffByCommasAfterAWordOrWrittenYoIsAnAge() {
        // GVA dev: a page's list of headlines read 24 and 8 dead
        Event man = only("""
        Man            UH    6   discourse    man          O
        ,              ,     6   punct        ,            O
        24             CD    6   nsubj        24           NUMBER
        ,              ,     6   punct        ,            O
        fatally        RB    6   advmod       fatally      O
        shot           VBN   0   root         shoot        O
        on             IN    10  case         on           O
        Bronx          NNP   10  compound     Bronx        LOCATION
        street         NN    10  compound     street       O
        corner         NN    6   obl          corner       O
        """);
        assertThat(man.fatalities()).isNull();
        Event girl = only("""
        8              CD    3   nummod       8            NUMBER
        yo             NN    3   compound     yo           O
        girl           NN    4   nsubj        girl         O
        killed         VBN   0   root         kill         O
        by             IN    6   case         by           O
        gunfire        NN    4   obl          gunfire      O
        .              .     4   punct        .            O
        """);
        assertCount(girl.fatalities(), 1, "8 yo girl killed");
    }

    @Test
    void aPairOfShootingsIsATallyToo() {
        List<Event> all = events("""
        A              DT    3   det          a            O
        Mundelein      NNP   3   compound     Mundelein    CITY
        man            NN    5   nsubj:pass   man          O
        was            VBD   5   aux:pass     be           O
        killed         VBN   0   root         kill         O
        and            CC    11  cc           and          O
        four           CD    9   nummod       four         NUMBER
        other          JJ    9   amod         other        O
        people         NNS   11  nsubj:pass   person       O
        were           VBD   11  aux:pass     be           O
        wounded        VBN   5   conj         wound        O
        in             IN    14  case         in           O
        a              DT    14  det          a            O
        pair           NN    11  obl          pair         O
        of             IN    16  case         of           O
        shootings      NNS   14  nmod         shooting     O
        early          JJ    18  amod         early        TIME
        Sunday         NNP   5   obl:tmod     Sunday       DATE
        in             IN    20  case         in           O
        Champaign      NNP   5   obl          Champaign    CITY
        .              .     5   punct        .            O
        """);
        assertNoCounts(all);
    }

    @Test
    void oneHappeningNamedInThePluralKeepsItsCount() {
        // review of the tally rule: "the shootings" and "the Cascade Mall shootings" are one happening with several victims
        assertCount(only("""
        Five           CD    2   nummod       five         NUMBER
        people         NNS   4   nsubj:pass   person       O
        were           VBD   4   aux:pass     be           O
        killed         VBN   0   root         kill         O
        in             IN    9   case         in           O
        the            DT    9   det          the          O
        Cascade        NNP   8   compound     Cascade      LOCATION
        Mall           NNP   9   compound     Mall         LOCATION
        shootings      NNS   4   obl          shooting     O
        .              .     4   punct        .            O
        """).fatalities(), 5, "Five people were killed");
        assertCount(only("""
        Tre            NNP   2   compound     Tre          PERSON
        Edwards        NNP   6   nsubj:pass   Edwards      PERSON
        of             IN    4   case         of           O
        Lilburn        NNP   2   nmod         Lilburn      CITY
        was            VBD   6   aux:pass     be           O
        killed         VBN   0   root         kill         O
        in             IN    9   case         in           O
        the            DT    9   det          the          O
        shootings      NNS   6   obl          shooting     O
        .              .     6   punct        .            O
        """).fatalities(), 1, "Tre Edwards of Lilburn was killed");
    }

    @Test
    void aPeriodBesideAWordThatIsNoHarmWordMakesNoTally() {
        Event e = event("""
        Smith          NNP   6   nsubj:pass   Smith        PERSON
        ,              ,     1   punct        ,            O
        24             CD    1   amod         24           NUMBER
        ,              ,     6   punct        ,            O
        was            VBD   6   aux:pass     be           O
        shot           VBN   0   root         shoot        O
        dead           JJ    6   obj          dead         O
        Friday         NNP   6   obl:tmod     Friday       DATE
        and            CC    15  cc           and          O
        is             VBZ   15  cop          be           O
        the            DT    12  det          the          O
        city           NN    15  nmod:poss    city         O
        's             POS   12  case         's           O
        15th           JJ    15  amod         15th         ORDINAL
        homicide       NN    6   conj         homicide     CRIMINAL_CHARGE
        this           DT    17  det          this         DATE
        year           NN    15  obl:tmod     year         DATE
        .              .     6   punct        .            O
        """, "shot");
        assertThat(e.fatalities()).isNotNull();
        assertThat(e.fatalities().value()).isEqualTo(1);
    }

    @Test
    void aListOfPeopleOfDifferentKindsIsSummedWhateverItsNumbers() {
        assertCount(only("""
        Two            CD    2   nummod       two          NUMBER
        men            NNS   10  nsubj:pass   man          O
        ,              ,     2   punct        ,            O
        a              DT    5   det          a            O
        woman          NN    2   conj         woman        O
        and            CC    8   cc           and          O
        a              DT    8   det          a            O
        child          NN    2   conj         child        O
        were           VBD   10  aux:pass     be           O
        shot           VBN   0   root         shoot        O
        .              .     10  punct        .            O
        """).injured(), 4, "Two men, a woman and a child were shot");
    }

    @Test
    void aTimeClauseWithoutASubjectOfItsOwnIsSaidOfItsPredicatesSubject() {
        // "after being shot" has no subject: the people recovering are the people shot
        Event recovering = only("""
        Four           CD    2   nummod       four         NUMBER
        people         NNS   4   nsubj        person       O
        are            VBP   4   aux          be           O
        recovering     VBG   0   root         recover      O
        after          IN    7   mark         after        O
        being          VBG   7   aux:pass     be           O
        shot           VBN   4   advcl        shoot        O
        outside        IN    10  case         outside      O
        a              DT    10  det          a            O
        club           NN    7   obl          club         O
        on             IN    12  case         on           O
        Saturday       NNP   7   obl          Saturday     DATE
        .              .     4   punct        .            O
        """);
        assertCount(recovering.injured(), 4, "Four people are recovering after being shot");
        Event condition = only("""
        Three          CD    2   nummod       three        NUMBER
        men            NNS   6   nsubj        man          O
        are            VBP   6   cop          be           O
        in             IN    6   case         in           O
        critical       JJ    6   amod         critical     O
        condition      NN    0   root         condition    O
        after          IN    9   mark         after        O
        being          VBG   9   aux:pass     be           O
        shot           VBN   6   advcl        shoot        O
        on             IN    11  case         on           O
        Sunday         NNP   9   obl          Sunday       DATE
        .              .     6   punct        .            O
        """);
        assertCount(condition.injured(), 3, "Three men are in critical condition after being shot");
    }

    @Test
    void aTimeClauseLeavesAlonePeopleCountedByTheirOwnHarmWordFiredAtOrUnharmedAndAClauseWithASubject() {
        // "dead" counts the man; the shot is no second count of him among the wounded
        List<Event> dead = events("""
        A              DT    2   det          a            O
        man            NN    4   nsubj:pass   man          O
        was            VBD   4   aux:pass     be           O
        pronounced     VBN   0   root         pronounce    O
        dead           JJ    4   xcomp        dead         O
        after          IN    8   mark         after        O
        being          VBG   8   aux:pass     be           O
        shot           VBN   4   advcl        shoot        O
        on             IN    10  case         on           O
        Sunday         NNP   8   obl          Sunday       DATE
        .              .     4   punct        .            O
        """);
        assertThat(dead).extracting(Event::injured).containsOnlyNulls();
        assertThat(dead).extracting(Event::fatalities).filteredOn(c -> c != null).extracting(Event.Count::value).containsOnly(1);
        // active: the gunman shot, the two people were shot
        assertCount(only("""
        The            DT    2   det          the          O
        gunman         NN    3   nsubj        gunman       O
        fled           VBD   0   root         flee         O
        after          IN    3   advmod       after        O
        shooting       VBG   4   dep          shoot        O
        two            CD    7   nummod       two          NUMBER
        people         NNS   5   obj          person       O
        on             IN    9   case         on           O
        Sunday         NNP   5   obl          Sunday       DATE
        .              .     3   punct        .            O
        """).injured(), 2, "shooting two people");
        // "shot at" is fired upon, and "unharmed" says no one was hurt
        assertNoCounts(events("""
        Three          CD    2   nummod       three        NUMBER
        teenagers      NNS   3   nsubj        teenager     O
        fled           VBD   0   root         flee         O
        the            DT    5   det          the          O
        scene          NN    3   obj          scene        O
        after          IN    8   mark         after        O
        being          VBG   8   aux:pass     be           O
        shot           VBN   3   advcl        shoot        O
        at             IN    8   advmod       at           O
        by             IN    12  case         by           O
        a              DT    12  det          a            O
        man            NN    8   obl          man          O
        on             IN    14  case         on           O
        Sunday         NNP   8   obl          Sunday       DATE
        .              .     3   punct        .            O
        """));
        assertNoCounts(events("""
        Two            CD    2   nummod       two          NUMBER
        officers       NNS   3   nsubj        officer      O
        escaped        VBD   0   root         escape       O
        unharmed       JJ    7   advmod       unharmed     O
        after          IN    7   mark         after        O
        being          VBG   7   aux:pass     be           O
        shot           VBN   3   advcl        shoot        O
        by             IN    10  case         by           O
        the            DT    10  det          the          O
        gunman         NN    7   obl          gunman       O
        on             IN    12  case         on           O
        Sunday         NNP   7   obl          Sunday       DATE
        .              .     3   punct        .            O
        """));
        // a clause with a subject of its own, "they" too, is left to it ("Three neighbors called 911
        // after they were shot" tells of others): one man is not "they", and five people are not counted either
        assertNoCounts(events("""
        He             PRP   3   nsubj:pass   he           O
        was            VBD   3   aux:pass     be           O
        arrested       VBN   0   root         arrest       O
        after          IN    7   mark         after        O
        they           PRP   7   nsubj:pass   they         O
        were           VBD   7   aux:pass     be           O
        shot           VBN   3   advcl        shoot        O
        on             IN    9   case         on           O
        Sunday         NNP   7   obl          Sunday       DATE
        .              .     3   punct        .            O
        """));
        assertNoCounts(events("""
        Five           CD    2   nummod       five         NUMBER
        people         NNS   4   nsubj:pass   person       O
        were           VBD   4   aux:pass     be           O
        taken          VBN   0   root         take         O
        to             IN    7   case         to           O
        the            DT    7   det          the          O
        hospital       NN    4   obl          hospital     O
        after          IN    11  mark         after        O
        they           PRP   11  nsubj:pass   they         O
        were           VBD   11  aux:pass     be           O
        shot           VBN   4   advcl        shoot        O
        outside        IN    14  case         outside      O
        a              DT    14  det          a            O
        bar            NN    11  obl          bar          O
        on             IN    16  case         on           O
        Sunday         NNP   11  obl          Sunday       DATE
        .              .     4   punct        .            O
        """));
    }
    @Test
    void peopleAParticipleDescribesSufferTheirWounds() {
        // "suffering" describes "two men" and has no subject of its own: the wounds are theirs (CoreNLP's parse)
        assertCount(event("""
        Officers       NNS   2   nsubj        officer      O
        found          VBD   0   root         find         O
        two            CD    4   nummod       two          NUMBER
        men            NNS   2   obj          man          O
        suffering      VBG   4   acl          suffer       O
        from           IN    8   case         from         O
        gunshot        NN    8   compound     gunshot      CAUSE_OF_DEATH
        wounds         NNS   5   obl          wound        O
        after          IN    11  case         after        O
        a              DT    11  det          a            O
        shooting       NN    2   obl          shooting     CAUSE_OF_DEATH
        on             IN    14  case         on           O
        Friday         NNP   14  compound     Friday       DATE
        night          NN    11  nmod         night        TIME
        .              .     2   punct        .            O
        """, "shooting").injured(), 2, "two men suffering from gunshot wounds");
    }
}
