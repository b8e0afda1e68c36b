package org.dateline.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;

/** A byline author; handle and bio are null when the page gives none. */
@JsonPropertyOrder({"name", "handle", "bio"})
public record Author(String name, String handle, String bio) implements Serializable {}
