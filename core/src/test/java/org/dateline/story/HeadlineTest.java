package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a headline tells of a death, by the words of headline-words.tsv. */
class HeadlineTest {
    @Test
    void deathWordsOfAnyFormTellOfADeath() {
        assertThat(Headline.tellsDeath("Teen dead after being shot by father in north Wichita")).isTrue();
        assertThat(Headline.tellsDeath("DEADLY SHOOTING IN MONTFORT")).isTrue();
        assertThat(Headline.tellsDeath("Boy, 17, shot in Claymont has died")).isTrue();
        assertThat(Headline.tellsDeath("Investigation into Fatal Shooting at 4439 Pease")).isTrue();
    }

    /** A page's body mentions harm by any death, hit, wound or act word, not voided: one that holds none is no report. */
    @Test
    void aBodyMentionsHarmByAnyHarmOrActWord() {
        assertThat(Headline.mentionsHarm("Police say a gunman opened fire, wounding two patrons.")).isTrue();
        assertThat(Headline.mentionsHarm("Officers responded to a shooting on Main Street.")).isTrue();
        assertThat(Headline.mentionsHarm("Lake Effect Snow Warning issued January 11 at 6:51PM EST.")).isFalse();
        assertThat(Headline.mentionsHarm("A car backfired; no one hurt.")).isFalse();
        assertThat(Headline.mentionsHarm(null)).isFalse();
    }

    @Test
    void aShootingWithoutDeathWordsTellsOfNone() {
        assertThat(Headline.tellsDeath("16-year-old injured in south Columbus shooting")).isFalse();
        assertThat(Headline.tellsDeath("Teen shot, injured in hunting accident in Fellsmere")).isFalse();
        assertThat(Headline.tellsDeath(null)).isFalse();
    }

    @Test
    void aVoidingWordCancelsTheDeathWordsRightAfterIt() {
        assertThat(Headline.tellsDeath("LATEST: IMPD officer under arrest for attempted murder")).isFalse();
        assertThat(Headline.tellsDeath("No one killed in overnight shooting")).isFalse();
        // only within two words: a later death word still tells of a death
        assertThat(Headline.tellsDeath("No arrests yet in weekend shooting that killed a man")).isTrue();
    }

    @Test
    void aHyphenatedWordIsOneWord() {
        assertThat(Headline.tellsDeath("Man suffers non-fatal gunshot wound")).isFalse();
    }

    @Test
    void aDeathWordBesideTheOnePersonTheHeadlineNamesTellsOfOneDead() {
        // these headlines gave no killed when the text counted none: no number stood before the death word
        assertThat(Headline.oneDead("Accidental shooting kills man in LaMoure County")).isTrue();
        assertThat(Headline.oneDead("Brown County man dead in accidental shooting")).isTrue();
        assertThat(Headline.oneDead("17-year-old shot, killed inside house")).isTrue();
        assertThat(Headline.oneDead("Police identify victim killed in Modesto shooting")).isTrue();
    }

    @Test
    void moreThanOnePersonANumberOrAVoidedDeathIsNoOneDead() {
        assertThat(Headline.oneDead("Man, 17-month-old child dead in apparent murder-suicide")).isFalse(); // two people
        assertThat(Headline.oneDead("Family members killed in Spring shooting")).isFalse();
        assertThat(Headline.oneDead("2 dead after man opens fire")).isFalse(); // the toll's to read
        assertThat(Headline.oneDead("Man charged with attempted murder")).isFalse();
        assertThat(Headline.oneDead("Man shot on Main Street")).isFalse();
        assertThat(Headline.oneDead(null)).isFalse();
    }

    @Test
    void aHarmWordNotVoidedBeforeTheOutletsTailTellsOfHarm() {
        assertThat(Headline.tellsHarm("5 people injured in northwest Atlanta shooting Monday")).isTrue();
        assertThat(Headline.tellsHarm("Man shot on Main Street")).isTrue();
        assertThat(Headline.tellsHarm("Family And Friends Grieve Death Of 11-Year-Old Boy")).isTrue();
        assertThat(Headline.tellsHarm("Drive-by shooting in Phenix City puts school on lockdown")).isFalse();
        assertThat(Headline.tellsHarm("No one hurt in Elm Street shooting")).isFalse();
        assertThat(Headline.tellsHarm("City council meets - Fatal News Network")).isFalse(); // the outlet's name
        assertThat(Headline.tellsHarm(null)).isFalse();
    }

