package org.dateline.analyze.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.dateline.analyze.data.TsvTable;
import org.dateline.model.AcledSubEventType;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.EventMode;
import org.dateline.model.EventType;
import org.dateline.model.Factuality;
import org.dateline.model.Sector;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.TextBuilder;
import org.dateline.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * The ACLED coder's rules on hand-built texts (no CoreNLP): one or more per sub-event family, the
 * non-events (a meeting, a negated act), and the data file's checks. Sentences are written as
 * words, {@code word:lemma} where the lemma differs; the trigger is the word marked {@code *}.
 */
class AcledCoderTest {
    private static final AcledCoder CODER = AcledCoder.standard();

    private static AcledSubEventType code(String sentences, EventType type, EventMode mode) {
        return code(sentences, type, mode, Factuality.ASSERTED, List.of());
    }

    private static AcledSubEventType code(String sentences, EventType type, EventMode mode, Factuality f,
                                          List<Entity> actors) {
        StringBuilder table = new StringBuilder();
        int trigger = -1;
        int index = 0;
        for (String sentence : sentences.split(" \\| ")) {
            for (String w : sentence.split(" ")) {
                if (w.startsWith("*")) {
                    trigger = index;
                    w = w.substring(1);
                }
                String[] parts = w.split(":");
                table.append(parts[0]).append(" NN - - ").append(parts.length > 1 ? parts[1] : "-").append('\n');
                index++;
            }
            table.append('\n');
        }
        AnnotatedText text = TextBuilder.parse(table.toString());
        Token t = text.tokens().get(trigger);
        var acled = CODER.code(text, text.sentenceOf(t).index(), trigger, type, mode, f, actors);
        return acled == null ? null : acled.subEventType();
    }

    private static Entity party(String name, Sector sector) {
        return new Entity("E1", name, EntityType.ORGANIZATION, List.of(), null, sector, null, List.of());
    }

    @Test
    void aMeetingIsNoAcledEvent() {
        assertThat(code("The ministers *met:meet in Geneva to discuss the ceasefire", EventType.CONSULT, null)).isNull();
    }

    @Test
    void anActThatDidNotHappenIsNoAcledEvent() {
        assertThat(code("Rebels did not *attack:attack the town", EventType.ASSAULT, null, Factuality.NEGATED, List.of()))
            .isNull();
    }

