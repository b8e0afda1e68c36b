package org.dateline.story;

/** A stored article as story grouping knows it: its profile and the story it is in. */
public record StoryMember(StoryProfile profile, String storyId) {}