    @Test
    void aHitOrWoundWordBesideTheOnePersonNamedAndNoDeathTellsOfOneHurt() {
        assertThat(Headline.oneHurt("Police: Youth wounded in accidental shooting in Gary")).isTrue();
        assertThat(Headline.oneHurt("17-year-old boy shot in head in Fresno")).isTrue();
        assertThat(Headline.oneHurt("Teen shot dead in Fresno")).isFalse(); // a death: oneDead's
        assertThat(Headline.oneHurt("Two men shot on Elm Street")).isFalse(); // a number: the toll's
        assertThat(Headline.oneHurt("Man, woman wounded in shooting")).isFalse(); // two people
        // regressions: the outlet's tail "KSLA News 12" was read as a number of people; "shoots",
        // "injures" and "bystander" were no words of the table
        assertThat(Headline.oneHurt("8-year-old injured in accidental shooting near Coushatta - KSLA News 12 Shreveport")).isTrue();
        assertThat(Headline.oneHurt("Teen shoots himself in the leg in Bluffton neighborhood")).isTrue();
        assertThat(Headline.oneHurt("Bystander accidentally shot during fight in Oklahoma City")).isTrue();
        assertThat(Headline.tellsHarm("Several in custody after Vicksburg shooting injures teen")).isTrue();
        assertThat(Headline.oneHurt("Two-year-old Accidentally Shoots Herself in Smyrna")).isTrue(); // an age written out
        assertThat(Headline.oneHurt("Two-year-old, father shot in Smyrna")).isFalse(); // and a second person
        // GVA dev: "grazed" was no hit word; "hit", "hits" and "struck" are not one, since "Sanctions hit
        // economy" or "Storm hits coast" would make a headline of harm, and with it an incident
        assertThat(Headline.oneHurt("Report: Child Grazed By Bullet")).isTrue();
        assertThat(Headline.tellsHarm("Sanctions hit Russian economy")).isFalse();
        assertThat(Headline.tellsHarm("Storm hits coast as earthquake struck inland")).isFalse();
        // GVA dev: reports of accidental shootings whose events count no one
        assertThat(Headline.oneHurt("Boy in critical condition following Sunday shooting")).isTrue();
        assertThat(Headline.oneHurt("Hopkinsville teen recovering after accidental shooting")).isTrue();
        assertThat(Headline.oneHurt("Teen in critical condition dies after shooting")).isFalse(); // a death
        assertThat(Headline.tellsHarm("Economy recovering after slump")).isFalse(); // no harm by itself
        // the deputies who speak are no people harmed
        assertThat(Headline.oneHurt("Deputies: Boy, 2, shoots himself in leg")).isTrue();
    }

    @Test
    void aHitWordBetweenTwoPeopleAndNoDeathTellsOfOneHurt() {
        // GVA dev: reports of accidental shootings, no event counting anyone, killed 0 and injured none
        assertThat(Headline.oneHitByAnother("Boy shoots sister in the back of the neck in Franklinton")).isTrue();
        assertThat(Headline.oneHitByAnother("Man, 21, Shoots Bucks County Girl, 9, in Chest with BB Gun")).isTrue();
        assertThat(Headline.oneHitByAnother("DEPUTIES: Eight-year-old accidentally shoots 12-year-old brother")).isTrue();
        assertThat(Headline.oneHitByAnother("Mother shot by 4-year-old in back of the head")).isTrue();
        assertThat(Headline.oneHitByAnother("Uncle shoots nephew in the leg while cleaning rifle")).isTrue(); // kin words
        assertThat(Headline.oneHitByAnother("Father shoots son dead in hunting accident")).isFalse(); // a death
        assertThat(Headline.oneHitByAnother("Man shoots at officer during chase")).isFalse(); // may have missed
        assertThat(Headline.oneHitByAnother("Girl, 7, grazed by bullet; man shot in leg")).isFalse(); // two hurt
        assertThat(Headline.oneHitByAnother("Man shoots wife, daughter")).isFalse(); // three people
        assertThat(Headline.oneHitByAnother("Teen shoots himself in the leg")).isFalse(); // one person: oneHurt's
        assertThat(Headline.oneHitByAnother("Woman says man she met online shot at her car")).isFalse();
    }

