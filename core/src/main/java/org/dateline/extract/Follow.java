package org.dateline.extract;

/**
 * A "follow" line: "Follow us on Twitter @AzerNewsAz", "Follow her on X: @jdoe".
 *
 * @param who "us" for the outlet, "me"/"him"/"her"/"them" for the author, else the name given
 * @param handle the handle, or null ("Follow us on Facebook")
 */
record Follow(String who, String handle) {
    boolean isOutlet() {
        return "us".equals(who);
    }

    boolean isPronoun() {
        return who.equals("me") || who.equals("him") || who.equals("her") || who.equals("them");
    }
}
