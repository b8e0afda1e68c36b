/**
 * The date stage: {@link org.dateline.analyze.date.DateResolver} turns SUTime's temporal
 * expressions into the record's {@code dates}, TimeML TIMEX3 values resolved against the published
 * date. Conventions it follows, as the TempEval-3 gold does:
 * <ul>
 * <li>Spans: coordinated days are separate dates whose span is the day alone ("December 3 and 7,
 *     2022": "December 3", "7"); a range's two ends are two dates ("2009-2010", "June 1-3"); an
 *     offset's signal stays outside ("a month earlier": "a month"), "ago" inside.</li>
 * <li>Bare calendar names take the direction of their clause's tense; only future-oriented
 *     clauses (will, going to, "is to", plans, scheduled) resolve after the published date.</li>
 * <li>A day anchored to an event ("the day before the son reported him missing") is not resolved
 *     against the published date: the span is "the day", the value keeps only the narrative's year
 *     (2012-XX-XX, from the nearest dated mention before it).</li>
 * <li>"today" in a comparison ("faster than can be done today") is the present era, PRESENT_REF.</li>
 * <li>Durations that rate a performance ("one second slower", "a sub-four-minute mile") are not
 *     temporal expressions, nor are ages.</li>
 * <li>Clock times are written as the local time the text states, without a zone designator
 *     ("2013-03-23T15:00"), whatever offset the page's publication time carries.</li>
 * </ul>
 * The stage imports nothing from CoreNLP; it reads {@link org.dateline.nlp.AnnotatedText}.
 */
package org.dateline.analyze.date;