    @Test
    void aHitWordBeforeAReflexiveTellsOfOneHurtWhateverOthersTheHeadlineNames() {
        // GVA dev: a parent charged names a second person, so oneHurt read no one
        assertThat(Headline.oneHitThemself("Father arrested after 11-year-old son accidentally shoots himself in the butt")).isTrue();
        assertThat(Headline.oneHitThemself("Mom Charged After 5-Year-old Accidentally Shoots Herself: Police")).isTrue();
        assertThat(Headline.oneHitThemself("Deputies: Boy, 2, shoots himself in leg after dad leaves gun on table")).isTrue();
        assertThat(Headline.oneHitThemself("Baby sitter charged after 6-year-old fatally shoots herself")).isFalse(); // a death
        assertThat(Headline.oneHitThemself("Man accused of accidentally shot himself and 1-year-old daughter")).isFalse(); // two
        assertThat(Headline.oneHitThemself("2 teens shot themselves")).isFalse(); // a number
    }

    @Test
    void theFirstPersonRightBeforeTheOnlyHarmWordDoneToThemIsTheOneHurt() {
        // GVA dev: a report whose events count no one, whose headline names a second person after
        assertThat(Headline.firstPersonHurt("Woman injured after Lafayette teen discharged a firearm - KATC.com")).isTrue();
        assertThat(Headline.firstPersonHurt("Man critically wounded by deputy during traffic stop")).isTrue();
        assertThat(Headline.oneHurt("Woman injured after Lafayette teen discharged a firearm")).isFalse(); // two people
        assertThat(Headline.firstPersonHurt("Man shoots neighbor after argument over dog")).isFalse(); // what he did
        assertThat(Headline.firstPersonHurt("Woman shot, man wounded outside bar")).isFalse(); // two harm words
        assertThat(Headline.firstPersonHurt("Woman injured, man killed in shooting")).isFalse(); // a death
        assertThat(Headline.firstPersonHurt("Man and woman shot on Elm Street")).isFalse(); // two hurt
        assertThat(Headline.firstPersonHurt("Officer says teen shot at him")).isFalse(); // not right after the first
    }

    @Test
    void anActInTheSingularRightBeforeOnePersonTellsOfOneHurt() {
        // GVA dev: reports of shootings whose events count no one
        assertThat(Headline.actOnOne("Uncle arrested for shooting 2-year-old nephew")).isTrue();
        assertThat(Headline.actOnOne("Boy, 6, accused of shooting girl with BB gun - WMC Action News 5")).isTrue();
        assertThat(Headline.actOnOne("Williams County Sheriff's Office investigating accidental shooting of teen")).isTrue();
        assertThat(Headline.actOnOne("Five-year-old shooting victim expected to recover")).isTrue();
        assertThat(Headline.actOnOne("Muncie police investigate child's shooting")).isTrue();
        assertThat(Headline.actOnOne("Authorities investigate child’s accidental shooting")).isTrue();
        assertThat(Headline.actOnOne("Officials review city's shooting policy")).isFalse(); // no person's
        assertThat(Headline.actOnOne("Authorities investigate accidental shooting of child, father")).isFalse(); // two
        assertThat(Headline.actOnOne("Family: Fatal shooting of teen was 'tragic accident'")).isFalse(); // a death
        assertThat(Headline.actOnOne("2 arrested in shooting of teen")).isFalse(); // a number
        assertThat(Headline.actOnOne("Police investigate shootings of teen")).isFalse(); // acts in the plural
        assertThat(Headline.actOnOne("Teen arrested after shooting at party")).isFalse(); // no one it was done to
    }

    @Test
    void wordsOfOneWhoLivesHurtCountOneBesideTheOnePersonButMakeNoHeadlineOfHarm() {
        // GVA dev: "hurts", "survive" and "grazes" were no words of the table
        assertThat(Headline.oneHurt("Accidental shooting hurts Wichita child")).isTrue();
        assertThat(Headline.oneHurt("Aurora man expected to survive accidental shooting")).isTrue();
        assertThat(Headline.oneHurt("Bullet grazes teen after skate park dispute leads to drive-by in Sumner")).isTrue();
        assertThat(Headline.tellsHarm("Inflation hurts families")).isFalse();
        assertThat(Headline.tellsHarm("Retailer survives holiday slump")).isFalse();
        assertThat(Headline.oneHurt("Accidental shooting sends woman to local hospital")).isTrue();
        assertThat(Headline.tellsHarm("Mayor opens new hospital")).isFalse();
    }

