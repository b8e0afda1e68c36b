package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many people a headline counts on each side, by the words of headline-words.tsv. */
class HeadlineCountsTest {
    @Test
    void aRoundUpsNumbersAreATallyOfManyShootingsAndCountNoOne() {
        // GVA dev: of the headline counts told with "shootings", 44 were another incident's or the weekend's, 13 the incident's
        HeadlineCounts.Toll weekend = HeadlineCounts.toll("3 Dead, 22 Wounded In Weekend Shootings");
        assertThat(weekend.killed()).isNull();
        assertThat(weekend.wounded()).isNull();
        assertThat(HeadlineCounts.toll("4 killed, 11 wounded in city shootings Tuesday").killed()).isNull();
        assertThat(HeadlineCounts.toll("3 Dead, 22 Wounded In Weekend Shooting").killed()).isEqualTo(3);
    }

    @Test
    void aHeadlineCountingOverHoursScenesOrSeparateShootingsIsARoundUpsAndCountsNoOne() {
        // GVA dev: each was a city's day or weekend, its archive incident one of the shootings it counts
        assertThat(HeadlineCounts.toll("Violent Weekend Leaves 21 Shot Across The Five Boroughs")).isEqualTo(HeadlineCounts.Toll.NONE);
        assertThat(HeadlineCounts.toll("Violent weekend in Detroit: 17 scenes, 7 dead, 14 hurt")).isEqualTo(HeadlineCounts.Toll.NONE);
        assertThat(HeadlineCounts.toll("14 shot, one fatally, since 8 p.m., including 6 at West Side party")).isEqualTo(HeadlineCounts.Toll.NONE);
        assertThat(HeadlineCounts.toll("2 dead, 2 injured during violent 24 hours in St. Louis - KMOV.com")).isEqualTo(HeadlineCounts.Toll.NONE);
        assertThat(HeadlineCounts.toll("Six people injured in two separate shootings in San Francisco Wednesday night"))
            .isEqualTo(HeadlineCounts.Toll.NONE);
        assertThat(HeadlineCounts.toll("15 wounded, including 2 children, in citywide violence")).isEqualTo(HeadlineCounts.Toll.NONE);
        // a violent man's one shooting, or one weekend's, is no round-up
        assertThat(HeadlineCounts.toll("4 shot by man with violent history").hit()).isEqualTo(4);
        assertThat(HeadlineCounts.toll("1 killed 3 injured in weekend shooting in Charlotte").wounded()).isEqualTo(3);
    }

    @Test
    void eachPersonNamedWithAHarmWordOfTheirOwnCountsTheHurtBesideTheDead() {
        // GVA dev: of the 11 headlines naming two or more people each with a harm word, 9 gave the archive's wounded
        assertThat(HeadlineCounts.personsHurt("7-year-old NC girl killed, grandmother injured after shots fired into home")).isEqualTo(1);
        assertThat(HeadlineCounts.personsHurt("15-year-old killed, 13-year-old injured in 9th Ward shooting")).isEqualTo(1);
        assertThat(HeadlineCounts.personsHurt("Man, toddler killed, pregnant woman injured in North Lawndale shooting")).isEqualTo(1);
        assertThat(HeadlineCounts.personsHurt("Girl, 7, grazed by bullet; man shot in leg")).isEqualTo(2);
        assertThat(HeadlineCounts.personsHurt("Teen dies, child injured in McKees Rocks drive-by shooting - WTAE")).isEqualTo(1);
        // one person, no second harm word of another, or a round-up: not read
        assertThat(HeadlineCounts.personsHurt("Man killed, 6 hurt")).isNull();
        assertThat(HeadlineCounts.personsHurt("Man injured in Gary shooting")).isNull();
        assertThat(HeadlineCounts.personsHurt("Teenage boy shot and killed by family member")).isNull();
        assertThat(HeadlineCounts.personsHurt("Two men killed, woman hurt")).isNull();
        assertThat(HeadlineCounts.personsHurt("Investigations Underway: 5-Year-Old Shot, Teen Killed In Separate Incidents")).isNull();
        assertThat(HeadlineCounts.personsHurt("Man killed, woman not hurt in shooting")).isNull();
    }

