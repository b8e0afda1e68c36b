package org.dateline.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryWordsTest {
    @Test
    void aPagesFurnitureIsNoWordOfTheHappening() {
        // GVA dev: two pages of one publisher's sites ("Hide Transcript Show Transcript", "Advertisement",
        // a video's "WEBVTT") linked a shooting in Orlando to one in Sacramento; "rights" may be news ("civil rights")
        String page = "Hide Transcript Show Transcript Share Copy Link Copy\n\nNORTH HIGHLANDS, Calif. — Four people "
            + "were injured Monday night. Advertisement WEBVTT POLICE SAY. Copyright 2016. All rights reserved.";

        assertThat(StoryWords.standard().of(page)).containsExactly("hide", "show", "share", "copy", "link", "copy",
            "north", "highlands", "calif", "four", "people", "injured", "monday", "night", "police", "rights");
    }

    @Test
    void wordsThatMayBeNewsThemselvesStay() {
        // ECB+ has stories about a browser's release and about Twitter
        assertThat(StoryWords.standard().of("Mozilla released its Firefox browser; Twitter users share links."))
            .containsExactly("mozilla", "released", "firefox", "browser", "twitter", "users", "share", "links");
    }
}
