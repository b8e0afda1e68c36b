package org.dateline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.testing.SpanAssertions.assertSpansMatchText;

import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.DateFact;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Sector;
import org.dateline.model.Span;
import org.dateline.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article end to end: every field the foundation issue names. */
class SeedArticleTest {
    private static ArticleRecord record;

    @BeforeAll
    static void analyse() {
        record = Fixtures.analyze(Fixtures.seed(), InputFormat.AUTO);
    }

    @Test
    void everySpanMatchesTheText() {
        assertSpansMatchText(record);
    }

    @Test
    void metadataComesFromThePageFurniture() {
        assertThat(record.schema()).isEqualTo("dateline/1");
        assertThat(record.published()).hasToString("2023-03-01T14:07:00+04:00");
        assertThat(record.authors()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Sabina Mammadli");
            assertThat(a.handle()).isEqualTo("@SabinaMmdl");
            assertThat(a.bio()).startsWith("Sabina Mammadli is AzerNews").contains("@SabinaMmdl");
        });
        assertThat(record.source().name()).isEqualTo("AzerNews");
        assertThat(record.source().handles()).contains("@AzerNewsAz");
        assertThat(record.input().path()).endsWith("azernews-2023-03-01.txt");
        assertThat(record.id()).hasSize(64);
    }

    @Test
    void bodyIsTheArticleAlone() {
        assertThat(record.text()).startsWith("Azerbaijani Deputy Foreign Minister Elnur Mammadov")
            .endsWith("birth of a new movement.")
            .doesNotContain("Read more", "Follow us", "UTC+04:00", "---", "staff journalist", "@SabinaMmdl");
    }

    @Test
    void mammadovWithTitleCodesAndLaterMentions() {
        Entity e = entity("Elnur Mammadov");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.titles()).contains("Deputy Foreign Minister");
        assertThat(e.code()).isEqualTo("AZE");
        assertThat(e.sector()).isEqualTo(Sector.GOV);
        assertThat(e.mentions()).extracting(Span::text)
            .contains("Elnur Mammadov", "He")
            .anyMatch(t -> t.contains("official"));
        assertThat(e.mentions()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void turkIsAUnHighCommissioner() {
        Entity e = entity("Volker Türk");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.titles()).anyMatch(t -> t.contains("High") && t.contains("Commissioner"));
        assertThat(e.code()).isEqualTo("IGO");
    }

    @Test
    void countriesPlacesAndOrganisations() {
        assertThat(entity("Azerbaijan")).extracting(Entity::type, Entity::code).containsExactly(EntityType.COUNTRY, "AZE");
        assertThat(entity("Armenia")).extracting(Entity::type, Entity::code).containsExactly(EntityType.COUNTRY, "ARM");
        assertThat(entity("Shusha").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity("Karabakh").type()).isEqualTo(EntityType.LOCATION);
        assertThat(entity("Azernews")).extracting(Entity::type, Entity::sector)
            .containsExactly(EntityType.ORGANIZATION, Sector.MED);
        assertThat(entity("AzerGold Company").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity("UN Human Rights Council")).extracting(Entity::type, Entity::code)
            .containsExactly(EntityType.ORGANIZATION, "IGO");
    }

    @Test
    void russianPeacekeepersAreOneMilitaryActor() {
        List<Entity> peacekeepers = record.entities().stream().filter(e -> e.name().contains("peacekeep")).toList();
        assertThat(peacekeepers).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("RUS");
            assertThat(e.sector()).isEqualTo(Sector.MIL);
            assertThat(e.mentions()).extracting(Span::text).contains("peacekeepers");
        });
    }

    @Test
    void datesResolvedAgainstPublication() {
        assertThat(record.dates()).extracting(DateFact::text, DateFact::value)
            .contains(org.assertj.core.groups.Tuple.tuple("February 28", "2023-02-28"),
                org.assertj.core.groups.Tuple.tuple("December 3", "2022-12-03"),
                org.assertj.core.groups.Tuple.tuple("7", "2022-12-07"));
        assertThat(record.dates()).filteredOn(d -> d.value() != null && d.value().matches("\\d{4}-\\d\\d-\\d\\d.*"))
            .allSatisfy(d -> assertThat(d.value().substring(0, 10)).isLessThanOrEqualTo("2023-03-01"));
    }

    @Test
    void noByline() {
        assertThat(record.entities()).extracting(Entity::name).doesNotContain("Sabina Mammadli Read", "Sabina Mammadli");
    }

    private static Entity entity(String name) {
        return record.entities().stream().filter(e -> e.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + record.entities().stream()
                .map(e -> e.name() + "/" + e.type()).toList()));
    }
}