    @Test
    void aNumberAfterOnePersonsOfOrAfterAnotherIsNoCountOfItsOwn() {
        // GVA dev: "Father of 5 killed in shooting that left another six injured" was read as 5 killed,
        // 1 injured (the archive: 1 killed, 6 injured): the five are the father's children, and
        // "another" is the six's, not a count of one
        assertThat(HeadlineCounts.toll("Father of 5 killed in shooting that left another six injured"))
            .isEqualTo(new HeadlineCounts.Toll(null, null, 6));
        assertThat(HeadlineCounts.toll("Father of 5 killed, 4 hospitalized after shooting in crime-plagued Pine Hills"))
            .isEqualTo(new HeadlineCounts.Toll(null, null, 4));
        assertThat(HeadlineCounts.toll("1 killed, another 2 hurt in shooting")).isEqualTo(new HeadlineCounts.Toll(1, null, 2));
        // a possessive's "'s" is no word between the number and its harm word
        assertThat(HeadlineCounts.toll("Man arrested after officer killed, 2 sheriff's deputies hurt")).isEqualTo(new HeadlineCounts.Toll(null, null, 2));
        // a family of five is five people, and "another" alone is one
        assertThat(HeadlineCounts.toll("Family of five found shot dead in Maine home: police")).isEqualTo(new HeadlineCounts.Toll(5, null, null));
        assertThat(HeadlineCounts.toll("One dead, another wounded in shooting")).isEqualTo(new HeadlineCounts.Toll(1, null, 1));
    }

    @Test
    void aNumberAfterAHarmVerbOfARelativeClauseCountsThatSideAndADayOfAMonthCountsNoOne() {
        // GVA dev: "... shooting that killed one, injured 4 others" was read as 1 injured (the
        // archive: 1 killed, 4 injured), and "Man Wounded in Nov. 2 LR Shooting Dies" as 2 dead
        assertThat(HeadlineCounts.toll("Police: 2 arrested in Little Rock shooting that killed one, injured 4 others"))
            .isEqualTo(new HeadlineCounts.Toll(1, null, 4));
        assertThat(HeadlineCounts.toll("Update: Man Wounded in Nov. 2 LR Shooting Dies")).isEqualTo(HeadlineCounts.Toll.NONE);
        assertThat(HeadlineCounts.toll("Shooting on March 3 left 2 dead")).isEqualTo(new HeadlineCounts.Toll(2, null, null));
        // without "that", a number after a verb in -ed form is the next harm word's: "4 killed 3 injured"
        assertThat(HeadlineCounts.toll("4 killed 3 injured in shooting")).isEqualTo(new HeadlineCounts.Toll(4, null, 3));
    }

    @Test
    void peopleListedAfterAnActOnThemAreThoseHit() {
        // GVA dev: these counted no one (the archive: 2 injured each)
        assertThat(HeadlineCounts.toll("Authorities investigate accidental shooting of child, father"))
            .isEqualTo(new HeadlineCounts.Toll(null, 2, null));
        assertThat(HeadlineCounts.toll("KC man accused of accidentally shooting himself and 1-year-old daughter"))
            .isEqualTo(new HeadlineCounts.Toll(null, 2, null));
        assertThat(HeadlineCounts.toll("Man shoots wife and son, police say")).isEqualTo(new HeadlineCounts.Toll(null, 2, null));
        // one person is actOnOne's; a death is no hit alone; an act in the plural is many acts
        assertThat(HeadlineCounts.toll("Uncle arrested for shooting 2-year-old nephew")).isEqualTo(HeadlineCounts.Toll.NONE);
        assertThat(HeadlineCounts.toll("Shootings of teen, man in Gary")).isEqualTo(HeadlineCounts.Toll.NONE);
    }