    @Test
    void anAgeIsNoCountAndANumberOfOthersCountsNoHarmed() {
        // each counted its number dead: 8, 13, 33 and 4
        assertThat(Headline.toll("Boy, 8, dies in apparent accidental shooting").killed()).isNull();
        assertThat(Headline.oneDead("Boy, 8, dies in apparent accidental shooting")).isTrue();
        assertThat(Headline.toll("13 year old killed in accidental shooting in St. Mary Parish").killed()).isNull();
        assertThat(Headline.oneDead("13 year old killed in accidental shooting in St. Mary Parish")).isTrue();
        assertThat(Headline.toll("Trevor Andre Williams, 33\n - The Homicide Report").killed()).isNull();
        assertThat(Headline.toll("4 Arrested In Deadly Mother's Day Shooting In Newark").killed()).isNull();
        // a count set off by commas after a number of people is still a count
        assertThat(Headline.toll("Twin brothers, 17, among 17 killed in deadliest weekend of year").killed()).isEqualTo(17);
        assertThat(Headline.toll("Shooting leaves 3 dead, 2 hurt").killed()).isEqualTo(3);
    }

    @Test
    void aRoundUpsNumbersAreATallyOfManyShootingsAndCountNoOne() {
        // GVA dev: of the headline counts told with "shootings", 44 were another incident's or the weekend's, 13 the incident's
        Headline.Toll weekend = Headline.toll("3 Dead, 22 Wounded In Weekend Shootings");
        assertThat(weekend.killed()).isNull();
        assertThat(weekend.wounded()).isNull();
        assertThat(Headline.toll("4 killed, 11 wounded in city shootings Tuesday").killed()).isNull();
        assertThat(Headline.toll("3 Dead, 22 Wounded In Weekend Shooting").killed()).isEqualTo(3);
    }

    @Test
    void aHeadlineCountingOverHoursScenesOrSeparateShootingsIsARoundUpsAndCountsNoOne() {
        // GVA dev: each was a city's day or weekend, its archive incident one of the shootings it counts
        assertThat(Headline.toll("Violent Weekend Leaves 21 Shot Across The Five Boroughs")).isEqualTo(Headline.Toll.NONE);
        assertThat(Headline.toll("Violent weekend in Detroit: 17 scenes, 7 dead, 14 hurt")).isEqualTo(Headline.Toll.NONE);
        assertThat(Headline.toll("14 shot, one fatally, since 8 p.m., including 6 at West Side party")).isEqualTo(Headline.Toll.NONE);
        assertThat(Headline.toll("2 dead, 2 injured during violent 24 hours in St. Louis - KMOV.com")).isEqualTo(Headline.Toll.NONE);
        assertThat(Headline.toll("Six people injured in two separate shootings in San Francisco Wednesday night"))
            .isEqualTo(Headline.Toll.NONE);
        assertThat(Headline.toll("15 wounded, including 2 children, in citywide violence")).isEqualTo(Headline.Toll.NONE);
        // a violent man's one shooting, or one weekend's, is no round-up
        assertThat(Headline.toll("4 shot by man with violent history").hit()).isEqualTo(4);
        assertThat(Headline.toll("1 killed 3 injured in weekend shooting in Charlotte").wounded()).isEqualTo(3);
    }

    @Test
    void eachPersonNamedWithAHarmWordOfTheirOwnCountsTheHurtBesideTheDead() {
        // GVA dev: of the 11 headlines naming two or more people each with a harm word, 9 gave the archive's wounded
        assertThat(Headline.personsHurt("7-year-old NC girl killed, grandmother injured after shots fired into home")).isEqualTo(1);
        assertThat(Headline.personsHurt("15-year-old killed, 13-year-old injured in 9th Ward shooting")).isEqualTo(1);
        assertThat(Headline.personsHurt("Man, toddler killed, pregnant woman injured in North Lawndale shooting")).isEqualTo(1);
        assertThat(Headline.personsHurt("Girl, 7, grazed by bullet; man shot in leg")).isEqualTo(2);
        assertThat(Headline.personsHurt("Teen dies, child injured in McKees Rocks drive-by shooting - WTAE")).isEqualTo(1);
        // one person, no second harm word of another, or a round-up: not read
        assertThat(Headline.personsHurt("Man killed, 6 hurt")).isNull();
        assertThat(Headline.personsHurt("Man injured in Gary shooting")).isNull();
        assertThat(Headline.personsHurt("Teenage boy shot and killed by family member")).isNull();
        assertThat(Headline.personsHurt("Two men killed, woman hurt")).isNull();
        assertThat(Headline.personsHurt("Investigations Underway: 5-Year-Old Shot, Teen Killed In Separate Incidents")).isNull();
        assertThat(Headline.personsHurt("Man killed, woman not hurt in shooting")).isNull();
    }

