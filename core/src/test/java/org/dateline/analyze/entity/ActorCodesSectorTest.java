package org.dateline.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;

class ActorCodesSectorTest {
    private final ActorCodes codes = ActorCodes.standard();

    private Optional<String> sector(String phrase) {
        return codes.sector(phrase).map(Sector::wireName);
    }

    @Test
    void examplesFromTheBrief() {
        assertThat(sector("Deputy Foreign Minister")).contains("GOV");
        assertThat(sector("peacekeeping contingent")).contains("MIL");
        assertThat(sector("eco-activists")).contains("CVL");
        assertThat(sector("civil society representatives")).contains("CVL");
        assertThat(sector("news agency")).contains("MED");
        assertThat(sector("staff journalist")).contains("JRN");
    }

    @Test
    void singleWords() {
        assertThat(sector("minister")).contains("GOV");
        assertThat(sector("ambassador")).contains("GOV");
        assertThat(sector("troops")).contains("MIL");
        assertThat(sector("police")).contains("COP");
        assertThat(sector("judge")).contains("JUD");
        assertThat(sector("lawmaker")).contains("LEG");
        assertThat(sector("MPs")).contains("LEG");
        assertThat(sector("opposition")).contains("OPP");
        assertThat(sector("separatists")).contains("REB");
        assertThat(sector("refugees")).contains("REF");
        assertThat(sector("workers")).contains("LAB");
        assertThat(sector("company")).contains("BUS");
        assertThat(sector("journalists")).contains("JRN");
        assertThat(sector("students")).contains("EDU");
        assertThat(sector("NGO")).contains("NGO");
        assertThat(sector("clerics")).contains("REL");
        assertThat(sector("smugglers")).contains("CRM");
        assertThat(sector("spies")).contains("SPY");
        assertThat(sector("oligarch")).contains("ELI");
        assertThat(sector("gunmen")).contains("UAF");
    }

    @Test
    void pluralsOfTheLastWord() {
        assertThat(sector("news agencies")).contains("MED");
        assertThat(sector("policemen")).contains("COP");
        assertThat(sector("border guards")).contains("COP");
        assertThat(sector("churches")).contains("REL");
        assertThat(sector("internally displaced persons")).contains("REF");
    }

    @Test
    void longestPhraseWins() {
        assertThat(sector("press secretary")).contains("GOV");
        assertThat(sector("press")).contains("MED");
        assertThat(sector("opposition party")).contains("OPP");
        assertThat(sector("intelligence officer")).contains("SPY");
        assertThat(sector("human rights group")).contains("NGO");
    }

    @Test
    void genericHeadsYieldToTheModifier() {
        assertThat(sector("police spokesman")).contains("COP");
        assertThat(sector("military spokesperson")).contains("MIL");
        assertThat(sector("rebel commander")).contains("REB");
        assertThat(sector("opposition leader")).contains("OPP");
        assertThat(sector("party members")).contains("PTY");
        assertThat(sector("spokesman")).contains("GOV");
        assertThat(sector("Foreign Ministry spokesperson")).contains("GOV");
    }

    @Test
    void headBeforeAPrepositionWins() {
        assertThat(sector("Minister of Justice")).contains("GOV");
        assertThat(sector("Member of Parliament")).contains("LEG");
        assertThat(sector("journalist at a news agency")).contains("JRN");
        assertThat(sector("Head of the State Security Service")).contains("SPY");
        assertThat(sector("Chief of General Staff")).contains("MIL");
    }

    @Test
    void rightmostWinsATie() {
        assertThat(sector("military court")).contains("JUD");
        assertThat(sector("anti-government protesters")).contains("CVL");
    }

    @Test
    void formerOfficeHoldersAreElites() {
        assertThat(sector("former president")).contains("ELI");
        assertThat(sector("ex-Foreign Minister")).contains("ELI");
        assertThat(sector("retired general")).isEmpty();
        assertThat(sector("retired army officer")).contains("ELI");
        assertThat(sector("former journalist")).contains("JRN");
    }

    @Test
    void decidedCases() {
        assertThat(sector("Defense Ministry")).contains("GOV");
        assertThat(sector("Ministry of Defence")).contains("GOV");
        assertThat(sector("security forces")).contains("COP");
        assertThat(sector("armed forces")).contains("MIL");
        assertThat(sector("militia")).contains("UAF");
        assertThat(sector("Milli Majlis")).contains("LEG");
        assertThat(sector("People's Deputy")).isEmpty();
        assertThat(sector("UN Resident Coordinator")).contains("GOV");
        assertThat(sector("local residents")).contains("CVL");
    }

    @Test
    void caseApostrophesAndPossessives() {
        assertThat(sector("PRIME MINISTER")).contains("GOV");
        assertThat(sector("journalists’ union")).contains("LAB");
        assertThat(sector("the president's")).contains("GOV");
    }

    @Test
    void noRoleWord() {
        assertThat(sector("Elnur Mammadov")).isEmpty();
        assertThat(sector("third party")).isEmpty();
        assertThat(sector("deputy")).isEmpty();
        assertThat(sector("general")).isEmpty();
        assertThat(sector("")).isEmpty();
        assertThat(sector(null)).isEmpty();
    }
}
