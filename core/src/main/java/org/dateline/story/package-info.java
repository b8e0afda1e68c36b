/**
 * Across articles: stories (articles about one real-world happening), incidents (the events of a
 * story that are one real-world event, fused with every source's version kept) and claims (a
 * story's statements about one proposition, by who asserts, denies or only reports it).
 *
 * <p>Everything here is a pure function of records and of what is known so far (no Lucene, no
 * I/O): the store runs {@link org.dateline.story.StoryPass} as it adds an article, against
 * candidates found through its index; a batch pass ({@link org.dateline.story.MemoryStories}) runs
 * the same decisions in the same order for the Spark job. Incidents and claims are computed from a
 * story's articles when the story is read, so they never go stale as reports arrive.
 */
package org.dateline.story;