    @Test
    void aNumberRightAfterAHarmVerbCountsThatSide() {
        // GVA dev: "leaves 1 dead, injures five" counted no wounded, "Drive-by shooter kills 1, injures 3" none either
        assertThat(Headline.toll("Shootout at St. Louis tavern popular with police leaves 1 dead, injures five"))
            .isEqualTo(new Headline.Toll(1, null, 5));
        assertThat(Headline.toll("Drive-by shooter kills 1, injures 3")).isEqualTo(new Headline.Toll(1, null, 3));
        assertThat(Headline.toll("South Shore Shooting Wounds Four")).isEqualTo(new Headline.Toll(null, null, 4));
        assertThat(Headline.toll("Minneapolis: Shots fired into Lake Street restaurant, killing 1, wounding 3"))
            .isEqualTo(new Headline.Toll(1, null, 3));
        assertThat(Headline.toll("Man dressed as Freddy Krueger shoots five at Halloween party")).isEqualTo(new Headline.Toll(null, 5, null));
        // a number right after a harm verb is that verb's, not the next harm word's; a number of days is no count
        assertThat(Headline.toll("House Party Shooting Kills 1 Person, Wounds 5 In South Chicago")).isEqualTo(new Headline.Toll(1, null, 5));
        assertThat(Headline.toll("Police: 'Paranoid' H-E-B employee shoots 4 colleagues, killing 1 at South Texas store"))
            .isEqualTo(new Headline.Toll(1, 4, null));
        assertThat(Headline.toll("16-year-old boy dies 2 days after Englewood shooting")).isEqualTo(Headline.Toll.NONE);
        assertThat(Headline.toll("Orion Township teen dies one week after getting shot by close friend")).isEqualTo(Headline.Toll.NONE);
    }

    @Test
    void peopleListedBeforeOneHarmWordAreCountedOnItsSide() {
        // GVA dev: of the 16 headlines listing two or more people before one harm word, 14 gave the archive's count
        assertThat(Headline.toll("Police: 10-Year-Old Girl, Teen Shot")).isEqualTo(new Headline.Toll(null, 2, null));
        assertThat(Headline.toll("Mother and child shot in domestic shooting in Yamacraw")).isEqualTo(new Headline.Toll(null, 2, null));
        assertThat(Headline.toll("10-year-old girl, 14-year-old boy injured in Newport News shooting"))
            .isEqualTo(new Headline.Toll(null, null, 2));
        assertThat(Headline.toll("Man, 11-Year-Old Daughter Dead In Apparent Murder-Suicide")).isEqualTo(new Headline.Toll(2, null, null));
        assertThat(Headline.toll("Mother, 8-Year-Old Son Shot & Killed In New Stanton")).isEqualTo(new Headline.Toll(2, null, null));
        assertThat(Headline.toll("16-Year-Old Girl, Man Shot to Death in Car in Miami Gardens")).isEqualTo(new Headline.Toll(2, null, null));
        assertThat(Headline.toll("Boy, 2, and man killed, pregnant woman wounded in shooting")).isEqualTo(new Headline.Toll(2, null, null));
        // one person, or the first of them the object of a harm word before: no list
        assertThat(Headline.toll("Man shot in Gary")).isEqualTo(Headline.Toll.NONE);
        assertThat(Headline.toll("Man charged in shooting that injured 5-year-old, left man dead")).isEqualTo(Headline.Toll.NONE);
    }

