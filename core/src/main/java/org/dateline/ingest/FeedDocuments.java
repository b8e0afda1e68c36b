package org.dateline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.dateline.model.Author;
import org.dateline.model.InputRef;
import org.dateline.model.Published;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaderJDOMFactory;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The items of an RSS or Atom feed (ROME), one document each. An item with full content
 * ({@code content:encoded}, Atom {@code content}) is an article whose HTML is extracted; an item
 * with only a link and a summary is a stub whose text is the summary (see docs/CONTRACT.md).
 *
 * <p>ROME turns dates into {@code java.util.Date}, losing the offset the feed gave, so the raw date
 * strings are read from the same parsed tree, item by item, in document order.
 */
final class FeedDocuments {
    private FeedDocuments() {}

    static DocumentStream read(String name, byte[] bytes) throws InputException {
        Document xml = parse(bytes);
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(xml);
        } catch (FeedException | RuntimeException e) {
            // ROME throws a NullPointerException on an <rss> without a <channel>, which the fuzzer found.
            throw new InputException("not an RSS or Atom feed: " + e.getMessage(), e);
        }
        InputRef.Format format = feed.getFeedType() != null && feed.getFeedType().startsWith("atom")
            ? Container.ATOM.recordFormat() : Container.RSS.recordFormat();
        List<String> dates = rawDates(xml.getRootElement());
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            throw new InputException("feed has no items");
        }
        Iterator<SyndEntry> it = entries.iterator();
        return new DocumentStream() {
            private int index;

            @Override
            protected Ingested read() {
                if (!it.hasNext()) {
                    return null;
                }
                SyndEntry entry = it.next();
                String raw = index < dates.size() ? dates.get(index) : null;
                index++;
                return item(name, format, index, entry, raw);
            }

            @Override
            protected String name() {
                return name;
            }
        };
    }

    /**
     * Feeds are untrusted. A doctype is allowed (RSS 0.91 carries Netscape's), but nothing is ever
     * fetched: the XML parser asks {@link #LOCAL_ONLY} for every external DTD or entity and gets
     * the HTML character entities for a DTD (so {@code &eacute;} reads) and nothing for anything
     * else (so {@code <!ENTITY x SYSTEM "file:///etc/passwd">} reads as empty). Entities declared
     * inside the document expand within limits tight enough that a billion laughs or a quadratic
     * blow-up is refused with a reason, not allowed to take the heap.
     */
    private static Document parse(byte[] bytes) throws InputException {
        SAXBuilder builder = new SAXBuilder(PARSERS);
        builder.setEntityResolver(LOCAL_ONLY);
        builder.setExpandEntities(true); // internal entities become their text; external ones resolve locally
        try {
            return builder.build(new ByteArrayInputStream(bytes));
        } catch (JDOMException | IOException | RuntimeException e) {
            // JDOM throws IllegalNameException (unchecked) for names XML allows but it does not,
            // such as a namespace URI starting with a digit, which the fuzzer found.
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            if (message.contains("JAXP0001")) { // the JDK's codes for its entity and size limits
                throw new InputException("refused: the feed's DTD entities expand past the limits (" + message + ")", e);
            }
            throw new InputException("not well-formed XML: " + message, e);
        }
    }

    /** Entity expansions in one feed; a billion laughs needs about 10^9. */
    private static final String EXPANSION_LIMIT = "100000";
    /** Characters that expanding entities may produce in one feed. */
    private static final String ENTITY_SIZE_LIMIT = "4000000";

    /** The HTML character entities, declared for XML: what any external DTD is replaced by. */
    private static final String HTML_ENTITIES = htmlEntities();

    /**
     * Answers every external request from memory: the HTML entities for a DTD, nothing for
     * anything else. It never returns null, which would let the parser fetch the resource itself.
     */
    private static final EntityResolver LOCAL_ONLY = (publicId, systemId) -> {
        boolean dtd = (systemId != null && systemId.toLowerCase(Locale.ROOT).endsWith(".dtd"))
            || (publicId != null && publicId.contains("//DTD "));
        InputSource source = new InputSource(new StringReader(dtd ? HTML_ENTITIES : ""));
        source.setSystemId("dateline:" + (dtd ? "html-entities.dtd" : "empty"));
        return source;
    };

    /**
     * The JDK's own SAX parser, whatever else is on the class path (Spark brings other XML
     * parsers), so that the limits below are understood; secure processing on, no external
     * parameter entities.
     */
    private static final XMLReaderJDOMFactory PARSERS = new XMLReaderJDOMFactory() {
        @Override
        public XMLReader createXMLReader() throws JDOMException {
            try {
                SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
                factory.setNamespaceAware(true);
                factory.setValidating(false);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
                XMLReader reader = factory.newSAXParser().getXMLReader();
                reader.setProperty("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", EXPANSION_LIMIT);
                reader.setProperty("http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", ENTITY_SIZE_LIMIT);
                return reader;
            } catch (ParserConfigurationException | SAXException e) {
                throw new JDOMException("cannot configure the XML parser: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean isValidating() {
            return false;
        }
    };

    private static String htmlEntities() {
        try (InputStream in = FeedDocuments.class.getResourceAsStream("html-entities.dtd")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("html-entities.dtd is missing from the class path", e);
        }
    }

    private static Ingested item(String name, InputRef.Format format, int index, SyndEntry entry, String rawDate) {
        String content = entry.getContents().stream().map(SyndContent::getValue)
            .filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
        boolean stub = content == null;
        String text = stub ? summary(entry) : content;
        if (text == null) {
            return new InputFailure(name + "#item" + index, "feed item without content, summary or title");
        }
        Published published = published(entry, rawDate);
        // A date the item states but nobody can read is said, not dropped.
        List<String> warnings = published == null && rawDate != null
            ? List.of("unreadable published time " + ItemMeta.quoted(rawDate) + " in the feed item") : List.of();
        ItemMeta meta = new ItemMeta(link(entry), blankToNull(entry.getTitle()), published,
            authors(entry), "UTF-8", stub, warnings);
        return new RawDocument(InputRef.of(name, format), text.getBytes(StandardCharsets.UTF_8),
            RawDocument.Payload.HTML, meta);
    }

    private static String summary(SyndEntry entry) {
        SyndContent d = entry.getDescription();
        if (d != null && d.getValue() != null && !d.getValue().isBlank()) {
            return d.getValue();
        }
        return blankToNull(entry.getTitle());
    }

    private static String link(SyndEntry entry) {
        String link = blankToNull(entry.getLink());
        if (link == null && entry.getUri() != null && entry.getUri().startsWith("http")) {
            link = entry.getUri();
        }
        return link == null ? null : link.strip();
    }

    private static Published published(SyndEntry entry, String raw) {
        Published p = raw == null ? null : FeedDates.parse(raw);
        if (p != null) {
            return p;
        }
        java.util.Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return d == null ? null : Published.of(d.toInstant().atOffset(ZoneOffset.UTC));
    }

    private static List<Author> authors(SyndEntry entry) {
        List<Author> authors = new ArrayList<>();
        for (SyndPerson p : entry.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) {
                authors.add(new Author(p.getName().strip(), null, null));
            }
        }
        if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            authors.add(new Author(entry.getAuthor().strip(), null, null));
        }
        return authors;
    }

    /** Each item's date as written: pubDate, dc:date, Atom published or updated. */
    private static List<String> rawDates(Element root) {
        List<String> dates = new ArrayList<>();
        List<Element> items = new ArrayList<>();
        collect(root, items);
        for (Element item : items) {
            String date = null;
            for (String tag : List.of("pubDate", "published", "date", "issued", "updated", "modified")) {
                for (Element child : item.getChildren()) {
                    if (child.getName().equals(tag) && !child.getTextTrim().isEmpty()) {
                        date = child.getTextTrim();
                        break;
                    }
                }
                if (date != null) {
                    break;
                }
            }
            dates.add(date);
        }
        return dates;
    }

    private static void collect(Element e, List<Element> items) {
        for (Element child : e.getChildren()) {
            if (child.getName().equals("item") || child.getName().equals("entry")) {
                items.add(child);
            } else {
                collect(child, items);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