    @Test
    void aProtestNobodyStoppedIsPeacefulButAProtestMetWithForceIsNot() {
        assertThat(code("Eco-activists *protested:protest on the road", EventType.PROTEST, EventMode.DEMO))
            .isEqualTo(AcledSubEventType.PEACEFUL_PROTEST);
        assertThat(code("Police used tear gas to disperse the *protest", EventType.PROTEST, EventMode.DEMO))
            .isEqualTo(AcledSubEventType.PROTEST_WITH_INTERVENTION);
        assertThat(code("Police *killed:kill two protesters at the rally", EventType.ASSAULT, null))
            .isEqualTo(AcledSubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    }

    @Test
    void protestersWhoFightRiotAndAMobIsMobViolence() {
        assertThat(code("Protesters *hurled:hurl stones at police", EventType.ASSAULT, null))
            .isEqualTo(AcledSubEventType.VIOLENT_DEMONSTRATION);
        assertThat(code("A mob *lynched:lynch two men", EventType.ASSAULT, EventMode.BEAT))
            .isEqualTo(AcledSubEventType.MOB_VIOLENCE);
    }

    @Test
    void theMeansDecideRemoteViolence() {
        assertThat(code("Warplanes *pounded:pound the village", EventType.ASSAULT, null))
            .isEqualTo(AcledSubEventType.AIR_DRONE_STRIKE);
        assertThat(code("Rebels *fired:fire mortars at the town", EventType.ASSAULT, EventMode.FIREARMS))
            .isEqualTo(AcledSubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);
        assertThat(code("A roadside bomb *exploded:explode near a convoy", EventType.ASSAULT, EventMode.EXPLOSIVES))
            .isEqualTo(AcledSubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
        assertThat(code("A suicide bomber *blew:blow himself up", EventType.ASSAULT, EventMode.EXPLOSIVES))
            .isEqualTo(AcledSubEventType.SUICIDE_BOMB);
        assertThat(code("A man *threw:throw a grenade into the market", EventType.ASSAULT, null))
            .isEqualTo(AcledSubEventType.GRENADE);
        assertThat(code("The militants *used:use chlorine gas", EventType.ASSAULT, null))
            .isEqualTo(AcledSubEventType.CHEMICAL_WEAPON);
    }

    @Test
    void aPlaneThatWasHitIsNoAirStrike() {
        assertThat(code("Gunmen *fired:fire on a plane carrying passengers", EventType.ASSAULT, EventMode.FIREARMS))
            .isEqualTo(AcledSubEventType.ATTACK);
    }

    @Test
    void theMeansMayBeNamedInTheNextSentence() {
        assertThat(code("Ten people were *killed:kill in the town | The strikes were carried out by warplanes",
            EventType.ASSAULT, null)).isEqualTo(AcledSubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void violenceAgainstCiviliansByItsForm() {
        assertThat(code("Soldiers *raped:rape women in the village", EventType.ASSAULT, EventMode.SEXUAL))
            .isEqualTo(AcledSubEventType.SEXUAL_VIOLENCE);
        assertThat(code("Gunmen *kidnapped:kidnap a teacher", EventType.ASSAULT, EventMode.ABDUCT))
            .isEqualTo(AcledSubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
        assertThat(code("Gunmen *killed:kill five villagers", EventType.ASSAULT, null))
            .isEqualTo(AcledSubEventType.ATTACK);
    }

    @Test
    void armedGroupsFightingEachOtherClash() {
        assertThat(code("Militants *attacked:attack an army base", EventType.ASSAULT, null))
            .isEqualTo(AcledSubEventType.ARMED_CLASH);
    }

    @Test
    void whoTakesTerritoryDecidesItsSubType() {
        assertThat(code("The Somali National Army *recaptured:recapture the town", EventType.COERCE,
            EventMode.CONFISCATE, Factuality.ASSERTED, List.of(party("Somali National Army", Sector.MIL))))
            .isEqualTo(AcledSubEventType.GOVERNMENT_REGAINS_TERRITORY);
        assertThat(code("Rebel fighters *seized:seize the town", EventType.COERCE, EventMode.CONFISCATE))
            .isEqualTo(AcledSubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
        assertThat(code("Troops *withdrew:withdraw from the town", EventType.RETREAT, EventMode.WITHDRAW))
            .isEqualTo(AcledSubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void strategicDevelopments() {
        assertThat(code("Police *arrested:arrest ten men", EventType.COERCE, EventMode.ARREST))
            .isEqualTo(AcledSubEventType.ARRESTS);
        assertThat(code("Police *seized:seize rifles and ammunition", EventType.COERCE, EventMode.CONFISCATE))
            .isEqualTo(AcledSubEventType.DISRUPTED_WEAPONS_USE);
        assertThat(code("The sides *agreed:agree a ceasefire", EventType.AGREE, null))
            .isEqualTo(AcledSubEventType.AGREEMENT);
        assertThat(code("Turkish forces *set up a new military base", EventType.MOBILIZE, EventMode.TROOPS))
            .isEqualTo(AcledSubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
        assertThat(code("The army *deployed:deploy troops to the border", EventType.MOBILIZE, EventMode.TROOPS))
            .isEqualTo(AcledSubEventType.CHANGE_TO_GROUP_ACTIVITY);
        assertThat(code("Looters *torched:torch shops", EventType.ASSAULT, EventMode.DESTROY))
            .isEqualTo(AcledSubEventType.LOOTING_PROPERTY_DESTRUCTION);
    }

    @Test
    void anAgreementOnNothingViolentIsNoAcledEvent() {
        assertThat(code("The firms *agreed:agree on prices", EventType.AGREE, null)).isNull();
    }

    private static List<String> rows(String... rows) {
        List<String> lines = new ArrayList<>(List.of("# a comment", "sub_event\tplover\tscene\tcues\tunless\tactor"));
        lines.addAll(List.of(rows));
        return lines;
    }

    private static void load(List<String> lines) throws IOException {
        AcledCoder.rules(TsvTable.parse("acled.tsv", new StringReader(String.join("\n", lines) + "\n")));
    }

    @Test
    void aMalformedRuleFailsNamingFileAndLine() throws IOException {
        load(rows("Armed clash\tASSAULT\t-\t-\t-\t-"));
        assertThatThrownBy(() -> load(rows("Armed clash\tASSAULT\t-\t-\t-\t-", "Armed fight\tASSAULT\t-\t-\t-\t-")))
            .hasMessageStartingWith("acled.tsv:4, column 'sub_event'");
        assertThatThrownBy(() -> load(rows("Armed clash\tASSAULT/phone\t-\t-\t-\t-")))
            .hasMessageStartingWith("acled.tsv:3").hasMessageContaining("phone");
        assertThatThrownBy(() -> load(rows("Armed clash\tASSAULT\t-\tShell\t-\t-")))
            .hasMessageStartingWith("acled.tsv:3").hasMessageContaining("'Shell'");
        assertThatThrownBy(() -> load(rows("Armed clash\tASSAULT\t-\t-\t-\tarmy")))
            .hasMessageStartingWith("acled.tsv:3").hasMessageContaining("actor 'army'");
        assertThatThrownBy(() -> load(rows("Armed clash\tASSAULT\t-\t-\t-")))
            .hasMessageStartingWith("acled.tsv:3");
    }
}