    @Test
    void aHeadlineOpeningWithAPersonRightBeforeADeathDoneToThemTellsOfOneDead() {
        // GVA dev: each counted no one, oneDead refusing for the family, the other person or the number after
        assertThat(Headline.firstPersonDead("Teenage boy shot and killed by family member")).isTrue();
        assertThat(Headline.firstPersonDead("Teen killed in DeKalb shooting two weeks shy of her 16th birthday")).isTrue();
        assertThat(Headline.firstPersonDead("3-year-old shot to death in Riviera Beach, pushing death toll to 49")).isTrue();
        assertThat(Headline.firstPersonDead("Police: Man fatally shot outside club, 2 others hurt")).isTrue();
        // what the person did, a second person first, or no person first: not read
        assertThat(Headline.firstPersonDead("Man killed wife, 2 kids before turning gun on himself")).isFalse();
        // a comma after the death word ends what was done to the person: the number after is others'
        assertThat(Headline.firstPersonDead("St. Louis woman killed, 3 wounded in shooting")).isTrue();
        assertThat(Headline.firstPersonDead("Man kills neighbor in dispute")).isFalse();
        assertThat(Headline.firstPersonDead("Police: St. Charles dad fatally shot twin daughters, himself")).isFalse();
        assertThat(Headline.firstPersonDead("Police: Woman fatally shot as child plays with shotgun")).isTrue();
        assertThat(Headline.firstPersonDead("Man, woman killed in shooting")).isFalse();
        assertThat(Headline.firstPersonDead("Three men killed in shooting")).isFalse();
        assertThat(Headline.firstPersonDead("Shooting leaves man dead")).isFalse();
        assertThat(Headline.firstPersonDead("Man not killed in shooting, police say")).isFalse();
    }

    /**
     * Regression: a curly apostrophe split "Woman’s" into a person and an "s" and a straight one did
     * not, so "Teen’s fatal shooting" told of one dead and "Teen's fatal shooting" of no one.
     */
    @Test
    void aPossessivesOwnerIsThePersonItTellsOfUnlessItOwnsAPersonCurlyOrStraight() {
        for (String apostrophe : List.of("'", "’")) {
            assertThat(Headline.oneDead("APD: Teen" + apostrophe + "s fatal shooting an accident")).isTrue();
            assertThat(Headline.oneDead("Accidental shooting leads to Bonham man" + apostrophe + "s death")).isTrue();
            assertThat(Headline.oneDead("Lauderdale Co. deputy" + apostrophe + "s son killed in accidental shooting")).isTrue();
            assertThat(Headline.oneHurt("Woman" + apostrophe + "s son shot in Gary")).isTrue();
            assertThat(Headline.actOnOne("Authorities investigate child" + apostrophe + "s accidental shooting")).isTrue();
        }
    }

    /** Regression: "Dead at 25; Shot Himself" counted 25 hit, and the text's one dead made them 24 wounded. */
    @Test
    void aNumberAfterAtIsAnAgeNotACount() {
        assertThat(Headline.toll("MMA Fighter Ivan Cole Dead at 25; Shot Himself Playing Russian Roulette"))
            .isEqualTo(Headline.Toll.NONE);
        assertThat(Headline.toll("Man, at 19, shot dead outside store").killed()).isNull();
        assertThat(Headline.toll("3 shot at 2 a.m. party").hit()).isEqualTo(3);
    }

    /** Regression: "Victims identified in triple homicide" counted no dead, so its one wounded was taken for the dead. */
    @Test
    void aMultipleBeforeAHarmWordCountsThatSide() {
        assertThat(Headline.toll("Victims identified in triple homicide; authorities hunting suspect"))
            .isEqualTo(new Headline.Toll(3, null, null));
        assertThat(Headline.toll("Police investigate quadruple shooting on South Side")).isEqualTo(new Headline.Toll(null, 4, null));
        assertThat(Headline.toll("Double-homicide suspect arrested")).isEqualTo(new Headline.Toll(2, null, null));
        // only right before the harm word, and a shooting alone counts no one
        assertThat(Headline.toll("Double trouble as man killed in shooting")).isEqualTo(new Headline.Toll(null, null, null));
        assertThat(Headline.toll("Shooting on Main Street")).isEqualTo(new Headline.Toll(null, null, null));
    }

    /** Regression: "3 people shot to death" counted three hit and no dead. */
    @Test
    void aHitWordFollowedByDeadOrToDeathIsADeath() {
        assertThat(Headline.toll("3 people shot to death at home in Atlanta suburbs")).isEqualTo(new Headline.Toll(3, null, null));
        assertThat(Headline.toll("4 Shot Dead In Greenacres")).isEqualTo(new Headline.Toll(4, null, null));
        assertThat(Headline.toll("1 shot dead, 3 wounded in family 'nightmare'")).isEqualTo(new Headline.Toll(1, null, 3));
        assertThat(Headline.toll("5 shot, 2 dead in Pine Bluff")).isEqualTo(new Headline.Toll(2, 5, null));
    }

