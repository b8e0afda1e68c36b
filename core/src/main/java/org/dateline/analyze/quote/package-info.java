/**
 * Quotation marks in news text: where quotations start and end, across paragraphs and in the
 * many ways newsrooms write the marks. Shared by the entity stage (a pronoun after a quotation
 * does not point into it) and the statement stage (direct speech, scare quotes).
 */
package org.dateline.analyze.quote;
