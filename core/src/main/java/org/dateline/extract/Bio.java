package org.dateline.extract;

/**
 * An author's bio paragraph ("Sabina Mammadli is AzerNews’ staff journalist, follow her on
 * Twitter: @SabinaMmdl").
 *
 * @param name the person the bio opens with
 * @param handle the first social handle in it, or null
 * @param text the paragraph verbatim, for {@code Author.bio}
 * @param outlet the outlet the bio says the person works for, as spelt there, or null
 */
record Bio(String name, String handle, String text, String outlet) {}
