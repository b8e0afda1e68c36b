package org.dateline.store;

/**
 * Field names of the index. Every document of an article carries {@link #KIND} and
 * {@link #ARTICLE_ID}, so one delete-by-term removes an article with all its facts, and a block
 * replace is atomic; identity documents belong to the store, not to an article.
 */
public final class Fields {
    /** article, entity, statement, event or identity. */
    public static final String KIND = "kind";
    public static final String ARTICLE_ID = "article_id";
    /**
     * On article documents (stored): the record's publication key
     * ({@link org.dateline.model.ArticleRecord#publicationKey}), by which an input is found stored
     * already. Article documents written before it have none; their bodies count as stored
     * whatever the site or title (the rule of that time).
     */
    public static final String PUBLICATION = "publication";
    /** Analysed text: the body for articles, the content for statements, the evidence for events. */
    public static final String TEXT = "text";
    public static final String TITLE = "title";
    /**
     * An article's body again, on the article document only: {@link #TEXT} also holds every
     * entity's name, statement and event evidence (with its article's title), 2-5 postings for each
     * article's one, so a ranked article search walking TEXT steps over facts it then throws away.
     * Searched with TEXT's statistics ({@code query.ArticleTextSearcher}), so scores are the same.
     */
    public static final String ARTICLE_TEXT = "article_text";
    /**
     * On every article document written with {@link #ARTICLE_TEXT} (even one whose text is empty):
     * a store whose article documents all carry it may search articles by ARTICLE_TEXT.
     */
    public static final String ARTICLE_TEXT_MARK = "article_text_mark";
    /** Outlet name, exact. */
    public static final String SOURCE = "source";
    /** ISO day (yyyy-MM-dd) as a facet value, and as epoch day for ranges and sorting. */
    public static final String DAY = "day";
    public static final String DAY_N = "day_n";
    /** PLOVER event type (wire name); a timeline counts it per {@link #DAY_N} to split its bars. */
    public static final String TYPE = "type";
    public static final String FACTUALITY = "factuality";
    /**
     * Actor sectors (wire names) of the document's actors: event actors and recipients, statement
     * speakers, all of them on the article. Stores written before this field existed lack it.
     */
    public static final String SECTOR = "sector";
    /**
     * ACLED event type and sub-event type (wire names, e.g. {@code Explosions/Remote violence}) of
     * the document's events: an event's own, all of them on the article. Events outside ACLED's
     * taxonomy have none. Stores written before these fields existed lack them.
     */
    public static final String ACLED = "acled";
    public static final String ACLED_SUB_EVENT = "acled_sub_event";
    /** Every way a user may name an actor: its key, its normalised name, its code (lower case). */
    public static final String ACTOR = "actor";
    /** Actor entity keys, the facet dimension. */
    public static final String ACTOR_KEY = "actor_key";
    /**
     * On entity documents: the cross-article identity key the entity was given when its article
     * was added ({@code org.dateline.identity}); it may since have become an alias of another
     * identity ({@link #ALIAS_OF}). Stores written before identities existed hold the name key here.
     */
    public static final String ENTITY_KEY = "entity_key";
    /**
     * On entity documents: the entity's name key ({@code TYPE:folded name}, what the key was before
     * identities), so a key stored or typed before still finds the identity its entity was given
     * ({@code query.Identities#root}).
     */
    public static final String NAME_KEY = "name_key";
    /** Identity documents ({@link #IDENTITY}), one per identity, replaced whenever it learns something: */
    public static final String ID_KEY = "id_key";
    /** ... the type and canonical name ({@code PERSON:elnur mammadov}), shared by namesakes kept apart; */
    public static final String ID_NAME = "id_name";
    /** ... the surname of a person of two or more words; */
    public static final String ID_SURNAME = "id_surname";
    /** ... the head word of each title of a person ("minister"); */
    public static final String ID_ROLE = "id_role";
    /** ... and the identity it was found to be, when it was, ... */
    public static final String ALIAS_OF = "alias_of";
    /** ... with its own key again under this field, so "is this key an alias?" is one term lookup. */
    public static final String ALIAS_KEY = "alias_key";
    public static final String SPEAKER_KEY = "speaker_key";
    /**
     * Every facet value of an article or event document in one doc-values field, as
     * {@code field + FACET_SEPARATOR + value} (the fields of {@link #FACET_FIELDS}): counting facets
     * then reads one field per match instead of seven. Stores written before it existed lack it, and
     * their segments are counted from the seven fields.
     */
    public static final String FACET = "facet";
    public static final char FACET_SEPARATOR = '\u001f';
    /** The keyword fields that are facets, in the order an answer lists them. */
    public static final java.util.List<String> FACET_FIELDS = java.util.List.of(TYPE, ACTOR_KEY, SOURCE, FACTUALITY,
        SECTOR, ACLED, ACLED_SUB_EVENT);
    /**
     * Story fields of an article document ({@code org.dateline.story}, written by {@link StoryIndex}):
     * every term whose document frequency story grouping reads ({@code w:word}, {@code e:KEY}; docs
     * only, for docFreq), ...
     */
    public static final String STORY_TERM = "story_term";
    /** ... the anchors a later article finds it by, ... */
    public static final String STORY_ANCHOR = "story_anchor";
    /** ... the order it was added in (doc values for sorting candidates, and stored), ... */
    public static final String STORY_SEQ = "story_seq";
    /** ... its published epoch day (point and doc values), or {@link #STORY_UNDATED} when unknown, ... */
    public static final String STORY_DAY = "story_day";
    public static final String STORY_UNDATED = "story_undated";
    /** ... its story profile (stored JSON), ... */
    public static final String STORY_PROFILE = "story_profile";
    /** ... the story it joined (indexed, stored and doc values) ... */
    public static final String STORY_ID = "story_id";
    /** ... the links that decided it (stored JSON: the evidence of why it joined) ... */
    public static final String STORY_LINKS = "story_links";
    /**
     * ... and, on the few articles that merged stories into the one they joined, each merged
     * story's id (sorted-set doc values: {@code query.StoryAliases} reads them) and the link that
     * merged it (stored JSON, {@link #STORY_MERGES}).
     */
    public static final String STORY_MERGED = "story_merged";
    public static final String STORY_MERGES = "story_merges";
    /**
     * On article documents: what a search hit shows (id, title, source, published, text), compressed
     * on its own in binary doc values ({@code query.Heads}), so a hit does not decompress the whole
     * stored document (record and story profile). Stores written before it lack it; their hits read
     * the stored record.
     */
    public static final String HEAD = "head";
    /** The stored JSON of the document's value, for exact round-trip. */
    public static final String JSON = "json";

    public static final String ARTICLE = "article";
    public static final String ENTITY = "entity";
    public static final String STATEMENT = "statement";
    public static final String EVENT = "event";
    /** A store-wide identity (no article of its own: {@link #ARTICLE_ID} is absent). */
    public static final String IDENTITY = "identity";

    private Fields() {}
}
