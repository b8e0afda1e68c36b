package org.dateline.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dateline.analyze.entity.ActorCodes.OrgCode;
import org.dateline.model.Sector;
import org.junit.jupiter.api.Test;

class ActorCodesOrganizationTest {
    private final ActorCodes codes = ActorCodes.standard();

    private Optional<String> name(String text) {
        return codes.organization(text).map(OrgCode::canonicalName);
    }

    private Optional<String> code(String text) {
        return codes.organization(text).map(OrgCode::code);
    }

    @Test
    void unitedNationsUnderItsNames() {
        assertThat(name("United Nations")).contains("United Nations");
        assertThat(name("UN")).contains("United Nations");
        assertThat(name("U.N.")).contains("United Nations");
        assertThat(name("the UN's")).contains("United Nations");
        assertThat(code("UN")).contains("IGO");
    }

    @Test
    void shortAcronymsOnlyInCapitals() {
        assertThat(name("WHO")).contains("World Health Organization");
        assertThat(codes.organization("who")).isEmpty();
        assertThat(codes.organization("Who")).isEmpty();
        assertThat(codes.organization("un")).isEmpty();
    }

    @Test
    void longerAcronymsInAnyCase() {
        assertThat(name("NATO")).contains("North Atlantic Treaty Organization");
        assertThat(name("Nato")).contains("North Atlantic Treaty Organization");
        assertThat(name("Unicef")).contains("United Nations Children's Fund");
    }

    @Test
    void unOrgansAndAgencies() {
        assertThat(name("Security Council")).contains("United Nations Security Council");
        assertThat(name("UN Security Council")).contains("United Nations Security Council");
        assertThat(name("United Nations Security Council")).contains("United Nations Security Council");
        assertThat(name("UN Human Rights Council")).contains("United Nations Human Rights Council");
        assertThat(name("UNHCR")).contains("Office of the United Nations High Commissioner for Refugees");
        assertThat(name("U.N. refugee agency"))
                .contains("Office of the United Nations High Commissioner for Refugees");
        assertThat(name("UN Children’s Fund")).contains("United Nations Children's Fund");
        assertThat(name("OHCHR")).contains("Office of the United Nations High Commissioner for Human Rights");
        assertThat(code("UNRWA")).contains("IGO");
        assertThat(code("IAEA")).contains("IGO");
    }

    @Test
    void courtsCarryTheJudicialSector() {
        assertThat(codes.organization("ICJ")).contains(new OrgCode("IGO", "International Court of Justice", Sector.JUD));
        assertThat(codes.organization("International Criminal Court").map(OrgCode::sector)).contains(Sector.JUD);
    }

    @Test
    void europeanBodiesAreDistinct() {
        assertThat(name("EU")).contains("European Union");
        assertThat(name("European Commission")).contains("European Commission");
        assertThat(name("European Council")).contains("European Council");
        assertThat(name("Council of the EU")).contains("Council of the European Union");
        assertThat(name("Council of Europe")).contains("Council of Europe");
        assertThat(codes.organization("European Parliament").map(OrgCode::sector)).contains(Sector.LEG);
    }

    @Test
    void otherIntergovernmentalBodies() {
        for (String body : new String[] {"OSCE", "African Union", "ASEAN", "Arab League", "OIC", "GCC",
                "CIS", "CSTO", "SCO", "BRICS", "G7", "G20", "OPEC", "IMF", "World Bank", "WTO",
                "Interpol", "Europol", "OAS", "ECOWAS", "IGAD", "Mercosur", "Organization of Turkic States"}) {
            assertThat(code(body)).as(body).contains("IGO");
        }
    }

    @Test
    void ngos() {
        assertThat(name("Red Cross")).contains("International Committee of the Red Cross");
        assertThat(name("ICRC")).contains("International Committee of the Red Cross");
        assertThat(name("Doctors Without Borders")).contains("Médecins Sans Frontières");
        assertThat(name("Medecins Sans Frontieres")).contains("Médecins Sans Frontières");
        assertThat(name("RSF")).contains("Reporters Without Borders");
        assertThat(codes.organization("Amnesty International")).contains(
                new OrgCode("NGO", "Amnesty International", Sector.NGO));
        for (String ngo : new String[] {"IFRC", "Human Rights Watch", "Oxfam", "Save the Children",
                "Transparency International", "CPJ", "Greenpeace", "International Crisis Group",
                "Freedom House"}) {
            assertThat(code(ngo)).as(ngo).contains("NGO");
        }
    }

    @Test
    void stateOwnedCompaniesAndOutletsCarryTheirCountry() {
        assertThat(codes.organization("Gazprom")).contains(new OrgCode("RUS", "Gazprom", Sector.BUS));
        assertThat(code("SOCAR")).contains("AZE");
        assertThat(codes.organization("TASS")).contains(new OrgCode("RUS", "TASS", Sector.MED));
        assertThat(code("Azertac")).contains("AZE");
        assertThat(codes.organization("BP")).contains(new OrgCode("MNC", "BP", Sector.BUS));
    }

    @Test
    void aBodyFollowedByABodyWordIsTheBody() {
        assertThat(name("EU monitoring mission")).contains("European Union");
        assertThat(name("UN peacekeeping force")).contains("United Nations");
        assertThat(name("EU Mission in Armenia")).contains("European Union Mission in Armenia");
        assertThat(name("AU Commission")).contains("African Union Commission");
        assertThat(name("OSCE Minsk Group")).contains("OSCE Minsk Group");
    }

    @Test
    void aBodyFollowedByPeopleOrOtherWordsIsNotAnOrganizationName() {
        assertThat(codes.organization("EU foreign ministers")).isEmpty();
        assertThat(codes.organization("UN peacekeepers")).isEmpty();
        assertThat(codes.organization("NATO summit")).isEmpty();
        assertThat(codes.organization("OSCE office in Yerevan")).isEmpty();
    }

    @Test
    void nationalBodiesDoNotMatchTheUnOnes() {
        assertThat(codes.organization("Russian Security Council")).isEmpty();
        assertThat(codes.organization("Security Council of Armenia")).isEmpty();
        assertThat(codes.organization("Azerbaijani Red Cross")).isEmpty();
        assertThat(codes.organization("Ministry of Foreign Affairs")).isEmpty();
        assertThat(codes.organization("")).isEmpty();
        assertThat(codes.organization(null)).isEmpty();
    }

    @Test
    void leadingOrganizationFindsTheBodyAPhraseStartsWith() {
        assertThat(codes.leadingOrganization("EU foreign ministers").map(OrgCode::canonicalName))
                .contains("European Union");
        assertThat(codes.leadingOrganization("UN peacekeepers").map(OrgCode::code)).contains("IGO");
        assertThat(codes.leadingOrganization("NATO's secretary general").map(OrgCode::sector)).contains(Sector.MIL);
        assertThat(codes.leadingOrganization("the OSCE Minsk Group co-chairs").map(OrgCode::canonicalName))
                .contains("OSCE Minsk Group");
        assertThat(codes.leadingOrganization("foreign ministers of the EU")).isEmpty();
    }
}