    @Test
    void aNumberRightAfterAnActDoneCountsThoseHitAndPeopleListedAfterADeathDealtAreTheDead() {
        // GVA dev: "charged with shooting eight people" counted no one (the archive: 8 injured), and
        // "Ex-firefighter killed 6-year-old boy, wife, himself" no one (3 killed)
        assertThat(HeadlineCounts.toll("Macon brothers indicted, charged with shooting eight people"))
            .isEqualTo(new HeadlineCounts.Toll(null, 8, null));
        assertThat(HeadlineCounts.toll("Henry cops: Ex-firefighter killed 6-year-old boy, wife, himself"))
            .isEqualTo(new HeadlineCounts.Toll(3, null, null));
        assertThat(HeadlineCounts.toll("Man killed wife and son, police say")).isEqualTo(new HeadlineCounts.Toll(2, null, null));
        // regression (audit of the stories surfaces): a murder-suicide's headline read no one dead
        assertThat(HeadlineCounts.toll("KSP: Soldier fatally shoots 11-year-old daughter, himself"))
            .isEqualTo(new HeadlineCounts.Toll(2, null, null));
        assertThat(HeadlineCounts.toll("Man kills wife, then himself")).isEqualTo(new HeadlineCounts.Toll(2, null, null));
        // a number of days after the act counts time; a death done to the one before it lists no dead
        assertThat(HeadlineCounts.toll("Man dies after shooting 2 days ago")).isEqualTo(HeadlineCounts.Toll.NONE);
        // a number with a harm word of its own after it is that word's
        assertThat(HeadlineCounts.toll("San Diego police shooting: 1 officer killed, 1 injured")).isEqualTo(new HeadlineCounts.Toll(1, null, 1));
        assertThat(HeadlineCounts.toll("Four injured in drive-by shooting, 2 arrested")).isEqualTo(new HeadlineCounts.Toll(null, null, 4));
        assertThat(HeadlineCounts.toll("Suspect in custody after shooting 2 juveniles")).isEqualTo(new HeadlineCounts.Toll(null, 2, null));
        assertThat(HeadlineCounts.toll("1 man dead in shooting, another in custody")).isEqualTo(new HeadlineCounts.Toll(1, null, null));
        // a list the reading cannot follow to its end counts no one
        assertThat(HeadlineCounts.toll("Neighbor killed man, grandmother, 2-month-old baby, police say")).isEqualTo(HeadlineCounts.Toll.NONE);
        assertThat(HeadlineCounts.toll("Teen killed, mother and son wounded")).isEqualTo(HeadlineCounts.Toll.NONE);
    }

    @Test
    void oneWhoDidTheHarmIsAPersonAmongPeopleListedOrNamedApart() {
        // GVA dev: these counted one wounded and none (the archive: 2 injured; 1 killed, 1 injured)
        assertThat(HeadlineCounts.toll("Porterville officer, suspect wounded in exchange of gunfire"))
            .isEqualTo(new HeadlineCounts.Toll(null, null, 2));
        assertThat(HeadlineCounts.personsHurt("Chicago police officer shot, suspect killed in South Loop")).isEqualTo(1);
        // but not the one person beside a harm word: the teen was shot
        assertThat(Headline.oneHurt("Police: Female teen shot, suspect in custody")).isTrue();
        assertThat(Headline.oneHurt("Police looking for gunman after 17-year-old shot")).isTrue();
    }

