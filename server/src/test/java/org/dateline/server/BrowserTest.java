package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.ArticleRecord;
import org.dateline.model.Statement;
import org.dateline.store.testing.SampleRecords;
import org.dateline.testing.MergingStory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in Debian's headless Chromium: search, filter by facets, open an article, click a
 * statement, an event and a casualty count and check the highlighted evidence, show that hostile
 * article text runs nothing, and go from a search hit to its story and from the story's incident to
 * its sources side by side and on to the words a value rests on.
 * Skipped where chromium or chromedriver is not installed (.ci/run installs them).
 */
class BrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static TestServer t;
    static WebDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(), "chromium and chromedriver are not installed");
        t = new TestServer(dir.resolve("store"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1400,1000", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (t != null) {
            t.close();
        }
    }

    private static void open(String hash) {
        driver.get(t.base() + "/" + hash);
    }

    private static void shot(String name) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Test
    void searchOpenAnArticleAndHighlightTheEvidence() throws IOException {
        open("#/search");
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("blockade");
        driver.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("total"), "2 articles"));
        assertThat(driver.findElements(By.cssSelector("#timeline svg rect.bar"))).isNotEmpty();
        // The page asks for auto; the heading names the width chosen and links to the others.
        assertThat(driver.findElement(By.cssSelector("#timeline h3")).getText()).contains("per day");
        assertThat(driver.findElements(By.linkText("per month"))).hasSize(1);
        shot("search.png");

        driver.findElement(By.linkText("Activists keep the Lachin road closed")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-fact=S1]"))).click();
        ArticleRecord lachin = SampleRecords.lachin();
        // The text opens with a flag emoji (two code points, four UTF-16 units): a wrong conversion shifts this.
        WebElement mark = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.primary")));
        assertThat(mark.getText()).isEqualTo(lachin.statements().get(0).content().text());

        driver.findElement(By.cssSelector("button[data-fact=V2]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("mark.primary"), lachin.events().get(1).evidence().text()));
        assertThat(driver.findElement(By.cssSelector("mark.primary mark.secondary")).getText()).isEqualTo("caused");
        assertThat(driver.findElement(By.id("span-note")).getText()).isEmpty();
        shot("article.png");
    }

    @Test
    void theEventCardShowsBothTaxonomiesAndCasualtiesWithTheirEvidence() throws IOException {
        ArticleRecord shelling = SampleRecords.shelling();
        open("#/article/" + shelling.id());
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".event-card[data-event=V1]")));
        assertThat(card.findElement(By.cssSelector("[data-taxonomy=plover]")).getText())
            .contains("PLOVER", "ASSAULT", "heavy-weapons");
        assertThat(card.findElement(By.cssSelector("[data-taxonomy=acled]")).getText()).contains("ACLED",
            "Political violence › Explosions/Remote violence › Shelling/artillery/missile attack");

        WebElement killed = card.findElement(By.cssSelector("button[data-count=fatalities]"));
        assertThat(killed.getText()).contains("Killed", "2", "killed at least two civilians");
        killed.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("mark.primary"), "killed at least two civilians"));
        assertThat(killed.getAttribute("class")).contains("active");
        WebElement injured = card.findElement(By.cssSelector("button[data-count=injured]"));
        assertThat(injured.getText()).contains("Injured", "no number given", "dozens were wounded");
        injured.click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("mark.primary"), "dozens were wounded"));
        assertThat(driver.findElement(By.id("span-note")).getText()).isEmpty();
        shot("event-card.png");

        // the event's own button still shows its sentence; a link may name a count directly
        card.findElement(By.cssSelector("button[data-fact=V1]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("mark.primary"), shelling.events().get(0).evidence().text()));
        open("#/article/" + SampleRecords.meeting().id() + "?hl=V1");
        wait.until(ExpectedConditions.textToBe(By.id("article-title"), SampleRecords.meeting().title()));
        WebElement consult = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".event-card[data-event=V1]")));
        assertThat(consult.findElements(By.cssSelector("[data-taxonomy=acled]"))).as("CONSULT is no ACLED event").isEmpty();
        assertThat(consult.findElements(By.cssSelector("button[data-count]"))).isEmpty();
        open("#/article/" + shelling.id() + "?hl=V1.injured");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("mark.primary"), "dozens were wounded"));
    }

    @Test
    void theAcledAndSectorFacetsFilterTheSearch() throws IOException {
        open("#/search");
        WebElement acled = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul[data-facet=acled]")));
        assertThat(acled.getText()).contains("Explosions/Remote violence", "Protests");
        assertThat(driver.findElement(By.cssSelector("ul[data-facet=sector]")).getText()).contains("GOV", "CVL");
        assertThat(driver.findElement(By.cssSelector("ul[data-facet=acledSubEvent]")).getText())
            .contains("Shelling/artillery/missile attack");
        acled.findElement(By.linkText("Explosions/Remote violence")).click();
        wait.until(ExpectedConditions.textToBe(By.id("total"), "1 article"));
        assertThat(driver.findElement(By.cssSelector(".hit-title")).getText()).isEqualTo("Two civilians killed in shelling of Talysh");
        assertThat(driver.findElement(By.cssSelector(".chip[data-filter=acled]")).getText())
            .isEqualTo("ACLED event type: Explosions/Remote violence ×");
        shot("acled-facet.png");

        // removing the chip lifts the filter; the sector facet filters like any other
        driver.findElement(By.cssSelector(".chip[data-filter=acled]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("total"), "5 articles"));
        driver.findElement(By.cssSelector("ul[data-facet=sector]")).findElement(By.linkText("CVL")).click();
        wait.until(ExpectedConditions.textToBe(By.id("total"), "2 articles"));
        assertThat(driver.findElement(By.cssSelector(".chip[data-filter=sector]")).getText()).isEqualTo("Party sector: CVL ×");
    }

    @Test
    void hostileTextRunsNothing() throws IOException {
        ArticleRecord hostile = SampleRecords.hostile();
        open("#/search?q=hackers");
        wait.until(ExpectedConditions.textToBe(By.id("total"), "1 article"));
        open("#/article/" + hostile.id() + "?hl=S1");
        WebElement mark = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.primary")));
        assertThat(mark.getText()).isEqualTo(hostile.statements().get(0).content().text());
        assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo("<script>alert(1)</script> on the forum");
        assertThat(driver.findElement(By.id("article-text")).getText()).contains("<script>window.__pwned=1</script>");
        assertThat(driver.findElements(By.cssSelector("#view img, #view script"))).isEmpty();
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
        shot("hostile.png");
    }

    /**
     * Audit (stop 47): at 400 px the search button was off-screen and every page scrolled sideways
     * (the header did not wrap, the box would not shrink).
     */
    @Test
    void aNarrowWindowKeepsTheSearchButtonOnScreen() {
        inWindow(400, 800, () -> {
            open("#/search");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
            long inner = ((Number) js("return document.documentElement.clientWidth")).longValue();
            WebElement button = driver.findElement(By.cssSelector("#search-form button"));
            assertThat((long) (button.getRect().getX() + button.getRect().getWidth())).isLessThanOrEqualTo(inner);
            assertThat(((Number) js("return document.documentElement.scrollWidth")).longValue()).isLessThanOrEqualTo(inner);
        });
    }

    /** Runs {@code steps} in a window of this size, then gives the window its usual size back. */
    private static void inWindow(int width, int height, Runnable steps) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        try {
            steps.run();
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        }
    }

    /**
     * Audit (stop 47): an evidence link past the end of its article's text, or naming no fact of
     * it, showed the article with nothing marked and no word of why.
     */
    @Test
    void anEvidenceLinkThatPointsNowhereSaysSo() {
        ArticleRecord lachin = SampleRecords.lachin();
        open("#/article/" + lachin.id() + "?at=5000-5010");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("span-note"), "5000"));
        assertThat(driver.findElements(By.cssSelector("mark.primary"))).isEmpty();
        open("#/article/" + lachin.id() + "?hl=V99");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("span-note"), "V99"));
    }

    /**
     * Audit (stop 47): a report's wounded count that the vote took less the dead (the one shot in
     * the first report is the one dead in the next) was shown bare, so a fused 0 stood against a
     * report's 1 with nothing to say why.
     */
    @Test
    void aCountTheVoteTookLessTheDeadSaysSo() throws IOException {
        List<ArticleRecord> records = StorySamples.shotThenDied();
        try (TestServer died = new TestServer(dir.resolve("died"), records)) {
            driver.get(died.base() + "/#/story/" + records.get(0).id());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.compare"))).click();
            WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incident-sources")));
            List<WebElement> wounded = table.findElement(By.cssSelector("tr[data-field=injured]")).findElements(By.tagName("td"));
            assertThat(wounded.get(0).getText()).startsWith("1").contains("counted as 0", "less the dead");
            assertThat(wounded.get(1).getText()).doesNotContain("counted as");
        }
    }

    /**
     * Audit (stop 49): each side's ministry said the other's troops shelled the villages, and the
     * story showed no claim. Each version is a claim that names the other side's, and a click on
     * that version brings its claim into view.
     */
    @Test
    void mirrorAccusationsShowEachSidesVersionAndLeadToTheOther() throws IOException {
        List<ArticleRecord> records = StorySamples.mirrorAccusations();
        try (TestServer mirror = new TestServer(dir.resolve("mirror"), records)) {
            driver.get(mirror.base() + "/#/story/" + records.get(0).id());
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".claim"), 2));
            List<WebElement> claims = driver.findElements(By.cssSelector(".claim"));
            assertThat(claims.get(0).getText()).contains("countered by another side",
                "The other side’s version: Armenian troops shelled border villages overnight March (AZE)");
            assertThat(claims.get(1).getText()).contains("countered by another side", "(ARM)");
            // contested, and tagged by the more telling of the two
            assertThat(claims.get(0).getText()).doesNotContain("contested across sides");
            WebElement counter = claims.get(0).findElement(By.cssSelector("button.counter"));
            assertThat(counter.getAttribute("data-counter")).isEqualTo(claims.get(1).getAttribute("data-claim"));
            counter.click();
            wait.until(d -> (Boolean) js("const r = document.querySelectorAll('.claim')[1].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;"));
            shot("mirror-claims.png");
        }
    }

    /**
     * Audit (stop 47): the story list could be narrowed only by typing a URL (the API takes entity,
     * from and to), entity pages did not link their stories, and a date range ending before it
     * starts was sent to be refused. The list takes dates, says which entity narrows it, and an
     * entity page links the stories that name it.
     */
    @Test
    void theStoryListIsNarrowedByDatesAndByAnEntity() throws IOException {
        List<ArticleRecord> records = new ArrayList<>(SampleRecords.all());
        records.addAll(StorySamples.shotThenDied());
        try (TestServer stories = new TestServer(dir.resolve("story-list"), records)) {
            driver.get(stories.base() + "/#/stories");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stories-total")));
            int all = driver.findElements(By.cssSelector(".story-hit")).size();
            // set as values, not typed: a date field's typing order follows the browser's locale
            js("document.querySelector('#story-dates input[name=from]').value = '2023-03-07'");
            js("document.querySelector('#story-dates input[name=to]').value = '2023-03-08'");
            driver.findElement(By.cssSelector("#story-dates button")).click();
            wait.until(ExpectedConditions.urlContains("to=2023-03-08"));
            wait.until(d -> d.findElements(By.cssSelector(".story-hit")).size() < all);
            assertThat(driver.findElements(By.cssSelector(".story-hit h2"))).extracting(WebElement::getText)
                .contains("Man shot near Martuni");

            js("document.querySelector('#story-dates input[name=from]').value = '2023-03-09'");
            driver.findElement(By.cssSelector("#story-dates button")).click();
            assertThat(driver.findElement(By.cssSelector("#story-dates .warn")).getText()).contains("ends before it starts");

            driver.get(stories.base() + "/#/entity/" + java.net.URLEncoder.encode("LOCATION:martuni", java.nio.charset.StandardCharsets.UTF_8));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entity-stories"))).click();
            wait.until(ExpectedConditions.textToBe(By.id("stories-total"), "1 story, newest first"));
            assertThat(driver.findElement(By.cssSelector("a.chip[data-filter=entity]")).getText()).contains("Martuni");
        }
    }

    /**
     * Audit (stop 47): a refused search (a date range that ends before it starts) left only
     * "Could not load: ..." with no filter to take back. The refusal keeps the filters' chips.
     */
    @Test
    void aRefusedSearchKeepsItsFiltersToTakeBack() {
        open("#/search?q=blockade&from=2023-06-01&to=2023-01-01");
        WebElement alert = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(alert.getText()).contains("before it starts");
        driver.findElement(By.cssSelector("a.chip[data-filter=to]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
        assertThat(driver.findElements(By.cssSelector("[role=alert]"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("a.chip[data-filter=from]"))).hasSize(1);
    }

    /**
     * Audit (stop 47): the article page never showed where the article was published, and a site known
     * by its domain alone showed no outlet. A web address is a link; any other (javascript:) is not.
     */
    @Test
    void theArticleNamesItsSiteAndLinksItsWebAddressOnly() throws IOException {
        ArticleRecord l = SampleRecords.lachin();
        ArticleRecord h = SampleRecords.hostile();
        ArticleRecord web = new ArticleRecord(l.schema(), l.id(), l.input(), "https://news.example/lachin", new org.dateline.model.Source(
            null, "news.example", List.of()), l.title(), l.authors(), l.published(), l.language(), l.text(), l.entities(), l.dates(),
            l.statements(), l.events(), l.warnings(), l.duplicateOf());
        ArticleRecord script = new ArticleRecord(h.schema(), h.id(), h.input(), "javascript:window.__pwned=3", h.source(), h.title(),
            h.authors(), h.published(), h.language(), h.text(), h.entities(), h.dates(), h.statements(), h.events(), h.warnings(),
            h.duplicateOf());
        try (TestServer urls = new TestServer(dir.resolve("urls"), List.of(web, script))) {
            driver.get(urls.base() + "/#/article/" + web.id());
            WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-url")));
            assertThat(link.getAttribute("href")).isEqualTo("https://news.example/lachin");
            assertThat(driver.findElement(By.cssSelector("#view .meta")).getText()).startsWith("news.example");
            driver.get(urls.base() + "/#/article/" + script.id());
            wait.until(ExpectedConditions.textToBe(By.id("article-title"), script.title()));
            assertThat(driver.findElements(By.id("article-url"))).isEmpty();
            assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
        }
    }

    /**
     * A statement whose source names no one who can be asked (a GROUP known by its role, "Karabakh
     * Armenian officials said") has no speaker: the page showed "Unnamed source" for words that
     * name who spoke; it shows the source's words.
     */
    @Test
    void aStatementWithoutASpeakerShowsItsSourcesWords() throws IOException {
        ArticleRecord named = SampleRecords.hostile();
        Statement s = named.statements().get(0);
        ArticleRecord anonymous = new ArticleRecord(named.schema(), named.id(), named.input(), named.url(), named.source(),
            named.title(), named.authors(), named.published(), named.language(), named.text(), named.entities(),
            named.dates(), List.of(new Statement(s.id(), null, s.source(), s.cue(), s.content(), s.kind(), s.date(), s.framing())),
            named.events(), named.warnings(), null);
        try (TestServer own = new TestServer(dir.resolve("anonymous-store"), List.of(anonymous))) {
            driver.get(own.base() + "/#/article/" + anonymous.id());
            WebElement who = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-fact=S1] .who")));
            assertThat(who.getText()).isEqualTo("An admin");
            driver.get(own.base() + "/#/search?q=removed");
            who = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".said .who")));
            assertThat(who.getText()).isEqualTo("An admin");
        }
    }

    /**
     * The search timeline's bars narrow the search to their day: they were rectangles with a click
     * handler inside an SVG marked as an image, so a keyboard could not reach them and a screen
     * reader was told of a picture.
     */
    @Test
    void theTimelinesBarsAreLinksAKeyboardCanFollow() {
        open("#/search?q=blockade");
        wait.until(ExpectedConditions.textToBe(By.id("total"), "2 articles"));
        List<WebElement> bars = driver.findElements(By.cssSelector("#timeline svg a.bar-link"));
        assertThat(bars).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#timeline svg")).getAttribute("role")).isEqualTo("group");
        String day = bars.get(0).findElement(By.cssSelector("rect.bar")).getAttribute("data-start");
        assertThat(bars.get(0).getAttribute("aria-label")).startsWith(day).contains("article");
        js("document.querySelector('#timeline svg a.bar-link').focus()");
        assertThat(js("return document.activeElement.getAttribute('class')")).isEqualTo("bar-link");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("from=" + day));
        assertThat(driver.getCurrentUrl()).contains("to=").contains("q=blockade");
    }

    @Test
    void entityPagesGroupAcrossArticlesWithATimeline() throws IOException {
        // From an article, by the key the API hands the page: the page folds no names itself.
        open("#/article/" + SampleRecords.council().id());
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Volker Türk")));
        assertThat(link.getAttribute("href")).endsWith(
            "#/entity/" + URLEncoder.encode("PERSON:volker turk", StandardCharsets.UTF_8).replace("+", "%20"));
        link.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entity-name")));
        assertThat(driver.findElement(By.id("entity-name")).getText()).startsWith("Volker T");
        assertThat(driver.findElement(By.cssSelector(".entity-head .meta")).getText()).contains("2 articles");
        assertThat(driver.findElements(By.cssSelector("#timeline svg rect.bar"))).hasSizeGreaterThanOrEqualTo(2);
        // every name joined into the entity, with the rule that joined it, as text
        List<WebElement> joins = driver.findElements(By.cssSelector("#entity-joins li.join"));
        assertThat(joins).extracting(j -> j.getAttribute("data-rule")).containsExactlyInAnyOrder("new", "name");
        assertThat(driver.findElement(By.id("entity-joins")).getText()).contains("Volker Turk").contains("the same name");
        shot("entity.png");
    }

    /** A merged story's id opens the story it was merged into, says so, and shows the report that merged them. */
    @Test
    void aMergedStorysIdOpensTheStoryItWasMergedInto() throws IOException {
        List<ArticleRecord> records = MergingStory.all("2016-03-11");
        ArticleRecord both = records.get(10);
        try (TestServer stories = new TestServer(dir.resolve("merged"), records)) {
            List<String> notes = new ArrayList<>();
            for (ArticleRecord first : records.subList(8, 10)) {
                driver.get("about:blank");
                driver.get(stories.base() + "/#/story/" + first.id());
                wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#story-timeline .story-article"), 4));
                notes.addAll(driver.findElements(By.id("merged-note")).stream().map(WebElement::getText).toList());
                // regression: a part the page leaves out (no note, no parties) was shown as "null"
                assertThat(driver.findElement(By.tagName("main")).getText().lines()).doesNotContain("null");
            }
            assertThat(notes).as("the merged id, and only it, says it was merged").singleElement()
                .satisfies(n -> assertThat(n).contains("was merged into this one"));
            WebElement bridging = driver.findElement(By.cssSelector("#story-timeline [data-article='" + both.id() + "']"));
            // each first report says whether it began this story or the one merged into it, which the
            // merging report names by that first report's title
            assertThat(driver.findElements(By.cssSelector("#story-timeline .start")))
                .extracting(WebElement::getText).containsExactlyInAnyOrder("started the story", "started a story merged into this one");
            String begun = driver.findElements(By.cssSelector("#story-timeline .story-article")).stream()
                .filter(a -> a.findElements(By.cssSelector(".start")).stream()
                    .anyMatch(x -> x.getText().equals("started a story merged into this one")))
                .map(a -> a.getAttribute("data-article")).findFirst().orElseThrow();
            assertThat(bridging.findElement(By.cssSelector(".merges")).getText()).contains("into this one by its link to")
                .contains("the story begun by " + records.stream().filter(r -> r.id().equals(begun)).findFirst().orElseThrow().title());
            shot("merged-story.png");
        }
    }

    /**
     * Audit (stop 47): the scroll position was never reset, so "More results" or a story opened from
     * far down a page opened near its bottom. A new page opens at its top; Back returns to where the
     * reader was.
     */
    @Test
    void aNewPageOpensAtItsTopAndBackReturnsWhereTheReaderWas() {
        inWindow(700, 300, () -> {
            open("#/search");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
            js("window.scrollTo(0, document.body.scrollHeight)");
            long down = ((Number) js("return window.scrollY")).longValue();
            assertThat(down).isPositive();

            // a click as the reader's, where the page is (WebDriver's click would scroll to the link first)
            js("document.querySelector('a.story-link').click()");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("story-title")));
            assertThat(((Number) js("return window.scrollY")).longValue()).isZero();

            driver.navigate().back();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
            wait.until(d -> ((Number) js("return window.scrollY")).longValue() == down);
        });
    }

    @Test
    void aStoryShowsItsArticlesIncidentsAndClaimsAndAnIncidentItsSourcesSideBySide() throws IOException {
        ArticleRecord yerevan = StorySamples.armenianReport();
        ArticleRecord baku = StorySamples.azerbaijaniReport();
        List<ArticleRecord> records = new ArrayList<>(SampleRecords.all());
        records.addAll(StorySamples.shooting());
        try (TestServer stories = new TestServer(dir.resolve("stories"), records)) {
            // the story list, newest first; a hostile title is text there too
            driver.get(stories.base() + "/#/stories");
            wait.until(ExpectedConditions.textToBe(By.id("stories-total"), "6 stories, newest first"));
            assertThat(driver.findElements(By.cssSelector(".story-hit h2")).get(1).getText()).isEqualTo(yerevan.title());
            assertThat(driver.findElements(By.linkText("<script>alert(1)</script> on the forum"))).hasSize(1);
            assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
            // a search hit links to its story
            driver.get(stories.base() + "/#/search?q=Stepanakert");
            wait.until(ExpectedConditions.textToBe(By.id("total"), "2 articles"));
            driver.findElements(By.cssSelector("a.story-link")).get(1).click();
            wait.until(ExpectedConditions.textToBe(By.id("story-title"), yerevan.title()));
            List<WebElement> articles = driver.findElements(By.cssSelector("#story-timeline .story-article"));
            assertThat(articles).extracting(a -> a.getAttribute("data-article")).containsExactly(yerevan.id(), baku.id());
            assertThat(driver.findElement(By.cssSelector("#story-timeline .day")).getAttribute("data-day")).isEqualTo("2023-03-06");
            assertThat(articles.get(1).getText()).contains(StorySamples.BAKU, "joined by its link to " + yerevan.title(),
                "place LOCATION:stepanakert");
            // parties as the reports write them, not their folded keys ("azerbaijani troops")
            assertThat(driver.findElement(By.xpath("//p[starts-with(., 'Parties: ')]")).getText()).contains("Azerbaijani troops");
            WebElement incident = driver.findElement(By.cssSelector(".incident"));
            assertThat(incident.findElement(By.cssSelector("[data-field=killed]")).getAttribute("class")).contains("disagree");
            // Baku tells of no wounded: its implied 0 is no version of the wounded (Yerevan's "one was wounded")
            assertThat(incident.getText()).contains("sources disagree on date, killed, actors");
            WebElement claim = driver.findElement(By.cssSelector(".claim"));
            assertThat(claim.getText()).contains("contested across sides");
            assertThat(claim.findElements(By.cssSelector("[data-stance]"))).extracting(e -> e.getAttribute("data-stance"))
                .containsExactly("asserts", "denies");
            assertThat(claim.findElement(By.cssSelector(".stance.denies")).getText()).contains("AZE", "Anar Eyvazov", "denies", "denied");
            shot("story.png");

            incident.findElement(By.cssSelector("a.compare")).click();
            WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incident-sources")));
            assertThat(table.findElements(By.cssSelector("thead th[data-article]"))).hasSize(2);
            assertThat(table.findElement(By.cssSelector("tr[data-field=outlet]")).getText()).contains(StorySamples.YEREVAN, StorySamples.BAKU);
            // audit (stop 47): with 28 reports the row names scrolled out of view; a time took three lines
            assertThat(js("return getComputedStyle(document.querySelector('#incident-sources tbody th')).position")).isEqualTo("sticky");
            assertThat(table.findElement(By.cssSelector("tr[data-field=published] td")).getText()).isEqualTo("2023-03-06 10:00");
            WebElement killed = table.findElement(By.cssSelector("tr[data-field=killed]"));
            assertThat(killed.getAttribute("class")).contains("disagree");
            List<WebElement> tolls = killed.findElements(By.tagName("td"));
            assertThat(tolls).extracting(WebElement::getText).containsExactly("3", "2");
            // the fused toll is 3: the report of 2 is the one that stands out
            assertThat(tolls.get(1).getAttribute("class")).isEqualTo("differs");
            assertThat(tolls.get(0).getAttribute("class")).isNullOrEmpty();
            assertThat(table.findElement(By.cssSelector("tr[data-field=location]")).getAttribute("class")).isNullOrEmpty();
            WebElement wounded = table.findElement(By.cssSelector("tr[data-field=injured]"));
            assertThat(wounded.getAttribute("class")).isNullOrEmpty();
            assertThat(wounded.findElements(By.tagName("td"))).extracting(td -> td.getAttribute("class")).allMatch(c -> c == null || c.isEmpty());
            assertThat(driver.findElement(By.id("disagreements")).getText()).contains("killed: 3 (" + StorySamples.YEREVAN + ")");
            // who acted has no fused value: the version fewer or later sources give stands out
            WebElement doers = table.findElement(By.cssSelector("tr[data-field=actors]"));
            assertThat(doers.getAttribute("class")).contains("disagree");
            assertThat(doers.findElements(By.tagName("td"))).extracting(td -> td.getText() + "|" + td.getAttribute("class"))
                .containsExactly("Azerbaijani troops|", "Armenian armed groups|differs");
            assertThat(driver.findElement(By.id("disagreements")).getText())
                .contains("actors: Azerbaijani troops (AZE) (" + StorySamples.YEREVAN + ") · Armenian armed groups (ARM) (" + StorySamples.BAKU + ")");
            shot("incident.png");

            // each value links to the words it rests on in its own article
            tolls.get(1).findElement(By.tagName("a")).click();
            wait.until(ExpectedConditions.textToBe(By.id("article-title"), baku.title()));
            wait.until(ExpectedConditions.textToBe(By.cssSelector("mark.primary"), "Two people were killed"));
            assertThat(driver.findElement(By.id("span-note")).getText()).isEmpty();
            driver.navigate().back();
            WebElement date = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#incident-sources tr[data-field=date] td a")));
            date.click();
            wait.until(ExpectedConditions.textToBe(By.cssSelector("mark.primary"), "March 5"));
            assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo(yerevan.title());
            assertThat(driver.findElement(By.id("article-story")).getAttribute("href")).endsWith("#/story/" + yerevan.id());
        }
    }
}