    @Test
    void aNumberBeforeAHarmWordCountsThatSide() {
        assertThat(Headline.toll("2 Teens Killed, 4 Injured in Shooting After Party")).isEqualTo(new Headline.Toll(2, null, 4));
        assertThat(Headline.toll("Shooting At Calumet City House Party Leaves 1 Man Dead, 8 People Wounded"))
            .isEqualTo(new Headline.Toll(1, null, 8));
        assertThat(Headline.toll("Seven shot, one fatally, outside Memphis nightclub")).isEqualTo(new Headline.Toll(1, 7, null));
        assertThat(Headline.toll("No one hurt in overnight shooting")).isEqualTo(new Headline.Toll(null, null, 0));
    }

    @Test
    void agesTimesAndNumbersFarFromAHarmWordCountNothing() {
        assertThat(Headline.toll("3-year-old shot in Kansas City")).isEqualTo(Headline.Toll.NONE);
        assertThat(Headline.toll("Police: 2 arrested after weekend of shootings left a man dead")).isEqualTo(Headline.Toll.NONE);
        assertThat(Headline.toll(null)).isEqualTo(Headline.Toll.NONE);
    }

    @Test
    void theHeadlinesPlaceIsANameInCapitalsAfterInNearOrOutside() {
        assertThat(Headline.place("4 shot, 1 dead in Pine Bluff shooting", "")).isEqualTo("Pine Bluff");
        assertThat(Headline.place("7-year-old shot, killed in Southwest Charlotte, 3 others injured", ""))
            .isEqualTo("Southwest Charlotte");
        assertThat(Headline.place("Teen shot, injured in hunting accident in Fellsmere", "")).isEqualTo("Fellsmere");
        assertThat(Headline.place("Two people charged after weekend shooting outside Myrtle Beach hospital", ""))
            .isEqualTo("Myrtle Beach");
        // title case: every word has a capital, so no name stands out; the outlet's tail is no place
        assertThat(Headline.place("Five Shot During Party In Kankakee Banquet Hall", "")).isNull();
        // regression: title case keeps "in" small, and the words after the town were read as its name
        assertThat(Headline.place("Five Shot During Party in Kankakee Banquet Hall", "")).isNull();
        assertThat(Headline.place("Man Killed in Pine Bluff Shooting", "")).isNull();
        assertThat(Headline.place("Shooting in Chicago Leaves 2 Dead", "")).isNull();
        assertThat(Headline.place("Shooting in Chicago", "")).isEqualTo("Chicago");
        // a part of the town before its name; a name its residents or police are called by; an institution "of" a town
        assertThat(Headline.place("5 people injured in northwest Atlanta shooting Monday", "")).isEqualTo("Atlanta");
        assertThat(Headline.place("Helena man, 18, charged in shooting death", "")).isEqualTo("Helena");
        assertThat(Headline.place("Baton Rouge police: Woman killed accidentally", "")).isEqualTo("Baton Rouge");
        assertThat(Headline.place("Police: Teen accidentally shoots himself near University of Memphis", "")).isNull();
        assertThat(Headline.place("Toddler shot - NBC12 in Richmond", "")).isNull();
        assertThat(Headline.place("Man shot in the leg", "")).isNull();
        assertThat(Headline.place(null, "")).isNull();
    }

    @Test
    void aHeadlinesWordThatTheTextWritesInLowerCaseIsNoPlaceAndADayIsNoPartOfOne() {
        // regression, GVA dev headlines: "Former", "Teen" and "Two" were read as towns their residents are named by
        assertThat(Headline.place("Former police officer on the hunt for pain pills 'shoots dead pharmacy owner'",
            "A former police officer shot the owner of a pharmacy in Bean Station.")).isNull();
        assertThat(Headline.place("Teen mother and son identified as victims of double murder",
            "The teen mother and her son were found dead.")).isNull();
        assertThat(Headline.place("Two men charged with first degree murder in shooting death",
            "Police charged two men on Friday.")).isNull();
        assertThat(Headline.place("Two men charged with first degree murder in shooting death", "")).isNull(); // a number
        assertThat(Headline.place("Helena man, 18, charged in shooting death", "A Helena man was charged.")).isEqualTo("Helena");
        // regression: "Cleveland Friday"
        assertThat(Headline.place("13 people shot in Cleveland Friday and Saturday", "")).isEqualTo("Cleveland");
    }
}