    @Test
    void aNumberRightAfterAHarmVerbCountsThatSide() {
        // GVA dev: "leaves 1 dead, injures five" counted no wounded, "Drive-by shooter kills 1, injures 3" none either
        assertThat(HeadlineCounts.toll("Shootout at St. Louis tavern popular with police leaves 1 dead, injures five"))
            .isEqualTo(new HeadlineCounts.Toll(1, null, 5));
        assertThat(HeadlineCounts.toll("Drive-by shooter kills 1, injures 3")).isEqualTo(new HeadlineCounts.Toll(1, null, 3));
        assertThat(HeadlineCounts.toll("South Shore Shooting Wounds Four")).isEqualTo(new HeadlineCounts.Toll(null, null, 4));
        assertThat(HeadlineCounts.toll("Minneapolis: Shots fired into Lake Street restaurant, killing 1, wounding 3"))
            .isEqualTo(new HeadlineCounts.Toll(1, null, 3));
        assertThat(HeadlineCounts.toll("Man dressed as Freddy Krueger shoots five at Halloween party")).isEqualTo(new HeadlineCounts.Toll(null, 5, null));
        // a number right after a harm verb is that verb's, not the next harm word's; a number of days is no count
        assertThat(HeadlineCounts.toll("House Party Shooting Kills 1 Person, Wounds 5 In South Chicago")).isEqualTo(new HeadlineCounts.Toll(1, null, 5));
        assertThat(HeadlineCounts.toll("Police: 'Paranoid' H-E-B employee shoots 4 colleagues, killing 1 at South Texas store"))
            .isEqualTo(new HeadlineCounts.Toll(1, 4, null));
        assertThat(HeadlineCounts.toll("16-year-old boy dies 2 days after Englewood shooting")).isEqualTo(HeadlineCounts.Toll.NONE);
        assertThat(HeadlineCounts.toll("Orion Township teen dies one week after getting shot by close friend")).isEqualTo(HeadlineCounts.Toll.NONE);
    }

    @Test
    void peopleListedBeforeOneHarmWordAreCountedOnItsSide() {
        // GVA dev: of the 16 headlines listing two or more people before one harm word, 14 gave the archive's count
        assertThat(HeadlineCounts.toll("Police: 10-Year-Old Girl, Teen Shot")).isEqualTo(new HeadlineCounts.Toll(null, 2, null));
        assertThat(HeadlineCounts.toll("Mother and child shot in domestic shooting in Yamacraw")).isEqualTo(new HeadlineCounts.Toll(null, 2, null));
        assertThat(HeadlineCounts.toll("10-year-old girl, 14-year-old boy injured in Newport News shooting"))
            .isEqualTo(new HeadlineCounts.Toll(null, null, 2));
        assertThat(HeadlineCounts.toll("Man, 11-Year-Old Daughter Dead In Apparent Murder-Suicide")).isEqualTo(new HeadlineCounts.Toll(2, null, null));
        assertThat(HeadlineCounts.toll("Mother, 8-Year-Old Son Shot & Killed In New Stanton")).isEqualTo(new HeadlineCounts.Toll(2, null, null));
        assertThat(HeadlineCounts.toll("16-Year-Old Girl, Man Shot to Death in Car in Miami Gardens")).isEqualTo(new HeadlineCounts.Toll(2, null, null));
        assertThat(HeadlineCounts.toll("Boy, 2, and man killed, pregnant woman wounded in shooting")).isEqualTo(new HeadlineCounts.Toll(2, null, null));
        // regression (audit of the stories surfaces): "2 adults, 2 children killed" read 2 dead, a
        // false disagreement with the sources' 4: a listed group counts its own number
        assertThat(HeadlineCounts.toll("2 adults, 2 children killed in apparent murder-suicide")).isEqualTo(new HeadlineCounts.Toll(4, null, null));
        assertThat(HeadlineCounts.toll("2 men, woman shot outside bar")).isEqualTo(new HeadlineCounts.Toll(null, 3, null));
        assertThat(HeadlineCounts.toll("Three men and a woman shot in Brooklyn")).isEqualTo(new HeadlineCounts.Toll(null, 4, null));
        assertThat(HeadlineCounts.toll("2 men, woman shot in Brooklyn; 1 dies")).isEqualTo(new HeadlineCounts.Toll(1, 3, null));
        // one person, or the first of them the object of a harm word before: no list
        assertThat(HeadlineCounts.toll("Man shot in Gary")).isEqualTo(HeadlineCounts.Toll.NONE);
        assertThat(HeadlineCounts.toll("Man charged in shooting that injured 5-year-old, left man dead")).isEqualTo(HeadlineCounts.Toll.NONE);
    }

    /** Regression: "Dead at 25; Shot Himself" counted 25 hit, and the text's one dead made them 24 wounded. */
    @Test
    void aNumberAfterAtIsAnAgeNotACount() {
        assertThat(HeadlineCounts.toll("MMA Fighter Ivan Cole Dead at 25; Shot Himself Playing Russian Roulette"))
            .isEqualTo(HeadlineCounts.Toll.NONE);
        assertThat(HeadlineCounts.toll("Man, at 19, shot dead outside store").killed()).isNull();
        assertThat(HeadlineCounts.toll("3 shot at 2 a.m. party").hit()).isEqualTo(3);
    }

    /** Regression: "Victims identified in triple homicide" counted no dead, so its one wounded was taken for the dead. */
    @Test
    void aMultipleBeforeAHarmWordCountsThatSide() {
        assertThat(HeadlineCounts.toll("Victims identified in triple homicide; authorities hunting suspect"))
            .isEqualTo(new HeadlineCounts.Toll(3, null, null));
        assertThat(HeadlineCounts.toll("Police investigate quadruple shooting on South Side")).isEqualTo(new HeadlineCounts.Toll(null, 4, null));
        assertThat(HeadlineCounts.toll("Double-homicide suspect arrested")).isEqualTo(new HeadlineCounts.Toll(2, null, null));
        // only right before the harm word, and a shooting alone counts no one
        assertThat(HeadlineCounts.toll("Double trouble as man killed in shooting")).isEqualTo(new HeadlineCounts.Toll(null, null, null));
        assertThat(HeadlineCounts.toll("Shooting on Main Street")).isEqualTo(new HeadlineCounts.Toll(null, null, null));
    }

    /** Regression: "3 people shot to death" counted three hit and no dead. */
    @Test
    void aHitWordFollowedByDeadOrToDeathIsADeath() {
        assertThat(HeadlineCounts.toll("3 people shot to death at home in Atlanta suburbs")).isEqualTo(new HeadlineCounts.Toll(3, null, null));
        assertThat(HeadlineCounts.toll("4 Shot Dead In Greenacres")).isEqualTo(new HeadlineCounts.Toll(4, null, null));
        assertThat(HeadlineCounts.toll("1 shot dead, 3 wounded in family 'nightmare'")).isEqualTo(new HeadlineCounts.Toll(1, null, 3));
        assertThat(HeadlineCounts.toll("5 shot, 2 dead in Pine Bluff")).isEqualTo(new HeadlineCounts.Toll(2, 5, null));
    }

    @Test
    void aNumberBeforeAHarmWordCountsThatSide() {
        assertThat(HeadlineCounts.toll("2 Teens Killed, 4 Injured in Shooting After Party")).isEqualTo(new HeadlineCounts.Toll(2, null, 4));
        assertThat(HeadlineCounts.toll("Shooting At Calumet City House Party Leaves 1 Man Dead, 8 People Wounded"))
            .isEqualTo(new HeadlineCounts.Toll(1, null, 8));
        assertThat(HeadlineCounts.toll("Seven shot, one fatally, outside Memphis nightclub")).isEqualTo(new HeadlineCounts.Toll(1, 7, null));
        assertThat(HeadlineCounts.toll("No one hurt in overnight shooting")).isEqualTo(new HeadlineCounts.Toll(null, null, 0));
    }

    @Test
    void agesTimesAndNumbersFarFromAHarmWordCountNothing() {
        assertThat(HeadlineCounts.toll("3-year-old shot in Kansas City")).isEqualTo(HeadlineCounts.Toll.NONE);
        assertThat(HeadlineCounts.toll("Police: 2 arrested after weekend of shootings left a man dead")).isEqualTo(HeadlineCounts.Toll.NONE);
        assertThat(HeadlineCounts.toll(null)).isEqualTo(HeadlineCounts.Toll.NONE);
    }
}
